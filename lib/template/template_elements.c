/* The elements of a template: text, qr, rect, line, image. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <strings.h>

#include <pango/pangocairo.h>

#include "campaign/qr.h"
#include "campaign/status.h"
#include "font/fonts.h"
#include "text/placeholder.h"
#include "template/template_load.h"
#include "template/template_units.h"
#include "util/suggest.h"

static const char *const kind_names[] = { "text", "qr", "rect", "line", "image", NULL };

static const char *const text_keys[] = {
	"text", "at", "width", "height", "font", "color", "align", "valign", "line_spacing",
	"tracking", "shrink", "max_size", "wrap", "rotate", "repeat", NULL,
};
static const char *const qr_keys[] = { "data", "at", "size", "ecc", "distance", "rotate", "repeat",
	                                    NULL };
/* A scanning distance: from a hand-held card to a billboard across a road. */
#define DISTANCE_MAX_PT (100000 * PT_PER_MM)
static const char *const rect_keys[] = {
	"at", "size", "fill", "stroke", "stroke_width", "radius", "bleed", "repeat", NULL,
};
static const char *const line_keys[] = { "from", "to", "width", "color", "dash", "repeat", NULL };
static const char *const image_keys[] = { "src", "at", "width", "height", NULL };
static const char *const repeat_keys[] = { "count", "step", NULL };
static const char *const align_choices[] = { "start", "center", "end", NULL };
static const char *const valign_choices[] = { "top", "middle", "bottom", NULL };
static const char *const ecc_choices[] = { "L", "M", "Q", "H", NULL };

/* The names a placeholder may have, besides the families with a dot. */
static const char *const plain_names[] = {
	"url", "url_display", "phone", "phone_e164", "tel", "hashtag", "short_url", "short_code", NULL,
};
static const char *const families[] = { "campaign.", "event.", "placement.", "row.", "var.", NULL };

#define MAX_PT (CAMPAIGN_TEMPLATE_PAGE_MAX_MM * PT_PER_MM)

void
campaign__tpl_check_placeholders(struct schema *s, const struct yaml_node *at, const char *text)
{
	size_t pos = 0;
	struct placeholder_ref ref;
	int found;
	while ((found = campaign__placeholder_next(text, &pos, &ref)) != 0) {
		if (found < 0) {
			campaign__schema_error(s, at, "unclosed or empty '{{' placeholder");
			return;
		}
		int ok = 0;
		for (size_t i = 0; plain_names[i] && !ok; i++)
			ok = campaign__placeholder_is(&ref, plain_names[i]);
		for (size_t i = 0; families[i] && !ok; i++)
			ok = campaign__placeholder_has_prefix(&ref, families[i]);
		if (ok)
			continue;
		char name[65];
		size_t n = ref.len < 64 ? ref.len : 64;
		memcpy(name, ref.name, n);
		name[n] = '\0';
		static const char *const all[] = {
			"url", "url_display", "phone", "phone_e164", "tel", "hashtag", "short_url", "campaign.name",
			"event.title", "event.date", "event.time", "event.venue", "placement.id", NULL,
		};
		const char *hint = campaign__suggest(name, all);
		/* "{{titel}}" most likely means event.title, not tel: compare with the part after the dot too. */
		unsigned best = hint ? campaign__edit_distance(name, hint) : 255;
		for (size_t i = 0; all[i]; i++) {
			const char *dot = strchr(all[i], '.');
			if (!dot || strchr(name, '.'))
				continue;
			const char *one[] = { dot + 1, NULL };
			if (campaign__suggest(name, one) && campaign__edit_distance(name, dot + 1) < best) {
				best = campaign__edit_distance(name, dot + 1);
				hint = all[i];
			}
		}
		if (hint)
			campaign__schema_error(s, at, "unknown placeholder '{{%s}}'; did you mean '{{%s}}'?",
			                       name, hint);
		else
			campaign__schema_error(s, at,
			                       "unknown placeholder '{{%s}}'; use campaign.*, event.*, "
			                       "placement.*, row.*, var.*, url, phone, phone_e164, tel, hashtag, "
			                       "short_url or short_code",
			                       name);
	}
}

/* Family names fontconfig maps to whatever is installed: never "not installed" (fonts.h). */
static int
generic_family(const char *family, size_t n)
{
	return campaign__font_generic(family, n) != 0;
}

