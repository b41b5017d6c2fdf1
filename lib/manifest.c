#include "manifest.h"

#include <jansson.h>
#include <string.h>

#include "campaign/spec.h"
#include "campaign/status.h"
#include "campaign/version.h"
#include "plan_internal.h"

/* jansson calls this with pieces of the document; we append them. */
static int
dump_to_strbuf(const char *buffer, size_t size, void *data)
{
	return campaign__strbuf_add(data, buffer, size) == CAMPAIGN_OK ? 0 : -1;
}

static int
set_string(json_t *obj, const char *key, const char *value)
{
	if (!value)
		return 0;
	return json_object_set_new(obj, key, json_string(value));
}

static json_t *
placement_json(const campaign_assignment *a, const struct manifest_files *f)
{
	json_t *p = json_object(), *utm = json_object(), *files = json_object();
	if (!p || !utm || !files) {
		json_decref(p);
		json_decref(utm);
		json_decref(files);
		return NULL;
	}
	int rc = set_string(p, "id", a->placement->id);
	rc |= set_string(p, "event", a->placement->event);
	rc |= set_string(utm, "source", a->utm_source);
	rc |= set_string(utm, "medium", a->utm_medium);
	rc |= set_string(utm, "campaign", a->utm_campaign);
	rc |= set_string(utm, "content", a->utm_content);
	rc |= set_string(utm, "term", a->utm_term);
	rc |= json_object_set_new(p, "utm", utm);
	rc |= set_string(p, "url", a->url);
	rc |= set_string(p, "hashtag", a->hashtag);
	rc |= set_string(p, "phone", a->phone);
	rc |= set_string(p, "phone_display", a->phone_display);
	rc |= set_string(p, "tel", a->tel);
	rc |= set_string(p, "issued", a->issued);
	rc |= set_string(files, "pdf", f->pdf);
	rc |= set_string(files, "png", f->png);
	rc |= set_string(files, "qr_png", f->qr_png);
	rc |= set_string(files, "qr_svg", f->qr_svg);
	rc |= json_object_set_new(p, "files", files);
	if (rc) {
		json_decref(p);
		return NULL;
	}
	return p;
}

int
campaign__manifest_json(struct strbuf *out, const campaign_plan *plan,
                        const struct manifest_files *files)
{
	const struct campaign_spec *spec = plan->spec;
	json_t *root = json_object(), *campaign = json_object(), *list = json_array();
	int rc = !root || !campaign || !list;
	if (!rc) {
		rc |= set_string(campaign, "name", spec->name);
		rc |= set_string(campaign, "slug", spec->slug);
		rc |= set_string(campaign, "language", spec->language);
		if (plan->count)
			rc |= set_string(campaign, "utm_campaign", plan->items[0].pub.utm_campaign);
		rc |= json_object_set(root, "campaign", campaign);
		rc |= set_string(root, "generator", "libcampaign " CAMPAIGN_VERSION_STRING);
		for (size_t i = 0; i < plan->count && !rc; i++) {
			json_t *p = placement_json(&plan->items[i].pub, &files[i]);
			rc |= !p || json_array_append_new(list, p);
		}
		rc |= json_object_set(root, "placements", list);
	}
	if (!rc)
		rc = json_dump_callback(root, dump_to_strbuf, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(campaign);
	json_decref(list);
	json_decref(root);
	if (rc)
		return out->status != CAMPAIGN_OK ? out->status : CAMPAIGN_ENOMEM;
	campaign__strbuf_addc(out, '\n');
	return out->status;
}

/* RFC 4180: quote a field holding a comma, quote or line break, doubling quotes. */
static void
csv_field(struct strbuf *out, const char *value, int last)
{
	value = value ? value : "";
	if (strpbrk(value, ",\"\r\n")) {
		campaign__strbuf_addc(out, '"');
		for (const char *p = value; *p; p++) {
			if (*p == '"')
				campaign__strbuf_addc(out, '"');
			campaign__strbuf_addc(out, *p);
		}
		campaign__strbuf_addc(out, '"');
	} else {
		campaign__strbuf_adds(out, value);
	}
	campaign__strbuf_adds(out, last ? "\r\n" : ",");
}

int
campaign__manifest_csv(struct strbuf *out, const campaign_plan *plan,
                       const struct manifest_files *files)
{
	campaign__strbuf_adds(out, "id,event,source,medium,campaign,content,term,url,hashtag,phone,"
	                           "phone_display,pdf,png\r\n");
	for (size_t i = 0; i < plan->count; i++) {
		const campaign_assignment *a = &plan->items[i].pub;
		const char *row[] = {
			a->placement->id, a->placement->event, a->utm_source, a->utm_medium, a->utm_campaign,
			a->utm_content, a->utm_term, a->url, a->hashtag, a->phone, a->phone_display,
			files[i].pdf, files[i].png,
		};
		size_t n = sizeof(row) / sizeof(row[0]);
		for (size_t k = 0; k < n; k++)
			csv_field(out, row[k], k == n - 1);
	}
	return out->status;
}
