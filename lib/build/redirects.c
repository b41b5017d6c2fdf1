/* The short links' redirect table in five web servers' forms (redirects.h). */
#include "build/redirects.h"

#include <errno.h>
#include <string.h>

#include "campaign/status.h"
#include "build/manifest.h"
#include "ids/url.h"
#include "io/atomic_file.h"
#include "plan/plan_internal.h"
#include "util/strbuf.h"

const char *const campaign__redirect_files[OUTPUT_REDIRECT_FILES] = {
	"redirects.nginx.map", "redirects.apache.txt", "redirects.caddy", "_redirects", "redirects.csv",
};

/* One redirect: an issue of the ledger that has a code. */
struct redirect {
	const char *code;
	const char *short_url; /* the base and the code */
	const char *path;      /* the short URL's path: the base's path and the code */
	const char *target;    /* the full UTM URL, made safe for every format */
	const char *id;
	const char *status;    /* active, withdrawn, reissued */
};

/* What every format needs of the base: "https://go.example.org", "/go/". */
struct redirect_base {
	struct strbuf site;
	struct strbuf path;
};

enum { NGINX, APACHE, CADDY, NETLIFY, CSV };

/*
 * A URL with every character some format reads specially percent-encoded:
 * nginx takes '$' for a variable, Caddy '{' for a placeholder, Apache and
 * Netlify split at whitespace, quotes and '\' escape. The plan's URLs are
 * ASCII and percent-encoded already, so this changes none of ours but a
 * landing that carries such a character itself, and %XX means the same.
 */
static void
safe_target(struct strbuf *out, const char *url)
{
	static const char keep[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	                           "-._~:/?#[]@!&()*+,;=%";
	/* Most of a URL is kept: whole runs at a time, not a character. */
	while (*url) {
		size_t run = strspn(url, keep);
		campaign__strbuf_add(out, url, run);
		url += run;
		if (*url)
			campaign__strbuf_addf(out, "%%%02X", (unsigned char)*url++);
	}
}

#define MADE_BY "# The short links of this campaign, made by campaign build; do not edit.\n"

static void
head(struct strbuf *out, int format, const struct redirect_base *b)
{
	const char *path = campaign__strbuf_cstr(&b->path), *site = campaign__strbuf_cstr(&b->site);
	switch (format) {
	case NGINX:
		campaign__strbuf_adds(out, MADE_BY
		                      "# In the http block: include this file; in the short-link server:\n"
		                      "#   if ($campaign_short_target) { return 302 $campaign_short_target; }\n"
		                      "map $uri $campaign_short_target {\n");
		break;
	case APACHE:
		campaign__strbuf_addf(out, MADE_BY
		                      "#   RewriteMap short \"txt:/PATH/redirects.apache.txt\"\n"
		                      "#   RewriteMap lower int:tolower\n"
		                      "#   RewriteCond ${short:${lower:$1}} ^(.+)$\n"
		                      "#   RewriteRule \"^%s([^/]+)$\" \"%%1\" [R=302,NE,L]\n", path);
		break;
	case CADDY:
		campaign__strbuf_addf(out, MADE_BY "%s {\n", site);
		break;
	case NETLIFY:
		campaign__strbuf_adds(out, MADE_BY);
		break;
	default:
		campaign__strbuf_adds(out, "code,short_url,url,placement,status\r\n");
		break;
	}
}

static void
line(struct strbuf *out, int format, const struct redirect *r)
{
	switch (format) {
	case NGINX:
		/* The key starts with '/': never default, hostnames, include, volatile, '~' or '\'. */
		campaign__strbuf_addf(out, "\t%s \"%s\";\n", r->path, r->target);
		break;
	case APACHE:
		campaign__strbuf_addf(out, "%s %s\n", r->code, r->target);
		break;
	case CADDY:
		campaign__strbuf_addf(out, "\tredir %s %s 302\n", r->path, r->target);
		break;
	case NETLIFY:
		campaign__strbuf_addf(out, "%s %s 302\n", r->path, r->target);
		break;
	default:
		/*
		 * No cell starts with = + - @: nothing a spreadsheet would run. A
		 * target holds no quote (safe_target()), but may hold a comma.
		 */
		campaign__strbuf_addf(out, strchr(r->target, ',') ? "%s,%s,\"%s\",%s,%s\r\n"
		                                                   : "%s,%s,%s,%s,%s\r\n",
		                      r->code, r->short_url, r->target, r->id, r->status);
		break;
	}
}

static void
tail(struct strbuf *out, int format)
{
	if (format == NGINX || format == CADDY)
		campaign__strbuf_adds(out, "}\n");
}

/*
 * What issue i of the ledger is: a later issue of its placement follows it
 * (the ledger is sorted by id, then issue) when it was reissued.
 */
static const char *
status_of(const struct ledger *l, size_t i)
{
	const struct ledger_entry *e = &l->entries[i];
	int later = l->sorted == l->count ? i + 1 < l->count && strcmp(l->entries[i + 1].id, e->id) == 0
	                                  : !campaign__ledger_is_current(l, e);
	if (later)
		return "reissued";
	return e->released >= 0 ? "withdrawn" : "active";
}

/* The redirect of ledger entry i into r, its strings in scratch. */
static int
redirect_of(const struct ledger *l, size_t i, const struct redirect_base *b, const char *base,
            struct strbuf scratch[3], struct redirect *r)
{
	const struct ledger_entry *e = &l->entries[i];
	for (int k = 0; k < 3; k++)
		campaign__strbuf_reset(&scratch[k]);
	campaign__strbuf_adds(&scratch[0], base);
	campaign__strbuf_adds(&scratch[0], e->short_code);
	campaign__strbuf_adds(&scratch[1], campaign__strbuf_cstr(&b->path));
	campaign__strbuf_adds(&scratch[1], e->short_code);
	safe_target(&scratch[2], e->url);
	for (int k = 0; k < 3; k++)
		if (scratch[k].status != CAMPAIGN_OK)
			return scratch[k].status;
	*r = (struct redirect){ e->short_code, scratch[0].ptr, scratch[1].ptr, scratch[2].ptr, e->id,
	                        status_of(l, i) };
	return CAMPAIGN_OK;
}

#define SPILL (64 * 1024)

/* The five files being written: each one's temp file and what waits to go into it. */
struct tables {
	struct atomic_file files[OUTPUT_REDIRECT_FILES];
	struct strbuf out[OUTPUT_REDIRECT_FILES];
	int opened;
	int err; /* the first write's errno */
	int err_file;
};

/* Moves what out[k] holds into its file once it is big enough (always when final). */
static void
spill(struct tables *t, int k, int final)
{
	struct strbuf *out = &t->out[k];
	if (t->err || out->status != CAMPAIGN_OK || (!final && out->len < SPILL))
		return;
	t->err = campaign__write_all(t->files[k].fd, out->ptr ? out->ptr : "", out->len);
	t->err_file = k;
	campaign__strbuf_reset(out);
}

/* Every redirect of the ledger, each made once and written in the five forms. */
static int
write_lines(struct tables *t, const campaign_plan *plan, const struct redirect_base *b)
{
	const struct ledger *l = &plan->ledger;
	struct strbuf scratch[3];
	for (int k = 0; k < 3; k++)
		campaign__strbuf_init(&scratch[k], 0);
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < l->count && rc == CAMPAIGN_OK && !t->err; i++) {
		struct redirect r;
		if (!l->entries[i].short_code || !l->entries[i].url)
			continue;
		rc = redirect_of(l, i, b, plan->spec->shortlink.base, scratch, &r);
		for (int k = 0; k < OUTPUT_REDIRECT_FILES && rc == CAMPAIGN_OK; k++) {
			line(&t->out[k], k, &r);
			spill(t, k, 0);
		}
	}
	for (int k = 0; k < 3; k++)
		campaign__strbuf_free(&scratch[k]);
	return rc;
}

