/*
 * campaign_lookup_from_ledger() (lib/plan/resolve_ledger.c): a URL query
 * answered from the ledger must be answered exactly as the full plan
 * answers it, and every case where the two could differ must leave the
 * query to the plan. Each case is a spec, a ledger and a query: the plan's
 * answer (campaign_plan_new(), campaign_lookup_from_plan(),
 * campaign_lookup_find()) is compared field by field with the ledger's,
 * and whether the ledger answered at all is asserted, so that neither a
 * wrong fast answer nor a fast path that never runs can pass.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api_check.h"

static char scratch[] = "/tmp/campaign-resolve-ledger-XXXXXX";
static char spec_path[sizeof(scratch) + 32];
static char ledger_path[sizeof(scratch) + 32];
static char rows_path[sizeof(scratch) + 32];  /* rows.csv, for a spec of rows */
static char taken_path[sizeof(scratch) + 32]; /* taken.txt, for a spec that names it */

/* 2026-11-25, the day the ledgers below were written. */
#define NOW 1795564800

#define HEAD "# libcampaign ledger 2\n# campaign: rally\n"
#define URL_A "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=a"
#define URL_B "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=b"
#define LINE_A "p-a\tmoscow\t2026-11-20\t-\t-\t#Rally\t" URL_A "\n"
#define LINE_B "p-b\tmoscow\t2026-11-20\t-\t-\t#Rally\t" URL_B "\n"

#define SPEC_HEAD                                                 \
	"campaign:\n"                                             \
	"  name: Rally\n"                                         \
	"  landing: https://example.org/rally\n"                  \
	"events:\n"                                               \
	"  - { id: moscow, title: Rally, date: 2026-12-05 }\n"    \
	"placements:\n"
#define PLACEMENT_A "  - { id: p-a, event: moscow, source: flyer, medium: print, content: a }\n"
#define PLACEMENT_B "  - { id: p-b, event: moscow, source: flyer, medium: print, content: b }\n"
#define SPEC_AB SPEC_HEAD PLACEMENT_A PLACEMENT_B

/* What a query found, kept after its lookup is freed. */
struct answer {
	int rc;
	size_t count;
	char line[512]; /* the first match as `campaign resolve` prints it, and its released day */
};

static void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ASSERT_NOT_NULL(f);
	ASSERT_INT_EQ(fputs(text, f) >= 0, 1);
	ASSERT_INT_EQ(fclose(f), 0);
}

static void
ask(const campaign_lookup *l, const char *query, struct answer *a, campaign_diags *d)
{
	const campaign_lookup_entry *hit = NULL;
	a->rc = campaign_lookup_find(&hit, 1, &a->count, NULL, l, query, d);
	a->line[0] = '\0';
	if (a->rc == CAMPAIGN_OK)
		snprintf(a->line, sizeof(a->line), "%s %s %s %s %s %s %s", hit->id,
		         hit->event ? hit->event : "-", hit->url ? hit->url : "-",
		         hit->hashtag ? hit->hashtag : "-", hit->phone ? hit->phone : "-",
		         hit->phone_display ? hit->phone_display : "-", hit->released ? hit->released : "-");
}

static void
plan_answer(const campaign_spec *spec, const campaign_plan_options *po, const char *query,
            struct answer *a, campaign_diags *d)
{
	campaign_plan *plan = NULL;
	campaign_lookup *l = NULL;
	memset(a, 0, sizeof(*a));
	a->rc = campaign_plan_new(&plan, spec, po, d);
	if (a->rc == CAMPAIGN_OK)
		a->rc = campaign_lookup_from_plan(&l, plan);
	if (a->rc == CAMPAIGN_OK)
		ask(l, query, a, d);
	campaign_lookup_free(l);
	campaign_plan_free(plan);
}

/*
 * The spec and ledger written, the query asked both ways. fast: whether
 * the ledger must answer. found: whether the plan must (a case whose plan
 * fails shows what the ledger must not hide).
 */
