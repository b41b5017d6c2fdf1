/*
 * UTM-tagged links: a landing URL plus a placement's UTM values, by the rules
 * of campaign-spec(5) (summed up in campaign/utm.h). Pure: takes memory,
 * returns memory; no I/O, no clock, no global state.
 *
 * The landing is parsed into its components (url.c) and written back with
 * its query merged, never edited as a string: a string edit cannot tell a
 * '?' in the fragment from the start of the query, or `utm%5Fsource` from
 * `utm_source`.
 */
#include "campaign/utm.h"

#include <glib.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "core/diag_internal.h"
#include "ids/url.h"
#include "ids/utm_internal.h"
#include "text/textquote.h"
#include "text/unichar.h"
#include "util/utf8.h"

const char *const campaign__utm_field_names[] = {
	"source", "medium", "campaign", "id", "term", "content",
	"source_platform", "creative_format", "marketing_tactic", NULL,
};

#define FIELD_COUNT 9
/* source, medium and campaign: without them analytics files the visit under "(not set)". */
#define REQUIRED_COUNT 3

/* One parameter we add to the landing. */
struct added {
	char *match; /* the key as the landing's keys are compared with it */
	char *key;   /* encoded, as written */
	char *value; /* encoded, as written */
	int placed;  /* already written where the landing had it */
};

struct build {
	campaign_diags *diags;
	const char *file;
	unsigned long line;
	unsigned long column;
	int status; /* the first failure */
	int warn_host; /* warn about a landing host that cannot work on paper */
	const char *landing; /* for those warnings */
	struct added added[FIELD_COUNT];
	struct added *custom;
	size_t added_count;
	size_t custom_count;
};

static void report(struct build *b, int status, const char *fmt, ...) CAMPAIGN_PRINTF(3, 4);

static void
report(struct build *b, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = campaign__diags_vadd(b->diags, CAMPAIGN_SEVERITY_ERROR, status, b->file, b->line,
	                              b->column, fmt, ap);
	va_end(ap);
	if (b->status == CAMPAIGN_OK)
		b->status = rc == CAMPAIGN_ENOMEM ? rc : status;
}

static const char *
field_value(const campaign_utm *utm, size_t i)
{
	switch (i) {
	case 0: return utm->source;
	case 1: return utm->medium;
	case 2: return utm->campaign;
	case 3: return utm->id;
	case 4: return utm->term;
	case 5: return utm->content;
	case 6: return utm->source_platform;
	case 7: return utm->creative_format;
	case 8: return utm->marketing_tactic;
	}
	return NULL;
}

static int
is_text(const char *s)
{
	size_t len = strlen(s);
	return campaign__utf8_validate(s, len) == len;
}

/* ASCII text is its own NFC: no GLib call for the values most placements have. */
static int
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/*
 * The first C0 or C1 control character of valid UTF-8 text, or 0. Encoding
 * would carry one into the link as %01 or %C2%85, which no one meant to
 * print and reports would show as a separate channel.
 */
static uint32_t
first_control(const char *s)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		uint32_t cp = 0;
		size_t n = campaign__utf8_decode((const unsigned char *)s + i, len - i, &cp);
		if (n == 0)
			return 0;
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
			return cp;
		i += n;
	}
	return 0;
}

/*
 * Whether s holds a bidi control (U+202E and its kin), reported as what:
 * refused as the spec's loader refuses it in any value, so that a link
 * made by `campaign utm` (its --raw values and --param, used as given) is
 * one a spec could make. Encoded, it would reorder the value wherever a
 * report or dashboard shows it decoded.
 */
static int
refused_bidi(struct build *b, const char *what, const char *s)
{
	uint32_t cp = 0;
	if (campaign__unichar_find(s, strlen(s), UNICHAR_BIDI_CONTROL, &cp) < 0 ||
	    campaign__unichar_hazard(cp) != UNICHAR_BIDI_CONTROL)
		return 0;
	char name[UNICHAR_DESCRIBE_MAX];
	report(b, CAMPAIGN_EINVALID, "%s contains %s, a bidi control, which would reorder the "
	       "value wherever a report shows it; leave it out", what,
	       campaign__unichar_describe(cp, name));
	return 1;
}

