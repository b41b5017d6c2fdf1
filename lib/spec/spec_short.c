/*
 * `short: https://go.example.org/` or `short: { base: URL, length: 6 }`:
 * the base every placement's short link is made on. The base goes into web
 * servers' configuration files as it is (nginx, Apache, Caddy, Netlify),
 * so it is kept to characters none of them reads specially: ASCII, a
 * path of unreserved characters and '/', no query or fragment.
 */
#include <string.h>

#include "campaign/status.h"
#include "ids/short_code.h"
#include "ids/url.h"
#include "spec/spec_load.h"
#include "util/strbuf.h"
#include "util/utf8.h"

static const char *const short_keys[] = { "base", "length", NULL };

/* Why base cannot be a short links' base, or NULL. */
static const char *
base_problem(const char *base)
{
	for (const unsigned char *p = (const unsigned char *)base; *p; p++)
		if (*p >= 0x80)
			return "write it in ASCII (a host in its xn-- form)";
	if (strpbrk(base, "?#"))
		return "it must not hold a query or fragment: the code is appended to it";
	const char *host = strstr(base, "://");
	const char *path = host ? strchr(host + 3, '/') : NULL;
	if (path && strspn(path, "/-._~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") !=
	                    strlen(path))
		return "its path may hold only letters, digits, '-', '.', '_', '~' and '/'";
	/*
	 * A browser removes '.' and '..' segments and servers merge '//' before
	 * matching the path, so a link printed with them never meets its line
	 * of the redirect table (nginx's $uri is /k7m3xq, the key /../k7m3xq).
	 */
	for (const char *seg = path; seg && *seg; seg = strchr(seg + 1, '/')) {
		size_t n = strcspn(seg + 1, "/");
		if (seg[1] == '/')
			return "its path must not hold '//': servers merge it, so the printed links "
			       "would not match the redirect table";
		if ((n == 1 && seg[1] == '.') || (n == 2 && seg[1] == '.' && seg[2] == '.'))
			return "its path must not hold a '.' or '..' segment: browsers remove it, so the "
			       "printed links would not match the redirect table";
	}
	return NULL;
}

struct base_warning {
	struct schema *s;
	const struct yaml_node *at;
};

/* A host a phone cannot reach, or one that passes for another, is printed on every flyer. */
static void
warn_base(void *ctx, const char *message)
{
	const struct base_warning *w = ctx;
	campaign__schema_warning(w->s, w->at, "short link base: %s", message);
}

void
campaign__spec_load_short(struct campaign_spec *spec, struct schema *s, const struct yaml_node *node)
{
	struct spec_short *sh = &spec->shortlink;
	sh->length = SHORT_CODE_DEFAULT;
	if (!node)
		return;
	sh->at = node->pos;
	const struct yaml_node *base = node;
	if (node->kind == YAML_NODE_MAP) {
		if (campaign__schema_map(s, node, "short", short_keys))
			return;
		base = campaign__schema_get(s, node, "base", 1, "short");
		sh->length = campaign__schema_uint(s, node, "length", SHORT_CODE_MIN, SHORT_CODE_MAX,
		                                   SHORT_CODE_DEFAULT);
	}
	if (!base)
		return;
	if (base->kind != YAML_NODE_SCALAR) {
		campaign__schema_error(s, base, "'short' must be a base URL, or a mapping with 'base' and 'length'");
		return;
	}
	const char *text = campaign__schema_text(s, base, "short");
	if (!text)
		return;
	const char *why = base_problem(text);
	if (why) {
		campaign__schema_error(s, base, "bad short link base '%.*s': %s",
		                       CAMPAIGN__UTF8_CUT(text, 80), why);
		return;
	}
	struct url_error err;
	struct base_warning w = { s, base };
	int rc = campaign__url_check_landing(text, &err, warn_base, &w);
	if (rc == CAMPAIGN_ENOMEM)
		campaign__schema_nomem(s);
	if (rc) {
		if (rc != CAMPAIGN_ENOMEM)
			campaign__schema_error(s, base, "bad short link base: %s", err.message);
		return;
	}
	/* The code is the last segment of the path: the base ends in '/'. */
	struct strbuf b;
	campaign__strbuf_init(&b, 4096);
	campaign__strbuf_adds(&b, text);
	const char *host = strstr(text, "://") + 3;
	if (!strchr(host, '/') || text[strlen(text) - 1] != '/')
		campaign__strbuf_addc(&b, '/');
	if (b.status == CAMPAIGN_OK)
		sh->base = campaign__arena_strdup(&spec->arena, campaign__strbuf_cstr(&b));
	if (!sh->base)
		campaign__schema_nomem(s);
	campaign__strbuf_free(&b);
}
