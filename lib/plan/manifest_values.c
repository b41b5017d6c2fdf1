#include "plan/manifest_values.h"

#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/record_values.h"
#include "plan/records.h"
#include "spec/spec_ids.h"
#include "text/textquote.h"
#include "text/unichar.h"
#include "util/text_hash.h"
#include "util/utf8.h"

/* Room for a problem: a character's name and why it matters. */
#define WHY_MAX 480

struct where {
	const char *file;
	unsigned long line, column;
	size_t index;
	const char *id;
	campaign_diags *diags;
	int status;
};

static void
refuse(struct where *w, const char *key, const char *value, const char *why)
{
	char quoted[160], id[96];
	campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, w->file, w->line,
	                   w->column, "damaged manifest: placement %zu ('%s'): \"%s\" '%s' is not one a "
	                   "build writes: %s; build again to write the manifest afresh", w->index + 1,
	                   campaign__quote_into(id, sizeof(id), w->id ? w->id : "?", 48), key,
	                   campaign__quote_into(quoted, sizeof(quoted), value, 64), why);
	w->status = CAMPAIGN_EINVALID;
}

/* The member key as a string, or NULL when absent; a member of another type is refused. */
static const char *
member(struct where *w, json_t *p, const char *key)
{
	json_t *v = json_object_get(p, key);
	if (v && !json_is_string(v)) {
		refuse(w, key, "(not a string)", "every value a build writes here is a string");
		return NULL;
	}
	return v ? json_string_value(v) : NULL;
}

/* What is wrong with one member's value, by its key (NULL: nothing); buf may hold the words. */
static const char *
value_problem(const char *key, const char *v, char *buf, size_t size)
{
	size_t at;
	uint32_t cp;
	if (strcmp(key, "id") == 0 || strcmp(key, "event") == 0)
		return campaign__id_problem(v);
	if (strcmp(key, "url") == 0)
		return campaign__record_url_problem(v, &at, buf, size);
	if (strcmp(key, "hashtag") == 0)
		return campaign__record_tag_problem(v, &at, buf, size);
	if (strcmp(key, "phone") == 0)
		return campaign__records_is_e164(v) ? NULL
		                                    : "a number is written in E.164, '+' and 7 to 15 digits";
	if (campaign__utf8_validate(v, strlen(v)) != strlen(v) ||
	    campaign__unichar_find(v, strlen(v), UNICHAR_INVISIBLE, &cp) >= 0)
		return "a number's display form holds no control, invisible or direction character";
	return NULL;
}

static void
check_value(struct where *w, const char *key, const char *v)
{
	char buf[WHY_MAX];
	const char *why = value_problem(key, v, buf, sizeof(buf));
	if (why)
		refuse(w, key, v, why);
}

/* The checked members, in the order their problems are reported. */
static const char *const checked_keys[] = { "id", "event", "url", "hashtag", "phone", "phone_display" };
#define CHECKED_KEYS (sizeof(checked_keys) / sizeof(checked_keys[0]))

int
campaign__manifest_check_placement(json_t *p, size_t index, const char *file, unsigned long line,
                                   unsigned long column, campaign_diags *diags)
{
	struct where w = { file, line, column, index, NULL, diags, CAMPAIGN_OK };
	if (!json_is_object(p)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
		                   "not a campaign manifest: placement %zu is not an object", index + 1);
		return CAMPAIGN_EINVALID;
	}
	w.id = member(&w, p, "id");
	for (size_t k = 0; k < CHECKED_KEYS; k++) {
		const char *v = k == 0 ? w.id : member(&w, p, checked_keys[k]);
		if (v)
			check_value(&w, checked_keys[k], v);
	}
	return w.status;
}

const struct manifest_placement *
campaign__manifest_placement_of(json_t *p, struct manifest_placement *v)
{
	v->id = json_string_value(json_object_get(p, "id"));
	v->event = json_string_value(json_object_get(p, "event"));
	v->url = json_string_value(json_object_get(p, "url"));
	v->hashtag = json_string_value(json_object_get(p, "hashtag"));
	v->phone = json_string_value(json_object_get(p, "phone"));
	v->phone_display = json_string_value(json_object_get(p, "phone_display"));
	v->short_url = json_string_value(json_object_get(p, "short_url"));
	v->made_from = json_string_value(json_object_get(p, "made_from"));
	return v;
}