/*
 * How a key is compared: percent-decoded ('+' as space, as analytics reads
 * it), and lower-cased when it is a utm_* key, since `UTM_Source` beside a
 * utm_source would leave two sources for a reader to choose from.
 */
static char *
match_key(const char *key)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__url_decode(&b, key, strlen(key), 1);
	char *s = campaign__strbuf_detach(&b, NULL);
	if (s && g_ascii_strncasecmp(s, "utm_", 4) == 0)
		for (char *p = s; *p; p++)
			*p = g_ascii_tolower(*p);
	return s;
}

static char *
encoded(const char *text)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	if (campaign__url_encode_component(&b, text, strlen(text)) != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return NULL;
	}
	return campaign__strbuf_detach(&b, NULL);
}

/* Fills a with the parameter key=value; value must be valid UTF-8. */
static int
make_added(struct added *a, const char *match, const char *key, const char *value)
{
	/* One spelling per value: "й" typed as и + U+0306 must not make a second channel. */
	gchar *nfc = is_ascii(value) ? NULL : g_utf8_normalize(value, -1, G_NORMALIZE_NFC);
	memset(a, 0, sizeof(*a));
	a->match = strdup(match);
	a->key = encoded(key);
	a->value = nfc || is_ascii(value) ? encoded(nfc ? nfc : value) : NULL;
	g_free(nfc);
	if (!a->match || !a->key || !a->value)
		return CAMPAIGN_ENOMEM;
	return CAMPAIGN_OK;
}

static void
free_added(struct added *a)
{
	free(a->match);
	free(a->key);
	free(a->value);
}

static void
add_fields(struct build *b, const campaign_utm *utm)
{
	for (size_t i = 0; i < FIELD_COUNT && b->status != CAMPAIGN_ENOMEM; i++) {
		const char *name = campaign__utm_field_names[i];
		const char *value = field_value(utm, i);
		if (!value || !value[0]) {
			if (i < REQUIRED_COUNT)
				report(b, CAMPAIGN_EINVALID, "utm_%s is %s", name, value ? "empty" : "missing");
			continue;
		}
		if (!is_text(value)) {
			report(b, CAMPAIGN_EINVALID, "utm_%s is not valid UTF-8", name);
			continue;
		}
		uint32_t control = first_control(value);
		if (control) {
			report(b, CAMPAIGN_EINVALID, "utm_%s contains the control character U+%04X", name,
			       (unsigned)control);
			continue;
		}
		char key[32] = "utm_";
		g_strlcat(key, name, sizeof(key));
		if (refused_bidi(b, key, value))
			continue;
		if (make_added(&b->added[b->added_count++], key, key, value) != CAMPAIGN_OK)
			b->status = CAMPAIGN_ENOMEM;
	}
}

static int
is_standard_key(const char *match)
{
	if (strncmp(match, "utm_", 4) != 0)
		return 0;
	for (size_t i = 0; i < FIELD_COUNT; i++)
		if (strcmp(match + 4, campaign__utm_field_names[i]) == 0)
			return 1;
	return 0;
}

/*
 * A custom name is text, not an escaped key ("a%b" is written a%25b), so it
 * is matched as it is, lower-cased when it is a utm_* key. NULL when out of
 * memory.
 */
static char *
custom_match(const char *key)
{
	char *match = strdup(key);
	if (match && g_ascii_strncasecmp(match, "utm_", 4) == 0)
		for (char *p = match; *p; p++)
			*p = g_ascii_tolower(*p);
	return match;
}

struct custom_name {
	char *match; /* custom_match() of the key; NULL for a key reported on its own */
	size_t i;
};

