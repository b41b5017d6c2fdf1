/*
 * SVG output: every dark module in ONE path. Separate squares (what many
 * generators write) are antialiased one by one, and where two meet the
 * background shows through as a hairline seam when zoomed or printed; one
 * path is filled as one shape. Horizontal runs of dark modules become one
 * rectangle each to keep the path short. The size is in mm and the viewBox
 * in modules, so the geometry is exact at any size.
 */
#include <math.h>

#include "campaign/status.h"
#include "qr/qr_internal.h"

/*
 * Writes mm with up to three decimals without printf's %f, whose decimal
 * separator follows the caller's locale (a comma would break the SVG).
 */
static void
add_mm(struct strbuf *out, double mm)
{
	long micro = lround(mm * 1000.0);
	long whole = micro / 1000, frac = micro % 1000;
	if (frac == 0) {
		campaign__strbuf_addf(out, "%ldmm", whole);
		return;
	}
	int digits = 3;
	while (frac % 10 == 0) {
		frac /= 10;
		digits--;
	}
	campaign__strbuf_addf(out, "%ld.%0*ldmm", whole, digits, frac);
}

int
campaign__qr_svg(struct strbuf *out, const campaign_qr *qr, const campaign_qr_geometry *g,
                 campaign_diags *diags)
{
	(void)diags;
	int total = qr->size + 2 * g->border;
	campaign__strbuf_adds(out,
	                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
	add_mm(out, g->size_mm);
	campaign__strbuf_adds(out, "\" height=\"");
	add_mm(out, g->size_mm);
	campaign__strbuf_addf(out,
	                      "\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\">\n"
	                      "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n"
	                      "<path fill=\"#000\" d=\"",
	                      total, total, total, total);
	for (int y = 0; y < qr->size; y++) {
		int x = 0;
		while (x < qr->size) {
			if (!campaign__qr_dark(qr, x, y)) {
				x++;
				continue;
			}
			int start = x;
			while (x < qr->size && campaign__qr_dark(qr, x, y))
				x++;
			campaign__strbuf_addf(out, "M%d %dh%dv1H%dz", start + g->border,
			                      y + g->border, x - start, start + g->border);
		}
	}
	return campaign__strbuf_adds(out, "\"/>\n</svg>\n");
}
