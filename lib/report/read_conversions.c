/*
 * Conversions: a CRM's lead or deal export, or a form's. Bitrix24's lead
 * export carries UTM_SOURCE... columns and the contact's phone; a form's
 * has the hidden UTM fields it was sent with. A row names its placement by
 * its UTM values or the tracking number called, and its person by a phone
 * (linking their calls) or any key.
 */
#include <string.h>

#include "campaign/status.h"
#include "ids/url.h"
#include "trace_reader.h"

enum { TIME, PERSON, PHONE, SOURCE, MEDIUM, CAMPAIGN, CONTENT, TERM, CALLED, CONVERSION_ROLES };

static const char *const time_names[] = { "time", "date", "created", "date created",
	"created at", "datetime", "дата создания", "дата", "время", NULL };
static const char *const person_names[] = { "person", "contact", "client", "customer",
	"email", "e-mail", "id контакта", "контакт", "клиент", NULL };
static const char *const phone_names[] = { "phone", "phone number", "contact phone",
	"mobile", "рабочий телефон", "мобильный телефон", "телефон", NULL };
static const char *const source_names[] = { "utm_source", "utm source", NULL };
static const char *const medium_names[] = { "utm_medium", "utm medium", NULL };
static const char *const campaign_names[] = { "utm_campaign", "utm campaign", NULL };
static const char *const content_names[] = { "utm_content", "utm content", NULL };
static const char *const term_names[] = { "utm_term", "utm term", NULL };
static const char *const called_names[] = { "called", "tracking number", "number called",
	"called number", "номер отслеживания", NULL };

static const struct column_role conversion_roles[CONVERSION_ROLES] = {
	[TIME] = { "time", time_names, 0 },
	[PERSON] = { "person", person_names, 0 },
	[PHONE] = { "phone", phone_names, 0 },
	[SOURCE] = { "source", source_names, 0 },
	[MEDIUM] = { "medium", medium_names, 0 },
	[CAMPAIGN] = { "campaign", campaign_names, 0 },
	[CONTENT] = { "content", content_names, 0 },
	[TERM] = { "term", term_names, 0 },
	[CALLED] = { "called", called_names, 0 },
};

static int
on_header(void *ctx, const struct export_record *header, char delimiter)
{
	struct trace_reader *t = ctx;
	int rc = campaign__trace_header(t, conversion_roles, CONVERSION_ROLES, header, delimiter);
	if (rc == CAMPAIGN_OK && t->index[SOURCE] < 0 && t->index[CALLED] < 0 &&
	    t->index[PHONE] < 0 && t->index[PERSON] < 0) {
		campaign_diags_add(t->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, t->path,
		                   header->line, 1,
		                   "nothing links a conversion to a placement: no utm_source, called, "
		                   "phone or person column (name them with source=, called=, phone=, "
		                   "person=COLUMN)");
		rc = CAMPAIGN_EINVALID;
	}
	return rc;
}

/* The row's UTM values as a bare query, as a link would carry them. */
static void
utm_query(struct trace_reader *t, const struct export_record *rec, struct strbuf *q)
{
	static const struct {
		int role;
		const char *key;
	} params[] = { { SOURCE, "utm_source" }, { MEDIUM, "utm_medium" },
		       { CAMPAIGN, "utm_campaign" }, { CONTENT, "utm_content" }, { TERM, "utm_term" } };
	campaign__strbuf_reset(q);
	for (size_t i = 0; i < sizeof(params) / sizeof(params[0]); i++) {
		const char *v = campaign__trace_field(t, rec, (size_t)params[i].role);
		if (!v || !*v)
			continue;
		campaign__strbuf_adds(q, q->len ? "&" : "?");
		campaign__strbuf_adds(q, params[i].key);
		campaign__strbuf_addc(q, '=');
		campaign__url_encode_component(q, v, strlen(v));
	}
}

static int
on_conversion(void *ctx, const struct export_record *rec)
{
	struct trace_reader *t = ctx;
	t->in->pub.lines++;
	campaign_conversion c = { 0 };
	c.time = campaign__trace_time(t, rec, TIME);
	if (c.time < 0) {
		/* Paths are ordered by time: a conversion without one cannot be placed on its path. */
		const char *written = campaign__trace_field(t, rec, TIME);
		campaign__report_skip(t->report, t->in, rec->line, "%s",
		                      written && *written ? "the time of the conversion cannot be read"
		                                          : "no time the conversion happened");
		return CAMPAIGN_OK;
	}
	const char *phone = campaign__trace_field(t, rec, PHONE);
	c.person = phone && *phone ? phone : campaign__trace_field(t, rec, PERSON);
	c.called = campaign__trace_field(t, rec, CALLED);
	utm_query(t, rec, &t->scratch);
	if (t->scratch.status)
		return CAMPAIGN_ENOMEM;
	c.url = t->scratch.len ? t->scratch.ptr : NULL;
	int rc = campaign_report_add_conversion(t->report, &c, NULL);
	if (rc == CAMPAIGN_OK)
		t->in->pub.attributed++;
	else if (rc == CAMPAIGN_ENOTFOUND)
		t->in->pub.unattributed++;
	else
		return rc;
	return CAMPAIGN_OK;
}

int
campaign__read_conversions(struct trace_reader *t)
{
	struct export_reader reader = { on_header, on_conversion, campaign__trace_skip, t };
	return campaign__export_csv_read(t->path, &reader, t->diags);
}
