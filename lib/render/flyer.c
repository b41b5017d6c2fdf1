/*
 * Filling a template: placeholders expanded, text laid out, QR codes
 * encoded, and every check that can fail done here, before anything is
 * drawn, so that a flyer that was made always renders.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "font/fonts.h"
#include "render/dotted_circle.h"
#include "render/flyer.h"
#include "render/text_overlap.h"
#include "text/i18n.h"
#include "text/mark_stack.h"
#include "util/script_scheme.h"
#include "text/placeholder.h"
#include "text/unichar.h"
#include "util/date.h"
#include "util/strbuf.h"
#include "util/suggest.h"

struct lookup_ctx {
	const campaign_param *values;
	size_t count;
	const char *language;
	int isolate; /* text (not a QR payload) of a right-to-left flyer */
	/*
	 * Derived values (a formatted date, an isolated number) live here until
	 * the expansion is done. One text may use any number of them, so the
	 * list grows: a fixed count printed the ninth one wrong.
	 */
	struct strbuf *scratch;
	size_t used, cap;
	int failed; /* why a derived value could not be made (CAMPAIGN_ENOMEM, _ETOOLONG), or 0 */
};

/* A new scratch buffer for a derived value, or NULL (and lc->failed) when memory ran out. */
static struct strbuf *
scratch_new(struct lookup_ctx *lc, size_t max)
{
	if (lc->used == lc->cap) {
		size_t cap = lc->cap ? 2 * lc->cap : 8;
		struct strbuf *more = realloc(lc->scratch, cap * sizeof(*more));
		if (!more) {
			lc->failed = CAMPAIGN_ENOMEM;
			return NULL;
		}
		lc->scratch = more;
		lc->cap = cap;
	}
	struct strbuf *b = &lc->scratch[lc->used++];
	campaign__strbuf_init(b, max);
	return b;
}

/* The derived value in b, or NULL (and lc->failed) when it could not be made. */
static const char *
scratch_value(struct lookup_ctx *lc, const struct strbuf *b)
{
	if (b->status != CAMPAIGN_OK) {
		lc->failed = b->status;
		return NULL;
	}
	return campaign__strbuf_cstr(b);
}

static void
scratch_free(struct lookup_ctx *lc)
{
	for (size_t i = 0; i < lc->used; i++)
		campaign__strbuf_free(&lc->scratch[i]);
	free(lc->scratch);
	lc->scratch = NULL;
	lc->used = lc->cap = 0;
}

/* Values that read left to right whatever the language around them. */
static int
is_ltr_value(const struct placeholder_ref *ref)
{
	return campaign__placeholder_is(ref, "phone") || campaign__placeholder_is(ref, "phone_e164") ||
	       campaign__placeholder_is(ref, "tel") || campaign__placeholder_is(ref, "url") ||
	       campaign__placeholder_is(ref, "short_url") || campaign__placeholder_is(ref, "short_code") ||
	       campaign__placeholder_is(ref, "url_display");
}

static const char *
find_value(const struct lookup_ctx *lc, const char *key, size_t len)
{
	const char *found = NULL;
	for (size_t i = 0; i < lc->count; i++)
		if (lc->values[i].key && strlen(lc->values[i].key) == len &&
		    memcmp(lc->values[i].key, key, len) == 0)
			found = lc->values[i].value; /* the last one wins */
	return found;
}

/* The value of the row's column (len bytes), "row.NAME" among the values. */
static const char *
row_value(const struct lookup_ctx *lc, const char *column, size_t len)
{
	char key[132];
	if (len > sizeof(key) - 5)
		return NULL;
	memcpy(key, "row.", 4);
	memcpy(key + 4, column, len);
	return find_value(lc, key, len + 4);
}

static const char *
derived(struct lookup_ctx *lc, const struct placeholder_ref *ref)
{
	const char *iso = find_value(lc, "event.date", 10);
	struct date_civil d;
	if (!iso)
		return NULL;
	/* Not a real day: never printed (check_values() says why first). */
	if (campaign__date_parse_civil(iso, &d) != 0)
		return NULL;
	if (campaign__placeholder_is(ref, "event.date_iso"))
		return iso;
	struct strbuf *b = scratch_new(lc, 256);
	if (!b)
		return NULL;
	if (campaign__placeholder_is(ref, "event.date"))
		campaign__i18n_date_format(b, &d, lc->language, 0);
	else if (campaign__placeholder_is(ref, "event.weekday"))
		campaign__i18n_date_format(b, &d, lc->language, 1);
	else if (campaign__placeholder_is(ref, "event.day"))
		campaign__strbuf_addf(b, "%d", d.day);
	else if (campaign__placeholder_is(ref, "event.month"))
		campaign__strbuf_adds(b, campaign__i18n_month_name(&d, lc->language));
	else if (campaign__placeholder_is(ref, "event.year"))
		campaign__strbuf_addf(b, "%d", d.year);
	else
		return NULL;
	return scratch_value(lc, b);
}

