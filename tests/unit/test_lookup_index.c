/*
 * The URL index of a lookup (lib/plan/lookup_index.c), and its phone index
 * (lookup_phones.c): made once URL
 * queries repeat, it must find what the full scan finds, in the same
 * order, with the same closeness rule and the same superseded issues.
 * Every query is asked of a lookup still scanning (its first three URL
 * queries) and of one whose index is made, and the answers compared.
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api_check.h"
#include "plan/lookup_index.h"
#include "plan/resolve_internal.h"

static char scratch[] = "/tmp/campaign-lookup-index-XXXXXX";

/* Room for more matches than most queries have, and fewer than the shared ones: max is exercised too. */
#define MAX_MATCHES 6
/* The URL queries a lookup scans for before it makes its index (resolve.c). */
#define SCANNED_QUERIES 3

/* What a query found, kept after its lookup is freed. */
struct answer {
	int rc;
	size_t count;
	char ids[MAX_MATCHES][64];
	int released[MAX_MATCHES];
};

static void
ask(const campaign_lookup *l, const char *query, struct answer *a, campaign_diags *d)
{
	const campaign_lookup_entry *hits[MAX_MATCHES];
	memset(a, 0, sizeof(*a));
	campaign_diags_clear(d);
	a->rc = campaign_lookup_find(hits, MAX_MATCHES, &a->count, NULL, l, query, d);
	for (size_t i = 0; i < a->count && i < MAX_MATCHES; i++) {
		snprintf(a->ids[i], sizeof(a->ids[i]), "%s", hits[i]->id);
		a->released[i] = hits[i]->released != NULL;
	}
}

static void
expect_same(const struct answer *scan, const struct answer *indexed, const char *query)
{
	if (indexed->rc != scan->rc || indexed->count != scan->count)
		printf("#   query: %s\n", query);
	ASSERT_INT_EQ(indexed->rc, scan->rc);
	ASSERT_INT_EQ(indexed->count, scan->count);
	for (size_t i = 0; i < scan->count && i < MAX_MATCHES; i++) {
		ASSERT_STR_EQ(indexed->ids[i], scan->ids[i]);
		ASSERT_INT_EQ(indexed->released[i], scan->released[i]);
	}
}

static campaign_diags *
diags_new(void)
{
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	return d;
}

typedef campaign_lookup *(*lookup_maker)(campaign_diags *d);

/* Each query asked of a scanning lookup: a fresh one for every three queries. */
static struct answer *
scan_answers(lookup_maker make, const char *const *queries, size_t n, campaign_diags *d)
{
	struct answer *scan = calloc(n, sizeof(*scan));
	ASSERT_NOT_NULL(scan);
	for (size_t i = 0; i < n; i += SCANNED_QUERIES) {
		campaign_lookup *l = make(d);
		for (size_t k = i; k < n && k < i + SCANNED_QUERIES; k++)
			ask(l, queries[k], &scan[k], d);
		ASSERT_INT_EQ(l->url_index_made, 0); /* still scanning */
		campaign_lookup_free(l);
	}
	return scan;
}

/*
 * Each query asked of a scanning lookup and of one that made its index.
 * @return how many queries found something, so a caller can check the
 * comparison was not between empty answers.
 */
static size_t
compare_queries(lookup_maker make, const char *const *queries, size_t n, campaign_diags *d)
{
	struct answer *scan = scan_answers(make, queries, n, d);
	campaign_lookup *l = make(d);
	struct answer warm;
	for (size_t k = 0; k < SCANNED_QUERIES; k++)
		ask(l, "utm_source=warm", &warm, d);
	size_t found = 0;
	for (size_t k = 0; k < n; k++) {
		struct answer indexed;
		ask(l, queries[k], &indexed, d);
		expect_same(&scan[k], &indexed, queries[k]);
		found += scan[k].rc == CAMPAIGN_OK;
	}
	ASSERT_INT_EQ(l->url_index_made, 1);
	ASSERT_NOT_NULL(l->url_index);
	campaign_lookup_free(l);
	free(scan);
	return found;
}

