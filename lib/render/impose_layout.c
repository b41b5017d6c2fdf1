/* Where items go on a sheet: the grid that fits the most, or the one asked for, or a label product's. */
#include "render/impose_layout.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "campaign/status.h"
#include "template/template_model.h"
#include "template/template_units.h"

/* Print shops' oversized sheets (ISO 217), which campaign_page_size() does not know as flyer sizes. */
static const struct {
	const char *name;
	double w, h; /* mm */
} shop_sheets[] = { { "SRA3", 320, 450 }, { "SRA4", 225, 320 } };

/* Nothing smaller is fed through a printer, nothing bigger than a B0's long side through a press. */
#define SHEET_MIN_MM 10.0
#define SHEET_MAX_MM 1414.0

/*
 * "210x297mm": the unit after the second number counts for both. Returns 0,
 * -1 when text is not written as a size at all (a mistyped name), or -2
 * with what is wrong in why.
 */
static int
custom_size(const char *text, double *w, double *h, char *why, size_t why_size)
{
	const char *x = strpbrk(text, "xX");
	if (!x || x == text || !strchr("0123456789.+-", text[0]))
		return -1;
	/* The unit: the letters that end the text. */
	const char *unit = text + strlen(text);
	while (unit > x + 1 && ((unit[-1] >= 'a' && unit[-1] <= 'z') || (unit[-1] >= 'A' && unit[-1] <= 'Z')))
		unit--;
	const char *problem = NULL;
	char first[64];
	int n = snprintf(first, sizeof(first), "%.*s%s", (int)(x - text), text, unit);
	int rc = campaign__tpl_length(x + 1, h, &problem);
	if (rc == 0 && (n < 0 || (size_t)n >= sizeof(first))) {
		rc = -1;
		problem = "is too long for a size";
	}
	if (rc == 0)
		rc = campaign__tpl_length(first, w, &problem);
	if (rc == 0 && !(*w > 0 && *h > 0))
		problem = *w == 0 || *h == 0 ? "has a side of zero" : "has a negative side";
	else if (rc == 0 && (*w < SHEET_MIN_MM * PT_PER_MM || *h < SHEET_MIN_MM * PT_PER_MM))
		problem = "is smaller than any sheet a printer feeds";
	else if (rc == 0 && (*w > SHEET_MAX_MM * PT_PER_MM || *h > SHEET_MAX_MM * PT_PER_MM))
		problem = "is larger than any sheet a press feeds (a B0 is 1000 x 1414 mm)";
	else if (rc == 0)
		return 0;
	snprintf(why, why_size, "the sheet '%.40s' %s; a sheet is from %gx%gmm to %gx%gmm, such as "
	         "320x450mm", text, problem ? problem : "is not a size", SHEET_MIN_MM, SHEET_MIN_MM,
	         SHEET_MAX_MM, SHEET_MAX_MM);
	return -2;
}

int
campaign__sheet_size(const char *text, double *w, double *h, char *why, size_t why_size)
{
	double wmm, hmm;
	for (size_t i = 0; i < sizeof(shop_sheets) / sizeof(shop_sheets[0]); i++)
		if (strcasecmp(text, shop_sheets[i].name) == 0) {
			*w = shop_sheets[i].w * PT_PER_MM;
			*h = shop_sheets[i].h * PT_PER_MM;
			return 0;
		}
	if (campaign__page_size(text, &wmm, &hmm, NULL) == 0) {
		*w = wmm * PT_PER_MM;
		*h = hmm * PT_PER_MM;
		return 0;
	}
	return custom_size(text, w, h, why, why_size);
}

/* An option out of its range: the value as given and the range in mm. */
static int
out_of_range(campaign_diags *diags, const char *what, double value, double max)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "the %s must be from 0 to %g mm, not %g mm", what, max, value);
	return CAMPAIGN_EINVALID;
}

