/*
 * The ledger reader (campaign__ledger_parse) and writer.
 *
 * Invariants: a ledger that reads is written back as text that reads again
 * and is written back byte for byte the same (a build that changes nothing
 * must not rewrite the file), and every entry can be found by its id.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"
#include "plan/ledger.h"
#include "util/strbuf.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	struct ledger l;
	int rc = campaign__ledger_parse(&l, (const char *)data, size, "fuzz.ledger", diags);
	fuzz_check_diags(diags, rc);
	if (rc == CAMPAIGN_OK) {
		for (size_t i = 0; i < l.count; i++) {
			/* The current issue is the id's last; every earlier one is released. */
			const struct ledger_entry *current = campaign__ledger_find(&l, l.entries[i].id);
			FUZZ_CHECK(current && current >= &l.entries[i]);
			FUZZ_CHECK(strcmp(current->id, l.entries[i].id) == 0);
			FUZZ_CHECK(current == &l.entries[i] || l.entries[i].released >= 0);
		}
		/* A build always names the campaign before it writes a ledger. */
		if (!l.campaign)
			l.campaign = "fuzz";
		struct strbuf once, twice;
		campaign__strbuf_init(&once, 0);
		campaign__strbuf_init(&twice, 0);
		FUZZ_CHECK(campaign__ledger_serialize(&l, &once, "fuzz.ledger", NULL) == CAMPAIGN_OK);
		struct ledger again;
		campaign_diags_clear(diags);
		rc = campaign__ledger_parse(&again, once.ptr, once.len, "again.ledger", diags);
		fuzz_check_diags(diags, rc);
		FUZZ_CHECK(rc == CAMPAIGN_OK);
		FUZZ_CHECK(again.count == l.count);
		FUZZ_CHECK(campaign__ledger_serialize(&again, &twice, "fuzz.ledger", NULL) == CAMPAIGN_OK);
		FUZZ_CHECK(once.len == twice.len && memcmp(once.ptr, twice.ptr, once.len) == 0);
		campaign__ledger_free(&again);
		campaign__strbuf_free(&once);
		campaign__strbuf_free(&twice);
	}
	campaign__ledger_free(&l);
	campaign_diags_free(diags);
	return 0;
}
