#include "plan/records.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Room for a value's problem: a character's name and why it matters. */
#define UNICHAR_WHY_MAX 480

#include "campaign/status.h"
#include "ids/record_values.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "text/textquote.h"
#include "util/utf8.h"

void
campaign__records_error(struct records *r, unsigned long line, const char *text, const char *at,
                        const char *fmt, ...)
{
	unsigned long column = text ? (unsigned long)campaign__utf8_count(text, (size_t)(at - text)) + 1 : 1;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, r->file, line, column,
	                   "damaged %s: %s", r->kind, msg);
	r->status = CAMPAIGN_EINVALID;
}

int
campaign__records_read(const char *path, const char *kind, size_t max, const char *limit_name,
                       char **buf, size_t *len, campaign_diags *diags)
{
	*buf = NULL;
	*len = 0;
	/* Absent is the normal first build; any other failure to open is not. */
	const char *why;
	int fd = campaign__open_input_fd(path, &why);
	if (fd < 0 && errno == ENOENT)
		return CAMPAIGN_OK;
	if (fd < 0 && errno != EISDIR && errno != EINVAL) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot read the %s: %s", kind, why);
		return CAMPAIGN_EIO;
	}
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
		close(fd);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 0, 0,
		                   "the %s is %lld bytes, more than its limit of %zu%s%s", kind,
		                   (long long)st.st_size, max, limit_name ? "; raise it with --limit " : "",
		                   limit_name ? limit_name : "");
		return CAMPAIGN_EINVALID;
	}
	if (fd >= 0)
		close(fd);
	/* A directory or a FIFO is not a first build either: read_file says what it is. */
	return campaign__read_file(path, max, buf, len, diags, NULL, 0, 0);
}

int
campaign__records_check_text(const char *buf, size_t len, const char *file, const char *kind,
                             campaign_diags *diags)
{
	if (campaign__utf16_bom(buf, len)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "damaged %s: it is UTF-16 (it starts with a UTF-16 byte order mark), "
		                   "saved so by an editor; it is written in UTF-8: restore it from a "
		                   "backup or version control", kind);
		return CAMPAIGN_EINVALID;
	}
	size_t bad = campaign__utf8_validate(buf, len);
	const char *nul = memchr(buf, '\0', bad);
	if (bad == len && !nul)
		return CAMPAIGN_OK;
	unsigned long line, column;
	campaign__utf8_position(buf, len, nul ? (size_t)(nul - buf) : bad, &line, &column);
	/* NUL is valid UTF-8: saying "not UTF-8" would send the user looking for the wrong thing. */
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
	                   "damaged %s: %s", kind, nul ? "NUL byte" : "not UTF-8 text");
	return CAMPAIGN_EINVALID;
}

unsigned long
campaign__records_each_line(char *text, int (*each)(void *ctx, unsigned long line, char *text), void *ctx)
{
	unsigned long line = 0;
	for (char *p = text; *p;) {
		char *end = strchr(p, '\n');
		if (end)
			*end = '\0';
		line++;
		size_t n = strlen(p);
		if (n && p[n - 1] == '\r')
			p[--n] = '\0';
		if (each(ctx, line, p) || !end)
			break;
		p = end + 1;
	}
	return line;
}

int
campaign__records_split(struct records *r, unsigned long line, char *text, char **col, int count,
                        const char *const *names)
{
	char *p = text;
	for (int c = 0; c < count; c++) {
		col[c] = p;
		char *tab = strchr(p, '\t');
		if (c < count - 1) {
			if (!tab) {
				campaign__records_error(r, line, text, p + strlen(p),
				                        "expected %d tab-separated fields, found %d (missing '%s')",
				                        count, c + 1, names[c + 1]);
				return -1;
			}
			*tab = '\0';
			p = tab + 1;
		} else if (tab) {
			campaign__records_error(r, line, text, tab, "more than %d fields", count);
			return -1;
		}
	}
	return 0;
}

