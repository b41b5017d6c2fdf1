// The token filter of the colour pass (pdf_colour_filter.hh), and the same
// filter over a stream in memory for C (campaign__colour_filter()). qpdf's
// token filters exist only in its C++ API (qpdf-c.h has no tokenizer). No
// exception crosses into C.

#include "render/pdf_colour_filter.hh"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_QPDFTokenizer.hh>

#include "campaign/status.h"

namespace {

// The operators campaign__colour_op() may rewrite or must see (q and Q save and restore colour spaces).
bool
is_colour_operator(std::string const& w)
{
	static const char* const ops[] = { "rg", "RG", "g", "G", "k", "K", "sc", "scn", "SC", "SCN",
	                                   "cs", "CS", "q", "Q" };
	for (const char* op : ops)
		if (w == op)
			return true;
	return false;
}

} // namespace

ColourFilter::ColourFilter(const campaign_output_profile* profile)
{
	campaign__colour_stream_init(&st, profile);
}

void
ColourFilter::handleToken(QPDFTokenizer::Token const& token)
{
	switch (token.getType()) {
	case QPDFTokenizer::tt_integer:
	case QPDFTokenizer::tt_real:
	case QPDFTokenizer::tt_name:
	case QPDFTokenizer::tt_space:
		pending.push_back(token);
		return;
	case QPDFTokenizer::tt_word:
		if (is_colour_operator(token.getValue()) && rewrite(token.getValue()))
			return;
		break;
	default:
		break;
	}
	flush();
	writeToken(token);
}

void
ColourFilter::handleEOF()
{
	flush();
}

void
ColourFilter::flush()
{
	for (auto const& t : pending)
		writeToken(t);
	pending.clear();
}

// Hands the operator to C; true when its replacement was written.
bool
ColourFilter::rewrite(std::string const& op)
{
	std::vector<std::string> values;
	size_t first = pending.size(); // the first operand: the space before it stays
	for (size_t i = 0; i < pending.size(); i++) {
		auto type = pending[i].getType();
		if (type == QPDFTokenizer::tt_space)
			continue;
		if (first == pending.size())
			first = i;
		// A name as qpdf reads it (#xx escapes undone): colour spaces are compared by it.
		values.push_back(type == QPDFTokenizer::tt_name ? pending[i].getValue()
		                                                : pending[i].getRawValue());
	}
	std::vector<const char*> args;
	for (auto const& v : values)
		args.push_back(v.c_str());
	char out[256];
	if (!campaign__colour_op(&st, op.c_str(), args.data(), args.size(), out, sizeof(out)))
		return false;
	for (size_t i = 0; i < first; i++)
		writeToken(pending[i]);
	pending.clear();
	write(out, std::strlen(out));
	return true;
}

extern "C" int
campaign__colour_filter(const unsigned char* in, size_t len, colour_stream* st, unsigned char** out,
                        size_t* out_len, char* why, size_t size)
{
	*out = nullptr;
	*out_len = 0;
	try {
		ColourFilter filter(st->profile);
		Pl_Buffer buffer("colour pass");
		Pl_QPDFTokenizer tokens("colour pass", &filter, &buffer);
		tokens.write(in, len);
		tokens.finish();
		buffer.getMallocBuffer(out, out_len);
		st->rewritten = filter.rewritten();
		return CAMPAIGN_OK;
	} catch (std::bad_alloc const&) {
		return CAMPAIGN_ENOMEM;
	} catch (std::exception const& e) {
		std::snprintf(why, size, "%s", e.what());
	} catch (...) {
		std::snprintf(why, size, "unknown error");
	}
	return CAMPAIGN_EIO;
}