static const char *
lookup(void *ctx, const struct placeholder_ref *ref)
{
	struct lookup_ctx *lc = ctx;
	if (ref->len > 6 && memcmp(ref->name, "event.", 6) == 0) {
		/*
		 * event.date is formatted; the names derived from it are never
		 * passed in, and a date that is not a real day prints nowhere.
		 */
		if (campaign__placeholder_is(ref, "event.date") || campaign__placeholder_is(ref, "event.date_iso") ||
		    campaign__placeholder_is(ref, "event.weekday") || campaign__placeholder_is(ref, "event.day") ||
		    campaign__placeholder_is(ref, "event.month") || campaign__placeholder_is(ref, "event.year"))
			return derived(lc, ref);
	}
	const char *v = find_value(lc, ref->name, ref->len);
	if (v && lc->isolate && is_ltr_value(ref)) {
		/*
		 * A phone number or URL in a right-to-left paragraph: the bidi
		 * algorithm would reverse the order of its digit groups ("5601 1234
		 * 2 20+"), and a right-to-left mark before it in a template's text
		 * does the same in any paragraph ("123-45-01 )495( 7+"). A
		 * left-to-right isolate keeps it whole and leaves the paragraph's
		 * direction to the rest of the text.
		 */
		struct strbuf *b = scratch_new(lc, 64 * 1024);
		if (!b)
			return NULL;
		campaign__strbuf_addf(b, "\u2066%s\u2069", v);
		return scratch_value(lc, b);
	}
	if (v)
		return v;
	if (ref->len > 4 && memcmp(ref->name, "var.", 4) == 0) {
		char key[32];
		if (ref->len < sizeof(key)) {
			memcpy(key, ref->name, ref->len);
			key[ref->len] = '\0';
			return campaign__i18n_text(key, lc->language);
		}
	}
	return NULL;
}

