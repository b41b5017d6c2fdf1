/*
 * The CSV reader of `rows:` tables (campaign__csv_parse).
 *
 * Invariants: a table that parses has a non-empty header of unique names
 * (rows refer to columns by name), every row has one cell per column, each
 * cell is valid UTF-8 without NUL, and row lines never go backwards.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "text/csv.h"
#include "fuzz_util.h"
#include "util/arena.h"
#include "util/utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	struct arena arena = { 0 };
	struct csv_table t;
	memset(&t, 0, sizeof(t));
	int rc = campaign__csv_parse(&t, (const char *)data, size, "fuzz.csv", &arena, diags);
	fuzz_check_diags(diags, rc);
	if (rc == CAMPAIGN_OK) {
		FUZZ_CHECK(t.columns > 0 && t.header[t.columns] == NULL);
		for (size_t c = 0; c < t.columns; c++) {
			FUZZ_CHECK(campaign__csv_column(&t, t.header[c]) == (long)c);
			FUZZ_CHECK(campaign__utf8_validate(t.header[c], strlen(t.header[c])) ==
			           strlen(t.header[c]));
		}
		for (size_t r = 0; r < t.rows; r++) {
			if (r > 0)
				FUZZ_CHECK(t.row_line[r] > t.row_line[r - 1]);
			for (size_t c = 0; c < t.columns; c++) {
				const char *cell = t.cells[r * t.columns + c].value;
				FUZZ_CHECK(t.cells[r * t.columns + c].key == t.header[c]);
				FUZZ_CHECK(cell != NULL);
				size_t len = strlen(cell);
				FUZZ_CHECK(campaign__utf8_validate(cell, len) == len);
			}
		}
	}
	campaign__arena_free(&arena);
	campaign_diags_free(diags);
	return 0;
}
