// Raster images in the colour pass (internal, C++): with an output profile,
// an 8-bit DeviceRGB image XObject (a PNG or JPEG the flyer places, as cairo
// writes it) becomes DeviceCMYK samples converted through the profile as
// the vector colours are, same size, deflated. A JPEG is not kept as JPEG:
// a CMYK JPEG's inks are read inverted or not depending on the reader (the
// Adobe APP14 marker), and Flate is exact. Soft masks (alpha) and inline
// images stay as they are.
#ifndef CAMPAIGN_PDF_IMAGES_HH
#define CAMPAIGN_PDF_IMAGES_HH

#include <qpdf/QPDFObjectHandle.hh>

#include "campaign/render.h"

// Whether oh is an image the pass converts: 8 bits of DeviceRGB, no /Decode.
bool campaign__is_rgb_image(QPDFObjectHandle oh);

// image's samples (any filter qpdf decodes: Flate, DCT) replaced by their
// CMYK through profile. Throws as qpdf does on a stream it cannot decode.
void campaign__image_to_cmyk(QPDFObjectHandle image, const campaign_output_profile* profile);

#endif