/* Whether `name` is one of the names made from event.date. */
static int
is_date_name(const char *name)
{
	static const char *const names[] = {
		"event.date_iso", "event.weekday", "event.day", "event.month", "event.year",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* The name nearest to `name` among those given and those the manual defines, for a did-you-mean. */
static const char *
suggest_name(const struct lookup_ctx *lc, const char *name)
{
	const char *names[96];
	size_t n = 0;
	for (size_t i = 0; i < lc->count && n < 40; i++)
		if (lc->values[i].key)
			names[n++] = lc->values[i].key;
	for (size_t i = 0; campaign__placeholder_date_names[i]; i++)
		names[n++] = campaign__placeholder_date_names[i];
	for (size_t i = 0; campaign__i18n_keys[i] && n < 70; i++)
		names[n++] = campaign__i18n_keys[i];
	/* With a value here or not: "event.tiem" is a typo of event.time all the same. */
	for (size_t i = 0; campaign__placeholder_names[i] && n < 95; i++)
		if (!strchr(campaign__placeholder_names[i], '*'))
			names[n++] = campaign__placeholder_names[i];
	names[n] = NULL;
	return campaign__suggest(name, names);
}

/*
 * A value the caller gave under a name campaign-template(5) does not define,
 * near `name`: for a name that is defined but has no value, the likely
 * typo is in the values, not in the template.
 */
static const char *
misnamed_value(const struct lookup_ctx *lc, const char *name)
{
	const char *keys[41];
	size_t n = 0;
	for (size_t i = 0; i < lc->count && n < 40; i++) {
		const char *key = lc->values[i].key;
		struct placeholder_ref ref = { key, key ? strlen(key) : 0, 0, 0 };
		if (key && !campaign__placeholder_is_defined(&ref))
			keys[n++] = key;
	}
	keys[n] = NULL;
	return campaign__suggest(name, keys);
}

static void
report_at(const campaign_flyer *f, struct yaml_pos at, campaign_severity severity, int status,
          campaign_diags *diags, const char *fmt, va_list ap) CAMPAIGN_PRINTF(6, 0);

static void
report_at(const campaign_flyer *f, struct yaml_pos at, campaign_severity severity, int status,
          campaign_diags *diags, const char *fmt, va_list ap)
{
	char msg[1024];
	vsnprintf(msg, sizeof(msg), fmt, ap);
	campaign_diags_add(diags, severity, status, f->t->file, at.line, at.column, "%s", msg);
}

static void
error_at(const campaign_flyer *f, struct yaml_pos at, int status, campaign_diags *diags,
         const char *fmt, ...) CAMPAIGN_PRINTF(5, 6);

static void
error_at(const campaign_flyer *f, struct yaml_pos at, int status, campaign_diags *diags,
         const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_at(f, at, CAMPAIGN_SEVERITY_ERROR, status, diags, fmt, ap);
	va_end(ap);
}

static void
warning_at(const campaign_flyer *f, struct yaml_pos at, campaign_diags *diags, const char *fmt, ...)
	CAMPAIGN_PRINTF(4, 5);

static void
warning_at(const campaign_flyer *f, struct yaml_pos at, campaign_diags *diags, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report_at(f, at, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, diags, fmt, ap);
	va_end(ap);
}

/* Expands e's text (or payload) into fe->text; reports what is missing. */
static int
expand(const campaign_flyer *f, const char *src, struct yaml_pos at, struct lookup_ctx *lc,
       struct flyer_elem *fe, campaign_diags *diags)
{
	struct strbuf out;
	campaign__strbuf_init(&out, 64 * 1024);
	struct placeholder_ref bad;
	int rc = campaign__placeholder_expand(&out, src, lookup, lc, &bad);
	scratch_free(lc);
	if (lc->failed) {
		/* A value that was there but could not be derived is not a missing one. */
		rc = lc->failed;
		lc->failed = 0;
	}
	if (rc == 1) {
		campaign__strbuf_free(&out);
		char name[65];
		size_t n = bad.len > 64 ? 64 : bad.len;
		memcpy(name, bad.name, n);
		name[n] = '\0';
		const char *date = find_value(lc, "event.date", 10);
		const char *hint = suggest_name(lc, name);
		int defined = campaign__placeholder_is_defined(&bad);
		const char *misnamed = defined ? misnamed_value(lc, name) : NULL;
		if (is_date_name(name) && date)
			error_at(f, at, CAMPAIGN_EINVALID, diags,
			         "'{{%s}}' is made from event.date, which must be a date written "
			         "YYYY-MM-DD, not '%.64s'", name, date);
		else if (is_date_name(name))
			error_at(f, at, CAMPAIGN_EINVALID, diags,
			         "no value for the placeholder '{{%s}}': it is made from event.date, "
			         "which is not given", name);
		else if (misnamed)
			error_at(f, at, CAMPAIGN_EINVALID, diags,
			         "no value for the placeholder '{{%s}}'; was the value given as '%s' meant "
			         "for it?", name, misnamed);
		else if (hint && strcmp(hint, name) != 0 && !defined)
			error_at(f, at, CAMPAIGN_EINVALID, diags,
			         "unknown placeholder '{{%s}}'; did you mean '{{%s}}'?", name, hint);
		else
			/* A name the manual defines: it lacks a value, it is not misspelt. */
			error_at(f, at, CAMPAIGN_EINVALID, diags, "no value for the placeholder '{{%s}}'", name);
		return CAMPAIGN_EINVALID;
	}
	if (rc) {
		campaign__strbuf_free(&out);
		if (rc == CAMPAIGN_ETOOLONG) {
			error_at(f, at, CAMPAIGN_EINVALID, diags, "the text is too long once its placeholders are filled in");
			return CAMPAIGN_EINVALID;
		}
		return rc;
	}
	fe->text = campaign__strbuf_detach(&out, NULL);
	if (!fe->text)
		fe->text = strdup("");
	return fe->text ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

/*
 * The limits pango needs: length (wrapping one word of 100,000 characters
 * takes pango 30 s), combining marks, valid UTF-8.
 */
static int
check_text(const campaign_flyer *f, const struct tpl_elem *e, struct flyer_elem *fe, long *total,
           campaign_diags *diags)
{
	const char *end = NULL;
	if (!g_utf8_validate(fe->text, -1, &end)) {
		error_at(f, e->text_pos, CAMPAIGN_EINVALID, diags, "the text is not valid UTF-8 once filled in");
		return CAMPAIGN_EINVALID;
	}
	struct mark_stack stack;
	char why[MARK_STACK_DESCRIBE_MAX];
	if (campaign__mark_stack_find(fe->text, &stack)) {
		error_at(f, e->text_pos, CAMPAIGN_EINVALID, diags, "once filled in, the text has %s",
		         campaign__mark_stack_describe(&stack, why));
		return CAMPAIGN_EINVALID;
	}
	/* After a line break a mark sits on nothing: pango hangs it before the line, no dotted circle. */
	for (const char *p = fe->text; (p = strchr(p, '\n')) != NULL; p++) {
		gunichar c = g_utf8_get_char(p + 1);
		if (g_unichar_ismark(c)) {
			char name[UNICHAR_DESCRIBE_MAX];
			error_at(f, e->text_pos, CAMPAIGN_EINVALID, diags,
			         "once filled in, a line of the text begins with %s, with no letter to sit "
			         "on, which would print before the line: remove it or join it to its letter",
			         campaign__unichar_describe(c, name));
			return CAMPAIGN_EINVALID;
		}
	}
	long n = 0;
	for (char *p = fe->text; *p; p = g_utf8_next_char(p), n++) {
		gunichar c = g_utf8_get_char(p);
		/* Other control characters would print as boxes; a tab is a space on paper. */
		if (c < 0x20 && c != '\n')
			*p = ' ';
	}
	*total += n;
	if (n > CAMPAIGN_TEMPLATE_TEXT_MAX) {
		error_at(f, e->text_pos, CAMPAIGN_EINVALID, diags,
		         "the text is %ld characters long once filled in; the limit is %d", n,
		         CAMPAIGN_TEMPLATE_TEXT_MAX);
		return CAMPAIGN_EINVALID;
	}
	return CAMPAIGN_OK;
}

void
campaign__flyer_elem_bbox(const campaign_flyer *f, size_t i, int k, double box[4])
{
	const struct tpl_elem *e = &f->t->elems[i];
	const struct flyer_elem *fe = &f->elems[i];
	double x = fe->x + k * fe->step_x, y = e->y + k * e->step_y;
	switch (e->kind) {
	case TPL_TEXT:
		campaign__rotated_bbox(x, y, fe->lx, fe->ly + fe->dy, fe->lw, fe->lh, e->rotate, box);
		return;
	case TPL_LINE: {
		double x2 = fe->x2 + k * fe->step_x, y2 = e->y2 + k * e->step_y, hw = e->stroke_width / 2;
		box[0] = fmin(x, x2) - hw;
		box[1] = fmin(y, y2) - hw;
		box[2] = fmax(x, x2) + hw;
		box[3] = fmax(y, y2) + hw;
		return;
	}
	case TPL_QR:
		campaign__rotated_bbox(x, y, 0, 0, e->w, e->w, e->rotate, box);
		return;
	case TPL_RECT:
	case TPL_IMAGE:
		campaign__rotated_bbox(x, y, 0, 0, fe->w, fe->h, 0, box);
		return;
	}
}

static int
inside(const double box[4], double x0, double y0, double x1, double y1)
{
	const double eps = 0.01; /* a hundredth of a point: rounding, not design */
	return box[0] >= x0 - eps && box[1] >= y0 - eps && box[2] <= x1 + eps && box[3] <= y1 + eps;
}

static int
overlaps(const double a[4], const double b[4])
{
	const double eps = 0.01;
	return a[0] < b[2] - eps && b[0] < a[2] - eps && a[1] < b[3] - eps && b[1] < a[3] - eps;
}

/*
 * The characters of a laid-out text that no installed font can draw (pango
 * puts a hex box in their place), up to `max` distinct ones; how many in all.
 */
static int
missing_glyphs(PangoLayout *layout, gunichar *chars, int max, int *distinct)
{
	*distinct = 0;
	int count = pango_layout_get_unknown_glyphs_count(layout);
	if (count <= 0)
		return 0;
	PangoLayoutIter *it = pango_layout_get_iter(layout);
	do {
		PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
		for (int i = 0; run && i < run->glyphs->num_glyphs; i++) {
			PangoGlyph g = run->glyphs->glyphs[i].glyph;
			if (!(g & PANGO_GLYPH_UNKNOWN_FLAG))
				continue;
			gunichar cp = g & ~PANGO_GLYPH_UNKNOWN_FLAG;
			int seen = 0;
			for (int k = 0; k < *distinct; k++)
				seen |= chars[k] == cp;
			if (!seen && *distinct < max)
				chars[(*distinct)++] = cp;
		}
	} while (pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
	return count;
}

/* A character printed as a hex box is a misprint: refused, like text that does not fit. */
static int
check_glyphs(const campaign_flyer *f, const struct tpl_elem *e, const struct flyer_elem *fe,
             campaign_diags *diags)
{
	gunichar chars[3];
	int distinct;
	int count = missing_glyphs(fe->layout, chars, 3, &distinct);
	if (count == 0 && campaign__dotted_circle_find(fe->layout, &chars[0])) {
		char name[UNICHAR_DESCRIBE_MAX];
		error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
		         "the text has %s with no letter to sit on, which would print on a dotted "
		         "circle: remove it or join it to its letter", campaign__unichar_describe(chars[0], name));
		return CAMPAIGN_EINVALID;
	}
	if (count == 0)
		return CAMPAIGN_OK;
	for (int k = 0; k < distinct; k++) {
		/* A filler has no glyph in any face: installing a font would not help. */
		if (!campaign__unichar_is_ignorable(chars[k]))
			continue;
		char name[UNICHAR_DESCRIBE_MAX];
		error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
		         "the text holds %s, an invisible character that shows nothing on screen but prints "
		         "as a box: remove it", campaign__unichar_describe(chars[k], name));
		return CAMPAIGN_EINVALID;
	}
	char list[96] = "";
	size_t n = 0;
	for (int k = 0; k < distinct; k++) {
		char utf8[8] = "";
		utf8[g_unichar_to_utf8(chars[k], utf8)] = '\0';
		n += (size_t)snprintf(list + n, sizeof(list) - n, "%s'%s' (U+%04X)", k ? ", " : "", utf8,
		                      (unsigned)chars[k]);
	}
	error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
	         "no installed font can draw %s%s, which would print as %s: remove %s or install a font "
	         "that has %s", list, count > distinct ? " and more" : "",
	         count == 1 ? "a box" : "boxes", count == 1 ? "it" : "them", count == 1 ? "it" : "them");
	return CAMPAIGN_EINVALID;
}

/* "; even 6 pt is too large": how far shrink-to-fit went (buf: 48 bytes). */
static const char *
even_least(double least, char *buf)
{
	snprintf(buf, 48, "; even %g pt is too large", least);
	return buf;
}

static int
prepare_text(campaign_flyer *f, const struct tpl_elem *e, struct flyer_elem *fe, long *total,
             campaign_diags *diags)
{
	char buf[48];
	int rc = check_text(f, e, fe, total, diags);
	if (rc)
		return rc;
	/* Each element is bounded, and so is the whole page: layout time grows with the text. */
	if (*total > FLYER_TEXT_MAX) {
		error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
		         "the template's texts are more than %d characters in all once filled in", FLYER_TEXT_MAX);
		return CAMPAIGN_EINVALID;
	}
	double least = campaign__tpl_readable_pt(f->t);
	rc = campaign__layout_text(f->ctx, e, fe, least);
	if (rc == CAMPAIGN_OK)
		rc = check_glyphs(f, e, fe, diags);
	if (rc)
		return rc;
	if (e->h > 0 && fe->lh > e->h + 0.01) {
		error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
		         "the text does not fit its box: it needs %.1fmm of height at %g pt and the box has "
		         "%.1fmm (shorten the text, enlarge the box%s)",
		         fe->lh * MM_PER_PT, fe->font_size, e->h * MM_PER_PT,
		         e->shrink ? even_least(least, buf) : ", or add 'shrink: true'");
		return CAMPAIGN_EINVALID;
	}
	if (!e->wrap && fe->lines > 1) {
		error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
		         "the text does not fit on one line %.1fmm wide at %g pt (shorten the text, widen "
		         "the box%s)",
		         e->w * MM_PER_PT, fe->font_size, e->shrink ? even_least(least, buf) : ", or add 'shrink: true'");
		return CAMPAIGN_EINVALID;
	}
	return CAMPAIGN_OK;
}