static int
by_match_then_position(const void *a, const void *b)
{
	const struct custom_name *x = a, *y = b;
	int c = strcmp(x->match, y->match);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/*
 * Per custom parameter, whether one before it has the same name: sorted,
 * so that 190,000 parameters take a moment rather than minutes. NULL when
 * out of memory; free with free().
 */
static unsigned char *
custom_repeats(const campaign_utm *utm)
{
	size_t n = utm->param_count, named = 0;
	unsigned char *repeated = calloc(n + 1, 1);
	struct custom_name *names = calloc(n + 1, sizeof(*names));
	int nomem = !repeated || !names;
	for (size_t i = 0; i < n && !nomem; i++) {
		const char *key = utm->params[i].key;
		if (!key || !key[0] || !is_text(key))
			continue;
		names[named].match = custom_match(key);
		names[named].i = i;
		nomem = !names[named++].match;
	}
	if (!nomem) {
		qsort(names, named, sizeof(*names), by_match_then_position);
		for (size_t k = 1; k < named; k++)
			if (strcmp(names[k].match, names[k - 1].match) == 0)
				repeated[names[k].i] = 1;
	}
	for (size_t k = 0; names && k < named; k++)
		free(names[k].match);
	free(names);
	if (nomem) {
		free(repeated);
		return NULL;
	}
	return repeated;
}

static void
add_custom(struct build *b, const campaign_utm *utm)
{
	if (utm->param_count == 0)
		return;
	if (!utm->params) {
		report(b, CAMPAIGN_EINVALID, "param_count is %zu but params is NULL", utm->param_count);
		return;
	}
	b->custom = calloc(utm->param_count, sizeof(*b->custom));
	unsigned char *repeats = custom_repeats(utm);
	if (!b->custom || !repeats) {
		free(repeats);
		b->status = CAMPAIGN_ENOMEM;
		return;
	}
	for (size_t i = 0; i < utm->param_count && b->status != CAMPAIGN_ENOMEM; i++) {
		const char *key = utm->params[i].key;
		const char *value = utm->params[i].value;
		if (!key || !key[0]) {
			report(b, CAMPAIGN_EINVALID, "custom parameter %zu has an empty name", i + 1);
			continue;
		}
		if (!is_text(key)) {
			report(b, CAMPAIGN_EINVALID, "custom parameter %zu has a name that is not valid UTF-8",
			       i + 1);
			continue;
		}
		char *match = custom_match(key);
		int repeated = match ? repeats[i] : -1;
		if (repeated < 0)
			b->status = CAMPAIGN_ENOMEM;
		else if (is_standard_key(match))
			report(b, CAMPAIGN_EINVALID,
			       "custom parameter '%s' would repeat %s; set the %s value instead", key,
			       match, match + 4);
		else if (repeated)
			report(b, CAMPAIGN_EINVALID, "custom parameter '%s' is given more than once", key);
		else if (value && !is_text(value))
			report(b, CAMPAIGN_EINVALID, "the value of custom parameter '%s' is not valid UTF-8",
			       key);
		else if (first_control(key))
			report(b, CAMPAIGN_EINVALID,
			       "custom parameter %zu has a name with the control character U+%04X", i + 1,
			       (unsigned)first_control(key));
		else if (value && first_control(value))
			report(b, CAMPAIGN_EINVALID,
			       "the value of custom parameter '%s' contains the control character U+%04X",
			       key, (unsigned)first_control(value));
		else if (refused_bidi(b, "the name of a custom parameter", key) ||
		         (value && refused_bidi(b, "the value of a custom parameter", value)))
			; /* reported */
		else if (value && value[0] &&
		         make_added(&b->custom[b->custom_count++], match, key, value) != CAMPAIGN_OK)
			b->status = CAMPAIGN_ENOMEM;
		free(match);
	}
	free(repeats);
}

static struct added *
find_added(struct build *b, const char *match)
{
	for (size_t i = 0; i < b->added_count; i++)
		if (strcmp(b->added[i].match, match) == 0)
			return &b->added[i];
	for (size_t i = 0; i < b->custom_count; i++)
		if (strcmp(b->custom[i].match, match) == 0)
			return &b->custom[i];
	return NULL;
}

static int
place(struct url *q, struct added *a)
{
	a->placed = 1;
	return campaign__url_add_param(q, a->key, a->value);
}

/*
 * The landing's query with ours merged in: replaced in place, duplicates
 * dropped, the rest appended in order. Builds a new list and swaps it in.
 */
static int
merge_query(struct build *b, struct url *u, int owns_params)
{
	struct url q;
	memset(&q, 0, sizeof(q)); /* only its parameter list is used */
	char **seen = NULL;       /* the landing's own utm_* keys kept so far */
	size_t seen_count = 0;
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < u->param_count && rc == CAMPAIGN_OK; i++) {
		const struct url_param *p = &u->params[i];
		char *match = match_key(p->key);
		if (!match) {
			rc = CAMPAIGN_ENOMEM;
			break;
		}
		struct added *a = find_added(b, match);
		int keep = 1;
		if (a) {
			if (!a->placed)
				rc = place(&q, a);
			keep = 0;
		} else if (strncmp(match, "utm_", 4) == 0) {
			/* An empty utm_* value would be counted as a value by analytics: drop it. */
			keep = p->value && p->value[0];
			for (size_t k = 0; keep && k < seen_count; k++)
				keep = strcmp(seen[k], match) != 0;
			if (keep) {
				char **grown = realloc(seen, (seen_count + 1) * sizeof(*grown));
				if (grown) {
					seen = grown;
					seen[seen_count++] = match;
					match = NULL; /* now owned by seen */
				} else {
					rc = CAMPAIGN_ENOMEM;
				}
			}
		}
		if (keep && rc == CAMPAIGN_OK)
			rc = campaign__url_add_param(&q, p->key, p->value);
		free(match);
	}
	for (size_t i = 0; i < b->added_count && rc == CAMPAIGN_OK; i++)
		if (!b->added[i].placed)
			rc = place(&q, &b->added[i]);
	for (size_t i = 0; i < b->custom_count && rc == CAMPAIGN_OK; i++)
		if (!b->custom[i].placed)
			rc = place(&q, &b->custom[i]);
	for (size_t k = 0; k < seen_count; k++)
		free(seen[k]);
	free(seen);
	if (rc != CAMPAIGN_OK) {
		campaign__url_params_free(q.params, q.param_count);
		return rc;
	}
	if (owns_params)
		campaign__url_params_free(u->params, u->param_count);
	u->params = q.params;
	u->param_count = q.param_count;
	u->param_cap = q.param_cap;
	return CAMPAIGN_OK;
}