/*
 * The next family of a pango description's comma-separated family list:
 * its start in *name and its length (spaces trimmed), or 0 at the end
 * (a family is never empty: commas and spaces before it are skipped).
 * *p moves past it.
 */
static size_t
next_family(const char **p, const char **name)
{
	while (**p == ' ' || **p == ',')
		(*p)++;
	*name = *p;
	size_t len = strcspn(*p, ",");
	*p += len;
	while (len && (*name)[len - 1] == ' ')
		len--;
	return len;
}

/* Whether `family` (n bytes) is in the list, or, with family NULL, whether a generic one is. */
static int
listed(const char *list, const char *family, size_t n)
{
	const char *p = list, *name;
	for (size_t len; (len = next_family(&p, &name)) > 0;)
		if (family ? len == n && strncasecmp(name, family, n) == 0 : generic_family(name, len))
			return 1;
	return 0;
}

static void
missing(struct schema *s, const struct yaml_node *at, const char *fmt, ...) CAMPAIGN_PRINTF(3, 4);

/* The machine lacks a font, the template is fine: a missing resource (exit 3). */
static void
missing(struct schema *s, const struct yaml_node *at, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	campaign_diags_add(s->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EMISSING, s->file, at->pos.line,
	                   at->pos.column, "%s", msg);
	if (s->status == CAMPAIGN_OK)
		s->status = CAMPAIGN_EMISSING;
}

/*
 * fontconfig never says a font is missing: it substitutes the nearest one,
 * which may be a script face. A template's font must be installed, or be
 * followed in its family list by one that is or by a generic family
 * ("Liberation Sans, DejaVu Sans, sans"); the file fontconfig chose must
 * open, or cairo would print boxes. Both are the machine's fault: exit 3.
 */
static void
check_family(struct schema *s, const struct yaml_node *at, PangoFontDescription *desc)
{
	const char *want = pango_font_description_get_family(desc);
	const char *p = want, *first = NULL;
	/* No family named ("Bold 12", or only commas): pango's default sans face, like a generic one. */
	size_t n = want ? next_family(&p, &first) : 0;
	if (!n)
		return;
	if (n > 64)
		n = 64;
	PangoFontMap *map = campaign__font_map();
	PangoContext *ctx = map ? pango_font_map_create_context(map) : NULL;
	PangoFont *font = ctx ? pango_context_load_font(ctx, desc) : NULL;
	if (!font) {
		missing(s, at, "no font can be loaded for \"%.64s\": is fontconfig set up?", want);
	} else {
		PangoFontDescription *got = pango_font_describe(font);
		const char *family = got ? pango_font_description_get_family(got) : NULL;
		const char *file = NULL;
		int err = campaign__font_file_error(font, &file);
		if (family && !listed(want, family, strlen(family)) && !listed(want, NULL, 0)) {
			/* The whole description with the fallback added: "No Such Font, DejaVu Sans Bold 12". */
			PangoFontDescription *fixed = pango_font_description_copy(desc);
			char *list = g_strdup_printf("%.*s, %s", (int)n, first, family);
			pango_font_description_set_family(fixed, list);
			char *example = pango_font_description_to_string(fixed);
			missing(s, at, "the font '%.*s' is not installed (fontconfig would print this text in "
			        "'%.64s'): install it, or name a fallback after it, as in \"%.200s\"",
			        (int)n, first, family, example);
			g_free(example);
			g_free(list);
			pango_font_description_free(fixed);
		} else if (err) {
			char *name = pango_font_description_to_string(desc);
			missing(s, at, "the font file '%.200s' of \"%.64s\" cannot be read: %s (fontconfig's "
			        "cache lists it: run fc-cache, or reinstall the font)", file, name,
			        err == ENODATA ? "it is empty" : err == EINVAL ? "not a regular file" : strerror(err));
			g_free(name);
		} else {
			char *unhonoured = campaign__font_unhonoured(desc, font);
			if (unhonoured)
				campaign__schema_warning(s, at, "%s", unhonoured);
			g_free(unhonoured);
		}
		if (got)
			pango_font_description_free(got);
		g_object_unref(font);
	}
	if (ctx)
		g_object_unref(ctx);
}