int
campaign__flyer_qr(campaign_qr **out, const struct tpl_elem *e, const char *payload,
                   const char *file, campaign_diags *diags)
{
	campaign_qr_options qo = CAMPAIGN_QR_OPTIONS_INIT;
	qo.ecc = (campaign_qr_ecc)e->ecc;
	qo.size_mm = e->w * MM_PER_PT;
	qo.distance_mm = e->distance * MM_PER_PT; /* the rule of thumb: width >= distance / 10 */
	campaign_diags *found = NULL;
	campaign_qr *qr = NULL;
	int rc = campaign_diags_new(&found);
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_encode(&qr, payload, strlen(payload), &qo, found);
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_check_print(qr, CAMPAIGN_QR_FORMAT_PDF, &qo, file, e->pos.line,
		                             e->pos.column, found);
	/* The encoder knows nothing of templates: its problems belong to this element. */
	for (size_t i = 0; i < campaign_diags_count(found); i++) {
		const campaign_diag *d = campaign_diags_get(found, i);
		if (d->file)
			campaign_diags_add(diags, d->severity, d->status, d->file, d->line, d->column, "%s",
			                   d->message);
		else
			campaign_diags_add(diags, d->severity, d->status, file, e->pos.line, e->pos.column,
			                   "%s%s", d->severity == CAMPAIGN_SEVERITY_ERROR
			                                   ? "this QR code cannot be made: " : "", d->message);
	}
	campaign_diags_free(found);
	if (out && rc == CAMPAIGN_OK)
		*out = qr;
	else
		campaign_qr_free(qr);
	return rc;
}

