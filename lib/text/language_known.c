/*
 * campaign_language_known(): whether a language has built-in dates and
 * texts, for callers that must refuse the others (`render --lang xx`
 * would otherwise print English without a word), with the nearest known
 * tag for a message ("rus": did you mean "ru"?).
 */
#include <string.h>

#include "campaign/render.h"
#include "campaign/status.h"
#include "text/i18n.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* Room for every tag the tables have, ", " between them. */
#define KNOWN_LIST_MAX 512

static int
set_buf(campaign_buf *out, const char *text)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_adds(&b, text);
	return campaign__strbuf_to_buf(&b, out);
}

int
campaign_language_known(const char *tag, campaign_buf *nearest, campaign_buf *known)
{
	char list[KNOWN_LIST_MAX] = "";
	int is_known = tag && campaign__i18n_known(tag, list, sizeof(list));
	if (nearest) {
		nearest->ptr = NULL;
		nearest->size = 0;
	}
	if (known && set_buf(known, list))
		return CAMPAIGN_ENOMEM;
	if (is_known)
		return CAMPAIGN_OK;
	if (nearest && tag) {
		/* The list's own words are the candidates, cut apart in place. */
		struct suggester s;
		campaign__suggester_init(&s, tag);
		char *save = NULL;
		for (char *word = strtok_r(list, ", ", &save); word; word = strtok_r(NULL, ", ", &save))
			campaign__suggester_offer(&s, word);
		const char *best = campaign__suggester_best(&s);
		if (best && set_buf(nearest, best)) {
			if (known)
				campaign_buf_dispose(known);
			return CAMPAIGN_ENOMEM;
		}
	}
	return CAMPAIGN_EINVALID;
}