int
campaign__records_is_e164(const char *p)
{
	size_t digits = strspn(p + 1, "0123456789");
	return p[0] == '+' && p[1] != '0' && digits >= 7 && digits <= 15 && p[1 + digits] == '\0';
}

int
campaign__records_refuse_write(campaign_diags *quiet, const char *kind, const char *record,
                               const char *file, campaign_diags *diags)
{
	const campaign_diag *d = campaign_diags_count(quiet) ? campaign_diags_get(quiet, 0) : NULL;
	const char *why = d ? d->message : "it cannot be read back";
	/* The reader's words say "damaged KIND: ..."; the file is not damaged, it was never written. */
	char prefix[32];
	snprintf(prefix, sizeof(prefix), "damaged %s: ", kind);
	if (strncmp(why, prefix, strlen(prefix)) == 0)
		why += strlen(prefix);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 0, 0,
	                   "internal error: the %s was not written: its record %.*s would not read "
	                   "back (%s)", kind, CAMPAIGN__UTF8_CUT(record, 80), why);
	return CAMPAIGN_EINVALID;
}

/*
 * Reports a value's problem (from ids/record_values.h) at its byte at; a
 * tag is quoted first, as it may hold what the message must not show.
 */
static int
refuse_value(struct records *r, unsigned long line, const char *text, const char *value, size_t at,
             const char *problem, int quote)
{
	if (!problem)
		return 0;
	char quoted[256];
	if (quote)
		campaign__records_error(r, line, text, value + at, "'%s' is not a hashtag: %s",
		                        campaign__quote_into(quoted, sizeof(quoted), value, 48), problem);
	else
		campaign__records_error(r, line, text, value + at, "%s", problem);
	return -1;
}

int
campaign__records_check_tag(struct records *r, unsigned long line, const char *text, const char *tag,
                            int dash_ok)
{
	if (dash_ok && strcmp(tag, "-") == 0)
		return 0;
	char why[UNICHAR_WHY_MAX];
	size_t at = 0;
	const char *problem = campaign__record_tag_problem(tag, &at, why, sizeof(why));
	return refuse_value(r, line, text, tag, at, problem, 1);
}

int
campaign__records_check_url(struct records *r, unsigned long line, const char *text, const char *url)
{
	if (strcmp(url, "-") == 0)
		return 0;
	char why[UNICHAR_WHY_MAX];
	size_t at = 0;
	const char *problem = campaign__record_url_problem(url, &at, why, sizeof(why));
	return refuse_value(r, line, text, url, at, problem, 0);
}

const char *
campaign__records_other_file(const char *buf, size_t len, const char *kind)
{
	size_t head = len < 4096 ? len : 4096;
	if (strcmp(kind, "registry") != 0 && head >= 23 && memcmp(buf, "# libcampaign registry ", 23) == 0)
		return "a registry (give it as --registry)";
	if (strcmp(kind, "ledger") != 0 && head >= 21 && memcmp(buf, "# libcampaign ledger ", 21) == 0)
		return "a ledger (give it as --ledger)";
	if (head >= 9 && memcmp(buf, "id,event,", 9) == 0)
		return "a build's manifest.csv";
	if (head >= 1 && (buf[0] == '{' || buf[0] == '['))
		return "JSON (a build's manifest.json?)";
	if ((head >= 9 && memcmp(buf, "campaign:", 9) == 0) || memmem(buf, head, "\ncampaign:", 10))
		return "a campaign spec (YAML)";
	/* The records are tab-separated: a first line of commas and no tab is a spreadsheet's. */
	size_t first = 0;
	while (first < head && buf[first] != '\n' && buf[first] != '\r')
		first++;
	if (buf[0] != '#' && !memchr(buf, '\t', first) && (memchr(buf, ',', first) || memchr(buf, ';', first)))
		return "a CSV table (its first line has commas or semicolons, and no tab)";
	return NULL;
}
