/* What an SVG may ask librsvg to read, checked before librsvg sees it (internal). */
#ifndef CAMPAIGN_TEMPLATE_SVG_CHECK_H
#define CAMPAIGN_TEMPLATE_SVG_CHECK_H

#include <stddef.h>

struct image_limits;

/*
 * Reads the SVG document d with GLib's GMarkup (no DTD, no entities of its
 * own) and refuses what would make librsvg read or expand more than the
 * file: a DOCTYPE with an internal subset (entities: "billion laughs"),
 * XInclude, stylesheets by reference (xml-stylesheet, @import), url() to
 * anything but the same file, and any href that is not in the same file, a
 * data: URI or a file in the SVG's folder (dir) or below; an image so
 * referenced must be a PNG or JPEG within the pixel limits.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID with the reason in why (the end of
 *         "the image 'NAME' ..."), CAMPAIGN_ENOMEM.
 */
int campaign__svg_check(const char *d, size_t len, const char *dir, const struct image_limits *l,
                        char *why, size_t why_size);

#endif
