#include "campaign/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "util/utf8.h"

/* Diagnostics are small; a cap keeps a message built from hostile input short. */
#define DIAG_MESSAGE_MAX 4096
/* Past this many, a runaway input is reported by one final diagnostic instead. */
#define DIAG_COUNT_MAX 1000

struct campaign_diags {
	campaign_diag *items;
	size_t count;
	size_t cap;
	size_t errors;
	int truncated;
};

int
campaign_diags_new(campaign_diags **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

static void
free_items(campaign_diags *diags)
{
	for (size_t i = 0; i < diags->count; i++) {
		free((char *)diags->items[i].file);
		free((char *)diags->items[i].message);
	}
}

void
campaign_diags_free(campaign_diags *diags)
{
	if (!diags)
		return;
	free_items(diags);
	free(diags->items);
	free(diags);
}

void
campaign_diags_clear(campaign_diags *diags)
{
	if (!diags)
		return;
	free_items(diags);
	diags->count = 0;
	diags->errors = 0;
	diags->truncated = 0;
}

size_t
campaign_diags_count(const campaign_diags *diags)
{
	return diags ? diags->count : 0;
}

const campaign_diag *
campaign_diags_get(const campaign_diags *diags, size_t i)
{
	if (!diags || i >= diags->count)
		return NULL;
	return &diags->items[i];
}

size_t
campaign_diags_error_count(const campaign_diags *diags)
{
	return diags ? diags->errors : 0;
}

static int
push(campaign_diags *diags, campaign_severity severity, int status, const char *file,
     unsigned long line, unsigned long column, char *message)
{
	if (diags->count == diags->cap) {
		size_t cap = diags->cap ? diags->cap * 2 : 16;
		campaign_diag *items = realloc(diags->items, cap * sizeof(*items));
		if (!items) {
			free(message);
			return CAMPAIGN_ENOMEM;
		}
		diags->items = items;
		diags->cap = cap;
	}
	char *file_copy = NULL;
	if (file && !(file_copy = strdup(file))) {
		free(message);
		return CAMPAIGN_ENOMEM;
	}
	campaign_diag *d = &diags->items[diags->count++];
	d->severity = severity;
	d->status = status;
	d->file = file_copy;
	d->line = line;
	d->column = column;
	d->message = message;
	if (severity == CAMPAIGN_SEVERITY_ERROR)
		diags->errors++;
	return CAMPAIGN_OK;
}

/*
 * diag.h promises UTF-8 messages, but a message quotes user text with
 * "%.64s"-style precisions, which count bytes and may split a character
 * (found by fuzzing the ledger reader), and the text quoted may not be UTF-8
 * at all: each byte that is not part of a valid sequence becomes '?', as
 * campaign__quote_into() does.
 */
static void
make_utf8(char *s)
{
	size_t len = strlen(s), i = 0;
	while ((i += campaign__utf8_validate(s + i, len - i)) < len)
		s[i++] = '?';
}

int
campaign__diags_vadd(campaign_diags *diags, campaign_severity severity, int status,
                     const char *file, unsigned long line, unsigned long column,
                     const char *fmt, va_list ap)
{
	if (!diags)
		return CAMPAIGN_OK;
	if (diags->truncated) {
		/* Still count errors, so callers see the input failed. */
		if (severity == CAMPAIGN_SEVERITY_ERROR)
			diags->errors++;
		return CAMPAIGN_OK;
	}
	if (diags->count >= DIAG_COUNT_MAX) {
		diags->truncated = 1;
		char text[96];
		snprintf(text, sizeof(text), "too many problems; stopped reporting after %d",
		         DIAG_COUNT_MAX);
		char *copy = strdup(text);
		if (!copy)
			return CAMPAIGN_ENOMEM;
		return push(diags, CAMPAIGN_SEVERITY_ERROR, status, file, 0, 0, copy);
	}
	char text[DIAG_MESSAGE_MAX];
	int n = vsnprintf(text, sizeof(text), fmt, ap);
	if (n < 0)
		text[0] = '\0';
	else if ((size_t)n >= sizeof(text))
		campaign__utf8_trim_partial(text); /* the cut may split a character */
	make_utf8(text);
	char *copy = strdup(text);
	if (!copy)
		return CAMPAIGN_ENOMEM;
	return push(diags, severity, status, file, line, column, copy);
}

int
campaign_diags_add(campaign_diags *diags, campaign_severity severity, int status,
                   const char *file, unsigned long line, unsigned long column,
                   const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = campaign__diags_vadd(diags, severity, status, file, line, column, fmt, ap);
	va_end(ap);
	return rc;
}

static size_t
file_rank(const campaign_diags *diags, size_t from, const char *file)
{
	for (size_t i = from; i < diags->count; i++) {
		const char *f = diags->items[i].file;
		if ((!f && !file) || (f && file && strcmp(f, file) == 0))
			return i;
	}
	return diags->count;
}

void
campaign__diags_sort(campaign_diags *diags, size_t from)
{
	if (!diags || diags->count <= from + 1)
		return;
	/* Insertion sort: stable, and the lists are short (at most DIAG_COUNT_MAX). */
	for (size_t i = from + 1; i < diags->count; i++) {
		campaign_diag d = diags->items[i];
		size_t rank = file_rank(diags, from, d.file);
		size_t j = i;
		while (j > from) {
			const campaign_diag *p = &diags->items[j - 1];
			size_t prank = file_rank(diags, from, p->file);
			int after = prank > rank ||
			            (prank == rank && (p->line > d.line ||
			                               (p->line == d.line && p->column > d.column)));
			if (!after)
				break;
			diags->items[j] = *p;
			j--;
		}
		diags->items[j] = d;
	}
}

void
campaign__diags_copy(campaign_diags *to, const campaign_diags *from)
{
	for (size_t i = 0; to && from && i < campaign_diags_count(from); i++) {
		const campaign_diag *d = campaign_diags_get(from, i);
		campaign_diags_add(to, d->severity, d->status, d->file, d->line, d->column, "%s",
		                   d->message);
	}
}
