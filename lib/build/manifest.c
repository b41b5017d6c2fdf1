#include "build/manifest.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/spec.h"
#include "campaign/status.h"
#include "campaign/version.h"
#include "build/build_entries.h"
#include "build/withdrawn.h"
#include "util/date.h"
#include "io/atomic_file.h"

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

/*
 * Appends obj as JSON_INDENT(2) text whose lines after the first are shifted
 * by `indent` spaces, so that objects dumped one by one read as one document
 * indented as a whole. (JSON strings hold no raw line breaks: jansson
 * escapes them, so every '\n' in the dump is a line of the layout.)
 */
static int
append_indented(struct strbuf *out, json_t *obj, int indent)
{
	char *text = json_dumps(obj, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
	if (!text)
		return CAMPAIGN_ENOMEM;
	for (const char *p = text; *p; p++) {
		campaign__strbuf_addc(out, *p);
		if (*p == '\n')
			campaign__strbuf_addf(out, "%*s", indent, "");
	}
	free(text);
	return out->status;
}

#define MANIFEST_SPILL (64 * 1024)

/* Moves what buf holds into the file once it is big enough (always when final). */
static int
spill(struct manifest_out *out, int final)
{
	struct strbuf *b = &out->buf;
	if (out->fd < 0 || b->status != CAMPAIGN_OK || out->err || (!final && b->len < MANIFEST_SPILL))
		return out->err ? CAMPAIGN_EIO : b->status;
	out->err = campaign__write_all(out->fd, b->ptr ? b->ptr : "", b->len);
	campaign__strbuf_reset(b);
	return out->err ? CAMPAIGN_EIO : CAMPAIGN_OK;
}

/*
 * The manifest is written placement by placement, each one a small jansson
 * object dumped and freed, so memory does not hold a JSON tree of the whole
 * campaign (10,000 placements made a 30 MB tree).
 */
/* A withdrawn placement: why, since when, and where its files are now. */
static json_t *
withdrawn_json(const struct withdrawn *w)
{
	static const char *const reasons[] = {
		[WITHDRAWN_LEFT] = "left the campaign",
		[WITHDRAWN_NO_TEMPLATE] = "no template",
		[WITHDRAWN_NO_QR] = "no QR code",
	};
	json_t *p = json_object(), *files = json_object();
	if (!p || !files) {
		json_decref(p);
		json_decref(files);
		return NULL;
	}
	char left[11] = "";
	if (w->left >= 0)
		campaign__date_format(w->left, left);
	struct manifest_files f;
	campaign__manifest_files_of(w->files, w->id, &f);
	char paths[4][96];
	const char *const names[4] = { f.pdf, f.png, f.qr_png, f.qr_svg };
	static const char *const keys[4] = { "pdf", "png", "qr_png", "qr_svg" };
	int rc = set_string(p, "id", w->id);
	rc |= set_string(p, "event", w->event);
	rc |= set_string(p, "reason", reasons[w->reason]);
	rc |= set_string(p, "left", w->left >= 0 ? left : NULL);
	for (int k = 0; k < 4; k++) {
		if (!names[k])
			continue;
		snprintf(paths[k], sizeof(paths[k]), "withdrawn/%s", names[k]);
		rc |= set_string(files, keys[k], paths[k]);
	}
	rc |= json_object_set_new(p, "files", files);
	if (rc) {
		json_decref(p);
		return NULL;
	}
	return p;
}

static int
append_withdrawn(struct manifest_out *mo, const struct withdrawn_list *withdrawn)
{
	struct strbuf *out = &mo->buf;
	if (!withdrawn || !withdrawn->count)
		return CAMPAIGN_OK;
	campaign__strbuf_adds(out, ",\n  \"withdrawn\": [\n    ");
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < withdrawn->count && rc == CAMPAIGN_OK; i++) {
		json_t *p = withdrawn_json(&withdrawn->items[i]);
		if (!p)
			return CAMPAIGN_ENOMEM;
		if (i)
			campaign__strbuf_adds(out, ",\n    ");
		rc = append_indented(out, p, 4);
		json_decref(p);
		if (rc == CAMPAIGN_OK)
			rc = spill(mo, 0);
	}
	campaign__strbuf_adds(out, "\n  ]");
	return rc == CAMPAIGN_OK ? out->status : rc;
}

