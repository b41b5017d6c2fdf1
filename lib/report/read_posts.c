/*
 * Posts and mentions: a social listening export or a hand-made list, one
 * post a line, with its text. A post counts once for each placement whose
 * hashtag it carries.
 */
#include "campaign/status.h"
#include "trace_reader.h"

enum { TEXT, TIME, POST_ROLES };

static const char *const text_names[] = { "text", "message", "content", "post", "body",
	"caption", "mention", "текст", "сообщение", "публикация", NULL };
static const char *const time_names[] = { "time", "date", "published", "created",
	"created at", "datetime", "время", "дата", NULL };

static const struct column_role post_roles[POST_ROLES] = {
	[TEXT] = { "text", text_names, 1 },
	[TIME] = { "time", time_names, 0 },
};

static int
on_header(void *ctx, const struct export_record *header, char delimiter)
{
	return campaign__trace_header(ctx, post_roles, POST_ROLES, header, delimiter);
}

static int
on_post(void *ctx, const struct export_record *rec)
{
	struct trace_reader *t = ctx;
	t->in->pub.lines++;
	const char *text = campaign__trace_field(t, rec, TEXT);
	int rc = campaign_report_add_post(t->report, campaign__trace_time(t, rec, TIME),
	                                  text ? text : "", NULL);
	if (rc == CAMPAIGN_OK)
		t->in->pub.attributed++;
	else if (rc == CAMPAIGN_ENOTFOUND)
		t->in->pub.ignored++; /* no tag of this campaign's: another campaign's post */
	else
		return rc;
	return CAMPAIGN_OK;
}

int
campaign__read_posts(struct trace_reader *t)
{
	struct export_reader reader = { on_header, on_post, campaign__trace_skip, t };
	return campaign__export_csv_read(t->path, &reader, t->diags);
}