/* Opens, fills and seals the five files, handing them to the set; on failure, none. */
static int
write_tables(struct output_set *set, const campaign_plan *plan, const struct redirect_base *b,
             campaign_diags *diags)
{
	struct tables t = { .err_file = 0 };
	int rc = CAMPAIGN_OK;
	for (int k = 0; k < OUTPUT_REDIRECT_FILES; k++)
		campaign__strbuf_init(&t.out[k], 0);
	for (; t.opened < OUTPUT_REDIRECT_FILES && rc == CAMPAIGN_OK; t.opened++)
		rc = campaign__atomic_open(&t.files[t.opened], set->out->fd,
		                           campaign__redirect_files[t.opened], diags);
	if (rc)
		t.opened--; /* the one that failed is not open */
	for (int k = 0; k < OUTPUT_REDIRECT_FILES && rc == CAMPAIGN_OK; k++)
		head(&t.out[k], k, b);
	if (rc == CAMPAIGN_OK)
		rc = write_lines(&t, plan, b);
	for (int k = 0; k < OUTPUT_REDIRECT_FILES && rc == CAMPAIGN_OK; k++) {
		tail(&t.out[k], k);
		rc = t.out[k].status;
		spill(&t, k, 1);
	}
	if (rc == CAMPAIGN_OK && t.err) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO,
		                   campaign__redirect_files[t.err_file], 0, 0, "cannot write: %s",
		                   strerror(t.err));
		rc = CAMPAIGN_EIO;
	}
	for (int k = 0; k < t.opened; k++) {
		if (rc == CAMPAIGN_OK && (rc = campaign__atomic_seal(&t.files[k], diags)) == CAMPAIGN_OK)
			campaign__output_set_add_file(set, (enum output_set_file)(OUTPUT_REDIRECTS_NGINX + k),
			                              &t.files[k]);
		else if (rc != CAMPAIGN_OK && t.files[k].tmp[0])
			campaign__atomic_discard(&t.files[k]);
	}
	for (int k = 0; k < OUTPUT_REDIRECT_FILES; k++)
		campaign__strbuf_free(&t.out[k]);
	return rc;
}

/* The base as the formats need it: the site "https://go.example.org" and the path "/". */
static int
base_parts(const char *base, struct redirect_base *b)
{
	struct url u;
	struct url_error err;
	memset(&u, 0, sizeof(u));
	int rc = campaign__url_parse(&u, base, &err);
	if (rc == CAMPAIGN_OK) {
		campaign__strbuf_addf(&b->site, "%s://%s%s%s", u.scheme, u.host, u.port ? ":" : "",
		                      u.port ? u.port : "");
		campaign__strbuf_adds(&b->path, u.path[0] ? u.path : "/");
		rc = b->site.status != CAMPAIGN_OK ? b->site.status : b->path.status;
	}
	campaign__url_free(&u);
	return rc;
}

int
campaign__redirects_write(struct output_set *set, const campaign_plan *plan, campaign_diags *diags)
{
	if (!plan->spec->shortlink.base)
		return CAMPAIGN_OK;
	struct redirect_base b;
	campaign__strbuf_init(&b.site, 0);
	campaign__strbuf_init(&b.path, 0);
	int rc = base_parts(plan->spec->shortlink.base, &b);
	if (rc == CAMPAIGN_OK)
		rc = write_tables(set, plan, &b, diags);
	campaign__strbuf_free(&b.site);
	campaign__strbuf_free(&b.path);
	return rc;
}
