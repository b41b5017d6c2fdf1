#include "build/manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/spec.h"
#include "campaign/status.h"
#include "campaign/version.h"
#include "build/build_entries.h"
#include "build/withdrawn.h"
#include "plan/manifest_values.h"
#include "text/textquote.h"
#include "util/date.h"
#include "io/atomic_file.h"
#include "util/json_writer.h"

/* One placement as an object of the manifest's list (members as jansson would order them). */
static void
placement_json(struct json_writer *w, const campaign_assignment *a, const struct manifest_files *f,
               const char *made_from)
{
	campaign__json_begin_object(w);
	campaign__json_member_string(w, "id", a->placement->id);
	campaign__json_member_string(w, "event", a->placement->event);
	campaign__json_member_object(w, "utm");
	campaign__json_member_string(w, "source", a->utm_source);
	campaign__json_member_string(w, "medium", a->utm_medium);
	campaign__json_member_string(w, "campaign", a->utm_campaign);
	campaign__json_member_string(w, "content", a->utm_content);
	campaign__json_member_string(w, "term", a->utm_term);
	campaign__json_end_object(w);
	campaign__json_member_string(w, "url", a->url);
	campaign__json_member_string(w, "short_url", a->short_url);
	campaign__json_member_string(w, "hashtag", a->hashtag);
	campaign__json_member_string(w, "phone", a->phone);
	campaign__json_member_string(w, "phone_display", a->phone_display);
	campaign__json_member_string(w, "tel", a->tel);
	campaign__json_member_string(w, "issued", a->issued);
	campaign__json_member_object(w, "files");
	campaign__json_member_string(w, "pdf", f->pdf);
	campaign__json_member_string(w, "png", f->png);
	campaign__json_member_string(w, "qr_png", f->qr_png);
	campaign__json_member_string(w, "qr_svg", f->qr_svg);
	campaign__json_member_string(w, "social", f->social);
	campaign__json_member_string(w, "caption", f->caption);
	campaign__json_member_string(w, "sheet", f->sheet);
	campaign__json_end_object(w);
	/* What the files listed show: a later build keeps them by it (stale_files.h). */
	campaign__json_member_string(w, "made_from", made_from);
	campaign__json_end_object(w);
}

/*
 * What a writer's failure returns: text that is not UTF-8 cannot come from a
 * checked spec, so it is an internal error, said with the placement's id.
 */
static int
writer_status(const struct json_writer *w, const char *id, campaign_diags *diags)
{
	if (w->status == CAMPAIGN_EINVALID)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, "manifest.json", 0, 0,
		                   "internal error: the manifest was not written: placement '%s' holds "
		                   "text that is not UTF-8", id ? id : "");
	return w->status;
}

/*
 * The writer's guard, as the ledger's: a placement whose values the
 * manifest's own reader (`resolve`) would refuse is not written, with an
 * internal error naming it, rather than a manifest no later read takes.
 */
static int
reads_back(const campaign_assignment *a, campaign_diags *diags)
{
	const struct manifest_placement v = { a->placement->id, a->placement->event, a->url, a->hashtag,
	                                      a->phone, a->phone_display, a->short_url, NULL };
	char buf[480], quoted[160];
	const char *key = NULL, *value = NULL;
	const char *why = campaign__manifest_values_problem(&v, &key, &value, buf, sizeof(buf));
	if (!why)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, "manifest.json", 0, 0,
	                   "internal error: the manifest was not written: placement '%.80s' has \"%s\" "
	                   "'%s', which its reader refuses: %s", v.id ? v.id : "", key,
	                   campaign__quote_into(quoted, sizeof(quoted), value, 64), why);
	return CAMPAIGN_EINVALID;
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