/* The checked values of v, in the order of checked_keys. */
static void
checked_values(const struct manifest_placement *v, const char *values[CHECKED_KEYS])
{
	const char *const all[CHECKED_KEYS] = { v->id, v->event, v->url, v->hashtag, v->phone, v->phone_display };
	memcpy(values, all, sizeof(all));
}

int
campaign__manifest_check_values(const struct manifest_placement *v, size_t index, const char *file,
                                unsigned long line, unsigned long column, campaign_diags *diags)
{
	struct where w = { file, line, column, index, v->id, diags, CAMPAIGN_OK };
	const char *values[CHECKED_KEYS];
	checked_values(v, values);
	for (size_t k = 0; k < CHECKED_KEYS; k++)
		if (values[k])
			check_value(&w, checked_keys[k], values[k]);
	return w.status;
}

const char *
campaign__manifest_values_problem(const struct manifest_placement *v, const char **key,
                                  const char **value, char *buf, size_t size)
{
	const char *values[CHECKED_KEYS];
	checked_values(v, values);
	for (size_t k = 0; k < CHECKED_KEYS; k++) {
		const char *why = values[k] ? value_problem(checked_keys[k], values[k], buf, size) : NULL;
		if (why) {
			*key = checked_keys[k];
			*value = values[k];
			return why;
		}
	}
	return NULL;
}

int
campaign__manifest_check_text(const char *text, size_t len, const char *file, campaign_diags *diags)
{
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "the manifest starts with a byte order mark (U+FEFF), added by an "
		                   "editor; JSON has none: remove it, or build again");
		return CAMPAIGN_EINVALID;
	}
	if (campaign__utf16_bom(text, len)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 1, 1,
		                   "the manifest is UTF-16 (it starts with a UTF-16 byte order mark), "
		                   "saved so by an editor; a build writes UTF-8: build again");
		return CAMPAIGN_EINVALID;
	}
	const char *nul = memchr(text, '\0', len);
	if (nul) {
		unsigned long line, column;
		campaign__utf8_position(text, len, (size_t)(nul - text), &line, &column);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
		                   "the manifest holds a NUL byte, which no JSON text has: the file is "
		                   "damaged (cut off by a crash, or not a manifest); build again");
		return CAMPAIGN_EINVALID;
	}
	return CAMPAIGN_OK;
}

/* A value by its hash, then itself: a million URLs sharing their first 90 bytes sort by 8. */
struct hashed {
	uint64_t hash;
	size_t index;
};

static int
cmp_hashed(const void *a, const void *b, void *values_)
{
	const char *const *values = values_;
	const struct hashed *x = a, *y = b;
	if (x->hash != y->hash)
		return (x->hash > y->hash) - (x->hash < y->hash);
	int c = strcmp(values[x->index], values[y->index]);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

int
campaign__manifest_check_unique(const char *const *values, size_t count, const char *what,
                                const char *file, campaign_diags *diags)
{
	struct hashed *order = malloc((count + 1) * sizeof(*order));
	if (!order)
		return CAMPAIGN_ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < count; i++)
		if (values[i])
			order[n++] = (struct hashed){ campaign__text_hash(values[i]), i };
	qsort_r(order, n, sizeof(*order), cmp_hashed, (void *)values);
	/* Of the values found twice, the one first in byte order is reported, with its first two places. */
	const struct hashed *first = NULL;
	for (size_t k = 1; k < n; k++) {
		const char *v = values[order[k].index];
		if (order[k - 1].hash == order[k].hash && strcmp(values[order[k - 1].index], v) == 0 &&
		    (k < 2 || order[k - 2].hash != order[k].hash || strcmp(values[order[k - 2].index], v) != 0) &&
		    (!first || strcmp(v, values[first->index]) < 0))
			first = &order[k - 1];
	}
	int rc = CAMPAIGN_OK;
	if (first) {
		char quoted[160];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 0, 0,
		                   "damaged manifest: placements %zu and %zu have one %s, '%s': a build "
		                   "never writes that; build again to write the manifest afresh",
		                   first[0].index + 1, first[1].index + 1, what,
		                   campaign__quote_into(quoted, sizeof(quoted), values[first->index], 64));
		rc = CAMPAIGN_EINVALID;
	}
	free(order);
	return rc;
}
