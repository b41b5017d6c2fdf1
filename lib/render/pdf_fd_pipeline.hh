// Where qpdf writes a finished PDF that goes to a file (internal, C++).
// qpdf's own file output (setOutputFilename) lost a write that failed: on a
// full disk a combined set was left cut short at the file system's size,
// with exit 0. This pipeline writes to the descriptor through our checked
// write and keeps the errno of the first write that fails, for the caller
// to ask after QPDFWriter::write(). It never throws: qpdf finishes its
// pipelines from destructors, where an exception ends the process.
#ifndef CAMPAIGN_PDF_FD_PIPELINE_HH
#define CAMPAIGN_PDF_FD_PIPELINE_HH

#include <cstddef>
#include <vector>

#include <qpdf/Pipeline.hh>

class pdf_fd_pipeline : public Pipeline {
public:
	explicit pdf_fd_pipeline(int fd);
	void write(unsigned char const* data, size_t len) override;
	void finish() override;
	// The errno of the first write that failed (what came after it was dropped), or 0.
	int error() const { return err_; }

private:
	void flush();
	int fd_;
	int err_ = 0;
	// qpdf writes in pieces of a few bytes: batched, as stdio did.
	std::vector<unsigned char> batch_;
};

#endif
