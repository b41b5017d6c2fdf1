/* Lengths, colours and numbers of the template format. */
#include "template/template_units.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib.h>

#include "campaign/status.h"

/*
 * The number at the start of text[0..len), in the C locale's notation
 * whatever the process's locale (g_ascii_strtod); *end gets where it ends.
 * Returns 0, -1 for no number, or -2 for one too large for a double.
 */
static int
number_prefix(const char *text, size_t len, double *out, size_t *end)
{
	char buf[64];
	if (len == 0 || len >= sizeof(buf) || text[0] == ' ' || text[0] == '\t')
		return -1;
	memcpy(buf, text, len);
	buf[len] = '\0';
	char *stop = NULL;
	errno = 0;
	double v = g_ascii_strtod(buf, &stop);
	size_t n = (size_t)(stop - buf);
	/* Hexadecimal ("0x1p3"), infinities and NaN ("inf", "nan") are not numbers a template means. */
	if (n == 0 || memchr(buf, 'x', n) || memchr(buf, 'X', n) || memchr(buf, 'n', n) ||
	    memchr(buf, 'N', n))
		return -1;
	/*
	 * A number too large for a double ("1e400") is a number all the same:
	 * say it is too large, not that it is no number. An underflow is 0.
	 */
	if (!isfinite(v) || (errno == ERANGE && fabs(v) >= 1.0)) {
		*out = v < 0 ? -HUGE_VAL : HUGE_VAL;
		*end = n;
		return -2;
	}
	*out = v;
	*end = n;
	return 0;
}

int
campaign__tpl_number(const char *text, size_t len, double *out)
{
	size_t end;
	double v;
	/* A bare number has no range here: too large is not a number the caller can use. */
	if (number_prefix(text, len, &v, &end) || end != len)
		return -1;
	*out = v;
	return 0;
}

static const struct {
	const char *name;
	double pt;
} units[] = {
	{ "mm", PT_PER_MM },
	{ "cm", 10 * PT_PER_MM },
	{ "in", 72.0 },
	{ "pt", 1.0 },
	/* The CSS pixel, 1/96 in: a social image's page is given in them (template_model.h). */
	{ "px", PT_PER_PX },
};

int
campaign__tpl_length(const char *text, double *pt, const char **why)
{
	size_t len = strlen(text);
	while (len && text[len - 1] == ' ')
		len--;
	size_t num = 0;
	double v;
	int huge = number_prefix(text, len, &v, &num);
	if (huge == -1) {
		*why = "must be a number with a unit (mm, cm, in, pt or px), such as 10mm";
		return -1;
	}
	const char *unit = text + num;
	size_t ulen = len - num;
	while (ulen && *unit == ' ') {
		unit++;
		ulen--;
	}
	if (ulen == 0) {
		if (v == 0) {
			*pt = 0;
			return 0;
		}
		*why = "needs a unit (mm, cm, in, pt or px): a bare number is ambiguous";
		return -1;
	}
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (ulen == 2 && memcmp(unit, units[i].name, 2) == 0) {
			*pt = v * units[i].pt;
			if (huge || !isfinite(*pt)) {
				*pt = v < 0 ? -HUGE_VAL : HUGE_VAL;
				*why = "is far too large";
				return -2;
			}
			return 0;
		}
	*why = "has an unknown unit; use mm, cm, in, pt or px";
	return -1;
}

int
campaign__tpl_length_node(struct schema *s, const struct yaml_node *node, const char *key,
                          double min, double max, double *pt)
{
	if (node->kind != YAML_NODE_SCALAR) {
		campaign__schema_error(s, node, "'%s' must be a length such as 10mm, not %s", key,
		                       campaign__yaml_kind_name(node));
		return -1;
	}
	const char *why = NULL;
	double v;
	int rc = campaign__tpl_length(node->text, &v, &why);
	if (rc == -1) {
		campaign__schema_error(s, node, "'%s' %s, not '%.32s'", key, why, node->text);
		return -1;
	}
	/* Too large for a number (rc -2, v infinite): the range below says so, with the limit. */
	if (v < min - 1e-9 || v > max + 1e-9) {
		if (min > 0 && v <= 0)
			campaign__schema_error(s, node, "'%s' must be greater than zero, not '%.32s'", key,
			                       node->text);
		else
			campaign__schema_error(s, node, "'%s' must be from %gmm to %gmm, not '%.32s'", key,
			                       round(min * MM_PER_PT * 100) / 100,
			                       round(max * MM_PER_PT * 100) / 100, node->text);
		return -1;
	}
	*pt = v;
	return 0;
}

