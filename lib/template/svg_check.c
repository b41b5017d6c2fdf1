/*
 * The references of an SVG, checked before librsvg parses it. librsvg 2.54
 * already keeps file references to the SVG's folder when it has the file's
 * name, but fails quietly (the image is left out) and expands the entities a
 * DOCTYPE declares; an artwork that would print without its parts, or take
 * the machine's memory, is refused here with a reason instead. So is what
 * librsvg draws differently on each machine or without bound in time: text
 * (set in whatever font this machine has, a box where it has none) and
 * filters (computed pixel by pixel: one feTurbulence took minutes).
 */
#include "template/svg_check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "campaign/status.h"
#include "template/image_decode.h"
#include "util/path_inside.h"
#include "util/strbuf.h"

struct svg_scan {
	const char *dir;
	const struct image_limits *limits; /* the template's, for the rasters it refers to */
	char *why;
	size_t why_size;
	int in_style; /* inside a <style> element */
	int text_line; /* where the first text element began, refused at its end (what it holds first) */
	const char *text_name;
	int nomem;
};

/* Stops the parse; the reason is in scan->why. */
static void
stop(GError **error)
{
	g_set_error_literal(error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "refused");
}

/* Writes the reason into scan->why and stops the parse. */
static void
refuse(struct svg_scan *scan, GError **error, const char *fmt, ...) G_GNUC_PRINTF(3, 4);

static void
refuse(struct svg_scan *scan, GError **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(scan->why, scan->why_size, fmt, ap);
	va_end(ap);
	stop(error);
}

static const char *
local_name(const char *name)
{
	const char *colon = strrchr(name, ':');
	return colon ? colon + 1 : name;
}

/* A PNG or JPEG within the limits, as the template's own images. */
static int
raster_ok(struct svg_scan *scan, const unsigned char *b, size_t n, const char *what)
{
	char why[IMAGE_WHY_SIZE];
	unsigned long w = 0, h = 0;
	enum image_format f = campaign__image_format(b, n, "");
	if (f == IMAGE_FORMAT_PNG && n >= 24 && memcmp(b + 12, "IHDR", 4) == 0) {
		w = (unsigned long)b[16] << 24 | (unsigned long)b[17] << 16 | (unsigned long)b[18] << 8 | b[19];
		h = (unsigned long)b[20] << 24 | (unsigned long)b[21] << 16 | (unsigned long)b[22] << 8 | b[23];
	} else if (f != IMAGE_FORMAT_JPEG || campaign__jpeg_size(b, n, &w, &h, why, sizeof(why))) {
		snprintf(scan->why, scan->why_size, "refers to %.80s, which is not a PNG or JPEG file "
		         "(an SVG's images must be)", what);
		return 0;
	}
	if (!campaign__image_size_ok(scan->limits, w, h, why, sizeof(why))) {
		snprintf(scan->why, scan->why_size, "refers to %.80s, which %s", what, why);
		return 0;
	}
	return 1;
}

static int
data_uri_ok(struct svg_scan *scan, const char *uri)
{
	const char *comma = strchr(uri, ',');
	if (!comma || !g_strstr_len(uri, comma - uri, ";base64")) {
		snprintf(scan->why, scan->why_size, "has a data: URI that is not a base64 PNG or JPEG");
		return 0;
	}
	gsize n = 0;
	guchar *b = g_base64_decode(comma + 1, &n);
	int ok = raster_ok(scan, b, n, "an embedded image");
	g_free(b);
	return ok;
}