static int
prepare_qr(campaign_flyer *f, const struct tpl_elem *e, struct flyer_elem *fe, campaign_diags *diags)
{
	/* The template's own text was checked as it was read; a value ({{var.link}}) fills it only now. */
	const char *scheme = campaign__script_scheme(fe->text);
	if (scheme) {
		error_at(f, e->data_pos, CAMPAIGN_EINVALID, diags, "once filled in, the QR code's data is "
		         "a '%.*s' link, which a scanner would run or open on the phone itself, not a "
		         "page to visit: print an https:// link", (int)strlen(scheme) - 1, scheme);
		return CAMPAIGN_EINVALID;
	}
	return campaign__flyer_qr(&fe->qr, e, fe->text, f->t->file, diags);
}

/*
 * The flyer's own surface of the image: a flyer is drawn by one thread at a
 * time, the template's image by any number.
 */
static int
prepare_image(campaign_flyer *f, const struct tpl_elem *e, struct flyer_elem *fe,
              campaign_diags *diags)
{
	fe->image = campaign__tpl_image_surface(fe->img);
	if (fe->image && cairo_surface_status(fe->image) == CAIRO_STATUS_SUCCESS)
		return CAMPAIGN_OK;
	if (!fe->image || cairo_surface_status(fe->image) == CAIRO_STATUS_NO_MEMORY)
		return CAMPAIGN_ENOMEM;
	error_at(f, e->src_pos, CAMPAIGN_EIO, diags, "cannot draw the image '%s': cairo: %s",
	         fe->img->path, cairo_status_to_string(cairo_surface_status(fe->image)));
	return CAMPAIGN_EIO;
}

/*
 * Where element i is drawn. A template with mirror_rtl is mirrored left to
 * right for a right-to-left language, as a designer would lay out an Arabic
 * edition: the code and the accents change sides with the text. Rotated
 * elements keep their place (a turned strip reads the same either way).
 */
static void
place(campaign_flyer *f, size_t i)
{
	const campaign_template *t = f->t;
	const struct tpl_elem *e = &t->elems[i];
	struct flyer_elem *fe = &f->elems[i];
	fe->x = e->x;
	fe->x2 = e->x2;
	fe->step_x = e->step_x;
	if (!f->rtl || !t->mirror_rtl || e->rotate != 0)
		return;
	fe->step_x = -e->step_x;
	switch (e->kind) {
	case TPL_LINE:
		fe->x = t->width - e->x;
		fe->x2 = t->width - e->x2;
		break;
	case TPL_TEXT:
		/* A box without a width is as wide as its text. */
		fe->x = t->width - e->x - (e->w > 0 ? e->w : fe->lx + fe->lw);
		break;
	case TPL_QR:
		fe->x = t->width - e->x - e->w;
		break;
	case TPL_RECT:
	case TPL_IMAGE:
		fe->x = t->width - e->x - fe->w;
		break;
	}
}

/*
 * A repeat's copies: none further off the page than the first one (a step
 * too big pushes the last tear-off strips past the trim, where they are cut
 * away unseen), and a QR code's copies apart, since each would eat into
 * the other's quiet zone and neither would scan.
 */
static int
check_repeat(campaign_flyer *f, size_t i, campaign_diags *diags)
{
	const campaign_template *t = f->t;
	const struct tpl_elem *e = &t->elems[i];
	const double eps = 0.01;
	double first[4];
	campaign__flyer_elem_bbox(f, i, 0, first);
	for (int k = 1; k < e->repeat; k++) {
		double box[4];
		campaign__flyer_elem_bbox(f, i, k, box);
		double past = fmax(fmax(fmin(first[0], 0) - box[0], fmin(first[1], 0) - box[1]),
		                   fmax(box[2] - fmax(first[2], t->width), box[3] - fmax(first[3], t->height)));
		if (past > eps) {
			error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
			         "copy %d of %d of this %s (repeat) runs %.1fmm off the page: make the "
			         "step or the count smaller", k + 1, e->repeat, e->kind_name, past * MM_PER_PT);
			return CAMPAIGN_EINVALID;
		}
		for (int kk = 0; e->kind == TPL_QR && kk < k; kk++) {
			double other[4];
			campaign__flyer_elem_bbox(f, i, kk, other);
			if (overlaps(box, other)) {
				error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
				         "copies %d and %d of this QR code (repeat) overlap, so neither keeps its "
				         "quiet zone: the step must be at least its size, %.1fmm",
				         kk + 1, k + 1, e->w * MM_PER_PT);
				return CAMPAIGN_EINVALID;
			}
		}
	}
	return CAMPAIGN_OK;
}

/* How far box reaches past a margin m inside the trim, in pt; 0 or less: it does not. */
static double
past_margin(const campaign_template *t, const double box[4], double m)
{
	return fmax(fmax(m - box[0], m - box[1]), fmax(box[2] - (t->width - m), box[3] - (t->height - m)));
}

/*
 * How far box reaches past what is an error: the safe margin the page
 * gives, or the trim itself on a page that gives none.
 */
static double
past_limit(const campaign_template *t, const double box[4])
{
	return past_margin(t, box, t->safe_given ? t->safe : 0);
}

/*
 * A page without 'safe:' has the default margin, as a warning: templates
 * made before it was checked still print, and `validate --strict` refuses.
 */
