/*
 * The colour pass over a PDF's content streams (internal), run in the last
 * qpdf pass of every PDF we write (pdf_finish.cc):
 *  - RGB black and neutral grays (r = g = b, as cairo writes the QR code
 *    and text) and DeviceGray become K alone, `0 0 0 1-v k`, PDF's own
 *    conversion of a gray, so they print on one plate;
 *  - a cmyk() placeholder (cmyk_placeholder.h) becomes its inks exactly,
 *    the registration colour of crop and cut marks `1 1 1 1 K` among them;
 *  - with an output profile, every other RGB colour is converted through
 *    it, and the PDF gets the profile as its output intent; without one it
 *    stays RGB.
 * rg/RG, g/G and sc/scn/SC/SCN in DeviceRGB or DeviceGray are rewritten,
 * everything else (named colour spaces, patterns, inline images) is passed
 * through untouched. Pages, their Form XObjects and tiling patterns are
 * walked; soft masks (in ExtGState) are not, since their gray is a
 * transparency, not an ink.
 */
#ifndef CAMPAIGN_PDF_COLOUR_H
#define CAMPAIGN_PDF_COLOUR_H

#include <stddef.h>

#include "campaign/diag.h"
#include "campaign/render.h"

#ifdef __cplusplus
extern "C" {
#endif

enum colour_space { SPACE_OTHER, SPACE_GRAY, SPACE_RGB, SPACE_CMYK };

/* What q saves of the colour state, for fill (0) and stroke (1). */
struct colour_gstate {
	unsigned char in[2];  /* the space the stream as written is in */
	unsigned char out[2]; /* the space the rewritten stream is in (CMYK after a k we wrote) */
};

#define COLOUR_STACK_MAX 32

/* One content stream being rewritten. */
struct colour_stream {
	const campaign_output_profile *profile; /* NULL: other RGB colours stay */
	struct colour_gstate now;
	struct colour_gstate saved[COLOUR_STACK_MAX];
	int depth;                              /* q nesting; past the stack, nothing is rewritten */
	size_t rewritten;                       /* operators rewritten */
};

void campaign__colour_stream_init(struct colour_stream *st, const campaign_output_profile *profile);

/*
 * For the token filter: the operator op with its nargs operands as written.
 * Returns 1 with out (size bytes) holding what replaces operands and
 * operator, or 0 to keep them as they are.
 */
int campaign__colour_op(struct colour_stream *st, const char *op, const char *const *args,
                        size_t nargs, char *out, size_t size);

/*
 * The token filter (pdf_colour_filter.cc, qpdf's C++ API) over a whole
 * stream in memory, with st's profile: the content stream in (len bytes)
 * rewritten into *out (malloc'd, *out_len bytes), st->rewritten set.
 * Returns CAMPAIGN_OK, CAMPAIGN_ENOMEM, or CAMPAIGN_EIO with qpdf's reason
 * in why (size bytes). No C++ exception leaves it.
 */
int campaign__colour_filter(const unsigned char *in, size_t len, struct colour_stream *st,
                            unsigned char **out, size_t *out_len, char *why, size_t size);

#ifdef __cplusplus
}
#endif

#endif