static void
test_lookup_index__candidates_come_in_ascending_order(void)
{
	struct lookup_index *ix = campaign__lookup_index_new();
	ASSERT_NOT_NULL(ix);
	char key[] = "utm_source", content[] = "utm_content", a[] = "a", b[] = "b";
	struct url_param pa[2] = { { content, a }, { key, a } }, pb[2] = { { content, b }, { key, a } };
	/* Items 0..9: even ones have content a, odd ones b; 4 and 7 could not be taken apart. */
	for (uint32_t i = 0; i < 10; i++)
		ASSERT_INT_EQ(i == 4 || i == 7 ? campaign__lookup_index_add_always(ix, i)
		                               : campaign__lookup_index_add(ix, i, i % 2 ? pb : pa, 2),
		              CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__lookup_index_finish(ix), CAMPAIGN_OK);
	struct lookup_index_walk w;
	size_t got[16], n = 0, i;
	/* The rarest pair is content=b (odd items), merged with the items always checked. */
	campaign__lookup_index_walk(&w, ix, pb, 2);
	while (n < 16 && campaign__lookup_index_next(&w, &i))
		got[n++] = i;
	static const size_t want[] = { 1, 3, 4, 5, 7, 9 };
	ASSERT_INT_EQ(n, sizeof(want) / sizeof(want[0]));
	for (size_t k = 0; k < n; k++)
		ASSERT_INT_EQ(got[k], want[k]);
	/* A pair no item has leaves only the items always checked. */
	char c[] = "c";
	struct url_param pc[1] = { { content, c } };
	campaign__lookup_index_walk(&w, ix, pc, 1);
	n = 0;
	while (n < 16 && campaign__lookup_index_next(&w, &i))
		got[n++] = i;
	ASSERT_INT_EQ(n, 2);
	ASSERT_INT_EQ(got[0], 4);
	ASSERT_INT_EQ(got[1], 7);
	campaign__lookup_index_free(ix);
}

/* Placements in the manifest below. */
#define PLACEMENTS 3000

static char manifest_path[sizeof(scratch) + 32];

/*
 * Placements that share their source and medium, most with a content of
 * their own; some spelled with '%' escapes or '+', the same decoded values
 * written two ways; some sharing a content and differing in landing or
 * custom parameters; some with no URL at all.
 */
static void
write_manifest(void)
{
	snprintf(manifest_path, sizeof(manifest_path), "%s/manifest.json", scratch);
	FILE *f = fopen(manifest_path, "w");
	ASSERT_NOT_NULL(f);
	fputs("{\"placements\": [\n", f);
	for (int i = 0; i < PLACEMENTS; i++) {
		char content[64], tail[64] = "";
		const char *landing = "https://example.org/rally";
		if (i % 10 == 3) { /* a group of ten share one content: landing and params tell them apart */
			snprintf(content, sizeof(content), "shared_%d", i / 100);
			landing = i % 20 == 3 ? "https://example.org/rally" : "https://example.org/other";
			snprintf(tail, sizeof(tail), "&ref=r%d", i % 40 < 20);
		} else if (i % 10 == 5) {
			snprintf(content, sizeof(content), "caf%%C3%%A9+%d", i);
		} else if (i % 10 == 6) {
			snprintf(content, sizeof(content), "caf%%C3%%A9%%20%d", i - 1); /* item i-1's, escaped otherwise */
		} else {
			snprintf(content, sizeof(content), "c%d", i);
		}
		fprintf(f, "  {\"id\": \"p%d\"", i);
		if (i % 97 != 0)
			fprintf(f, ", \"url\": \"%s?utm_source=s%d&utm_medium=%s&utm_campaign=rally&utm_content=%s%s\"",
			        landing, i % 3, i % 2 ? "print" : "social", content, tail);
		fprintf(f, ", \"hashtag\": \"#Rally\"}%s\n", i + 1 < PLACEMENTS ? "," : "");
	}
	fputs("]}\n", f);
	ASSERT_INT_EQ(fclose(f), 0);
}

/* Full URLs, bare query strings, partial utm_* sets, unknown values. */
static const char *const manifest_queries[] = {
	"https://example.org/rally?utm_source=s1&utm_medium=print&utm_campaign=rally&utm_content=c1",
	"utm_content=c2&utm_source=s2&utm_medium=social",
	"utm_content=c2&utm_source=s0",              /* c2 is s2's: nothing */
	"utm_source=s0&utm_medium=social",           /* hundreds: more than max */
	"utm_campaign=rally",                        /* every placement with a URL */
	"utm_content=caf%C3%A9+5",                   /* p5 and p6: one value, two spellings */
	"utm_content=caf%C3%A9%205&utm_medium=print",
	"utm_content=caf\xC3\xA9 15",                /* typed decoded */
	"utm_content=shared_1",                      /* a group of ten */
	"https://example.org/rally?utm_content=shared_1",
	"https://example.org/rally?utm_content=shared_1&ref=r1",
	"https://example.org/other?utm_content=shared_1&ref=r0&gclid=x",
	"example.org/other?utm_content=shared_2&utm_source=s2",
	"utm_content=c0",                            /* p0 has no URL */
	"utm_content=c97",                           /* nor has p97 */
	"utm_content=c98&utm_source=s2",
	"utm_content=unknown",
	"utm_content=c1&utm_source=unknown",
	"utm_term=anything",
	"https://example.org/rally?UTM_CONTENT=c4",  /* keys any case */
	"utm_content=c7&utm_content=c8",             /* the first wins */
	"utm_content=&utm_source=s1",                /* an empty value is left out */
	"utm_content=c1",
};