static void
warn_default_safe(const campaign_flyer *f, const struct tpl_elem *e, const char *what, double past,
                  campaign_diags *diags)
{
	warning_at(f, e->pos, diags,
	           "the %s comes %.1fmm closer to the trim than the safe margin of %.0fmm, where a "
	           "cut a little off could reach it (move it in, or give the page its own 'safe:')",
	           what, past * MM_PER_PT, f->t->safe * MM_PER_PT);
}

/*
 * A text must be read: a rect, an image or a QR code drawn later over its
 * lines hides it, though the PDF still holds it (pdftotext reads it, the
 * eye does not). Lines are left alone (a rule or a tear-off cut may run
 * through a text's box on purpose), and so are other texts, whose boxes
 * include their line spacing, so stacked texts touch without their letters
 * meeting: text_overlap.c looks at their letters instead.
 */
static int
check_text_uncovered(campaign_flyer *f, size_t i, campaign_diags *diags)
{
	const campaign_template *t = f->t;
	for (int k = 0; k < t->elems[i].repeat; k++) {
		double box[4];
		campaign__flyer_elem_bbox(f, i, k, box);
		for (size_t j = i + 1; j < t->count; j++)
			for (int kk = 0; t->elems[j].kind != TPL_LINE && t->elems[j].kind != TPL_TEXT &&
			                 kk < t->elems[j].repeat; kk++) {
				double other[4];
				campaign__flyer_elem_bbox(f, j, kk, other);
				if (overlaps(box, other)) {
					/* A QR code cannot go first: its quiet zone would then be drawn over. */
					int qr = t->elems[j].kind == TPL_QR;
					error_at(f, t->elems[j].pos, CAMPAIGN_EINVALID, diags,
					         "this %s is drawn over the text at line %lu, which would not be "
					         "read on paper: move one of them%s%s%s",
					         t->elems[j].kind_name, t->elems[i].pos.line, qr ? "" : ", or draw the ",
					         qr ? "" : t->elems[j].kind_name, qr ? "" : " first");
					return CAMPAIGN_EINVALID;
				}
			}
	}
	return CAMPAIGN_OK;
}

static int
check_geometry(campaign_flyer *f, size_t i, campaign_diags *diags)
{
	const campaign_template *t = f->t;
	const struct tpl_elem *e = &t->elems[i];
	int rc = check_repeat(f, i, diags), warned = 0;
	if (rc)
		return rc;
	for (int k = 0; k < e->repeat && rc == CAMPAIGN_OK; k++) {
		double box[4];
		campaign__flyer_elem_bbox(f, i, k, box);
		if (e->kind == TPL_TEXT && past_limit(t, box) > 0.01) {
			error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
			         "the text runs %.1fmm outside the safe area%s (shorten it%s)",
			         past_limit(t, box) * MM_PER_PT, e->repeat > 1 ? " in one of its copies" : "",
			         e->h > 0 ? "" : ", or give it a 'height' and 'shrink: true'");
			rc = CAMPAIGN_EINVALID;
		} else if (e->kind == TPL_TEXT && past_margin(t, box, t->safe) > 0.01 && !warned) {
			warn_default_safe(f, e, "text", past_margin(t, box, t->safe), diags);
			warned = 1;
		}
		if (e->kind == TPL_QR) {
			int modules = campaign_qr_size(f->elems[i].qr);
			double q = e->w * CAMPAIGN_QR_BORDER_DEFAULT / (modules + 2.0 * CAMPAIGN_QR_BORDER_DEFAULT);
			double sym[4] = { box[0] + q, box[1] + q, box[2] - q, box[3] - q };
			if (past_limit(t, sym) > 0.01 || !inside(box, 0, 0, t->width, t->height)) {
				error_at(f, e->pos, CAMPAIGN_EINVALID, diags,
				         "the QR code lies outside the safe area: its symbol must stay %.1fmm inside "
				         "the trim, and its quiet zone on the page",
				         t->safe_given ? t->safe * MM_PER_PT : 0.0);
				rc = CAMPAIGN_EINVALID;
			} else if (past_margin(t, sym, t->safe) > 0.01 && !warned) {
				warn_default_safe(f, e, "QR code's symbol", past_margin(t, sym, t->safe), diags);
				warned = 1;
			}
			/* Anything drawn later over the square would eat into the quiet zone. */
			for (size_t j = i + 1; j < t->count && rc == CAMPAIGN_OK; j++)
				for (int kk = 0; kk < t->elems[j].repeat; kk++) {
					double other[4];
					campaign__flyer_elem_bbox(f, j, kk, other);
					if (overlaps(box, other)) {
						error_at(f, t->elems[j].pos, CAMPAIGN_EINVALID, diags,
						         "this %s is drawn over the QR code at line %lu: keep its quiet "
						         "zone clear",
						         t->elems[j].kind_name, e->pos.line);
						rc = CAMPAIGN_EINVALID;
						break;
					}
				}
		}
	}
	if (e->kind == TPL_TEXT && rc == CAMPAIGN_OK)
		rc = check_text_uncovered(f, i, diags);
	if (e->kind == TPL_TEXT && rc == CAMPAIGN_OK)
		rc = campaign__check_text_overlap(f, i, diags);
	const struct tpl_image *img = f->elems[i].img;
	if (e->kind == TPL_IMAGE && img && img->kind != TPL_IMAGE_SVG) {
		double dpi = img->width / (f->elems[i].w / 72.0);
		/* A page in pixels is seen on a screen, pixel for pixel: "print needs 300 dpi" would be false. */
		if (t->pixel_page && dpi < PIXEL_PAGE_DPI - 0.5)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, t->file, e->src_pos.line,
			                   e->src_pos.column,
			                   "the image is %d px wide and shown %.0f px wide, enlarged %.1f times, "
			                   "so it looks blurred: use one at least %.0f px wide",
			                   img->width, f->elems[i].w / 72.0 * PIXEL_PAGE_DPI,
			                   PIXEL_PAGE_DPI / dpi, ceil(f->elems[i].w / 72.0 * PIXEL_PAGE_DPI));
		else if (!t->pixel_page && dpi < 299.5)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, t->file, e->src_pos.line,
			                   e->src_pos.column,
			                   "the image prints at %.0f dpi; print needs 300 (make it at most "
			                   "%.1fmm wide or use a larger image)",
			                   dpi, img->width / 300.0 * 25.4);
	}
	return rc;
}