/*
 * The size a font description ends with, read as written: pango rounds
 * "Sans 0.0001" to size 0 and takes "Sans 1e308" (beyond its own limit)
 * for a family name, so its reading alone would misreport both. 1 and the
 * word in *word, *len when the last word is a number.
 */
static int
written_size(const char *font, double *size, const char **word, size_t *len)
{
	size_t end = strlen(font);
	while (end > 0 && font[end - 1] == ' ')
		end--;
	size_t start = end;
	while (start > 0 && font[start - 1] != ' ' && font[start - 1] != ',')
		start--;
	*word = font + start;
	*len = end - start;
	/* Read as a length in pt, which tells a number too large for a double ("1e400") from a word. */
	char as_pt[40];
	const char *why;
	if (*len == 0 || *len + 3 > sizeof(as_pt) || (!(**word >= '0' && **word <= '9') && **word != '.'))
		return 0;
	snprintf(as_pt, sizeof(as_pt), "%.*spt", (int)*len, *word);
	return campaign__tpl_length(as_pt, size, &why) != -1;
}

double
campaign__tpl_font_size(struct schema *s, const struct yaml_node *at, const char *font)
{
	double written;
	const char *word;
	size_t len;
	if (written_size(font, &written, &word, &len) &&
	    !(written >= CAMPAIGN_TEMPLATE_FONT_MIN_PT && written <= CAMPAIGN_TEMPLATE_FONT_MAX_PT)) {
		campaign__schema_error(s, at, "font size %.*s pt is out of range: use %g to %g pt",
		                       (int)(len > 32 ? 32 : len), word, CAMPAIGN_TEMPLATE_FONT_MIN_PT,
		                       CAMPAIGN_TEMPLATE_FONT_MAX_PT);
		return -1;
	}
	PangoFontDescription *desc = pango_font_description_from_string(font);
	if (!desc) {
		campaign__schema_nomem(s);
		return -1;
	}
	double size = -1;
	if (!(pango_font_description_get_set_fields(desc) & PANGO_FONT_MASK_SIZE))
		campaign__schema_error(s, at, "'font' needs a size in points, such as \"Sans Bold 24\"");
	else
		size = pango_font_description_get_size(desc) / (double)PANGO_SCALE;
	if (size >= CAMPAIGN_TEMPLATE_FONT_MIN_PT && size <= CAMPAIGN_TEMPLATE_FONT_MAX_PT)
		check_family(s, at, desc);
	pango_font_description_free(desc);
	if (size >= 0 && (size < CAMPAIGN_TEMPLATE_FONT_MIN_PT || size > CAMPAIGN_TEMPLATE_FONT_MAX_PT)) {
		campaign__schema_error(s, at, "font size %g pt is out of range: use %g to %g pt", size,
		                       CAMPAIGN_TEMPLATE_FONT_MIN_PT, CAMPAIGN_TEMPLATE_FONT_MAX_PT);
		size = -1;
	}
	return size;
}

static int
load_repeat(struct schema *s, const struct yaml_node *map, struct tpl_elem *e)
{
	e->repeat = 1;
	const struct yaml_node *r = campaign__yaml_map_get(map, "repeat");
	if (!r)
		return 0;
	if (campaign__schema_map(s, r, "repeat", repeat_keys))
		return -1;
	e->repeat = (int)campaign__schema_uint(s, r, "count", 1, 100, 1);
	if (!campaign__yaml_map_get(r, "count"))
		campaign__schema_error(s, r, "missing required key 'count' in repeat");
	if (campaign__tpl_get_pair(s, r, "step", 1, -MAX_PT, MAX_PT, &e->step_x, &e->step_y) < 0)
		return -1;
	return 0;
}

static void
load_rotate(struct schema *s, const struct yaml_node *map, struct tpl_elem *e)
{
	campaign__tpl_get_number(s, map, "rotate", -360, 360, &e->rotate);
}

/* The tightest tracking, as a share of the font's size (-150 in a layout program's thousandths of an em). */
#define TRACKING_TIGHTEST 0.15