int
campaign__impose_sheet(struct impose_sheet *s, const campaign_impose_options *o, campaign_diags *diags)
{
	memset(s, 0, sizeof(*s));
	snprintf(s->name, sizeof(s->name), "%s", o->sheet ? o->sheet : "A4");
	s->office = o->office != 0;
	s->cols = o->columns;
	s->rows = o->rows;
	if (o->mode != CAMPAIGN_IMPOSE_REPEAT && o->mode != CAMPAIGN_IMPOSE_SEQUENCE) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "unknown imposition mode %d", (int)o->mode);
		return CAMPAIGN_EINVALID;
	}
	if (o->columns < 0 || o->rows < 0 || (o->columns == 0) != (o->rows == 0) || o->columns > 100 ||
	    o->rows > 100) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the grid must be 0 x 0 (as many as fit) or from 1 x 1 to 100 x 100, "
		                   "not %d x %d", o->columns, o->rows);
		return CAMPAIGN_EINVALID;
	}
	if (o->gutter_mm != CAMPAIGN_UNSET && !(o->gutter_mm >= 0 && o->gutter_mm <= 100))
		return out_of_range(diags, "gutter", o->gutter_mm, 100);
	if (!(o->margin_mm >= 0 && o->margin_mm <= 50))
		return out_of_range(diags, "office margin", o->margin_mm, 50);
	s->gutter = o->gutter_mm == CAMPAIGN_UNSET ? -1 : o->gutter_mm * PT_PER_MM;
	s->margin = o->office ? o->margin_mm * PT_PER_MM : 0;
	if (o->labels) {
		int rc = campaign__label_product_find(&s->product, o->labels_dir ? o->labels_dir
		                                                                  : CAMPAIGN_LABELS_DIR,
		                                      o->labels, diags);
		if (rc)
			return rc;
		s->labelled = 1;
		s->w = s->product.page_w;
		s->h = s->product.page_h;
		snprintf(s->name, sizeof(s->name), "%s", s->product.name);
		return CAMPAIGN_OK;
	}
	char why[256];
	int rc = campaign__sheet_size(s->name, &s->w, &s->h, why, sizeof(why));
	if (rc == -2)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "%s", why);
	else if (rc != 0)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "unknown sheet '%s': give A3, A4, SRA3, Letter, Tabloid (or another "
		                   "page size) or a size like 320x450mm", s->name);
	if (rc != 0)
		return CAMPAIGN_EINVALID;
	return CAMPAIGN_OK;
}

/* The scale at which c x r items of iw x ih with gutter g fit in aw x ah: at most 1. */
static double
grid_scale(int c, int r, double iw, double ih, double g, double aw, double ah)
{
	double sx = (aw - (c - 1) * g) / (c * iw), sy = (ah - (r - 1) * g) / (r * ih);
	double s = sx < sy ? sx : sy;
	return s > 1 ? 1 : s;
}

struct grid_try {
	int cols, rows, rotated;
	double scale;
};

/*
 * The most items that fit in aw x ah, turned or not, at no less than
 * min_scale, and the largest scale they fit at: fewer items never win over
 * more, and the same number goes as large as it can.
 */
static struct grid_try
best_grid(const struct impose_sheet *s, double w, double h, double g, double aw, double ah,
          double min_scale)
{
	struct grid_try best = { 0, 0, 0, 0 };
	for (int rot = 0; rot < 2; rot++) {
		double iw = rot ? h : w, ih = rot ? w : h;
		int c = s->cols, r = s->rows;
		if (c == 0) {
			c = (int)floor((aw + g) / (iw * min_scale + g) + 1e-9);
			r = (int)floor((ah + g) / (ih * min_scale + g) + 1e-9);
		}
		if (c < 1 || r < 1 || (long)c * r > IMPOSE_SLOTS_MAX)
			continue;
		double sc = grid_scale(c, r, iw, ih, g, aw, ah);
		if (sc < min_scale - 1e-9)
			continue;
		if (c * r > best.cols * best.rows || (c * r == best.cols * best.rows && sc > best.scale + 1e-9))
			best = (struct grid_try){ c, r, rot, sc };
	}
	return best;
}

static void
place_grid(struct impose_layout *l, double g)
{
	double bw = l->cols * l->box_w + (l->cols - 1) * g, bh = l->rows * l->box_h + (l->rows - 1) * g;
	double x0 = (l->sheet_w - bw) / 2, y0 = (l->sheet_h - bh) / 2;
	l->count = 0;
	for (int r = 0; r < l->rows; r++)
		for (int c = 0; c < l->cols; c++)
			l->slots[l->count++] = (struct impose_slot){ x0 + c * (l->box_w + g), y0 + r * (l->box_h + g), c, r };
}

/* gLabels gives L7163's 99.1 mm as 280.9 pt (99.095 mm): a template of 99.1 mm is the label's size. */
#define LABEL_SAME_SIZE 0.999