/*
 * A date or time given directly is held to the rule the spec's loader holds
 * the event's to, with its words: "2026-02-30" or "25:99" would otherwise
 * print as given. 0 when the value is fine, or when key is neither.
 */
static int
check_when(const char *key, const char *v, campaign_diags *diags)
{
	if (strcmp(key, "event.date") == 0 && !campaign__date_valid(v))
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "'event.date' must be a calendar date written YYYY-MM-DD, not '%.32s'", v);
	else if (strcmp(key, "event.time") == 0 && !campaign__time_of_day_valid(v))
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "'event.time' must be a 24-hour time written HH:MM, not '%.32s'", v);
	else
		return 0;
	return CAMPAIGN_EINVALID;
}

/*
 * The values a flyer is filled with, as the spec's readers check theirs (a
 * program or `render --set` gives them directly): nothing that would make
 * the paper read otherwise than the value does.
 */
static int
check_values(const campaign_param *values, size_t count, campaign_diags *diags)
{
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < count; i++) {
		const char *v = values[i].value;
		const char *key = values[i].key ? values[i].key : "";
		struct placeholder_ref ref = { .name = key, .len = strlen(key) };
		if (v && check_when(key, v, diags))
			rc = CAMPAIGN_EINVALID;
		/* A number or link is printed whole, left to right: nothing unseen may move its parts. */
		enum unichar_hazard from = is_ltr_value(&ref) ? UNICHAR_INVISIBLE : UNICHAR_BIDI_CONTROL;
		uint32_t cp;
		if (!v || !g_utf8_validate(v, -1, NULL) || campaign__unichar_find(v, strlen(v), from, &cp) < 0)
			continue;
		char name[UNICHAR_DESCRIBE_MAX];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the value of '%.64s' has %s: %s", values[i].key ? values[i].key : "",
		                   campaign__unichar_describe(cp, name),
		                   campaign__unichar_why(campaign__unichar_hazard(cp)));
		rc = CAMPAIGN_EINVALID;
	}
	return rc;
}

/* A row's colour for element e, from its "{{row.NAME}}" at `at`, into *out. */
static int
row_color(const campaign_flyer *f, const struct lookup_ctx *lc, const char *from, struct yaml_pos at,
          const char *kind, const char *key, struct tpl_color *out, campaign_diags *diags)
{
	size_t len;
	const char *column = campaign__tpl_row_column(from, &len);
	const char *v = row_value(lc, column, len);
	if (!v) {
		error_at(f, at, CAMPAIGN_EINVALID, diags, "no value for '%s', which gives the %s's '%s'",
		         from, kind, key);
		return CAMPAIGN_EINVALID;
	}
	if (campaign__tpl_row_color(v, out) == 0)
		return CAMPAIGN_OK;
	error_at(f, at, CAMPAIGN_EINVALID, diags,
	         "'%s' %s must be a colour #rgb, #rrggbb or #rrggbbaa that prints (not alpha 00), "
	         "not '%.32s'", key, from, v);
	return CAMPAIGN_EINVALID;
}

/* A colour the spec's vars may change (`colours:`): its value, else the template's default. */
static int
var_color(const campaign_flyer *f, const struct lookup_ctx *lc, const char *var, struct yaml_pos at,
          const char *kind, const char *key, struct tpl_color *out, campaign_diags *diags)
{
	const char *v = var ? find_value(lc, var, strlen(var)) : NULL;
	if (!v || campaign__tpl_row_color(v, out) == 0)
		return CAMPAIGN_OK;
	error_at(f, at, CAMPAIGN_EINVALID, diags,
	         "the %s's '%s' is %s, which must be a colour #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K) "
	         "that prints (not alpha 00), not '%.32s'", kind, key, var, v);
	return CAMPAIGN_EINVALID;
}

/*
 * What element i takes from its row, or the template's own: the colours,
 * the image and the size its aspect gives.
 */
static int
take_row(campaign_flyer *f, size_t i, const struct lookup_ctx *lc, flyer_row_image_fn images,
         void *images_ctx, campaign_diags *diags)
{
	const struct tpl_elem *e = &f->t->elems[i];
	struct flyer_elem *fe = &f->elems[i];
	fe->fill = e->fill;
	fe->color = e->color;
	fe->img = e->image;
	fe->w = e->w;
	fe->h = e->h;
	if (var_color(f, lc, e->fill_var, e->fill_pos, e->kind_name, "fill", &fe->fill, diags) ||
	    var_color(f, lc, e->color_var, e->color_pos, e->kind_name, "color", &fe->color, diags))
		return CAMPAIGN_EINVALID;
	if (e->fill_from)
		return row_color(f, lc, e->fill_from, e->fill_pos, e->kind_name, "fill", &fe->fill, diags);
	if (e->color_from)
		return row_color(f, lc, e->color_from, e->color_pos, e->kind_name, "color", &fe->color,
		                 diags);
	if (!e->src_from)
		return CAMPAIGN_OK;
	size_t len;
	const char *column = campaign__tpl_row_column(e->src_from, &len);
	const char *v = row_value(lc, column, len);
	fe->img = v && images ? images(images_ctx, e, v) : NULL;
	if (!fe->img) {
		error_at(f, e->src_pos, CAMPAIGN_EINVALID, diags,
		         "the image %s is named by a table's row: only a build of a spec with a rows: "
		         "table reads it", e->src_from);
		return CAMPAIGN_EINVALID;
	}
	/* The size the template gives is kept; the other side follows the row's image. */
	if (e->w > 0)
		fe->h = e->w * fe->img->height / fe->img->width;
	else
		fe->w = e->h * fe->img->width / fe->img->height;
	return CAMPAIGN_OK;
}