static campaign_lookup *
manifest_lookup(campaign_diags *d)
{
	campaign_lookup *l = NULL;
	ASSERT_OK(campaign_lookup_load_manifest(&l, manifest_path, d), d);
	return l;
}

static void
test_lookup_index__a_manifest_finds_what_the_scan_finds(void)
{
	campaign_diags *d = diags_new();
	write_manifest();
	size_t n = sizeof(manifest_queries) / sizeof(manifest_queries[0]);
	ASSERT_TRUE(compare_queries(manifest_lookup, manifest_queries, n, d) >= n / 2);
	unlink(manifest_path);
	campaign_diags_free(d);
}

/* Threads asking one lookup at once, so that some cross the count that makes the index together. */
#define THREADS 4

struct asker {
	const campaign_lookup *l;
	size_t first; /* each thread starts at another query */
	struct answer answers[sizeof(manifest_queries) / sizeof(manifest_queries[0])];
	int diags_rc;
};

static gpointer
ask_every_query(gpointer data)
{
	struct asker *a = data;
	size_t n = sizeof(manifest_queries) / sizeof(manifest_queries[0]);
	campaign_diags *d = NULL; /* a thread's own: diagnostics are not shared */
	if ((a->diags_rc = campaign_diags_new(&d)) != CAMPAIGN_OK)
		return NULL;
	for (size_t k = 0; k < n; k++) {
		size_t q = (a->first + k) % n;
		ask(a->l, manifest_queries[q], &a->answers[q], d);
	}
	campaign_diags_free(d);
	return NULL;
}

static void
test_lookup_index__threads_find_what_the_scan_finds(void)
{
	campaign_diags *d = diags_new();
	write_manifest();
	size_t n = sizeof(manifest_queries) / sizeof(manifest_queries[0]);
	struct answer *scan = scan_answers(manifest_lookup, manifest_queries, n, d);
	campaign_lookup *l = manifest_lookup(d);
	static struct asker askers[THREADS];
	GThread *threads[THREADS];
	for (size_t t = 0; t < THREADS; t++) {
		askers[t].l = l;
		askers[t].first = t * 5;
		threads[t] = g_thread_new("asker", ask_every_query, &askers[t]);
	}
	for (size_t t = 0; t < THREADS; t++)
		g_thread_join(threads[t]);
	for (size_t t = 0; t < THREADS; t++) {
		ASSERT_INT_EQ(askers[t].diags_rc, CAMPAIGN_OK);
		for (size_t k = 0; k < n; k++)
			expect_same(&scan[k], &askers[t].answers[k], manifest_queries[k]);
	}
	ASSERT_NOT_NULL(l->url_index);
	campaign_lookup_free(l);
	free(scan);
	unlink(manifest_path);
	campaign_diags_free(d);
}

/* Two present placements, and issues the ledger keeps: one reissued, one released. */
static const char *spec_yaml =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"events:\n"
	"  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	"placements:\n"
	"  - { id: flyer, event: moscow, source: flyer, medium: print, content: now }\n"
	"  - { id: vk, event: moscow, source: vk, medium: social }\n";

static char ledger_path[sizeof(scratch) + 32];

/* What the lookups made below point into, freed when the test ends. */
#define PLAN_LOOKUPS 8
static campaign_spec *specs[PLAN_LOOKUPS];
static campaign_plan *plans[PLAN_LOOKUPS];
static size_t plans_made;

static campaign_lookup *
plan_lookup(campaign_diags *d)
{
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_load_string(&spec, spec_yaml, strlen(spec_yaml), "rally.yaml", scratch, d), d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	po.ledger_path = ledger_path;
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	campaign_lookup *l = NULL;
	ASSERT_OK(campaign_lookup_from_plan(&l, plan), d);
	/* The lookup points into the plan and the spec: they live until the test ends. */
	ASSERT_TRUE(plans_made < PLAN_LOOKUPS);
	specs[plans_made] = spec;
	plans[plans_made++] = plan;
	return l;
}