/* A withdrawn placement: why, since when, and where its files are now. */
static void
withdrawn_json(struct json_writer *w, const struct withdrawn *wd)
{
	static const char *const reasons[] = {
		[WITHDRAWN_LEFT] = "left the campaign",
		[WITHDRAWN_NO_TEMPLATE] = "no template",
		[WITHDRAWN_NO_QR] = "no QR code",
		[WITHDRAWN_NO_CAPTION] = "not online",
	};
	char left[11] = "";
	if (wd->left >= 0)
		campaign__date_format(wd->left, left);
	struct manifest_files f;
	campaign__manifest_files_of(wd->files, wd->id, &f);
	const char *const names[MANIFEST_KINDS] = { f.pdf, f.png, f.qr_png, f.qr_svg, f.social, f.caption, f.sheet };
	campaign__json_begin_object(w);
	campaign__json_member_string(w, "id", wd->id);
	campaign__json_member_string(w, "event", wd->event);
	campaign__json_member_string(w, "reason", reasons[wd->reason]);
	campaign__json_member_string(w, "left", wd->left >= 0 ? left : NULL);
	campaign__json_member_object(w, "files");
	for (int k = 0; k < MANIFEST_KINDS; k++) {
		if (!names[k])
			continue;
		char path[96];
		snprintf(path, sizeof(path), "withdrawn/%s", names[k]);
		campaign__json_member_string(w, campaign__manifest_kinds[k].key, path);
	}
	campaign__json_end_object(w);
	campaign__json_end_object(w);
}

static int
append_withdrawn(struct manifest_out *mo, const struct withdrawn_list *withdrawn, campaign_diags *diags)
{
	struct strbuf *out = &mo->buf;
	if (!withdrawn || !withdrawn->count)
		return CAMPAIGN_OK;
	campaign__strbuf_adds(out, ",\n  \"withdrawn\": [\n    ");
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < withdrawn->count && rc == CAMPAIGN_OK; i++) {
		if (i)
			campaign__strbuf_adds(out, ",\n    ");
		struct json_writer w;
		campaign__json_writer_init(&w, out, 2);
		withdrawn_json(&w, &withdrawn->items[i]);
		rc = writer_status(&w, withdrawn->items[i].id, diags);
		if (rc == CAMPAIGN_OK)
			rc = spill(mo, 0);
	}
	campaign__strbuf_adds(out, "\n  ]");
	return rc == CAMPAIGN_OK ? out->status : rc;
}

/* The head of the document: the campaign and the generator. */
static int
append_head(struct strbuf *out, const struct build_campaign *c, const char *utm_campaign,
            campaign_diags *diags)
{
	struct json_writer w;
	campaign__json_writer_init(&w, out, 1);
	campaign__strbuf_adds(out, "{\n  \"campaign\": ");
	campaign__json_begin_object(&w);
	campaign__json_member_string(&w, "name", c->name);
	campaign__json_member_string(&w, "slug", c->slug);
	campaign__json_member_string(&w, "language", c->language);
	campaign__json_member_string(&w, "utm_campaign", utm_campaign);
	campaign__json_end_object(&w);
	campaign__strbuf_adds(out, ",\n  \"generator\": ");
	campaign__json_string(out, "libcampaign " CAMPAIGN_VERSION_STRING);
	return writer_status(&w, NULL, diags);
}

/*
 * The manifest is written placement by placement, each formatted into buf
 * and moved on to the file, so memory holds neither a JSON tree nor the
 * text of the whole campaign.
 */
