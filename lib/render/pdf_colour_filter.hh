// The colour pass's token filter (internal, C++): qpdf's tokenizer hands it
// each token of a content stream, and it hands each colour operator with its
// operands to campaign__colour_op() (pdf_colour_ops.c). Inline images come as
// one token and pass through untouched. One filter per stream: it holds the
// stream's colour state.
#ifndef CAMPAIGN_PDF_COLOUR_FILTER_HH
#define CAMPAIGN_PDF_COLOUR_FILTER_HH

#include <string>
#include <vector>

#include <qpdf/QPDFObjectHandle.hh>

#include "render/pdf_colour.h"

class ColourFilter : public QPDFObjectHandle::TokenFilter
{
  public:
	explicit ColourFilter(const campaign_output_profile* profile);
	void handleToken(QPDFTokenizer::Token const& token) override;
	void handleEOF() override;
	size_t rewritten() const { return st.rewritten; }

  private:
	colour_stream st;
	std::vector<QPDFTokenizer::Token> pending; // operands and the space between them, as written
	void flush();
	bool rewrite(std::string const& op);
};

#endif