static void
check(const char *what, const char *spec_text, const char *ledger_text, const char *query, int fast,
      int found)
{
	printf("# %s\n", what);
	put(spec_path, spec_text);
	put(ledger_path, ledger_text);
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_load_file(&spec, spec_path, d), d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = NOW;
	struct answer full;
	plan_answer(spec, &po, query, &full, d);
	ASSERT_INT_EQ(full.rc == CAMPAIGN_OK, found);
	size_t said = campaign_diags_count(d);
	campaign_lookup *l = NULL;
	ASSERT_INT_EQ(campaign_lookup_from_ledger(&l, spec, &po, query, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(d), said); /* nothing said: the plan says it */
	ASSERT_INT_EQ(l != NULL, fast);
	if (l) {
		struct answer quick;
		ask(l, query, &quick, d);
		ASSERT_INT_EQ(quick.rc, full.rc);
		ASSERT_INT_EQ(quick.count, full.count);
		ASSERT_STR_EQ(quick.line, full.line);
	}
	campaign_lookup_free(l);
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

static void
test_resolve_ledger__issued_urls_are_answered_as_the_plan_answers(void)
{
	check("the URL as issued", SPEC_AB, HEAD LINE_A LINE_B, URL_A, 1, 1);
	check("its parameters in another order, with a tracker and another scheme", SPEC_AB,
	      HEAD LINE_A LINE_B,
	      "http://example.org/rally?utm_content=b&utm_campaign=rally&gclid=x&utm_medium=print&utm_source=flyer",
	      1, 1);
	check("escaped as a visit arrives", SPEC_AB, HEAD LINE_A LINE_B,
	      "https://example.org/rally?utm_source=fl%79er&utm_medium=print&utm_campaign=rally&utm_content=%61",
	      1, 1);
	/* The plan gives the spec's event, whatever the ledger wrote. */
	check("an event the ledger names otherwise", SPEC_AB,
	      HEAD LINE_A "p-b\tkazan\t2026-11-20\t-\t-\t#Rally\t" URL_B "\n", URL_B, 1, 1);
	check("the event's tag, kept from the ledger", SPEC_AB,
	      HEAD "p-a\tmoscow\t2026-11-20\t-\t-\t#RallyOld\t" URL_A "\n"
	           "p-b\tmoscow\t2026-11-20\t-\t-\t#RallyOld\t" URL_B "\n", URL_B, 1, 1);
	/* Issued a tag of its own (under scope placement), it keeps it, with the plan's warning. */
	check("a tag of the placement's own, not the event's", SPEC_AB,
	      HEAD "p-a\tmoscow\t2026-11-20\t-\t-\t#RallyOld\t" URL_A "\n" LINE_B, URL_B, 0, 1);
	/* The campaign's own tag, by the hashtag stage's rule (plan_hashtags.c), shared. */
	check("the campaign's tag, a spec without events",
	      "campaign:\n  name: Rally\n  landing: https://example.org/rally\nplacements:\n"
	      "  - { id: p-a, source: flyer, medium: print, content: a }\n"
	      "  - { id: p-b, source: flyer, medium: print, content: b }\n",
	      HEAD "p-a\t-\t2026-11-20\t-\t-\t#RallyOld\t" URL_A "\n"
	           "p-b\t-\t2026-11-20\t-\t-\t#RallyOld\t" URL_B "\n",
	      URL_B, 1, 1);
	check("the campaign's tag, events named in a spec without events",
	      "campaign:\n  name: Rally\n  landing: https://example.org/rally\nplacements:\n"
	      "  - { id: p-a, event: ev-1, source: flyer, medium: print, content: a }\n"
	      "  - { id: p-b, event: ev-2, source: flyer, medium: print, content: b }\n",
	      HEAD "p-a\tev-1\t2026-11-20\t-\t-\t#RallyOld\t" URL_A "\n"
	           "p-b\tev-2\t2026-11-20\t-\t-\t#RallyOld\t" URL_B "\n",
	      URL_B, 1, 1);
}

static void
test_resolve_ledger__what_the_plan_would_answer_otherwise_is_left_to_it(void)
{
	/* A placement the ledger has not seen: the plan gives it a URL the query may name. */
	check("a placement added since", SPEC_AB, HEAD LINE_A, URL_A, 0, 1);
	/* One that left the spec: the plan releases it today, and lists it so. */
	check("a placement withdrawn since", SPEC_HEAD PLACEMENT_A, HEAD LINE_A LINE_B, URL_B, 0, 1);
	check("a placement withdrawn since, another named", SPEC_HEAD PLACEMENT_A, HEAD LINE_A LINE_B,
	      URL_A, 0, 1);
	check("a released issue named", SPEC_HEAD PLACEMENT_A,
	      HEAD LINE_A "p-b\tmoscow\t2026-11-20\t2026-11-22\t-\t#Rally\t" URL_B "\n", URL_B, 0, 1);
	check("a placement due for its reissue",
	      SPEC_HEAD PLACEMENT_A
	      "  - { id: p-b, event: moscow, source: flyer, medium: print, content: b, reissue: 2026-11-24 }\n",
	      HEAD LINE_A LINE_B, URL_A, 0, 1);
	check("a query two placements share", SPEC_AB, HEAD LINE_A LINE_B,
	      "utm_source=flyer&utm_medium=print", 0, 1);
	check("an event already past",
	      "campaign:\n  name: Rally\n  landing: https://example.org/rally\nevents:\n"
	      "  - { id: moscow, title: Rally, date: 2026-11-21 }\nplacements:\n" PLACEMENT_A PLACEMENT_B,
	      HEAD LINE_A LINE_B, URL_A, 0, 1);
	check("a hashtag query", SPEC_AB, HEAD LINE_A LINE_B, "#rally", 0, 1);
	check("a placement of the event without a tag in the ledger", SPEC_AB,
	      HEAD "p-a\tmoscow\t2026-11-20\t-\t-\t-\t" URL_A "\n"
	           "p-b\tmoscow\t2026-11-20\t-\t-\t-\t" URL_B "\n",
	      URL_A, 0, 1);
	check("a placement with a phone",
	      "campaign:\n  name: Rally\n  landing: https://example.org/rally\n"
	      "  phones: { country_code: 44, pool: [\"+44 7700 900123\", \"+44 20 7946 0958\"] }\n"
	      "events:\n  - { id: moscow, title: Rally, date: 2026-12-05 }\nplacements:\n"
	      "  - { id: p-a, event: moscow, source: flyer, medium: print, content: a, phone: true }\n"
	      PLACEMENT_B,
	      HEAD "p-a\tmoscow\t2026-11-20\t-\t+447700900123\t#Rally\t" URL_A "\n" LINE_B, URL_A, 0, 1);
}

/* Rows a..c as the ledger issued them (content: the row's name), and a spec of them. */
#define ROWS_ISSUED "code,name\na,a\nb,b\nc,c\n"
#define URL_C "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=c"
#define URL_Z "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=z"
#define LINE_C "p-c\tmoscow\t2026-11-20\t-\t-\t#Rally\t" URL_C "\n"
#define SPEC_ROWS \
	SPEC_HEAD "  - { id: \"p-{{row.code}}\", rows: rows.csv, event: moscow, source: flyer, medium: print, content: \"{{row.name}}\" }\n"

/*
 * A URL no issue has: the ledger cannot say the spec does not make it
 * now, or that the plan refuses the change that would.
 */
static void
test_resolve_ledger__a_url_no_issue_has_is_left_to_the_plan(void)
{
	check("a URL no issue has", SPEC_AB, HEAD LINE_A LINE_B,
	      "https://example.org/rally?utm_source=flyer&utm_content=c", 0, 0);
	put(rows_path, ROWS_ISSUED);
	check("a row's URL as issued", SPEC_ROWS, HEAD LINE_A LINE_B LINE_C, URL_C, 1, 1);
	/* Gate C -> Gate Z in the CSV: the plan refuses the new URL ("... would change"). */
	put(rows_path, "code,name\na,a\nb,b\nc,z\n");
	check("the URL a changed row would make", SPEC_ROWS, HEAD LINE_A LINE_B LINE_C, URL_Z, 0, 0);
	check("the URL a changed landing would make",
	      "campaign:\n  name: Rally\n  landing: https://example.org/rally2\nevents:\n"
	      "  - { id: moscow, title: Rally, date: 2026-12-05 }\nplacements:\n" PLACEMENT_A PLACEMENT_B,
	      HEAD LINE_A LINE_B,
	      "https://example.org/rally2?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=a",
	      0, 0);
	unlink(rows_path);
}

/* The taken hashtags list is a file the plan reads, and fails on when it cannot. */
#define SPEC_TAKEN                                                          \
	"campaign:\n  name: Rally\n  landing: https://example.org/rally\n"    \
	"  hashtag: { taken: taken.txt }\nevents:\n"                          \
	"  - { id: moscow, title: Rally, date: 2026-12-05 }\nplacements:\n" PLACEMENT_A PLACEMENT_B

static void
test_resolve_ledger__a_taken_list_is_left_to_the_plan(void)
{
	check("a taken list that is missing", SPEC_TAKEN, HEAD LINE_A LINE_B, URL_A, 0, 0);
	ASSERT_INT_EQ(mkdir(taken_path, 0700), 0);
	check("a taken list that is a directory", SPEC_TAKEN, HEAD LINE_A LINE_B, URL_A, 0, 0);
	ASSERT_INT_EQ(rmdir(taken_path), 0);
	put(taken_path, "#Other\n");
	check("a taken list that reads", SPEC_TAKEN, HEAD LINE_A LINE_B, URL_A, 0, 1);
	unlink(taken_path);
}

static void
test_resolve_ledger__what_the_plan_refuses_is_left_to_it(void)
{
	/* The spec changed the URL the ledger issued: the plan's error, not the ledger's answer. */
	check("a content changed since",
	      SPEC_HEAD "  - { id: p-a, event: moscow, source: flyer, medium: print, content: c }\n"
	      PLACEMENT_B,
	      HEAD LINE_A LINE_B, URL_A, 0, 0);
	check("a damaged ledger", SPEC_AB, HEAD LINE_A "p-b\tmoscow\tyesterday\n", URL_A, 0, 0);
	check("a ledger that gives one URL to two placements", SPEC_AB,
	      HEAD LINE_A "p-b\tmoscow\t2026-11-20\t-\t-\t#Rally\t" URL_A "\n", URL_A, 0, 0);
	check("a ledger issued to another campaign", SPEC_AB,
	      "# libcampaign ledger 2\n# campaign: other\n" LINE_A LINE_B, URL_A, 0, 0);
	check("a clock before the ledger's issues", SPEC_AB,
	      HEAD "p-a\tmoscow\t2026-12-20\t-\t-\t#Rally\t" URL_A "\n" LINE_B, URL_A, 0, 0);
}

int
main(void)
{
	if (!mkdtemp(scratch))
		return 1;
	snprintf(spec_path, sizeof(spec_path), "%s/rally.yaml", scratch);
	snprintf(ledger_path, sizeof(ledger_path), "%s/rally.ledger", scratch);
	snprintf(rows_path, sizeof(rows_path), "%s/rows.csv", scratch);
	snprintf(taken_path, sizeof(taken_path), "%s/taken.txt", scratch);
	RUN(test_resolve_ledger__issued_urls_are_answered_as_the_plan_answers);
	RUN(test_resolve_ledger__what_the_plan_would_answer_otherwise_is_left_to_it);
	RUN(test_resolve_ledger__a_url_no_issue_has_is_left_to_the_plan);
	RUN(test_resolve_ledger__a_taken_list_is_left_to_the_plan);
	RUN(test_resolve_ledger__what_the_plan_refuses_is_left_to_it);
	unlink(spec_path);
	unlink(ledger_path);
	rmdir(scratch);
	return harness_done();
}