static void
load_text(campaign_template *t, struct schema *s, const struct yaml_node *m, struct tpl_elem *e)
{
	const struct yaml_node *text = campaign__schema_get(s, m, "text", 1, "a text element");
	if (text && (e->text = campaign__schema_text(s, text, "text")) != NULL) {
		e->text_pos = text->pos;
		campaign__tpl_check_placeholders(s, text, e->text);
	}
	campaign__tpl_get_pair(s, m, "at", 1, -MAX_PT, MAX_PT, &e->x, &e->y);
	campaign__tpl_get_length(s, m, "width", 0, 1, MAX_PT, &e->w);
	campaign__tpl_get_length(s, m, "height", 0, 1, MAX_PT, &e->h);
	e->font = campaign__schema_str(s, m, "font", 0, "a text element");
	if (!e->font)
		e->font = "Sans 12";
	const struct yaml_node *font = campaign__yaml_map_get(m, "font");
	/* Read as a family, "{{var.font}}" was reported as a font to install (exit 3). */
	if (font && strstr(e->font, "{{")) {
		campaign__schema_error(s, font, "'font' takes no placeholder: it is the template's own; "
		                       "name the font, as in \"DejaVu Sans Bold 24\"");
		e->font = "Sans 12";
	}
	e->font_size = campaign__tpl_font_size(s, font ? font : m, e->font);
	char why[200];
	if (e->font_size > 0 && e->font_size < campaign__tpl_readable_pt(t))
		campaign__schema_warning(s, font ? font : m, "font size %g pt is below %s: make it larger",
		                         e->font_size, campaign__tpl_readable_why(t, why, sizeof(why)));
	e->color.a = 1;
	const struct yaml_node *color = campaign__yaml_map_get(m, "color");
	int from_colours = campaign__tpl_from_colours(t, s, color, "color", &e->color, &e->color_var);
	if (from_colours != 0)
		e->color_pos = color ? color->pos : e->color_pos;
	else if (campaign__tpl_from_row(s, color, "color", &e->color_from) != 0)
		e->color_pos = color->pos;
	else if (campaign__tpl_get_ink(s, m, "color", "the text", &e->color) > 0)
		e->color_pos = color->pos;
	e->align = (enum tpl_align)campaign__schema_enum(s, m, "align", align_choices, 0);
	e->valign = (enum tpl_valign)campaign__schema_enum(s, m, "valign", valign_choices, 0);
	e->line_spacing = 1;
	campaign__tpl_get_number(s, m, "line_spacing", 0.5, 3, &e->line_spacing);
	campaign__tpl_get_length(s, m, "tracking", 0, -10, 100, &e->tracking);
	/* Tight headline tracking is a few hundredths of the size; past this, letters print over each other. */
	if (e->font_size > 0 && e->tracking < -TRACKING_TIGHTEST * e->font_size)
		campaign__schema_error(s, campaign__yaml_map_get(m, "tracking"),
		                       "tracking of %.2g pt at %g pt prints each letter over the next: at the "
		                       "tightest it is %g pt, %g%% of the size",
		                       e->tracking, e->font_size, -TRACKING_TIGHTEST * e->font_size,
		                       TRACKING_TIGHTEST * 100);
	e->shrink = campaign__schema_bool(s, m, "shrink", 0);
	campaign__tpl_get_number(s, m, "max_size", CAMPAIGN_TEMPLATE_FONT_MIN_PT,
	                         CAMPAIGN_TEMPLATE_FONT_MAX_PT, &e->max_size);
	e->wrap = campaign__schema_bool(s, m, "wrap", 1);
	if (e->max_size > 0 && (e->w <= 0 || e->h <= 0))
		campaign__schema_error(s, campaign__yaml_map_get(m, "max_size"),
		                       "'max_size' needs a 'width' and a 'height' for the text to grow into");
	else if (e->max_size > 0 && e->max_size <= e->font_size)
		campaign__schema_error(s, campaign__yaml_map_get(m, "max_size"),
		                       "'max_size' (%g pt) must be larger than the font's size (%g pt): the "
		                       "text grows from the font's size up to it", e->max_size, e->font_size);
	if (!e->wrap && e->w <= 0)
		campaign__schema_error(s, campaign__yaml_map_get(m, "wrap"), "'wrap: false' needs a 'width' to keep the line in");
	if (e->shrink && e->h <= 0 && e->wrap)
		campaign__schema_error(s, m, "'shrink' needs a 'height' to shrink the text into (or 'wrap: false' and a 'width')");
	if (e->valign != TPL_VALIGN_TOP && e->h <= 0)
		campaign__schema_error(s, campaign__yaml_map_get(m, "valign"),
		                       "'valign' needs a 'height' to align the text in");
	load_rotate(s, m, e);
	load_repeat(s, m, e);
	(void)t;
}

