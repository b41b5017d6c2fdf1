/*
 * campaign_template_check_qr_data(): the text a template writes into a QR
 * code itself, held to the rules of a landing. A spec's landing is checked
 * before it reaches a code ({{url}}); a link typed into the template is
 * printed just the same, so it gets the same checks (credentials, escaped
 * controls, port 0, unseen characters in the host are errors; hosts a phone
 * cannot reach and look-alike hosts are warnings). Here, in build/, because
 * the template's model and the URL rules (ids/) meet in no lower folder.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "core/diag_internal.h"
#include "ids/url.h"
#include "template/template_model.h"
#include "util/script_scheme.h"
#include "util/strbuf.h"

struct qr_where {
	const campaign_template *t;
	struct yaml_pos at;
	campaign_diags *diags;
};

static void
warn_link(void *ctx, const char *message)
{
	const struct qr_where *w = ctx;
	campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, w->t->file, w->at.line,
	                   w->at.column, "the QR code's link: %s", message);
}

/* Whether text starts with a URL scheme and "//": "https://", "HTTP://". */
static int
has_web_scheme(const char *text)
{
	return strncasecmp(text, "https://", 8) == 0 || strncasecmp(text, "http://", 7) == 0;
}

/*
 * Text a scanner shows as text though it was meant as a link: a host with
 * a dot and no scheme ("example.org/rally", "www.example.org").
 */
static int
looks_like_bare_link(const char *text)
{
	if (strncasecmp(text, "www.", 4) == 0)
		return 1;
	size_t host = strcspn(text, "/?#");
	const char *dot = memchr(text, '.', host);
	return dot && dot > text && host > (size_t)(dot - text) + 2 && !strpbrk(text, " \t:@") &&
	       text[host] == '/';
}

static int
check_one(const campaign_template *t, const struct tpl_elem *e, campaign_diags *diags)
{
	struct qr_where w = { t, e->data_pos, diags };
	const char *data = e->data;
	const char *scheme = campaign__script_scheme(data);
	if (scheme) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, t->file, w.at.line,
		                   w.at.column, "the QR code's data is a '%.*s' link, which a scanner "
		                   "would run or open on the phone itself, not a page to visit: print "
		                   "an https:// link", (int)strlen(scheme) - 1, scheme);
		return CAMPAIGN_EINVALID;
	}
	const char *placeholder = strstr(data, "{{");
	if (!placeholder)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, t->file, w.at.line,
		                   w.at.column, "the QR code holds the same text on every flyer made from "
		                   "this template (no placeholder), so its scans cannot be told apart by "
		                   "placement; '{{url}}' is each placement's tracked link");
	if (!has_web_scheme(data)) {
		if (!placeholder && looks_like_bare_link(data))
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, t->file, w.at.line,
			                   w.at.column, "the QR code holds '%.64s' without 'https://': "
			                   "scanners show it as text instead of opening it", data);
		return CAMPAIGN_OK;
	}
	/* Up to the placeholder: its host and path so far are the template's own. */
	struct strbuf link;
	campaign__strbuf_init(&link, URL_MAX_LENGTH);
	size_t len = placeholder ? (size_t)(placeholder - data) : strlen(data);
	if (placeholder) {
		const char *last = NULL;
		for (const char *p = strstr(data, "//") + 2; p < placeholder; p++)
			if (*p == '/')
				last = p;
		len = last ? (size_t)(last - data) + 1 : 0; /* no whole host before it: nothing to check */
	}
	int rc = CAMPAIGN_OK;
	if (len && campaign__strbuf_add(&link, data, len) == CAMPAIGN_OK) {
		struct url_error err;
		rc = campaign__url_check_landing(campaign__strbuf_cstr(&link), &err, warn_link, &w);
		if (rc && rc != CAMPAIGN_ENOMEM) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, t->file, w.at.line,
			                   w.at.column, "the QR code's link is not one to print: %s (a "
			                   "template's link is checked as a spec's landing is)", err.message);
			rc = CAMPAIGN_EINVALID;
		}
	} else if (len) {
		rc = link.status;
	}
	campaign__strbuf_free(&link);
	return rc;
}

int
campaign_template_check_qr_data(const campaign_template *t, campaign_diags *diags)
{
	if (!t)
		return CAMPAIGN_EINVALID;
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < t->count; i++) {
		const struct tpl_elem *e = &t->elems[i];
		if (e->kind != TPL_QR || !e->data)
			continue;
		int one = check_one(t, e, diags);
		if (one && (rc == CAMPAIGN_OK || one == CAMPAIGN_ENOMEM))
			rc = one;
	}
	return rc;
}