/* A file beside the SVG or below it: its folder, as librsvg allows, and a raster within the limits. */
static int
file_ok(struct svg_scan *scan, const char *ref)
{
	char *rel = g_strndup(ref, strcspn(ref, "#?"));
	char *full = g_build_filename(scan->dir, rel, NULL);
	char *dir = campaign__path_resolve(scan->dir, 0);
	char *file = campaign__path_resolve(full, 0);
	int ok = 0;
	if (!dir || !file || !campaign__path_below(dir, file)) {
		snprintf(scan->why, scan->why_size, "refers to '%.80s', which is %s the SVG's folder", rel,
		         file ? "outside" : "not a file in");
	} else {
		struct strbuf b;
		char why[IMAGE_WHY_SIZE];
		int rc = campaign__image_read(file, scan->limits, &b, why, sizeof(why));
		if (rc == CAMPAIGN_OK) {
			char what[96];
			snprintf(what, sizeof(what), "'%.80s'", rel);
			ok = raster_ok(scan, (const unsigned char *)b.ptr, b.len, what);
		} else if (rc == CAMPAIGN_EINVALID) {
			snprintf(scan->why, scan->why_size, "refers to '%.80s', which %s", rel, why);
		} else {
			snprintf(scan->why, scan->why_size, "refers to '%.80s', which cannot be read: %s", rel, why);
		}
		campaign__strbuf_free(&b);
	}
	free(dir);
	free(file);
	g_free(full);
	g_free(rel);
	return ok;
}

/* Whether ref (an href) may be followed. */
static int
href_ok(struct svg_scan *scan, const char *ref)
{
	while (g_ascii_isspace(*ref))
		ref++;
	if (ref[0] == '#' || ref[0] == '\0')
		return 1;
	if (g_ascii_strncasecmp(ref, "data:", 5) == 0)
		return data_uri_ok(scan, ref);
	char *scheme = g_uri_parse_scheme(ref);
	if (scheme || ref[0] == '/') {
		snprintf(scan->why, scan->why_size, "refers to '%.80s' outside its own folder: an SVG may "
		         "use only what it holds and the files beside it (embed the rest)", ref);
		g_free(scheme);
		return 0;
	}
	return file_ok(scan, ref);
}

/*
 * Every url(...) in CSS text or an attribute must point into the same file.
 * CSS reads "URL(" and "@IMPORT" as it reads them in lower case, and a
 * backslash escape could spell either, so neither is let through.
 */
static int
urls_ok(struct svg_scan *scan, const char *text, int css)
{
	char *lower = g_ascii_strdown(text, -1);
	int ok = 0;
	if (css && strstr(lower, "@import")) {
		snprintf(scan->why, scan->why_size, "imports a stylesheet (@import): put its rules in the SVG");
		goto done;
	}
	if (css && strchr(lower, '\\')) {
		snprintf(scan->why, scan->why_size, "escapes CSS with a backslash, which could hide a "
		         "reference: write it plainly");
		goto done;
	}
	for (const char *p = strstr(lower, "url("); p; p = strstr(p + 4, "url(")) {
		const char *q = p + 4;
		while (*q == ' ' || *q == '\'' || *q == '"')
			q++;
		if (*q != '#') {
			int n = (int)strcspn(p, ")");
			snprintf(scan->why, scan->why_size, "uses '%.*s)' outside the file: url() may name only "
			         "a part of the SVG itself", n > 80 ? 80 : n, text + (p - lower));
			goto done;
		}
	}
	ok = 1;
done:
	g_free(lower);
	return ok;
}

/* The elements that set text in a font (SVG 1.1's and SVG 1.2's flowed text): the name, or NULL. */
static const char *
text_element(const char *local)
{
	static const char *const names[] = { "text", "tspan", "textPath", "tref", "flowRoot", NULL };
	for (size_t i = 0; names[i]; i++)
		if (strcmp(local, names[i]) == 0)
			return names[i];
	return NULL;
}

