/*
 * The `taken` list: hashtags already used elsewhere, one per line, which a
 * build must never produce. Parsing is pure; campaign_hashtag_set_load_file()
 * is the module's one function that reads a file.
 */
#include "campaign/hashtag.h"

#include <errno.h>
#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "ids/hashtag_internal.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/* A list of tags this size is already absurd; a bigger file is the wrong file. */
#define LIST_MAX_BYTES ((size_t)16 * 1024 * 1024)

struct list_line {
	const char *name;
	unsigned long number;
	const char *start; /* the line, for columns */
	campaign_diags *diags;
};

static unsigned long
column_of(const struct list_line *l, const char *at)
{
	return (unsigned long)campaign__utf8_count(l->start, (size_t)(at - l->start)) + 1;
}

static int
is_blank(gunichar cp)
{
	return g_unichar_isspace(cp) || cp == 0xFEFF;
}

static int line_error(const struct list_line *l, const char *at, const char *fmt, ...)
	CAMPAIGN_PRINTF(3, 4);

/* Reports a problem at the character `at` of the line; returns CAMPAIGN_EINVALID. */
static int
line_error(const struct list_line *l, const char *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	campaign__diags_vadd(l->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, l->name,
	                     l->number, column_of(l, at), fmt, ap);
	va_end(ap);
	return CAMPAIGN_EINVALID;
}

/* Checks one tag (without '#', trimmed) and adds it; reports the first wrong character. */
static int
add_line_tag(campaign_hashtag_set *set, const struct list_line *l, const char *tag,
             size_t len)
{
	for (const char *p = tag; p < tag + len; p = g_utf8_next_char(p)) {
		gunichar cp = g_utf8_get_char(p);
		enum hashtag_class c = campaign__hashtag_class(cp);
		int ok = c == HASHTAG_LETTER || c == HASHTAG_DIGIT || c == HASHTAG_UNDERSCORE ||
		         (c == HASHTAG_MARK && p > tag);
		if (ok)
			continue;
		if (is_blank(cp))
			return line_error(l, p, "a hashtag has no spaces; write one tag per line");
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || !g_unichar_isgraph(cp))
			return line_error(l, p, "U+%04X is not allowed in a hashtag (letters, "
			                  "digits and _ only)", (unsigned)cp);
		return line_error(l, p, "'%.*s' is not allowed in a hashtag (letters, digits and "
		                  "_ only)", (int)(g_utf8_next_char(p) - p), p);
	}
	char *copy = g_strndup(tag, len);
	int rc = campaign_hashtag_set_add(set, copy);
	g_free(copy);
	return rc;
}

static int
parse_line(campaign_hashtag_set *set, const struct list_line *l, const char *end)
{
	const char *p = l->start;
	size_t bad = campaign__utf8_validate(p, (size_t)(end - p));
	if (bad != (size_t)(end - p))
		return line_error(l, p + bad, "the line is not valid UTF-8");
	while (p < end && is_blank(g_utf8_get_char(p)))
		p = g_utf8_next_char(p);
	while (end > p) {
		const char *last = g_utf8_find_prev_char(p, end);
		if (!last || !is_blank(g_utf8_get_char(last)))
			break;
		end = last;
	}
	if (p == end || *p == ';')
		return CAMPAIGN_OK;
	if (*p == '#') {
		/* "# comment" and a lone "#"; "#Rally" is a tag. */
		if (p + 1 == end || is_blank(g_utf8_get_char(p + 1)))
			return CAMPAIGN_OK;
		p++;
	}
	return add_line_tag(set, l, p, (size_t)(end - p));
}

/*
 * A list saved in another encoding than UTF-8, said once for the file, not
 * as a bad character on every line: UTF-16 or UTF-32 (NUL bytes where that
 * encoding puts them), or an 8-bit code page (no UTF-8 anywhere in it).
 */
static int
check_encoding(const char *text, size_t len, const char *name, campaign_diags *diags)
{
	const char *wide = campaign__utf16_bom(text, len) ? "UTF-16" : campaign__utf16_without_bom(text, len);
	if (wide) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, name, 1, 1,
		                   "the taken hashtags list is %s, not UTF-8 text; save it as UTF-8", wide);
		return CAMPAIGN_EINVALID;
	}
	size_t bad = campaign__utf8_validate(text, len);
	if (bad == len || campaign__utf8_has_multibyte(text, len))
		return CAMPAIGN_OK; /* UTF-8, or damaged in places: each line says where */
	unsigned long line, column;
	campaign__utf8_position(text, len, bad, &line, &column);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, name, line, column,
	                   "byte 0x%02X is not UTF-8: the list is in another encoding, most likely an "
	                   "8-bit code page such as Windows-1252 (Latin-1) or Windows-1251 (Cyrillic); "
	                   "save it as UTF-8", (unsigned char)text[bad]);
	return CAMPAIGN_EINVALID;
}

int
campaign_hashtag_set_add_list(campaign_hashtag_set *set, const char *text, size_t len,
                              const char *name, campaign_diags *diags)
{
	if (!set || (!text && len))
		return CAMPAIGN_EINVALID;
	if (len == 0)
		return CAMPAIGN_OK;
	if (check_encoding(text, len, name, diags))
		return CAMPAIGN_EINVALID;
	const char *p = text, *end = text + len;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	int result = CAMPAIGN_OK;
	struct list_line l = { name, 0, p, diags };
	while (p < end) {
		/*
		 * A line ends at LF, CRLF, a lone CR (files from old Mac
		 * editors), or where an editor shows one: NEL, U+2028 and
		 * U+2029 (utf8.h), each counted as a line, as the editor does.
		 */
		const char *line_end = p;
		size_t sep = 0;
		while (line_end < end && !(sep = campaign__utf8_line_end(line_end, (size_t)(end - line_end))))
			line_end++;
		l.number++;
		l.start = p;
		int rc = parse_line(set, &l, line_end);
		if (rc == CAMPAIGN_ENOMEM)
			return rc;
		if (rc)
			result = rc;
		p = line_end + sep;
	}
	return result;
}

int
campaign_hashtag_set_load_file(campaign_hashtag_set *set, const char *path,
                               campaign_diags *diags)
{
	const char *why;
	int fd = campaign__open_input_fd(path, &why);
	if (fd < 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot open the taken hashtags list: %s", why);
		return CAMPAIGN_EIO;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, LIST_MAX_BYTES);
	int rc = campaign__read_all(fd, &b);
	int read_error = rc == CAMPAIGN_EIO ? errno : 0;
	close(fd);
	if (read_error) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot read the taken hashtags list: %s", campaign__read_strerror(read_error));
		rc = CAMPAIGN_EIO;
	} else if (b.status == CAMPAIGN_ETOOLONG) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 0, 0,
		                   "the taken hashtags list is larger than 16 MiB");
		rc = CAMPAIGN_EINVALID;
	} else if (b.status) {
		rc = b.status;
	} else {
		rc = campaign_hashtag_set_add_list(set, b.ptr, b.len, path, diags);
	}
	campaign__strbuf_free(&b);
	return rc;
}