static void
test_lookup_index__released_and_reissued_issues_as_the_scan_has_them(void)
{
	campaign_diags *d = diags_new();
	snprintf(ledger_path, sizeof(ledger_path), "%s/rally.ledger", scratch);
	FILE *f = fopen(ledger_path, "w");
	ASSERT_NOT_NULL(f);
	/* flyer's earlier issue (its content was "then"), and a poster the spec no longer has. */
	fputs("# libcampaign ledger 1\n"
	      "flyer\tmoscow\t2026-11-01\t2026-11-10\t-\t#Rally\t"
	      "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=then\n"
	      "flyer\tmoscow\t2026-11-10\t-\t-\t#Rally\t"
	      "https://example.org/rally?utm_source=flyer&utm_medium=print&utm_campaign=rally&utm_content=now\n"
	      "poster\tmoscow\t2026-11-02\t2026-11-20\t-\t#Rally\t"
	      "https://example.org/rally?utm_source=flyer&utm_medium=outdoor&utm_campaign=rally\n",
	      f);
	ASSERT_INT_EQ(fclose(f), 0);
	static const char *const queries[] = {
		"utm_source=flyer",                  /* flyer now, its earlier issue superseded, poster */
		"utm_source=flyer&utm_content=then", /* the earlier issue alone */
		"utm_source=flyer&utm_medium=outdoor",
		"utm_campaign=rally",
		"utm_source=vk",
		"utm_source=none",
	};
	size_t n = sizeof(queries) / sizeof(queries[0]);
	ASSERT_TRUE(compare_queries(plan_lookup, queries, n, d) >= 4);
	/* The lookup does hold the released issues this test is about. */
	campaign_lookup *l = plan_lookup(d);
	size_t released = 0;
	for (size_t i = 0; i < l->count; i++)
		released += l->items[i].pub.released != NULL;
	ASSERT_INT_EQ(released, 2);
	campaign_lookup_free(l);
	for (size_t i = 0; i < plans_made; i++) {
		campaign_plan_free(plans[i]);
		campaign_spec_free(specs[i]);
	}
	unlink(ledger_path);
	campaign_diags_free(d);
}

/*
 * Phone queries (lookup_phones.c): the same comparison, warmed with phone
 * queries. Numbers that share their last ten digits in other countries,
 * shorter ones, and a placement without a number; queries typed every way.
 */
static char phones_path[sizeof(scratch) + 32];

static void
write_phone_manifest(void)
{
	snprintf(phones_path, sizeof(phones_path), "%s/phones.json", scratch);
	FILE *f = fopen(phones_path, "w");
	ASSERT_NOT_NULL(f);
	fputs("{\"placements\": [\n", f);
	for (int i = 0; i < 400; i++) {
		fprintf(f, "  {\"id\": \"p%d\", \"url\": \"https://example.org/?utm_source=s&utm_content=c%d\"", i, i);
		if (i % 50 == 7)
			; /* no number */
		else if (i % 10 == 3)
			fprintf(f, ", \"phone\": \"+1495123%04d\"", i - 3); /* the next one's last ten digits */
		else if (i % 25 == 1)
			fprintf(f, ", \"phone\": \"+7123%04d\"", i); /* eight digits */
		else
			fprintf(f, ", \"phone\": \"+7495123%04d\"", i);
		fprintf(f, "}%s\n", i + 1 < 400 ? "," : "");
	}
	fputs("]}\n", f);
	ASSERT_INT_EQ(fclose(f), 0);
}

static const char *const phone_queries[] = {
	"+74951230000",      /* p0 */
	"+7 (495) 123-00-04",
	"84951230004",       /* a trunk prefix: the last ten digits */
	"4951230010",        /* p10, and p13 in another country */
	"+14951230010",
	"+74951230010",
	"+71230001",         /* p1's short number, exactly */
	"1230001",           /* fewer digits than it: nothing */
	"7 123 00 26",       /* p26 */
	"+74951230007",      /* p7 has none */
	"+79999999999",
	"495123000",         /* nine digits: no number has them all */
	"+7 495 123 03 99",
};

static campaign_lookup *
phone_lookup(campaign_diags *d)
{
	campaign_lookup *l = NULL;
	ASSERT_OK(campaign_lookup_load_manifest(&l, phones_path, d), d);
	return l;
}

