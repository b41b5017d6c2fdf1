/* The placeholder RGB colours that carry cmyk() inks through cairo. */
#include "render/cmyk_placeholder.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>

const cairo_user_data_key_t campaign__colour_pass_key;

#define INK_STEPS 1001 /* 0 to 1000 tenths of a percent */
#define CHECK_MOD 99991
#define CHECK_OFFSET 4242 /* so black (all inks 0 would be 0 0 0) is never a placeholder */
#define MILLION 1000000

static uint64_t
check_number(uint64_t n)
{
	return (n % CHECK_MOD + CHECK_OFFSET) % 100000;
}

/* 18 decimal digits: 13 for the inks, 5 for the check, six per component. */
void
campaign__cmyk_placeholder(const int ink[4], double rgb[3])
{
	uint64_t n = 0;
	for (int i = 0; i < 4; i++)
		n = n * INK_STEPS + (uint64_t)ink[i];
	uint64_t digits = n * 100000 + check_number(n);
	rgb[2] = (double)(digits % MILLION) / MILLION;
	rgb[1] = (double)(digits / MILLION % MILLION) / MILLION;
	rgb[0] = (double)(digits / MILLION / MILLION) / MILLION;
}

int
campaign__cmyk_from_placeholder(const double rgb[3], int ink[4])
{
	uint64_t digits = 0;
	for (int i = 0; i < 3; i++) {
		double v = rgb[i] * MILLION;
		if (!(v >= 0 && v < MILLION - 0.5))
			return -1;
		double j = floor(v + 0.5);
		/* cairo printed six decimals: anything off that grid is a colour of its own. */
		if (fabs(v - j) > 1e-3)
			return -1;
		digits = digits * MILLION + (uint64_t)j;
	}
	uint64_t n = digits / 100000;
	if (digits % 100000 != check_number(n))
		return -1;
	for (int i = 3; i >= 0; i--) {
		ink[i] = (int)(n % INK_STEPS);
		n /= INK_STEPS;
	}
	return n == 0 ? 0 : -1;
}

int
campaign__colour_pass_ahead(cairo_t *cr)
{
	return cairo_surface_get_user_data(cairo_get_target(cr), &campaign__colour_pass_key) != NULL;
}

void
campaign__set_source_registration(cairo_t *cr)
{
	static const int all_inks[4] = { 1000, 1000, 1000, 1000 };
	double rgb[3] = { 0, 0, 0 };
	if (campaign__colour_pass_ahead(cr))
		campaign__cmyk_placeholder(all_inks, rgb);
	cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}