static void
load_qr(campaign_template *t, struct schema *s, const struct yaml_node *m, struct tpl_elem *e)
{
	const struct yaml_node *data = campaign__schema_get(s, m, "data", 1, "a qr element");
	if (data && (e->data = campaign__schema_text(s, data, "data")) != NULL) {
		e->data_pos = data->pos;
		if (!e->data[0])
			campaign__schema_error(s, data, "'data' must not be empty");
		campaign__tpl_check_placeholders(s, data, e->data);
	}
	campaign__tpl_get_pair(s, m, "at", 1, -MAX_PT, MAX_PT, &e->x, &e->y);
	campaign__tpl_get_length(s, m, "size", 1, 1, MAX_PT, &e->w);
	e->h = e->w;
	e->ecc = campaign__schema_enum(s, m, "ecc", ecc_choices, CAMPAIGN_QR_ECC_M);
	campaign__tpl_get_length(s, m, "distance", 0, 1, DISTANCE_MAX_PT, &e->distance);
	load_rotate(s, m, e);
	load_repeat(s, m, e);
	(void)t;
}

static void
load_rect(campaign_template *t, struct schema *s, const struct yaml_node *m, struct tpl_elem *e)
{
	campaign__tpl_get_pair(s, m, "at", 1, -MAX_PT, MAX_PT, &e->x, &e->y);
	campaign__tpl_get_pair(s, m, "size", 1, 0.01, MAX_PT, &e->w, &e->h);
	const struct yaml_node *fill = campaign__yaml_map_get(m, "fill");
	int from_colours = campaign__tpl_from_colours(t, s, fill, "fill", &e->fill, &e->fill_var);
	int from_row = from_colours ? 0 : campaign__tpl_from_row(s, fill, "fill", &e->fill_from);
	if (from_row > 0) {
		/* Opaque black until a row gives its colour: each row's is checked for print. */
		e->fill = (struct tpl_color){ .r = 0, .g = 0, .b = 0, .a = 1 };
		e->fill_pos = fill->pos;
	}
	e->has_fill = from_colours > 0 || from_row > 0 ||
	              (from_colours == 0 && from_row == 0 && campaign__tpl_get_color(s, m, "fill", &e->fill) > 0);
	if (from_colours > 0)
		e->fill_pos = fill->pos;
	e->has_stroke = campaign__tpl_get_color(s, m, "stroke", &e->stroke) > 0;
	e->stroke_width = 1;
	/* 0.2 pt: the thinnest line a print shop promises to reproduce. */
	campaign__tpl_get_length(s, m, "stroke_width", 0, 0.2, 100 * PT_PER_MM, &e->stroke_width);
	campaign__tpl_get_length(s, m, "radius", 0, 0, MAX_PT, &e->radius);
	e->bleed = campaign__schema_bool(s, m, "bleed", 0);
	if (!e->has_fill && !e->has_stroke && !campaign__yaml_map_get(m, "fill") &&
	    !campaign__yaml_map_get(m, "stroke"))
		campaign__schema_error(s, m, "a rect needs 'fill' or 'stroke' to be seen");
	else if ((e->has_fill || e->has_stroke) && !(e->has_fill && e->fill.a > 0) &&
	         !(e->has_stroke && e->stroke.a > 0))
		campaign__schema_error(s, m, "the rect's %s fully transparent (alpha 00): it would print "
		                       "nothing", e->has_fill && e->has_stroke ? "'fill' and 'stroke' are"
		                       : e->has_fill ? "'fill' is" : "'stroke' is");
	load_repeat(s, m, e);
	(void)t;
}