int
campaign_flyer_new(campaign_flyer **out, const campaign_template *t, const campaign_param *values,
                   size_t count, const campaign_flyer_options *opts, campaign_diags *diags)
{
	return campaign__flyer_new_rows(out, t, values, count, opts, NULL, NULL, diags);
}

int
campaign__flyer_new_rows(campaign_flyer **out, const campaign_template *t,
                         const campaign_param *values, size_t count,
                         const campaign_flyer_options *opts, flyer_row_image_fn images,
                         void *images_ctx, campaign_diags *diags)
{
	static const campaign_flyer_options defaults = CAMPAIGN_FLYER_OPTIONS_INIT;
	*out = NULL;
	campaign_flyer_options known;
	if (CAMPAIGN__OPTIONS_TAKE(&known, opts, &defaults, campaign__sizes_flyer_options,
	                           "campaign_flyer_options", diags))
		return CAMPAIGN_EINVALID;
	opts = &known;
	if (check_values(values, count, diags))
		return CAMPAIGN_EINVALID;
	campaign_flyer *f = calloc(1, sizeof(*f));
	if (!f)
		return CAMPAIGN_ENOMEM;
	f->t = t;
	f->elems = calloc(t->count + 1, sizeof(*f->elems));
	f->rtl = campaign__i18n_rtl(opts->language);
	f->ctx = campaign__layout_context();
	if (f->ctx && f->rtl)
		/* Paragraphs without a strong letter (a time, a phone number) follow the language. */
		pango_context_set_base_dir(f->ctx, PANGO_DIRECTION_RTL);
	if (!f->elems || !f->ctx) {
		campaign_flyer_free(f);
		return CAMPAIGN_ENOMEM;
	}
	struct lookup_ctx lc = { .values = values, .count = count,
	                         .language = opts && opts->language ? opts->language : "en" };
	int rc = CAMPAIGN_OK;
	long text_total = 0;
	/* Report every element's problems, not only the first. */
	for (size_t i = 0; i < t->count; i++) {
		const struct tpl_elem *e = &t->elems[i];
		struct flyer_elem *fe = &f->elems[i];
		int r = take_row(f, i, &lc, images, images_ctx, diags);
		if (r) {
			/* Reported; the element is not laid out. */
		} else if (e->kind == TPL_TEXT) {
			lc.isolate = 1;
			r = expand(f, e->text, e->text_pos, &lc, fe, diags);
			lc.isolate = 0;
			if (r == CAMPAIGN_OK)
				r = prepare_text(f, e, fe, &text_total, diags);
		} else if (e->kind == TPL_QR) {
			r = expand(f, e->data, e->data_pos, &lc, fe, diags);
			if (r == CAMPAIGN_OK)
				r = prepare_qr(f, e, fe, diags);
		} else if (e->kind == TPL_IMAGE) {
			r = prepare_image(f, e, fe, diags);
		}
		if (r == CAMPAIGN_ENOMEM) {
			campaign_flyer_free(f);
			return r;
		}
		if (r && !rc)
			rc = r;
	}
	for (size_t i = 0; i < t->count; i++)
		place(f, i);
	/* Geometry needs every element laid out: only when all of them were. */
	int laid_out = rc == CAMPAIGN_OK;
	for (size_t i = 0; i < t->count && laid_out && rc != CAMPAIGN_ENOMEM; i++) {
		int g = check_geometry(f, i, diags);
		if (g)
			rc = g == CAMPAIGN_ENOMEM ? g : CAMPAIGN_EINVALID;
	}
	if (rc) {
		campaign_flyer_free(f);
		return rc;
	}
	*out = f;
	return CAMPAIGN_OK;
}

int
campaign__flyer_check_codes(const campaign_template *t, const campaign_param *values, size_t count,
                            const char *language, campaign_diags *diags)
{
	/* Only what expand() and the QR check read: the template. */
	const campaign_flyer f = { .t = t };
	struct lookup_ctx lc = { .values = values, .count = count, .language = language ? language : "en" };
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < t->count; i++) {
		const struct tpl_elem *e = &t->elems[i];
		if (e->kind != TPL_QR)
			continue;
		struct flyer_elem fe = { 0 };
		int r = expand(&f, e->data, e->data_pos, &lc, &fe, diags);
		if (r == CAMPAIGN_OK)
			r = campaign__flyer_qr(NULL, e, fe.text, t->file, diags);
		free(fe.text);
		if (r && (!rc || r == CAMPAIGN_ENOMEM))
			rc = r;
	}
	return rc;
}

void
campaign_flyer_free(campaign_flyer *f)
{
	if (!f)
		return;
	for (size_t i = 0; f->elems && i < f->t->count; i++) {
		free(f->elems[i].text);
		if (f->elems[i].layout)
			g_object_unref(f->elems[i].layout);
		campaign_qr_free(f->elems[i].qr);
		if (f->elems[i].image)
			cairo_surface_destroy(f->elems[i].image);
	}
	free(f->elems);
	if (f->ctx)
		g_object_unref(f->ctx);
	free(f);
}

int
campaign_flyer_options_init(campaign_flyer_options *opts, unsigned int version)
{
	static const campaign_flyer_options init = CAMPAIGN_FLYER_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_flyer_options, CAMPAIGN__VERSIONS(campaign__sizes_flyer_options));
}
