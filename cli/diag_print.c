#include "diag_print.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exit.h"

static const char *
severity_word(campaign_severity s)
{
	switch (s) {
	case CAMPAIGN_SEVERITY_ERROR: return "error";
	case CAMPAIGN_SEVERITY_WARNING: return "warning";
	case CAMPAIGN_SEVERITY_NOTE: return "note";
	}
	return "error";
}

/*
 * Messages quote user input; control characters in it (C0, DEL, and C1 as
 * UTF-8 writes them: some terminals obey U+009B as CSI) could move the
 * cursor or recolour the terminal, so they are printed escaped. keep_newlines
 * is for the tool's own multi-line texts.
 */
static void
print_escaped(const char *text, int keep_newlines)
{
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n' && keep_newlines)
			fputc('\n', stderr);
		else if (*p == '\t')
			fputs("\\t", stderr);
		else if (*p < 0x20 || *p == 0x7F)
			fprintf(stderr, "\\x%02X", *p);
		else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			fprintf(stderr, "\\u%04X", *++p);
		else
			fputc(*p, stderr);
	}
}

int
cli_quote_len(const char *s, size_t max)
{
	size_t len = strnlen(s, max + 1), k = 0;
	if (len <= max)
		return (int)len;
	/* Whole characters, by their first byte's length, while they fit. */
	while (k < len) {
		unsigned char c = (unsigned char)s[k];
		size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		if (k + n > max)
			break;
		k += n;
	}
	return (int)(k < len ? k : len);
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = NULL;
	int n = vasprintf(&text, fmt, ap);
	va_end(ap);
	if (n < 0) {
		fputs("campaign: error: out of memory\n", stderr);
		return;
	}
	print_escaped(text, 1);
	free(text);
}

void
diag_print_all(const campaign_diags *diags)
{
	size_t n = campaign_diags_count(diags);
	for (size_t i = 0; i < n; i++) {
		const campaign_diag *d = campaign_diags_get(diags, i);
		if (d->file) {
			print_escaped(d->file, 0);
			if (d->line)
				fprintf(stderr, ":%lu:%lu", d->line, d->column ? d->column : 1);
			fputs(": ", stderr);
		}
		else
			fprintf(stderr, "campaign: ");
		fprintf(stderr, "%s: ", severity_word(d->severity));
		print_escaped(d->message, 0);
		fputc('\n', stderr);
	}
}

int
exit_code_for_status(int status)
{
	switch (status) {
	case CAMPAIGN_OK:
		return EXIT_OK;
	case CAMPAIGN_EINVALID:
	case CAMPAIGN_ENOTFOUND:
	case CAMPAIGN_EEXHAUSTED:
	case CAMPAIGN_ETOOLONG:
		return EXIT_INVALID;
	default:
		return EXIT_ENV;
	}
}

int
diag_exit_code(const campaign_diags *diags, int status)
{
	int worst = EXIT_OK;
	size_t n = campaign_diags_count(diags);
	for (size_t i = 0; i < n; i++) {
		const campaign_diag *d = campaign_diags_get(diags, i);
		if (d->severity != CAMPAIGN_SEVERITY_ERROR)
			continue;
		int code = exit_code_for_status(d->status);
		/* An environment failure outranks invalid input: the user must fix the machine first. */
		if (code > worst)
			worst = code;
	}
	if (worst == EXIT_OK && status != CAMPAIGN_OK) {
		worst = exit_code_for_status(status);
		/*
		 * A failure must never be silent. Out of memory is the one failure the
		 * library may report by its status alone (reporting it could need
		 * memory); any other without a diagnostic is a bug, and says so.
		 */
		if (status == CAMPAIGN_ENOMEM)
			fprintf(stderr, "campaign: error: out of memory\n");
		else
			fprintf(stderr, "campaign: error: %s, " CLI_NO_REASON "\n", campaign_strerror(status));
	}
	return worst;
}
