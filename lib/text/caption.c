/* Captions of online placements: see caption.h. */
#include "text/caption.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "text/i18n.h"
#include "text/unichar.h"
#include "util/date.h"

int
campaign__caption_name_known(const struct placeholder_ref *ref)
{
	return campaign__placeholder_is(ref, "link") || campaign__placeholder_is_defined(ref) ||
	       campaign__placeholder_has_prefix(ref, "var.") || campaign__placeholder_has_prefix(ref, "row.");
}

struct caption_ctx {
	const campaign_param *values;
	size_t count;
	const char *language;
	struct strbuf scratch; /* a derived value: the date in words */
	int missing;           /* the line names a value the placement lacks */
};

static const char *
find(const struct caption_ctx *c, const char *key, size_t len)
{
	/* The first wins: the values put the nearest level's texts first. */
	for (size_t i = 0; i < c->count; i++)
		if (c->values[i].key && strlen(c->values[i].key) == len &&
		    memcmp(c->values[i].key, key, len) == 0)
			return c->values[i].value;
	return NULL;
}

/* The names made from event.date, in the caption's language, as a flyer prints them. */
static const char *
from_date(struct caption_ctx *c, const struct placeholder_ref *ref)
{
	const char *iso = find(c, "event.date", 10);
	struct date_civil d;
	if (!iso || campaign__date_parse_civil(iso, &d) != 0)
		return NULL;
	if (campaign__placeholder_is(ref, "event.date_iso"))
		return iso;
	struct strbuf *b = &c->scratch;
	campaign__strbuf_reset(b);
	if (campaign__placeholder_is(ref, "event.date") || campaign__placeholder_is(ref, "event.weekday"))
		campaign__i18n_date_format(b, &d, c->language, campaign__placeholder_is(ref, "event.weekday"));
	else if (campaign__placeholder_is(ref, "event.day"))
		campaign__strbuf_addf(b, "%d", d.day);
	else if (campaign__placeholder_is(ref, "event.month"))
		campaign__strbuf_adds(b, campaign__i18n_month_name(&d, c->language));
	else
		campaign__strbuf_addf(b, "%d", d.year);
	return campaign__strbuf_cstr(b);
}

static const char *
lookup(void *ctx, const struct placeholder_ref *ref)
{
	struct caption_ctx *c = ctx;
	if (!campaign__caption_name_known(ref))
		return NULL;
	const char *v = NULL;
	int dated = 0;
	for (size_t i = 0; campaign__placeholder_date_names[i]; i++)
		dated |= campaign__placeholder_is(ref, campaign__placeholder_date_names[i]);
	if (dated || campaign__placeholder_is(ref, "event.date"))
		v = from_date(c, ref);
	else if (campaign__placeholder_is(ref, "link"))
		v = (v = find(c, "link", 4)) ? v : (v = find(c, "short_url", 9)) ? v : find(c, "url", 3);
	else
		v = find(c, ref->name, ref->len);
	if (!v && campaign__placeholder_has_prefix(ref, "var.")) {
		char key[80];
		if (ref->len < sizeof(key)) {
			memcpy(key, ref->name, ref->len);
			key[ref->len] = '\0';
			v = campaign__i18n_text(key, c->language);
		}
	}
	/* Known but without a value here: the line goes, not the caption. */
	if (!v)
		c->missing = 1;
	return v ? v : "";
}

/* The first character of text other than LF that a caption must not hold, or NULL. */
static const char *
hazard(const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)text[i] < 0x20 && text[i] != '\n') || text[i] == 0x7f)
			return "a control character";
	uint32_t cp;
	ptrdiff_t at = campaign__unichar_find(text, len, UNICHAR_BIDI_MARK, &cp);
	return at >= 0 ? "a bidi control character" : NULL;
}

int
campaign__caption_make(struct strbuf *out, const char *text, const campaign_param *values,
                       size_t count, const char *language, const char **bad)
{
	struct caption_ctx c = { values, count, language, { 0 }, 0 };
	campaign__strbuf_init(&c.scratch, 4096);
	struct strbuf line;
	campaign__strbuf_init(&line, 64 * 1024);
	*bad = NULL;
	size_t start = out->len;
	int blank = 1; /* the last line kept was blank, or none was: no blank line at the top */
	int rc = CAMPAIGN_OK;
	for (const char *p = text; rc == CAMPAIGN_OK && *p;) {
		size_t n = strcspn(p, "\n");
		char *copy = strndup(p, n);
		if (!copy) {
			rc = CAMPAIGN_ENOMEM;
			break;
		}
		campaign__strbuf_reset(&line);
		c.missing = 0;
		struct placeholder_ref ref;
		int e = campaign__placeholder_expand(&line, copy, lookup, &c, &ref);
		free(copy);
		if (e < 0 || line.status != CAMPAIGN_OK || c.scratch.status == CAMPAIGN_ENOMEM)
			rc = line.status == CAMPAIGN_ETOOLONG ? CAMPAIGN_EINVALID : CAMPAIGN_ENOMEM;
		else if (e > 0) {
			*bad = "a placeholder a caption does not know";
			rc = CAMPAIGN_EINVALID;
		}
		p += n + (p[n] == '\n');
		if (rc || c.missing)
			continue;
		/* Trailing spaces go; a blank line after a blank line goes. */
		while (line.len && (line.ptr[line.len - 1] == ' ' || line.ptr[line.len - 1] == '\t'))
			line.len--;
		if (line.len == 0 && blank)
			continue;
		blank = line.len == 0;
		campaign__strbuf_add(out, line.ptr ? line.ptr : "", line.len);
		campaign__strbuf_addc(out, '\n');
	}
	if (rc == CAMPAIGN_OK && blank && out->len > start)
		out->len--; /* the blank line at the end: its newline */
	if (rc == CAMPAIGN_OK && out->ptr)
		out->ptr[out->len] = '\0';
	if (rc == CAMPAIGN_OK && out->status != CAMPAIGN_OK)
		rc = CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK && (*bad = hazard(out->ptr + start, out->len - start)))
		rc = CAMPAIGN_EINVALID;
	campaign__strbuf_free(&line);
	campaign__strbuf_free(&c.scratch);
	return rc;
}
