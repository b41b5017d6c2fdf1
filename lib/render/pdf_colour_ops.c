/*
 * The colour operators of a content stream, one at a time (the rules are
 * in pdf_colour.h). Pure: the token filter hands each operator in with its
 * operands, and gets back what to write instead, if anything.
 */
#include "render/pdf_colour.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "render/cmyk_placeholder.h"
#include "render/output_profile.h"
#include "template/template_units.h"

void
campaign__colour_stream_init(struct colour_stream *st, const campaign_output_profile *profile)
{
	/* Every graphics state starts in DeviceGray (ISO 32000-1, 8.6.8). */
	*st = (struct colour_stream){
		.profile = profile,
		.now = { { SPACE_GRAY, SPACE_GRAY }, { SPACE_GRAY, SPACE_GRAY } },
	};
}

/* v (0 to 1) with at most six decimals, trailing zeros dropped; no locale involved. */
static void
put_number(char **p, char *end, double v)
{
	long long u = llround(fmin(fmax(v, 0), 1) * 1e6);
	int n = u % 1000000 ? snprintf(*p, (size_t)(end - *p), "%lld.%06lld", u / 1000000, u % 1000000)
	                    : snprintf(*p, (size_t)(end - *p), "%lld", u / 1000000);
	if (n < 0 || n >= end - *p)
		return;
	char *q = *p + n;
	if (u % 1000000)
		while (q[-1] == '0')
			*--q = '\0';
	*p = q;
}

static void
put_cmyk(char *out, size_t size, const double cmyk[4], int stroke)
{
	char *p = out, *end = out + size;
	for (int i = 0; i < 4; i++) {
		put_number(&p, end, cmyk[i]);
		if (p < end - 1)
			*p++ = ' ';
	}
	snprintf(p, (size_t)(end - p), "%s", stroke ? "K" : "k");
}

/* The numbers of args; 0, or -1 when one is not a number. */
static int
numbers(const char *const *args, size_t nargs, double *v)
{
	for (size_t i = 0; i < nargs; i++)
		if (campaign__tpl_number(args[i], strlen(args[i]), &v[i]) || v[i] < 0 || v[i] > 1)
			return -1;
	return 0;
}

/* The CMYK an RGB colour is written as; 0, or -1 to keep it RGB. */
static int
rgb_to_cmyk(const struct colour_stream *st, const double rgb[3], double cmyk[4])
{
	int ink[4];
	if (rgb[0] == rgb[1] && rgb[1] == rgb[2]) {
		/* A neutral gray is ink on the K plate alone, as PDF converts DeviceGray. */
		cmyk[0] = cmyk[1] = cmyk[2] = 0;
		cmyk[3] = 1 - rgb[0];
		return 0;
	}
	if (campaign__cmyk_from_placeholder(rgb, ink) == 0) {
		for (int i = 0; i < 4; i++)
			cmyk[i] = ink[i] / 1000.0;
		return 0;
	}
	if (!st->profile)
		return -1;
	campaign__output_profile_to_cmyk(st->profile, rgb, cmyk);
	return 0;
}

/* A colour in space (gray or RGB) given by args: its CMYK into out; 1, or 0 to keep it. */
static int
rewrite_colour(struct colour_stream *st, int space, const char *const *args, size_t nargs,
               int stroke, char *out, size_t size)
{
	double v[3], cmyk[4];
	size_t want = space == SPACE_RGB ? 3 : 1;
	if (nargs != want || numbers(args, nargs, v))
		return 0;
	if (space == SPACE_GRAY)
		v[1] = v[2] = v[0];
	if (rgb_to_cmyk(st, v, cmyk))
		return 0;
	put_cmyk(out, size, cmyk, stroke);
	st->now.out[stroke] = SPACE_CMYK;
	st->rewritten++;
	return 1;
}

static int
space_named(const char *name)
{
	if (strcmp(name, "/DeviceRGB") == 0)
		return SPACE_RGB;
	if (strcmp(name, "/DeviceGray") == 0)
		return SPACE_GRAY;
	if (strcmp(name, "/DeviceCMYK") == 0)
		return SPACE_CMYK;
	return SPACE_OTHER;
}

/* sc/scn kept as written after a colour we rewrote: set the space it was written for again. */
static int
restore_space(struct colour_stream *st, int stroke, const char *op, const char *const *args,
              size_t nargs, char *out, size_t size)
{
	if (st->now.out[stroke] == st->now.in[stroke])
		return 0;
	static const char *const names[] = { "", "/DeviceGray", "/DeviceRGB", "/DeviceCMYK" };
	int n = snprintf(out, size, "%s %s ", names[st->now.in[stroke]], stroke ? "CS" : "cs");
	for (size_t i = 0; i < nargs && n >= 0 && (size_t)n < size; i++)
		n += snprintf(out + n, size - (size_t)n, "%s ", args[i]);
	if (n < 0 || (size_t)n >= size)
		return 0; /* cannot happen with cairo's operands; kept as written rather than cut */
	snprintf(out + n, size - (size_t)n, "%s", op);
	st->now.out[stroke] = st->now.in[stroke];
	return 1;
}

int
campaign__colour_op(struct colour_stream *st, const char *op, const char *const *args, size_t nargs,
                    char *out, size_t size)
{
	if (strcmp(op, "q") == 0) {
		if (st->depth < COLOUR_STACK_MAX)
			st->saved[st->depth] = st->now;
		st->depth++;
		return 0;
	}
	if (strcmp(op, "Q") == 0) {
		if (st->depth > 0 && --st->depth < COLOUR_STACK_MAX)
			st->now = st->saved[st->depth];
		return 0;
	}
	/* Deeper than the stack, the state on Q would be unknown: write nothing new there. */
	if (st->depth >= COLOUR_STACK_MAX)
		return 0;
	int stroke = op[0] >= 'A' && op[0] <= 'Z';
	char lower[4] = "";
	for (size_t i = 0; i < 3 && op[i]; i++)
		lower[i] = (char)(op[i] | 0x20);
	if (strcmp(lower, "rg") == 0 || strcmp(lower, "g") == 0) {
		int space = lower[0] == 'r' ? SPACE_RGB : SPACE_GRAY;
		st->now.in[stroke] = st->now.out[stroke] = (unsigned char)space;
		return rewrite_colour(st, space, args, nargs, stroke, out, size);
	}
	if (strcmp(lower, "k") == 0) {
		st->now.in[stroke] = st->now.out[stroke] = SPACE_CMYK;
		return 0;
	}
	if (strcmp(lower, "cs") == 0) {
		int space = nargs == 1 ? space_named(args[0]) : SPACE_OTHER;
		st->now.in[stroke] = st->now.out[stroke] = (unsigned char)space;
		return 0;
	}
	if (strcmp(lower, "sc") == 0 || strcmp(lower, "scn") == 0) {
		int space = st->now.in[stroke];
		if ((space == SPACE_RGB || space == SPACE_GRAY) &&
		    rewrite_colour(st, space, args, nargs, stroke, out, size))
			return 1;
		return restore_space(st, stroke, op, args, nargs, out, size);
	}
	return 0;
}