int
campaign__manifest_json(struct manifest_out *mo, const struct build_entries *entries,
                        const unsigned char *present, const struct withdrawn_list *withdrawn,
                        campaign_diags *diags)
{
	struct strbuf *out = &mo->buf;
	size_t count = campaign__entries_count(entries);
	struct entry_reader reader = { 0 };
	const struct build_entry *e = NULL;
	int rc = count ? campaign__entries_read(entries, 0, &reader, &e, diags) : CAMPAIGN_OK;
	if (!rc)
		rc = append_head(out, campaign__entries_campaign(entries), e ? e->a.utm_campaign : NULL, diags);
	if (!rc)
		campaign__strbuf_adds(out, count ? ",\n  \"placements\": [\n    " : ",\n  \"placements\": []");
	for (size_t i = 0; i < count && !rc; i++) {
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		struct manifest_files f;
		campaign__manifest_files_of(present[i], e->p.id, &f);
		if (i)
			campaign__strbuf_adds(out, ",\n    ");
		/* Only for a placement with files: a build of identifiers alone spent a twentieth here. */
		char made_from[BUILD_MADE_FROM_SIZE];
		if (present[i])
			campaign__entry_made_from(e, campaign__entries_campaign(entries), made_from);
		if ((rc = reads_back(&e->a, diags)))
			break;
		struct json_writer w;
		campaign__json_writer_init(&w, out, 2);
		placement_json(&w, &e->a, &f, present[i] ? made_from : NULL);
		rc = writer_status(&w, e->p.id, diags);
		if (rc == CAMPAIGN_OK)
			rc = spill(mo, 0);
	}
	if (!rc)
		campaign__strbuf_adds(out, count ? "\n  ]" : "");
	if (!rc)
		rc = append_withdrawn(mo, withdrawn, diags);
	if (!rc)
		campaign__strbuf_adds(out, "\n}\n");
	campaign__entry_reader_free(&reader);
	if (rc)
		return rc;
	return out->status != CAMPAIGN_OK ? out->status : spill(mo, 1);
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
		/* Each quote doubled: the text up to and including it, then the quote again. */
		for (const char *q; (q = strchr(value, '"')); value = q + 1) {
			campaign__strbuf_add(out, value, (size_t)(q - value + 1));
			campaign__strbuf_addc(out, '"');
		}
		campaign__strbuf_adds(out, value);
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
	                           "phone_display,pdf,png,short_url,social,caption,sheet\r\n");
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
			f.pdf, f.png, a->short_url, f.social, f.caption, f.sheet,
		};
		size_t n = sizeof(row) / sizeof(row[0]);
		for (size_t k = 0; k < n; k++)
			csv_field(out, row[k], k == n - 1, mo->csv_raw);
		rc = spill(mo, 0);
	}
	campaign__entry_reader_free(&reader);
	return rc == CAMPAIGN_OK ? spill(mo, 1) : rc;
}

/* New kinds go last: the CSV's columns and the JSON's members keep their places. */
const struct manifest_kind campaign__manifest_kinds[MANIFEST_KINDS] = {
	{ MANIFEST_PDF, "flyers", "pdf", "pdf" },
	{ MANIFEST_PNG, "flyers", "png", "png" },
	{ MANIFEST_QR_PNG, "qr", "png", "qr_png" },
	{ MANIFEST_QR_SVG, "qr", "svg", "qr_svg" },
	{ MANIFEST_SOCIAL, "social", "png", "social" },
	{ MANIFEST_CAPTION, "captions", "txt", "caption" },
	{ MANIFEST_SHEET, "sheets", "pdf", "sheet" },
};

unsigned
campaign__manifest_social_bits(const campaign_placement *p)
{
	return MANIFEST_SOCIAL | (p->image_format == CAMPAIGN_IMAGE_JPEG ? MANIFEST_JPEG : 0);
}

void
campaign__manifest_files_of(unsigned present, const char *id, struct manifest_files *names)
{
	const char **paths[MANIFEST_KINDS] = { &names->pdf, &names->png, &names->qr_png, &names->qr_svg,
	                                       &names->social, &names->caption, &names->sheet };
	/* Only the files there are: a build without flyers formats no path. */
	for (int k = 0; k < MANIFEST_KINDS; k++) {
		const struct manifest_kind *kind = &campaign__manifest_kinds[k];
		*paths[k] = NULL;
		if (present & kind->bit) {
			const char *ext = kind->bit == MANIFEST_SOCIAL && (present & MANIFEST_JPEG) ? "jpg"
			                                                                            : kind->ext;
			snprintf(names->buf[k], sizeof(names->buf[k]), "%s/%s.%s", kind->dir, id, ext);
			*paths[k] = names->buf[k];
		}
	}
}