static void
warn_host(void *ctx, const char *message)
{
	struct build *b = ctx;
	char quoted[80 * 4 + 8];
	int rc = campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, b->file,
	                            b->line, b->column, "landing URL '%s': %s",
	                            campaign__quote_into(quoted, sizeof(quoted), b->landing, 80),
	                            message);
	if (rc == CAMPAIGN_ENOMEM && b->status == CAMPAIGN_OK)
		b->status = rc;
}

static void
check_landing(struct build *b, const char *base_url, struct url *u)
{
	if (!base_url || !base_url[0]) {
		report(b, CAMPAIGN_EINVALID, "the landing URL is missing");
		return;
	}
	size_t len = strlen(base_url);
	if (campaign__utf8_validate(base_url, len) != len) {
		/* Not quoted: the bytes would garble the message too. */
		report(b, CAMPAIGN_EINVALID, "the landing URL is not valid UTF-8");
		return;
	}
	struct url_error err;
	int rc = campaign__url_parse(u, base_url, &err);
	if (rc == CAMPAIGN_OK)
		rc = campaign__url_check_web(u, &err);
	if (rc == CAMPAIGN_OK && b->warn_host) {
		b->landing = base_url;
		rc = campaign__url_host_warnings(u, warn_host, b);
	}
	if (rc == CAMPAIGN_ENOMEM)
		b->status = rc;
	else if (rc != CAMPAIGN_OK) {
		/*
		 * Quoted short: a 17,000-character landing filled the whole message
		 * and cut off the reason, which was its length.
		 */
		char quoted[80 * 4 + 8];
		report(b, rc, "invalid landing URL '%s': %s",
		       campaign__quote_into(quoted, sizeof(quoted), base_url, 80), err.message);
	}
}

static const campaign_utm utm_defaults = CAMPAIGN_UTM_INIT;

struct utm_landing {
	struct url url; /* parsed and checked by check_landing() */
};

