#include "plan/manifest_values.h"

#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/record_values.h"
#include "plan/records.h"
#include "spec/spec_ids.h"
#include "text/textquote.h"
#include "text/unichar.h"
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
	const char *why, *v;
	char buf[WHY_MAX];
	size_t at;
	w.id = member(&w, p, "id");
	if (w.id && (why = campaign__id_problem(w.id)))
		refuse(&w, "id", w.id, why);
	if ((v = member(&w, p, "event")) && (why = campaign__id_problem(v)))
		refuse(&w, "event", v, why);
	if ((v = member(&w, p, "url")) && (why = campaign__record_url_problem(v, &at, buf, sizeof(buf))))
		refuse(&w, "url", v, why);
	if ((v = member(&w, p, "hashtag")) &&
	    (why = campaign__record_tag_problem(v, &at, buf, sizeof(buf))))
		refuse(&w, "hashtag", v, why);
	if ((v = member(&w, p, "phone")) && !campaign__records_is_e164(v))
		refuse(&w, "phone", v, "a number is written in E.164, '+' and 7 to 15 digits");
	uint32_t cp;
	if ((v = member(&w, p, "phone_display")) &&
	    (campaign__utf8_validate(v, strlen(v)) != strlen(v) ||
	     campaign__unichar_find(v, strlen(v), UNICHAR_INVISIBLE, &cp) >= 0))
		refuse(&w, "phone_display", v, "a number's display form holds no control, invisible or "
		                               "direction character");
	return w.status;
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

static int
cmp_index(const void *a, const void *b, void *values_)
{
	const char *const *values = values_;
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(values[x], values[y]);
	return c ? c : (x > y) - (x < y);
}

int
campaign__manifest_check_unique(const char *const *values, size_t count, const char *what,
                                const char *file, campaign_diags *diags)
{
	size_t *order = malloc((count + 1) * sizeof(*order));
	if (!order)
		return CAMPAIGN_ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < count; i++)
		if (values[i])
			order[n++] = i;
	qsort_r(order, n, sizeof(*order), cmp_index, (void *)values);
	int rc = CAMPAIGN_OK;
	for (size_t k = 1; k < n && rc == CAMPAIGN_OK; k++) {
		if (strcmp(values[order[k - 1]], values[order[k]]) != 0)
			continue;
		char quoted[160];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, 0, 0,
		                   "damaged manifest: placements %zu and %zu have one %s, '%s': a build "
		                   "never writes that; build again to write the manifest afresh",
		                   order[k - 1] + 1, order[k] + 1, what,
		                   campaign__quote_into(quoted, sizeof(quoted), values[order[k]], 64));
		rc = CAMPAIGN_EINVALID;
	}
	free(order);
	return rc;
}
