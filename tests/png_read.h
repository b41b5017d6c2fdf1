/*
 * Test helper: reads a PNG from memory with libpng, as 8-bit gray or RGB
 * pixels, quietly (a file libpng refuses is a -1, not a message).
 */
#ifndef CAMPAIGN_TESTS_PNG_READ_H
#define CAMPAIGN_TESTS_PNG_READ_H

#include <stddef.h>

struct png_image_info {
	unsigned int width, height;
	int bit_depth, color_type;
	unsigned int res_x, res_y; /* pHYs, pixels per unit */
	int res_unit;              /* PNG_RESOLUTION_METER, or -1 without pHYs */
	unsigned char *gray;       /* png_read_gray(): width * height bytes, 0 black .. 255 white; free() */
	unsigned char *rgb;        /* png_read_rgb(): width * height * 3 bytes; free() */
};

/* A gray image (any bit depth): 0 on success, -1 when libpng cannot read the bytes. */
int png_read_gray(const void *data, size_t len, struct png_image_info *out);

/* A gray or RGB image as RGB: 0 on success, -1 when libpng cannot read the bytes. */
int png_read_rgb(const void *data, size_t len, struct png_image_info *out);

#endif
