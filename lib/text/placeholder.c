#include "text/placeholder.h"

#include <string.h>

#include "campaign/status.h"

const char *const campaign__placeholder_names[] = {
	"campaign.name", "campaign.slug", "campaign.language",
	"event.id", "event.title", "event.date", "event.time", "event.venue",
	"placement.id", "placement.source", "placement.medium", "placement.content", "placement.term",
	"placement.language",
	"url", "url_display", "phone", "phone_e164", "tel", "hashtag", "short_url", "short_code", "row.*", "var.*", NULL,
};

const char *const campaign__placeholder_date_names[] = {
	"event.date_iso", "event.weekday", "event.day", "event.month", "event.year", NULL,
};

int
campaign__placeholder_is_defined(const struct placeholder_ref *ref)
{
	for (size_t i = 0; campaign__placeholder_names[i]; i++)
		if (campaign__placeholder_is(ref, campaign__placeholder_names[i]))
			return 1;
	for (size_t i = 0; campaign__placeholder_date_names[i]; i++)
		if (campaign__placeholder_is(ref, campaign__placeholder_date_names[i]))
			return 1;
	return 0;
}

int
campaign__placeholder_next(const char *text, size_t *pos, struct placeholder_ref *ref)
{
	const char *open = strstr(text + *pos, "{{");
	if (!open)
		return 0;
	ref->start = (size_t)(open - text);
	const char *close = strstr(open + 2, "}}");
	const char *brace = strchr(open + 2, '{');
	if (!close || (brace && brace < close)) {
		*pos = strlen(text);
		return -1;
	}
	const char *name = open + 2, *name_end = close;
	while (name < name_end && *name == ' ')
		name++;
	while (name_end > name && name_end[-1] == ' ')
		name_end--;
	ref->name = name;
	ref->len = (size_t)(name_end - name);
	ref->end = (size_t)(close + 2 - text);
	*pos = ref->end;
	return ref->len ? 1 : -1;
}

int
campaign__placeholder_is(const struct placeholder_ref *ref, const char *name)
{
	return strlen(name) == ref->len && memcmp(ref->name, name, ref->len) == 0;
}

int
campaign__placeholder_has_prefix(const struct placeholder_ref *ref, const char *prefix)
{
	size_t n = strlen(prefix);
	return ref->len > n && memcmp(ref->name, prefix, n) == 0;
}

int
campaign__placeholder_expand(struct strbuf *out, const char *text, placeholder_lookup lookup,
                             void *ctx, struct placeholder_ref *bad)
{
	size_t pos = 0, copied = 0;
	struct placeholder_ref ref;
	int found;
	while ((found = campaign__placeholder_next(text, &pos, &ref)) != 0) {
		const char *value = found > 0 ? lookup(ctx, &ref) : NULL;
		if (!value) {
			*bad = ref;
			return 1;
		}
		campaign__strbuf_add(out, text + copied, ref.start - copied);
		campaign__strbuf_adds(out, value);
		copied = ref.end;
	}
	campaign__strbuf_adds(out, text + copied);
	return out->status == CAMPAIGN_OK ? 0 : out->status;
}
