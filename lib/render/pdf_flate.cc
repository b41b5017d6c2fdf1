// Deflating with qpdf's own Pl_Flate, so the output profile is compressed
// once when it is loaded, not again for every PDF that embeds it (a press
// profile is 1 to 2 MB: tens of milliseconds a flyer).
#include "render/pdf_flate.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>

#include "campaign/status.h"

extern "C" int
campaign__pdf_flate(const char* in, size_t len, char** out, size_t* out_len)
{
	*out = nullptr;
	*out_len = 0;
	try {
		Pl_Buffer buffer("flate");
		Pl_Flate flate("flate", &buffer, Pl_Flate::a_deflate);
		flate.write(reinterpret_cast<const unsigned char*>(in), len);
		flate.finish();
		unsigned char* data = nullptr;
		buffer.getMallocBuffer(&data, out_len);
		*out = reinterpret_cast<char*>(data);
		return CAMPAIGN_OK;
	} catch (...) {
		// Pl_Flate throws only when zlib cannot allocate its state.
		return CAMPAIGN_ENOMEM;
	}
}
