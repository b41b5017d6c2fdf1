/*
 * The readers of `campaign report` (campaign_report_read): access logs and
 * CSV exports from anywhere, the least trusted input the product reads.
 * The first byte picks the format; the rest is the file.
 *
 * Invariants: every line read is accounted for exactly once (attributed,
 * unattributed, ignored or skipped); at most five problems are kept, in
 * line order; the counts never exceed the lines; and the report, whatever
 * was read, writes as a table, as CSV and as JSON that parses.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"

static const char spec_yaml[] =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"  hashtag: { scope: placement, from: '{{placement.id}}' }\n"
	"  phones: { country_code: 7, trunk_prefix: '8', pool: ['+74951234501', '+74951234502'] }\n"
	"events:\n"
	"  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	"placements:\n"
	"  - { id: gate, event: moscow, source: flyer, medium: print, content: gate, phone: true }\n"
	"  - { id: depot, event: moscow, source: flyer, medium: print, content: depot, phone: true }\n"
	"  - { id: vk, event: moscow, source: vk, medium: social }\n";

static campaign_plan *
the_plan(void)
{
	static campaign_spec *spec;
	static campaign_plan *plan;
	if (!plan) {
		campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
		po.now = 1795996800;
		if (campaign_spec_load_string(&spec, spec_yaml, sizeof(spec_yaml) - 1, "rally.yaml",
		                              fuzz_scratch_dir(), NULL) ||
		    campaign_plan_new(&plan, spec, &po, NULL))
			abort();
	}
	return plan;
}

static void
check_writes(const campaign_report *r)
{
	for (int f = CAMPAIGN_REPORT_TABLE; f <= CAMPAIGN_REPORT_JSON; f++) {
		campaign_buf out = CAMPAIGN_BUF_INIT;
		FUZZ_CHECK(campaign_report_write(&out, r, (campaign_report_format)f, NULL) == CAMPAIGN_OK);
		if (f == CAMPAIGN_REPORT_JSON) {
			json_t *doc = json_loadb(out.ptr, out.size, 0, NULL);
			FUZZ_CHECK(doc != NULL);
			json_decref(doc);
		}
		campaign_buf_dispose(&out);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	campaign_trace_format format = (campaign_trace_format)(1 + data[0] % 5);
	const char *path = fuzz_write_scratch("traces", data + 1, size - 1);
	campaign_diags *diags = NULL;
	campaign_report *r = NULL;
	if (campaign_diags_new(&diags) || campaign_report_new(&r, the_plan(), NULL, NULL))
		abort();
	int rc = campaign_report_read(r, format, path, NULL, diags);
	fuzz_check_diags(diags, rc);
	FUZZ_CHECK(rc == CAMPAIGN_OK || rc == CAMPAIGN_EINVALID);
	const campaign_report_input *in = campaign_report_input_get(r, 0);
	FUZZ_CHECK(in != NULL);
	FUZZ_CHECK(in->lines == in->attributed + in->unattributed + in->ignored + in->skipped);
	FUZZ_CHECK(in->problem_count <= 5 && in->problem_count <= in->skipped);
	for (size_t i = 1; i < in->problem_count; i++)
		FUZZ_CHECK(in->problems[i].line >= in->problems[i - 1].line);
	campaign_report_counts total;
	campaign_report_totals(r, &total);
	FUZZ_CHECK(total.scans <= total.visits && total.answered <= total.calls &&
	           total.callers <= total.calls && total.target_calls <= total.answered);
	check_writes(r);
	campaign_report_free(r);
	campaign_diags_free(diags);
	return 0;
}
