/*
 * A template's artwork, one file per format (internal): each checks a file's
 * bytes as far as it can before decoding anything (declared sizes, structure,
 * references), then makes the tpl_image. Every problem is written into why
 * as the end of a sentence that starts "the image 'NAME' ", such as "is
 * damaged: bad CRC in IDAT" or "is 60000 x 60000 pixels; the limit is ...".
 */
#ifndef CAMPAIGN_TEMPLATE_IMAGE_DECODE_H
#define CAMPAIGN_TEMPLATE_IMAGE_DECODE_H

#include <stddef.h>

#include "template/image_limits.h"
#include "template/template_model.h"

/* Room for why: the reasons are short, file names are quoted by the caller. */
#define IMAGE_WHY_SIZE 256

/* The file formats a template's image may have, told apart by their first bytes. */
enum image_format { IMAGE_FORMAT_PNG, IMAGE_FORMAT_JPEG, IMAGE_FORMAT_SVG, IMAGE_FORMAT_OTHER };

/*
 * The format of the file whose bytes are d; an SVG is XML, known by its name
 * (".svg") since XML has no signature of its own.
 */
enum image_format campaign__image_format(const unsigned char *d, size_t len, const char *name);

/*
 * PNG: the signature, IHDR's size against the limits and every chunk
 * (png_chunks.h) before cairo decodes it. CAMPAIGN_OK (img filled),
 * CAMPAIGN_EINVALID (why), CAMPAIGN_ENOMEM.
 */
int campaign__image_png(struct tpl_image *img, const struct image_limits *l, const unsigned char *d,
                        size_t len, char *why, size_t why_size);

/*
 * JPEG through libjpeg-turbo: the frame header's size against the limits
 * before any pixel is decoded, memory and progressive scans capped, and any
 * damage (a file cut short included) an error. img keeps the decoded pixels
 * and a copy of the file, which PDFs embed unchanged. As campaign__image_png().
 */
int campaign__image_jpeg(struct tpl_image *img, const struct image_limits *l,
                         const unsigned char *d, size_t len, char *why, size_t why_size);

/*
 * Only the size a JPEG declares, read from its frame header with nothing
 * decoded; CAMPAIGN_EINVALID with why when there is none.
 */
int campaign__jpeg_size(const unsigned char *d, size_t len, unsigned long *w, unsigned long *h,
                        char *why, size_t why_size);

/*
 * SVG through librsvg, checked first (svg_check.h): nothing outside the
 * SVG's folder, no entities, no XInclude; and its declared size. path: the
 * file, whose folder relative references are read from.
 */
int campaign__image_svg(struct tpl_image *img, const struct image_limits *l,
                        const unsigned char *d, size_t len, const char *path, char *why,
                        size_t why_size);

/* The SVG img drawn into a new recording surface, under img's lock; NULL when it fails. */
struct _cairo_surface *campaign__svg_surface(const struct tpl_image *img);

struct strbuf;

/*
 * Reads the image file at path into b, refusing a file larger than
 * l->bytes before reading it, and anything that is not a regular file; b
 * is initialized here and freed by the caller in every case.
 * CAMPAIGN_EIO (why: the system's reason), CAMPAIGN_EINVALID (why: its size
 * and the limit, as the end of a sentence "the image 'NAME' "),
 * CAMPAIGN_ENOMEM.
 */
int campaign__image_read(const char *path, const struct image_limits *l, struct strbuf *b,
                         char *why, size_t why_size);

/*
 * Checks and decodes the file's bytes d by their format (path: the file, for
 * an SVG's name and folder). As campaign__image_png().
 */
int campaign__image_decode(struct tpl_image *img, const struct image_limits *l, const unsigned char *d,
                           size_t len, const char *path, char *why, size_t why_size);

/* The SHA-256 of d in hex: the image's id (tpl_image.id), "" when out of memory. */
void campaign__image_content_id(const unsigned char *d, size_t len, char id[65]);

/* Frees what the image holds outside the template's arena. */
void campaign__image_free(struct tpl_image *img);

#endif
