/*
 * resolve's queries: campaign__id_query_read() on fuzzed text, then
 * campaign__id_query_landing() on it.
 *
 * Input: the query (up to the first NUL).
 *
 * Invariants: reading never fails but for memory; a query that is none of
 * the three kinds says why and keeps no text; a phone number has digits, in
 * ASCII; a hashtag starts with '#' and has more; reading what was read
 * again gives the same kind (and the same digits, or the same tag): the
 * forms resolve cleans up are cleaned up once and for all.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "fuzz_util.h"
#include "ids/id_query.h"
#include "util/utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_strndup(data, size);
	struct id_query q;
	FUZZ_CHECK(campaign__id_query_read(&q, text) == CAMPAIGN_OK);
	if (q.kind == ID_QUERY_NONE) {
		FUZZ_CHECK(q.why[0] && !q.text);
	} else {
		FUZZ_CHECK(q.text != NULL);
		size_t len = strlen(q.text);
		FUZZ_CHECK(campaign__utf8_validate(q.text, len) == len);
		if (q.kind == ID_QUERY_PHONE)
			FUZZ_CHECK(q.digits[0] && strspn(q.digits, "0123456789") == strlen(q.digits));
		if (q.kind == ID_QUERY_HASHTAG)
			FUZZ_CHECK(q.text[0] == '#' && q.text[1]);
		struct id_query again;
		FUZZ_CHECK(campaign__id_query_read(&again, q.text) == CAMPAIGN_OK);
		FUZZ_CHECK(again.kind == q.kind);
		if (q.kind == ID_QUERY_PHONE)
			FUZZ_CHECK(strcmp(again.digits, q.digits) == 0);
		if (q.kind == ID_QUERY_HASHTAG)
			FUZZ_CHECK(strcmp(again.text, q.text) == 0);
		campaign__id_query_free(&again);
		char *landing = NULL;
		FUZZ_CHECK(campaign__id_query_landing(q.text, &landing) == CAMPAIGN_OK);
		free(landing);
	}
	campaign__id_query_free(&q);
	free(text);
	return 0;
}
