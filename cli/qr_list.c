#include "qr_list.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Enough to show a pattern; a million bad lines must not be a million messages. */
#define ERRORS_SHOWN 20

struct checker {
	const char *label;
	campaign_diags *diags;
	size_t errors;
};

static void
line_error(struct checker *c, size_t line, size_t column, const char *message)
{
	if (c->errors++ < ERRORS_SHOWN)
		campaign_diags_add(c->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, c->label,
		                   (unsigned long)line, (unsigned long)column, "%s", message);
}

/* The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong form, no surrogate), or 0. */
static size_t
utf8_sequence(const unsigned char *p, size_t left)
{
	if (p[0] < 0x80)
		return 1;
	size_t n = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
	                                          : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
	if (n == 0 || n > left)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F) ||
	    (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] > 0x8F))
		return 0;
	return n;
}

/*
 * The name of the character of n bytes at p when it is a line end an editor
 * shows, which the list's lines (LF, CRLF, CR) do not end at, or NULL.
 */
static const char *
unicode_line_end(const unsigned char *p, size_t n)
{
	if (n == 2 && p[0] == 0xC2 && p[1] == 0x85)
		return "NEL (U+0085)";
	if (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xA8)
		return "U+2028 LINE SEPARATOR";
	if (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xA9)
		return "U+2029 PARAGRAPH SEPARATOR";
	return NULL;
}

/* Checks one line's text; the column counts characters, as the library's diagnostics do. */
static void
check_line(struct checker *c, const struct qr_line *l, size_t number)
{
	if (l->len == 0) {
		line_error(c, number, 1, "the line is empty; each line is the data of one code");
		return;
	}
	const unsigned char *p = (const unsigned char *)l->data;
	size_t column = 1;
	for (size_t i = 0; i < l->len; column++) {
		if (p[i] == 0) {
			line_error(c, number, column,
			           "a NUL byte is in the line: the list is binary, or UTF-16/UTF-32 "
			           "text; save it as UTF-8");
			return;
		}
		size_t n = utf8_sequence(p + i, l->len - i);
		if (n == 0) {
			line_error(c, number, column, "the line is not valid UTF-8; save the list as UTF-8");
			return;
		}
		const char *line_end = unicode_line_end(p + i, n);
		if (line_end) {
			char what[160];
			snprintf(what, sizeof(what), "%s is in the line, a line end the list does not take: "
			         "it would be hidden in the code's data; end each line with a new line (LF "
			         "or CRLF)", line_end);
			line_error(c, number, column, what);
			return;
		}
		i += n;
	}
}

/* The name of a UTF-16 or UTF-32 byte order mark at the start of text, or NULL. */
static const char *
wide_bom(const unsigned char *t, size_t len)
{
	if (len >= 4 && memcmp(t, "\xFF\xFE\0\0", 4) == 0)
		return "UTF-32LE";
	if (len >= 4 && memcmp(t, "\0\0\xFE\xFF", 4) == 0)
		return "UTF-32BE";
	if (len >= 2 && memcmp(t, "\xFF\xFE", 2) == 0)
		return "UTF-16LE";
	if (len >= 2 && memcmp(t, "\xFE\xFF", 2) == 0)
		return "UTF-16BE";
	return NULL;
}

int
qr_list_split(const char *text, size_t len, const char *label, struct qr_line **lines,
              size_t *count, campaign_diags *diags)
{
	*lines = NULL;
	*count = 0;
	const char *wide = wide_bom((const unsigned char *)text, len);
	if (wide) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, label, 1, 1,
		                   "the list is %s text (it starts with that byte order mark); "
		                   "save it as UTF-8",
		                   wide);
		return CAMPAIGN_EINVALID;
	}
	/* A byte order mark (Notepad's UTF-8) is not part of the first line's data. */
	size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	size_t n = 0;
	for (size_t i = start; i < len; i++)
		n += text[i] == '\n' || (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n'));
	n += len > start && text[len - 1] != '\n' && text[len - 1] != '\r';
	struct qr_line *out = calloc(n ? n : 1, sizeof(*out));
	if (!out)
		return CAMPAIGN_ENOMEM;
	struct checker c = { label, diags, 0 };
	size_t k = 0;
	for (size_t i = start; i <= len && k < n; i++) {
		if (i < len && text[i] != '\n' && text[i] != '\r')
			continue;
		out[k].data = text + start;
		out[k].len = i - start;
		check_line(&c, &out[k], k + 1);
		k++;
		if (i + 1 < len && text[i] == '\r' && text[i + 1] == '\n')
			i++;
		start = i + 1;
	}
	if (c.errors > ERRORS_SHOWN)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, label, 0, 0,
		                   "and %zu more bad lines", c.errors - ERRORS_SHOWN);
	if (c.errors) {
		free(out);
		return CAMPAIGN_EINVALID;
	}
	*lines = out;
	*count = n;
	return CAMPAIGN_OK;
}