static void
start_element(GMarkupParseContext *ctx, const char *name, const char **keys, const char **values,
              gpointer data, GError **error)
{
	struct svg_scan *scan = data;
	const char *local = local_name(name);
	if (strcmp(local, "include") == 0) {
		refuse(scan, error, "includes other files (XInclude): put their content in the SVG");
		return;
	}
	int line = 0, column = 0;
	g_markup_parse_context_get_position(ctx, &line, &column);
	if (text_element(local) && !scan->text_line) {
		scan->text_line = line;
		scan->text_name = text_element(local);
	}
	if (strcmp(local, "filter") == 0) {
		refuse(scan, error, "has a filter (<filter> at line %d), which librsvg computes pixel by "
		       "pixel, for minutes on a large image, and a PDF carries only as pixels: export the "
		       "artwork as a PNG at print size instead", line);
		return;
	}
	scan->in_style = strcmp(local, "style") == 0;
	for (size_t i = 0; keys[i]; i++) {
		/* A link (<a href>) is never fetched to draw the image. */
		if (strcmp(local_name(keys[i]), "href") == 0 && strcmp(local, "a") != 0 &&
		    !href_ok(scan, values[i])) {
			stop(error);
			return;
		}
		if (!urls_ok(scan, values[i], strcmp(keys[i], "style") == 0)) {
			stop(error);
			return;
		}
	}
}

static void
end_element(GMarkupParseContext *ctx, const char *name, gpointer data, GError **error)
{
	(void)ctx;
	struct svg_scan *scan = data;
	scan->in_style = 0;
	if (text_element(local_name(name)) && scan->text_line)
		refuse(scan, error, "has text (<%s> at line %d), which librsvg sets in whatever font this "
		       "machine has, or prints as boxes: convert the text to paths (Inkscape: Path, Object "
		       "to Path)", scan->text_name, scan->text_line);
}

static void
text(GMarkupParseContext *ctx, const char *t, gsize len, gpointer data, GError **error)
{
	(void)ctx;
	struct svg_scan *scan = data;
	if (!scan->in_style)
		return;
	char *s = g_strndup(t, len);
	if (!urls_ok(scan, s, 1))
		stop(error);
	g_free(s);
}

/* DOCTYPEs, processing instructions, comments and CDATA come here whole. */
static void
passthrough(GMarkupParseContext *ctx, const char *t, gsize len, gpointer data, GError **error)
{
	(void)ctx;
	struct svg_scan *scan = data;
	if (len > 9 && strncmp(t, "<!DOCTYPE", 9) == 0 && memchr(t, '[', len))
		refuse(scan, error, "declares entities in its DOCTYPE, which can expand without bound "
		       "(\"billion laughs\"): save it without them");
	else if (len > 16 && strncmp(t, "<?xml-stylesheet", 16) == 0)
		refuse(scan, error, "links a stylesheet (xml-stylesheet): put its rules in the SVG");
	else if (scan->in_style && len > 9 && strncmp(t, "<![CDATA[", 9) == 0) {
		char *s = g_strndup(t, len);
		if (!urls_ok(scan, s, 1))
			stop(error);
		g_free(s);
	}
}

int
campaign__svg_check(const char *d, size_t len, const char *dir, const struct image_limits *l,
                    char *why, size_t why_size)
{
	static const GMarkupParser parser = { start_element, end_element, text, passthrough, NULL };
	struct svg_scan scan = { .dir = dir, .limits = l, .why = why, .why_size = why_size };
	why[0] = '\0';
	/*
	 * An entity declaration anywhere, even in a DOCTYPE too broken for
	 * GMarkup to hand over whole, is refused before librsvg's libxml2 reads
	 * it (a fuzzer found libxml2 leaking on a damaged one).
	 */
	if (memmem(d, len, "<!ENTITY", 8)) {
		snprintf(why, why_size, "declares entities in its DOCTYPE, which can expand without bound "
		         "(\"billion laughs\"): save it without them");
		return CAMPAIGN_EINVALID;
	}
	GMarkupParseContext *ctx = g_markup_parse_context_new(&parser, 0, &scan, NULL);
	GError *err = NULL;
	gboolean ok = g_markup_parse_context_parse(ctx, d, (gssize)len, &err) &&
	              g_markup_parse_context_end_parse(ctx, &err);
	/* GLib's message says where: "Error on line 3 char 7: ...". */
	if (!ok && !why[0])
		snprintf(why, why_size, "is not well-formed XML: %.160s", err ? err->message : "?");
	if (err)
		g_error_free(err);
	g_markup_parse_context_free(ctx);
	return ok ? CAMPAIGN_OK : CAMPAIGN_EINVALID;
}
