// Raster images converted to the output profile's CMYK: see pdf_images.hh.
#include "render/pdf_images.hh"

#include <cstdlib>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>

#include <qpdf/Buffer.hh>

#include "campaign/status.h"
#include "render/output_profile.h"
#include "render/pdf_flate.h"

namespace {

// cairo writes images as large as the template checks allowed (image_limits.c); this only keeps the sizes sane.
const long long SIDE_MAX = 1 << 20;

long long
side(QPDFObjectHandle dict, const char* key)
{
	QPDFObjectHandle v = dict.getKey(key);
	return v.isInteger() ? v.getIntValue() : 0;
}

} // namespace

bool
campaign__is_rgb_image(QPDFObjectHandle oh)
{
	if (!oh.isStream())
		return false;
	QPDFObjectHandle dict = oh.getDict();
	QPDFObjectHandle bits = dict.getKey("/BitsPerComponent");
	return dict.getKey("/Subtype").isNameAndEquals("/Image") &&
	       dict.getKey("/ColorSpace").isNameAndEquals("/DeviceRGB") && bits.isInteger() &&
	       bits.getIntValue() == 8 && !dict.hasKey("/Decode");
}

void
campaign__image_to_cmyk(QPDFObjectHandle image, const campaign_output_profile* profile)
{
	QPDFObjectHandle dict = image.getDict();
	long long w = side(dict, "/Width"), h = side(dict, "/Height");
	if (w <= 0 || h <= 0 || w > SIDE_MAX || h > SIDE_MAX)
		throw std::runtime_error("an RGB image of " + std::to_string(w) + " x " + std::to_string(h) +
		                         " pixels");
	size_t pixels = static_cast<size_t>(w) * static_cast<size_t>(h);
	std::shared_ptr<Buffer> rgb = image.getStreamData(qpdf_dl_all);
	if (rgb->getSize() < pixels * 3)
		throw std::runtime_error("an RGB image with fewer samples than its size");
	std::string cmyk(pixels * 4, '\0');
	campaign__output_profile_pixels_to_cmyk(profile, rgb->getBuffer(),
	                                        reinterpret_cast<unsigned char*>(&cmyk[0]), pixels);
	rgb.reset();
	char* deflated = nullptr;
	size_t len = 0;
	if (campaign__pdf_flate(cmyk.data(), cmyk.size(), &deflated, &len) != CAMPAIGN_OK)
		throw std::bad_alloc();
	std::string data(deflated, len);
	std::free(deflated);
	image.replaceStreamData(data, QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
	dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceCMYK"));
}