struct utm_landing *
campaign__utm_landing_new(const char *base_url)
{
	struct build b;
	memset(&b, 0, sizeof(b)); /* no diags: a landing with a problem is left to build() */
	struct utm_landing *landing = calloc(1, sizeof(*landing));
	if (!landing)
		return NULL;
	check_landing(&b, base_url, &landing->url);
	if (b.status != CAMPAIGN_OK) {
		campaign__utm_landing_free(landing);
		return NULL;
	}
	return landing;
}

void
campaign__utm_landing_free(struct utm_landing *landing)
{
	if (!landing)
		return;
	campaign__url_free(&landing->url);
	free(landing);
}

/*
 * landing: parsed and checked already (campaign__utm_landing_new()), so
 * base_url is not read again; its parameters stay the landing's, and only
 * the merged list made here is freed.
 */
static int
build(struct strbuf *out, const char *base_url, const struct utm_landing *landing,
      const campaign_utm *utm, campaign_diags *diags, const char *file, unsigned long line,
      unsigned long column, int warn_landing_host)
{
	struct build b;
	memset(&b, 0, sizeof(b));
	b.warn_host = warn_landing_host;
	b.diags = diags;
	b.file = file;
	b.line = line;
	b.column = column;
	struct url u;
	memset(&u, 0, sizeof(u));

	if (!utm) {
		report(&b, CAMPAIGN_EINVALID, "no UTM values given");
		return b.status;
	}
	campaign_utm known;
	if (CAMPAIGN__OPTIONS_TAKE(&known, utm, &utm_defaults, campaign__sizes_utm, "campaign_utm", diags))
		return CAMPAIGN_EINVALID;
	utm = &known;
	/* Every check runs before giving up, so one call reports every problem. */
	add_fields(&b, utm);
	add_custom(&b, utm);
	if (landing)
		u = landing->url; /* shared: only its parameter list is replaced, below */
	else if (b.status != CAMPAIGN_ENOMEM)
		check_landing(&b, base_url, &u);
	if (b.status == CAMPAIGN_OK)
		b.status = merge_query(&b, &u, !landing);
	if (b.status == CAMPAIGN_OK) {
		/* Written aside first, so a failure leaves out as it was. */
		struct strbuf url;
		campaign__strbuf_init(&url, URL_MAX_LENGTH);
		int rc = campaign__url_write(&url, &u);
		if (rc == CAMPAIGN_ETOOLONG)
			report(&b, rc, "the URL with its UTM parameters would be longer than %d bytes",
			       URL_MAX_LENGTH);
		else if (rc == CAMPAIGN_OK)
			b.status = campaign__strbuf_add(out, url.ptr, url.len);
		else
			b.status = rc;
		campaign__strbuf_free(&url);
	}

	if (!landing)
		campaign__url_free(&u);
	else if (u.params != landing->url.params) /* the merged list, when merge_query() made one */
		campaign__url_params_free(u.params, u.param_count);
	for (size_t i = 0; i < b.added_count; i++)
		free_added(&b.added[i]);
	for (size_t i = 0; i < b.custom_count; i++)
		free_added(&b.custom[i]);
	free(b.custom);
	return b.status;
}

int
campaign__utm_build_at(struct strbuf *out, const char *base_url, const campaign_utm *utm,
                       campaign_diags *diags, const char *file, unsigned long line,
                       unsigned long column)
{
	return build(out, base_url, NULL, utm, diags, file, line, column, 0);
}

int
campaign__utm_build_landing(struct strbuf *out, const struct utm_landing *landing,
                            const campaign_utm *utm, campaign_diags *diags, const char *file,
                            unsigned long line, unsigned long column)
{
	return build(out, NULL, landing, utm, diags, file, line, column, 0);
}

int
campaign_utm_init(campaign_utm *utm, unsigned int version)
{
	return campaign__struct_init(utm, version, &utm_defaults, campaign__sizes_utm, CAMPAIGN__VERSIONS(campaign__sizes_utm));
}

int
campaign_utm_build(campaign_buf *out, const char *base_url, const campaign_utm *utm,
                   campaign_diags *diags)
{
	if (!out) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "no output buffer given");
		return CAMPAIGN_EINVALID;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	int rc = build(&b, base_url, NULL, utm, diags, NULL, 0, 0, 1);
	if (rc != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return rc;
	}
	return campaign__strbuf_to_buf(&b, out);
}