int
campaign__manifest_json(struct manifest_out *mo, const struct build_entries *entries,
                        const unsigned char *present, const struct withdrawn_list *withdrawn,
                        campaign_diags *diags)
{
	struct strbuf *out = &mo->buf;
	const struct build_campaign *c = campaign__entries_campaign(entries);
	size_t count = campaign__entries_count(entries);
	struct entry_reader reader = { 0 };
	const struct build_entry *e = NULL;
	json_t *campaign = json_object();
	int rc = !campaign;
	if (!rc) {
		rc |= set_string(campaign, "name", c->name);
		rc |= set_string(campaign, "slug", c->slug);
		rc |= set_string(campaign, "language", c->language);
	}
	if (!rc && count) {
		int read_rc = campaign__entries_read(entries, 0, &reader, &e, diags);
		rc = read_rc ? read_rc : set_string(campaign, "utm_campaign", e->a.utm_campaign);
	}
	if (!rc) {
		campaign__strbuf_adds(out, "{\n  \"campaign\": ");
		rc = append_indented(out, campaign, 2);
	}
	json_decref(campaign);
	json_t *generator = json_string("libcampaign " CAMPAIGN_VERSION_STRING);
	if (!rc && generator) {
		campaign__strbuf_adds(out, ",\n  \"generator\": ");
		rc = append_indented(out, generator, 2);
	} else if (!rc) {
		rc = CAMPAIGN_ENOMEM;
	}
	json_decref(generator);
	if (!rc)
		campaign__strbuf_adds(out, count ? ",\n  \"placements\": [\n    " : ",\n  \"placements\": []");
	for (size_t i = 0; i < count && !rc; i++) {
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		struct manifest_files f;
		campaign__manifest_files_of(present[i], e->p.id, &f);
		json_t *p = placement_json(&e->a, &f);
		if (!p) {
			rc = CAMPAIGN_ENOMEM;
			break;
		}
		if (i)
			campaign__strbuf_adds(out, ",\n    ");
		rc = append_indented(out, p, 4);
		json_decref(p);
		if (rc == CAMPAIGN_OK)
			rc = spill(mo, 0);
	}
	if (!rc)
		campaign__strbuf_adds(out, count ? "\n  ]" : "");
	if (!rc)
		rc = append_withdrawn(mo, withdrawn);
	if (!rc)
		campaign__strbuf_adds(out, "\n}\n");
	campaign__entry_reader_free(&reader);
	if (rc == CAMPAIGN_EIO)
		return rc;
	if (rc)
		return out->status != CAMPAIGN_OK ? out->status : CAMPAIGN_ENOMEM;
	return spill(mo, 1);
}

/* "+74951234501", "-5", "12.50": a sign, digits, at most one decimal point. */
static int
plain_number(const char *v)
{
	if (*v == '+' || *v == '-')
		v++;
	size_t digits = strspn(v, "0123456789");
	if (digits == 0)
		return 0;
	v += digits;
	if (*v == '.' && v[1])
		v += 1 + strspn(v + 1, "0123456789");
	return *v == '\0';
}

int
campaign__csv_cell_unsafe(const char *value)
{
	return value && value[0] && strchr("=+-@\t\r", value[0]) && !plain_number(value);
}

/*
 * RFC 4180: quote a field holding a comma, quote or line break, doubling
 * quotes. Unless raw, a cell a spreadsheet would run as a formula gets a
 * leading apostrophe, which spreadsheets take as "this is text" (OWASP).
 */
static void
csv_field(struct strbuf *out, const char *value, int last, int raw)
{
	value = value ? value : "";
	const char *guard = !raw && campaign__csv_cell_unsafe(value) ? "'" : "";
	if (strpbrk(value, ",\"\r\n")) {
		campaign__strbuf_addc(out, '"');
		campaign__strbuf_adds(out, guard);
		for (const char *p = value; *p; p++) {
			if (*p == '"')
				campaign__strbuf_addc(out, '"');
			campaign__strbuf_addc(out, *p);
		}
		campaign__strbuf_addc(out, '"');
	} else {
		campaign__strbuf_adds(out, guard);
		campaign__strbuf_adds(out, value);
	}
	campaign__strbuf_adds(out, last ? "\r\n" : ",");
}

int
campaign__manifest_csv(struct manifest_out *mo, const struct build_entries *entries,
                       const unsigned char *present, const struct withdrawn_list *withdrawn,
                       campaign_diags *diags)
{
	(void)withdrawn; /* the CSV's columns are fixed: current placements only */
	struct strbuf *out = &mo->buf;
	int rc = CAMPAIGN_OK;
	struct entry_reader reader = { 0 };
	campaign__strbuf_adds(out, "id,event,source,medium,campaign,content,term,url,hashtag,phone,"
	                           "phone_display,pdf,png\r\n");
	for (size_t i = 0; i < campaign__entries_count(entries) && rc == CAMPAIGN_OK; i++) {
		const struct build_entry *e = NULL;
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		const campaign_assignment *a = &e->a;
		struct manifest_files f;
		campaign__manifest_files_of(present[i], a->placement->id, &f);
		const char *row[] = {
			a->placement->id, a->placement->event, a->utm_source, a->utm_medium, a->utm_campaign,
			a->utm_content, a->utm_term, a->url, a->hashtag, a->phone, a->phone_display,
			f.pdf, f.png,
		};
		size_t n = sizeof(row) / sizeof(row[0]);
		for (size_t k = 0; k < n; k++)
			csv_field(out, row[k], k == n - 1, mo->csv_raw);
		rc = spill(mo, 0);
	}
	campaign__entry_reader_free(&reader);
	return rc == CAMPAIGN_OK ? spill(mo, 1) : rc;
}

void
campaign__manifest_files_of(unsigned present, const char *id, struct manifest_files *names)
{
	snprintf(names->buf[0], sizeof(names->buf[0]), "flyers/%s.pdf", id);
	snprintf(names->buf[1], sizeof(names->buf[1]), "flyers/%s.png", id);
	snprintf(names->buf[2], sizeof(names->buf[2]), "qr/%s.png", id);
	snprintf(names->buf[3], sizeof(names->buf[3]), "qr/%s.svg", id);
	names->pdf = present & MANIFEST_PDF ? names->buf[0] : NULL;
	names->png = present & MANIFEST_PNG ? names->buf[1] : NULL;
	names->qr_png = present & MANIFEST_QR_PNG ? names->buf[2] : NULL;
	names->qr_svg = present & MANIFEST_QR_SVG ? names->buf[3] : NULL;
}
