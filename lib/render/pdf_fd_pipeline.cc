#include "render/pdf_fd_pipeline.hh"

// io/ is C, and its headers say nothing of C++.
extern "C" {
#include "io/atomic_file.h"
}

namespace {
constexpr size_t batch_size = 256 * 1024;
}

pdf_fd_pipeline::pdf_fd_pipeline(int fd) : Pipeline("output file", nullptr), fd_(fd)
{
	batch_.reserve(batch_size);
}

void
pdf_fd_pipeline::flush()
{
	if (!err_)
		err_ = campaign__write_all(fd_, batch_.data(), batch_.size());
	batch_.clear();
}

void
pdf_fd_pipeline::write(unsigned char const* data, size_t len)
{
	while (len > 0) {
		size_t n = batch_size - batch_.size() < len ? batch_size - batch_.size() : len;
		batch_.insert(batch_.end(), data, data + n);
		data += n;
		len -= n;
		if (batch_.size() == batch_size)
			flush();
	}
}

void
pdf_fd_pipeline::finish()
{
	flush();
}