static int
place_labels(struct impose_layout *l, const struct label_product *p, double w, double h,
             campaign_diags *diags)
{
	const struct label_shape *sh = &p->shape;
	/* Turned if that lets the flyer print larger on the label. */
	double s0 = fmin(1, fmin(sh->w / w, sh->h / h)), s1 = fmin(1, fmin(sh->w / h, sh->h / w));
	l->rotated = s1 > s0 + 1e-9;
	l->scale = l->rotated ? s1 : s0;
	/* A tenth of a millimetre is within the die's own tolerance: printed at size, the clip takes it. */
	if (l->scale > LABEL_SAME_SIZE)
		l->scale = 1;
	if (l->scale < IMPOSE_MIN_SCALE - 1e-9) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "a flyer of %.1f x %.1f mm does not fit the %.1f x %.1f mm labels of %s: "
		                   "make its template the label's size", w * MM_PER_PT, h * MM_PER_PT,
		                   sh->w * MM_PER_PT, sh->h * MM_PER_PT, p->name);
		return CAMPAIGN_EINVALID;
	}
	l->label = *sh;
	l->box_w = sh->w;
	l->box_h = sh->h;
	l->cols = p->layouts[0].nx;
	l->rows = p->layouts[0].ny;
	l->count = 0;
	for (size_t k = 0; k < p->nlayouts; k++) {
		const struct label_layout *ly = &p->layouts[k];
		for (int r = 0; r < ly->ny; r++)
			for (int c = 0; c < ly->nx && l->count < IMPOSE_SLOTS_MAX; c++)
				l->slots[l->count++] = (struct impose_slot){ ly->x0 + c * ly->dx, ly->y0 + r * ly->dy,
				                                             c, r };
	}
	return CAMPAIGN_OK;
}

static int
does_not_fit(const struct impose_sheet *s, double w, double h, double aw, double ah,
             campaign_diags *diags)
{
	char grid[32] = "one";
	if (s->cols)
		snprintf(grid, sizeof(grid), "%d x %d", s->cols, s->rows);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "%s flyer%s of %.1f x %.1f mm %s not fit the %.1f x %.1f mm that the %.64s "
	                   "sheet leaves for them%s", grid, s->cols * s->rows == 1 || !s->cols ? "" : "s",
	                   w * MM_PER_PT, h * MM_PER_PT, s->cols * s->rows == 1 || !s->cols ? "does" : "do",
	                   aw * MM_PER_PT, ah * MM_PER_PT, s->name,
	                   s->office ? " inside the office margin" : " with bleed and cut marks");
	return CAMPAIGN_EINVALID;
}

int
campaign__impose_layout(struct impose_layout *l, const struct impose_sheet *s, double w, double h,
                        double bleed, campaign_diags *diags)
{
	l->sheet_w = s->w;
	l->sheet_h = s->h;
	l->trim_w = w;
	l->trim_h = h;
	l->office = s->office;
	l->label = (struct label_shape){ LABEL_NONE, 0, 0, 0, 0 };
	if (s->labelled) {
		/* The die cuts: no marks, and the bleed is what the label's shape leaves of the flyer's. */
		l->marks = 0;
		l->bleed_out = l->bleed_in = 0;
		return place_labels(l, &s->product, w, h, diags);
	}
	double g = s->gutter >= 0 ? s->gutter : s->office ? 0 : 2 * bleed;
	double room = s->office ? s->margin : bleed + MARK_ROOM_PT;
	double aw = s->w - 2 * room, ah = s->h - 2 * room;
	/* A print shop scales nothing: a flyer is printed at its size or not at all. */
	struct grid_try t = best_grid(s, w, h, g, aw, ah, s->office ? IMPOSE_MIN_SCALE : 1);
	if (t.cols == 0)
		return does_not_fit(s, w, h, aw, ah, diags);
	l->cols = t.cols;
	l->rows = t.rows;
	l->rotated = t.rotated;
	l->scale = t.scale;
	l->box_w = (t.rotated ? h : w) * t.scale;
	l->box_h = (t.rotated ? w : h) * t.scale;
	l->marks = !s->office;
	l->bleed_out = s->office ? 0 : bleed;
	/* Each item's bleed reaches halfway across the gutter at most: butt-cut when there is none. */
	l->bleed_in = s->office ? 0 : fmin(bleed, g / 2);
	place_grid(l, g);
	return CAMPAIGN_OK;
}

int
campaign__office_fit(double w, double h, double margin, double *scale, campaign_diags *diags)
{
	/* The layout of one item on a sheet of its own trim, so a single flyer is what a 1 x 1 sheet is. */
	struct impose_sheet s = { .w = w, .h = h, .margin = margin, .cols = 1, .rows = 1, .office = 1 };
	snprintf(s.name, sizeof(s.name), "%.1fx%.1fmm", w * MM_PER_PT, h * MM_PER_PT);
	struct grid_try t = best_grid(&s, w, h, 0, w - 2 * margin, h - 2 * margin, IMPOSE_MIN_SCALE);
	if (t.cols == 0)
		return does_not_fit(&s, w, h, w - 2 * margin, h - 2 * margin, diags);
	*scale = t.scale;
	return CAMPAIGN_OK;
}