static void
load_line(campaign_template *t, struct schema *s, const struct yaml_node *m, struct tpl_elem *e)
{
	campaign__tpl_get_pair(s, m, "from", 1, -MAX_PT, MAX_PT, &e->x, &e->y);
	campaign__tpl_get_pair(s, m, "to", 1, -MAX_PT, MAX_PT, &e->x2, &e->y2);
	/* 0.2 pt is the thinnest line a print shop promises to reproduce. */
	e->stroke_width = 0.5;
	campaign__tpl_get_length(s, m, "width", 0, 0.2, 100 * PT_PER_MM, &e->stroke_width);
	e->color.a = 1;
	campaign__tpl_get_ink(s, m, "color", "the line", &e->color);
	double on = 0, off = 0;
	if (campaign__tpl_get_pair(s, m, "dash", 0, 0.1, 100 * PT_PER_MM, &on, &off) > 0) {
		e->dash_on = on;
		e->dash_off = off;
	}
	load_repeat(s, m, e);
	(void)t;
}

static void
load_image(campaign_template *t, struct schema *s, const struct yaml_node *m, struct tpl_elem *e)
{
	const struct yaml_node *src = campaign__schema_get(s, m, "src", 1, "an image element");
	campaign__tpl_get_pair(s, m, "at", 1, -MAX_PT, MAX_PT, &e->x, &e->y);
	int has_w = campaign__tpl_get_length(s, m, "width", 0, 1, MAX_PT, &e->w);
	int has_h = campaign__tpl_get_length(s, m, "height", 0, 1, MAX_PT, &e->h);
	e->repeat = 1;
	if (has_w > 0 && has_h > 0) {
		campaign__schema_error(s, campaign__yaml_map_get(m, "height"),
		                       "give an image 'width' or 'height', not both: it keeps its aspect");
		return;
	}
	if (has_w == 0 && has_h == 0)
		campaign__schema_error(s, m, "an image needs a 'width' or a 'height'");
	if (!src)
		return;
	const char *path = campaign__schema_text(s, src, "src");
	if (!path)
		return;
	e->src_pos = src->pos;
	if (!path[0]) {
		campaign__schema_error(s, src, "'src' must not be empty");
		return;
	}
	/* Each row's file is read by the build; the size given is kept, the other side follows it. */
	if (campaign__tpl_from_row(s, src, "src", &e->src_from) != 0)
		return;
	e->image = campaign__tpl_load_image(t, s, src, path);
	if (!e->image)
		return;
	/* Keep the aspect: the other side follows the image's own proportions. */
	if (has_w > 0)
		e->h = e->w * e->image->height / e->image->width;
	else if (has_h > 0)
		e->w = e->h * e->image->width / e->image->height;
}

int
campaign__tpl_load_element(campaign_template *t, struct schema *s, const struct yaml_node *item,
                           struct tpl_elem *e)
{
	if (item->kind != YAML_NODE_MAP || item->count != 1) {
		campaign__schema_error(s, item,
		                       "an element must be one of text, qr, rect, line or image with its "
		                       "settings, such as 'text: { text: ..., at: [10mm, 10mm] }'");
		return -1;
	}
	const struct yaml_node *key = item->keys[0], *m = item->items[0];
	int kind = 0;
	while (kind_names[kind] && strcmp(kind_names[kind], key->text) != 0)
		kind++;
	if (!kind_names[kind]) {
		const char *hint = campaign__suggest(key->text, kind_names);
		if (hint)
			campaign__schema_error(s, key, "unknown element '%.32s'; did you mean '%s'?", key->text,
			                       hint);
		else
			campaign__schema_error(s, key,
			                       "unknown element '%.32s'; use text, qr, rect, line or image",
			                       key->text);
		return -1;
	}
	static const char *const *const keys[] = { text_keys, qr_keys, rect_keys, line_keys, image_keys };
	if (campaign__schema_map(s, m, kind_names[kind], keys[kind]))
		return -1;
	memset(e, 0, sizeof(*e));
	e->kind = (enum tpl_kind)kind;
	e->kind_name = kind_names[kind];
	e->pos = m->pos;
	e->repeat = 1;
	size_t errors_before = campaign_diags_error_count(s->diags);
	switch (e->kind) {
	case TPL_TEXT: load_text(t, s, m, e); break;
	case TPL_QR: load_qr(t, s, m, e); break;
	case TPL_RECT: load_rect(t, s, m, e); break;
	case TPL_LINE: load_line(t, s, m, e); break;
	case TPL_IMAGE: load_image(t, s, m, e); break;
	}
	return campaign_diags_error_count(s->diags) > errors_before || s->status == CAMPAIGN_ENOMEM ? -1 : 0;
}
