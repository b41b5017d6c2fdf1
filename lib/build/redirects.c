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
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (strchr(keep, *p))
			campaign__strbuf_addc(out, (char)*p);
		else
			campaign__strbuf_addf(out, "%%%02X", *p);
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

static const char *
status_of(const struct ledger *l, const struct ledger_entry *e)
{
	if (!campaign__ledger_is_current(l, e))
		return "reissued";
	return e->released >= 0 ? "withdrawn" : "active";
}

/* The redirect of ledger entry e into r, its strings in scratch. */
static int
redirect_of(const struct ledger *l, const struct ledger_entry *e, const struct redirect_base *b,
            const char *base, struct strbuf scratch[3], struct redirect *r)
{
	for (int k = 0; k < 3; k++)
		campaign__strbuf_reset(&scratch[k]);
	campaign__strbuf_addf(&scratch[0], "%s%s", base, e->short_code);
	campaign__strbuf_addf(&scratch[1], "%s%s", campaign__strbuf_cstr(&b->path), e->short_code);
	safe_target(&scratch[2], e->url);
	for (int k = 0; k < 3; k++)
		if (scratch[k].status != CAMPAIGN_OK)
			return scratch[k].status;
	*r = (struct redirect){ e->short_code, scratch[0].ptr, scratch[1].ptr, scratch[2].ptr, e->id,
	                        status_of(l, e) };
	return CAMPAIGN_OK;
}

#define SPILL (64 * 1024)

/* One file: its lines streamed into the temp file, sealed for the switch. */
static int
write_one(struct output_set *set, int format, const campaign_plan *plan, const struct redirect_base *b,
          campaign_diags *diags)
{
	const char *name = campaign__redirect_files[format];
	struct atomic_file f;
	int rc = campaign__atomic_open(&f, set->out->fd, name, diags);
	if (rc)
		return rc;
	struct strbuf out, scratch[3];
	campaign__strbuf_init(&out, 0);
	for (int k = 0; k < 3; k++)
		campaign__strbuf_init(&scratch[k], 0);
	int err = 0;
	head(&out, format, b);
	const struct ledger *l = &plan->ledger;
	for (size_t i = 0; i < l->count && rc == CAMPAIGN_OK && !err; i++) {
		const struct ledger_entry *e = &l->entries[i];
		struct redirect r;
		if (!e->short_code || !e->url)
			continue;
		rc = redirect_of(l, e, b, plan->spec->shortlink.base, scratch, &r);
		if (rc == CAMPAIGN_OK)
			line(&out, format, &r);
		if (out.status == CAMPAIGN_OK && out.len >= SPILL) {
			err = campaign__write_all(f.fd, out.ptr, out.len);
			campaign__strbuf_reset(&out);
		}
	}
	tail(&out, format);
	if (rc == CAMPAIGN_OK)
		rc = out.status;
	if (rc == CAMPAIGN_OK && !err)
		err = campaign__write_all(f.fd, out.ptr ? out.ptr : "", out.len);
	campaign__strbuf_free(&out);
	for (int k = 0; k < 3; k++)
		campaign__strbuf_free(&scratch[k]);
	if (rc == CAMPAIGN_OK && err) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, name, 0, 0, "cannot write: %s",
		                   strerror(err));
		rc = CAMPAIGN_EIO;
	}
	if (rc) {
		campaign__atomic_discard(&f);
		return rc;
	}
	rc = campaign__atomic_seal(&f, diags);
	if (rc == CAMPAIGN_OK)
		campaign__output_set_add_file(set, (enum output_set_file)(OUTPUT_REDIRECTS_NGINX + format), &f);
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
	for (int format = NGINX; format <= CSV && rc == CAMPAIGN_OK; format++)
		rc = write_one(set, format, plan, &b, diags);
	campaign__strbuf_free(&b.site);
	campaign__strbuf_free(&b.path);
	return rc;
}