int
campaign__tpl_get_length(struct schema *s, const struct yaml_node *map, const char *key,
                         int required, double min, double max, double *pt)
{
	const struct yaml_node *v = campaign__schema_get(s, map, key, required, "this element");
	if (!v)
		return 0;
	return campaign__tpl_length_node(s, v, key, min, max, pt) ? -1 : 1;
}

int
campaign__tpl_get_pair(struct schema *s, const struct yaml_node *map, const char *key, int required,
                       double min, double max, double *x, double *y)
{
	const struct yaml_node *v = campaign__schema_get(s, map, key, required, "this element");
	if (!v)
		return 0;
	if (v->kind != YAML_NODE_SEQ || v->count != 2) {
		campaign__schema_error(s, v, "'%s' must be a pair of lengths such as [10mm, 20mm]", key);
		return -1;
	}
	double a, b;
	if (campaign__tpl_length_node(s, v->items[0], key, min, max, &a) ||
	    campaign__tpl_length_node(s, v->items[1], key, min, max, &b))
		return -1;
	*x = a;
	*y = b;
	return 1;
}

static int
hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* One ink of cmyk(): a percent from 0 to 100 with at most one decimal, in tenths; -1 otherwise. */
static int
ink_tenths(const char *text, size_t len)
{
	while (len && (*text == ' ' || *text == '\t')) {
		text++;
		len--;
	}
	while (len && (text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	double v;
	if (campaign__tpl_number(text, len, &v) || v < 0 || v > 100)
		return -1;
	long tenths = lround(v * 10);
	/* More than one decimal would not be written as given: refused, not rounded. */
	if (fabs(v * 10 - (double)tenths) > 1e-6)
		return -1;
	return (int)tenths;
}

/* "cmyk(C, M, Y, K)" in percent; 0 or -1. */
static int
cmyk_color(const char *text, struct tpl_color *out)
{
	size_t len = strlen(text);
	if (len < 6 || text[len - 1] != ')')
		return -1;
	const char *p = text + 5, *end = text + len - 1;
	int ink[4];
	for (int i = 0; i < 4; i++) {
		const char *stop = i < 3 ? memchr(p, ',', (size_t)(end - p)) : end;
		if (!stop || (ink[i] = ink_tenths(p, (size_t)(stop - p))) < 0)
			return -1;
		p = stop + 1;
	}
	*out = (struct tpl_color){ .a = 1, .cmyk = 1 };
	double k = ink[3] / 1000.0;
	out->r = (1 - ink[0] / 1000.0) * (1 - k);
	out->g = (1 - ink[1] / 1000.0) * (1 - k);
	out->b = (1 - ink[2] / 1000.0) * (1 - k);
	memcpy(out->ink, ink, sizeof(ink));
	return 0;
}

int
campaign__tpl_color(const char *text, struct tpl_color *out)
{
	if (strncmp(text, "cmyk(", 5) == 0)
		return cmyk_color(text, out);
	size_t len = strlen(text);
	if (text[0] != '#' || (len != 4 && len != 7 && len != 9))
		return -1;
	int v[8];
	for (size_t i = 1; i < len; i++)
		if ((v[i - 1] = hex(text[i])) < 0)
			return -1;
	*out = (struct tpl_color){ .a = 1 };
	if (len == 4) {
		out->r = v[0] * 17 / 255.0;
		out->g = v[1] * 17 / 255.0;
		out->b = v[2] * 17 / 255.0;
		out->a = 1;
		return 0;
	}
	out->r = (v[0] * 16 + v[1]) / 255.0;
	out->g = (v[2] * 16 + v[3]) / 255.0;
	out->b = (v[4] * 16 + v[5]) / 255.0;
	out->a = len == 9 ? (v[6] * 16 + v[7]) / 255.0 : 1;
	return 0;
}

/* Coated paper's usual limit; newsprint takes less (240 to 260 %). */
#define TOTAL_INK_MAX_TENTHS 3000

void
campaign__tpl_warn_total_ink(struct schema *s, const struct yaml_node *v, const struct tpl_color *c)
{
	if (!c->cmyk)
		return;
	int total = c->ink[0] + c->ink[1] + c->ink[2] + c->ink[3];
	if (total <= TOTAL_INK_MAX_TENTHS)
		return;
	campaign__schema_warning(s, v, "%.40s lays %g %% of ink on the paper, and presses take at most "
	                         "about %d %% (more smears and sets off on the next sheet): for a deep "
	                         "black, cmyk(60, 40, 40, 100) is 240 %%", v->text, total / 10.0,
	                         TOTAL_INK_MAX_TENTHS / 10);
}

int
campaign__tpl_get_color(struct schema *s, const struct yaml_node *map, const char *key,
                        struct tpl_color *out)
{
	const struct yaml_node *v = campaign__yaml_map_get(map, key);
	if (!v)
		return 0;
	if (v->kind == YAML_NODE_SCALAR && strncmp(v->text, "cmyk(", 5) == 0 &&
	    campaign__tpl_color(v->text, out)) {
		campaign__schema_error(s, v, "'%s' must be cmyk(C, M, Y, K), four percents from 0 to 100 "
		                             "with at most one decimal, not '%.40s'", key, v->text);
		return -1;
	}
	if (v->kind != YAML_NODE_SCALAR || campaign__tpl_color(v->text, out)) {
		/*
		 * Only an empty unquoted value is a '#' eaten as a comment; a quoted
		 * "#b3261" or a name such as red is quoted back, not told to be quoted.
		 */
		if (v->kind == YAML_NODE_SCALAR && (v->quoted || v->text[0]))
			campaign__schema_error(s, v, "'%s' must be a colour #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K), "
			                             "not '%.32s'", key, v->text);
		else if (v->kind != YAML_NODE_SCALAR)
			campaign__schema_error(s, v, "'%s' must be a colour #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K), "
			                             "not %s", key, campaign__yaml_kind_name(v));
		else
			campaign__schema_error(s, v, "'%s' must be a colour #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K) "
			                             "(quote it: \"#b3261e\", since # starts a comment)", key);
		return -1;
	}
	campaign__tpl_warn_total_ink(s, v, out);
	return 1;
}

int
campaign__tpl_get_ink(struct schema *s, const struct yaml_node *map, const char *key, const char *what,
                      struct tpl_color *out)
{
	int got = campaign__tpl_get_color(s, map, key, out);
	if (got > 0 && out->a == 0) {
		/* Alpha 00 draws nothing: the element would be missing from the paper, with no error. */
		const struct yaml_node *v = campaign__yaml_map_get(map, key);
		campaign__schema_error(s, v, "'%s' '%.16s' is fully transparent (alpha 00): %s would print "
		                       "nothing; give an opaque colour such as \"#%.6s\"", key, v->text,
		                       what, v->text + 1);
		return -1;
	}
	return got;
}

int
campaign__tpl_get_number(struct schema *s, const struct yaml_node *map, const char *key, double min,
                         double max, double *out)
{
	const struct yaml_node *v = campaign__yaml_map_get(map, key);
	if (!v)
		return 0;
	double d;
	if (v->kind != YAML_NODE_SCALAR || campaign__tpl_number(v->text, v->len, &d) || d < min ||
	    d > max) {
		campaign__schema_error(s, v, "'%s' must be a number from %g to %g", key, min, max);
		return -1;
	}
	*out = d;
	return 1;
}
