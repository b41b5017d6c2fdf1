/* Test helper: reads a PNG from memory with libpng, as 8-bit gray pixels. */
#ifndef CAMPAIGN_TESTS_QR_PNG_READ_H
#define CAMPAIGN_TESTS_QR_PNG_READ_H

#include <stddef.h>

struct png_image_info {
	unsigned int width, height;
	int bit_depth, color_type;
	unsigned int res_x, res_y; /* pHYs, pixels per unit */
	int res_unit;              /* PNG_RESOLUTION_METER, or -1 without pHYs */
	unsigned char *gray;       /* width * height bytes, 0 black .. 255 white; free() */
};

/* 0 on success, -1 when the bytes are not a PNG libpng can read. */
int png_read_gray(const void *data, size_t len, struct png_image_info *out);

#endif