static void
test_lookup_index__phones_as_the_scan_finds_them(void)
{
	campaign_diags *d = diags_new();
	write_phone_manifest();
	size_t n = sizeof(phone_queries) / sizeof(phone_queries[0]);
	struct answer *scan = calloc(n, sizeof(*scan));
	ASSERT_NOT_NULL(scan);
	for (size_t i = 0; i < n; i += SCANNED_QUERIES) {
		campaign_lookup *l = phone_lookup(d);
		for (size_t k = i; k < n && k < i + SCANNED_QUERIES; k++)
			ask(l, phone_queries[k], &scan[k], d);
		ASSERT_NULL(l->phone_index); /* still scanning */
		campaign_lookup_free(l);
	}
	campaign_lookup *l = phone_lookup(d);
	struct answer warm;
	for (size_t k = 0; k < SCANNED_QUERIES; k++)
		ask(l, "+70000000000", &warm, d);
	size_t found = 0, several = 0;
	for (size_t k = 0; k < n; k++) {
		struct answer indexed;
		ask(l, phone_queries[k], &indexed, d);
		expect_same(&scan[k], &indexed, phone_queries[k]);
		found += scan[k].rc == CAMPAIGN_OK;
		several += scan[k].count > 1;
	}
	ASSERT_NOT_NULL(l->phone_index);
	ASSERT_TRUE(found >= 7);
	ASSERT_TRUE(several >= 2);
	campaign_lookup_free(l);
	free(scan);
	unlink(phones_path);
	campaign_diags_free(d);
}

/* A plan's lookup compares numbers by the spec's rules: the key is the number itself. */
static void
test_lookup_index__phones_by_the_spec_rules(void)
{
	static const char yaml[] =
		"campaign:\n"
		"  name: Rally\n"
		"  landing: https://example.org/rally\n"
		"  phones:\n"
		"    country_code: 7\n"
		"    trunk_prefix: \"8\"\n"
		"    pool: [\"+74951234501\", \"+74951234502\", \"+74951234503\"]\n"
		"events:\n"
		"  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
		"placements:\n"
		"  - { id: a, event: moscow, source: flyer, medium: print, content: a, phone: true }\n"
		"  - { id: b, event: moscow, source: flyer, medium: print, content: b, phone: true }\n"
		"  - { id: c, event: moscow, source: flyer, medium: print, content: c }\n";
	static const char *const queries[] = {
		"+74951234501", "8 (495) 123-45-02", "+7 495 123 45 03", "4951234501", "+14951234501",
		"+74951234509",
	};
	size_t n = sizeof(queries) / sizeof(queries[0]);
	campaign_diags *d = diags_new();
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_load_string(&spec, yaml, strlen(yaml), "rally.yaml", scratch, d), d);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	char ledger[sizeof(scratch) + 32];
	snprintf(ledger, sizeof(ledger), "%s/phones.ledger", scratch);
	po.ledger_path = ledger;
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	struct answer scan[6], indexed;
	campaign_lookup *l = NULL;
	for (size_t k = 0; k < n; k++) {
		if (k % SCANNED_QUERIES == 0) {
			campaign_lookup_free(l);
			ASSERT_OK(campaign_lookup_from_plan(&l, plan), d);
		}
		ask(l, queries[k], &scan[k], d);
	}
	campaign_lookup_free(l);
	ASSERT_OK(campaign_lookup_from_plan(&l, plan), d);
	ASSERT_TRUE(l->has_rules);
	for (size_t k = 0; k < SCANNED_QUERIES; k++)
		ask(l, "+70000000000", &indexed, d);
	size_t found = 0;
	for (size_t k = 0; k < n; k++) {
		ask(l, queries[k], &indexed, d);
		expect_same(&scan[k], &indexed, queries[k]);
		found += scan[k].rc == CAMPAIGN_OK;
	}
	ASSERT_NOT_NULL(l->phone_index);
	ASSERT_TRUE(found >= 3);
	campaign_lookup_free(l);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(d);
}

int
main(void)
{
	if (!mkdtemp(scratch))
		return 1;
	RUN(test_lookup_index__candidates_come_in_ascending_order);
	RUN(test_lookup_index__a_manifest_finds_what_the_scan_finds);
	RUN(test_lookup_index__threads_find_what_the_scan_finds);
	RUN(test_lookup_index__released_and_reissued_issues_as_the_scan_has_them);
	RUN(test_lookup_index__phones_as_the_scan_finds_them);
	RUN(test_lookup_index__phones_by_the_spec_rules);
	rmdir(scratch);
	return harness_done();
}
