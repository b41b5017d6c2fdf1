/*
 * The plan written down for the flyers and the manifest (lib/build/build_entries.c):
 * every field of every placement comes back as the plan had it, from memory
 * and from the scratch file, after the plan and the spec are freed; a
 * scratch file cut short under the build is an I/O error, not garbage.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/build_entries.h"
#include "build/manifest.h"
#include "campaign/campaign.h"
#include "harness.h"
#include "plan/plan_internal.h"

static char dir[] = "/tmp/campaign-entries-XXXXXX";

static void
write_file(const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	ASSERT_NOT_NULL(f);
	fputs(text, f);
	fclose(f);
}

/* NULL and NULL are equal here; the harness's string check wants both set. */
static void
assert_same(const char *got, const char *want, const char *what, size_t i)
{
	if (!got && !want)
		return;
	if (!got || !want || strcmp(got, want) != 0)
		harness_fail(__FILE__, __LINE__, "entry %zu, %s: got \"%s\", expected \"%s\"", i, what,
		             got ? got : "(null)", want ? want : "(null)");
}

static void
assert_same_params(const campaign_param *got, size_t got_n, const campaign_param *want,
                   size_t want_n, size_t i)
{
	ASSERT_INT_EQ(got_n, want_n);
	for (size_t k = 0; k < want_n; k++) {
		assert_same(got[k].key, want[k].key, "param key", i);
		assert_same(got[k].value, want[k].value, "param value", i);
	}
}

/* Everything of placement i, from the plan, before it is freed. */
struct expected {
	campaign_assignment a;
	campaign_placement p;
	campaign_event e;
	struct yaml_pos node;
};

static void
assert_entry(const struct build_entry *got, const struct expected *want, size_t i)
{
	const campaign_assignment *a = &got->a, *wa = &want->a;
	ASSERT_TRUE(a->placement == &got->p);
	ASSERT_TRUE(a->event == &got->e);
	const char *pairs[][3] = {
		{ a->utm_source, wa->utm_source, "utm_source" },
		{ a->utm_medium, wa->utm_medium, "utm_medium" },
		{ a->utm_campaign, wa->utm_campaign, "utm_campaign" },
		{ a->utm_content, wa->utm_content, "utm_content" },
		{ a->utm_term, wa->utm_term, "utm_term" },
		{ a->url, wa->url, "url" },
		{ a->hashtag, wa->hashtag, "hashtag" },
		{ a->phone, wa->phone, "phone" },
		{ a->phone_display, wa->phone_display, "phone_display" },
		{ a->tel, wa->tel, "tel" },
		{ a->issued, wa->issued, "issued" },
		{ got->p.id, want->p.id, "id" },
		{ got->p.event, want->p.event, "event" },
		{ got->p.source, want->p.source, "source" },
		{ got->p.medium, want->p.medium, "medium" },
		{ got->p.content, want->p.content, "content" },
		{ got->p.term, want->p.term, "term" },
		{ got->p.source_platform, want->p.source_platform, "source_platform" },
		{ got->p.creative_format, want->p.creative_format, "creative_format" },
		{ got->p.marketing_tactic, want->p.marketing_tactic, "marketing_tactic" },
		{ got->p.landing, want->p.landing, "landing" },
		{ got->p.template_name, want->p.template_name, "template" },
		{ got->p.hashtag, want->p.hashtag, "placement hashtag" },
		{ got->p.rows_file, want->p.rows_file, "rows_file" },
		{ got->e.id, want->e.id, "event id" },
		{ got->e.title, want->e.title, "event title" },
		{ got->e.date, want->e.date, "event date" },
		{ got->e.time, want->e.time, "event time" },
		{ got->e.venue, want->e.venue, "event venue" },
		{ got->e.landing, want->e.landing, "event landing" },
		{ got->e.hashtag, want->e.hashtag, "event hashtag" },
	};
	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		assert_same(pairs[k][0], pairs[k][1], pairs[k][2], i);
	ASSERT_INT_EQ(a->phone_state, wa->phone_state);
	ASSERT_INT_EQ(got->p.phone, want->p.phone);
	ASSERT_INT_EQ(got->p.qr, want->p.qr);
	ASSERT_INT_EQ(got->p.row_number, want->p.row_number);
	ASSERT_INT_EQ(got->p.image_format, want->p.image_format);
	assert_same_params(got->p.params, got->p.param_count, want->p.params, want->p.param_count, i);
	assert_same_params(got->p.row, got->p.row_count, want->p.row, want->p.row_count, i);
	ASSERT_INT_EQ(got->line, want->node.line);
	ASSERT_INT_EQ(got->column, want->node.column);
}

/* Deep copies would be long; the spec and plan stay alive here and are freed after the checks. */
static struct expected *
expect_all(const campaign_plan *plan)
{
	struct expected *x = calloc(plan->count, sizeof(*x));
	ASSERT_NOT_NULL(x);
	for (size_t i = 0; i < plan->count; i++) {
		x[i].a = plan->items[i].pub;
		x[i].p = *plan->items[i].pub.placement;
		x[i].e = *plan->items[i].pub.event;
		x[i].node = plan->items[i].sp->at[PF_NODE];
	}
	return x;
}

static const char *spec_yaml =
	"campaign:\n"
	"  name: Rally\n"
	"  landing: https://example.org/rally\n"
	"  hashtag: { from: '{{event.title}} {{placement.content}}', scope: placement }\n"
	"  phones: { country_code: 7, trunk_prefix: '8', display: '+7 (XXX) XXX-XX-XX',\n"
	"            pool: ['+74951234501', '+74951234502', '+74951234503'] }\n"
	"events:\n"
	"  - { id: moscow, title: Rally for a living wage, date: 2026-12-05, time: '12:00',\n"
	"      venue: Gorky Park }\n"
	"placements:\n"
	"  - { id: vk, event: moscow, source: vk, medium: social, term: wage,\n"
	"      params: { ref: board }, image_format: jpeg }\n"
	"  - id: \"site-{{row.n}}\"\n"
	"    rows: sites.csv\n"
	"    event: moscow\n"
	"    source: flyer\n"
	"    medium: print\n"
	"    content: \"site {{row.name}}\"\n"
	"    phone: true\n"
	"    template: flyer-a6\n"
	"    params: { gate: \"{{row.n}}\" }\n";

static campaign_plan *
make_plan(campaign_spec **spec)
{
	write_file("rally.yaml", spec_yaml);
	write_file("sites.csv", "n,name\n1,Gate A\n2,\"Depot, north\"\n3,Станция\n");
	char path[512];
	snprintf(path, sizeof(path), "%s/rally.yaml", dir);
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_spec_load_file(spec, path, d), CAMPAIGN_OK);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	campaign_plan *plan = NULL;
	ASSERT_INT_EQ(campaign_plan_new(&plan, *spec, &po, d), CAMPAIGN_OK);
	campaign_diags_free(d);
	return plan;
}

static void
check_round_trip(int in_file)
{
	campaign_spec *spec = NULL;
	campaign_plan *plan = make_plan(&spec);
	ASSERT_INT_EQ(plan->count, 4);
	struct expected *want = expect_all(plan);
	int dirfd = in_file ? open(dir, O_RDONLY | O_DIRECTORY) : -1;
	ASSERT_TRUE(!in_file || dirfd >= 0);
	struct build_entries *x = NULL;
	ASSERT_INT_EQ(campaign__entries_write(&x, plan, dirfd, "out/rally", NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__entries_count(x), 4);
	const struct build_campaign *c = campaign__entries_campaign(x);
	ASSERT_STR_EQ(c->name, "Rally");
	ASSERT_STR_EQ(c->slug, "rally");
	ASSERT_STR_EQ(c->language, campaign_spec_language(spec));
	ASSERT_TRUE(strstr(c->file, "rally.yaml") != NULL);
	struct entry_reader rd = { 0 };
	/* Out of order, as workers read them. */
	for (size_t k = 0; k < 4; k++) {
		size_t i = (k * 3) % 4;
		const struct build_entry *e = NULL;
		ASSERT_INT_EQ(campaign__entries_read(x, i, &rd, &e, NULL), CAMPAIGN_OK);
		assert_entry(e, &want[i], i);
	}
	const struct build_entry *e = NULL;
	ASSERT_INT_EQ(campaign__entries_read(x, 4, &rd, &e, NULL), CAMPAIGN_EINVALID);
	/* What the plan held for the test, checked above, is the fixture; now the entries stand alone. */
	free(want);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	ASSERT_INT_EQ(campaign__entries_read(x, 2, &rd, &e, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(e->p.id, "site-2");
	ASSERT_STR_EQ(e->p.row[1].value, "Depot, north");
	ASSERT_STR_EQ(e->p.params[0].value, "2");
	ASSERT_STR_EQ(e->p.template_name, "flyer-a6");
	ASSERT_STR_EQ(e->e.venue, "Gorky Park");
	ASSERT_STR_EQ(e->a.phone_display, "+7 (495) 123-45-02");
	campaign__entry_reader_free(&rd);
	campaign__entries_free(x);
	if (dirfd >= 0)
		close(dirfd);
}

/* manifest.csv's guard against spreadsheet formulas (OWASP CSV injection). */
static void
test_manifest__csv_cells_a_spreadsheet_would_run(void)
{
	static const char *const unsafe[] = { "=1+1", "+7 (495) 123-45-01", "-495-123-45-01",
	                                      "@SUM(A1)", "\tx", "\rx", "-", "+", "+1e5",
	                                      "-1.5.2", "=HYPERLINK(\"http://x\")" };
	static const char *const safe[] = { "", "flyer", "#Rally", "https://example.org/",
	                                    "+74951234501", "-5", "12.50", "0", "a=b", "x+1" };
	for (size_t i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++)
		ASSERT_TRUE(campaign__csv_cell_unsafe(unsafe[i]));
	for (size_t i = 0; i < sizeof(safe) / sizeof(safe[0]); i++)
		ASSERT_TRUE(!campaign__csv_cell_unsafe(safe[i]));
	ASSERT_TRUE(!campaign__csv_cell_unsafe(NULL));
}

static void
test_build_entries__come_back_from_memory_as_the_plan_had_them(void)
{
	check_round_trip(0);
}

static void
test_build_entries__come_back_from_the_scratch_file_as_the_plan_had_them(void)
{
	check_round_trip(1);
}

/* The descriptor of the nameless scratch file in dir: /proc shows it as deleted. */
static int
find_scratch_fd(void)
{
	DIR *fds = opendir("/proc/self/fd");
	ASSERT_NOT_NULL(fds);
	int found = -1;
	struct dirent *de;
	while ((de = readdir(fds)) != NULL) {
		char link[300], target[600];
		snprintf(link, sizeof(link), "/proc/self/fd/%s", de->d_name);
		ssize_t n = readlink(link, target, sizeof(target) - 1);
		if (n <= 0)
			continue;
		target[n] = '\0';
		if (strncmp(target, dir, strlen(dir)) == 0 && strstr(target, "(deleted)"))
			found = atoi(de->d_name);
	}
	closedir(fds);
	return found;
}

/*
 * Many more records than one read-ahead holds, read from the file forwards,
 * backwards and by strides, each as the same record read from memory.
 */
static void
test_build_entries__read_ahead_gives_each_record_in_any_order(void)
{
	enum { ROWS = 3000 };
	FILE *csv = NULL;
	char path[512];
	snprintf(path, sizeof(path), "%s/many.csv", dir);
	ASSERT_NOT_NULL(csv = fopen(path, "w"));
	fputs("n,name\n", csv);
	for (int i = 0; i < ROWS; i++)
		fprintf(csv, "%d,Stop %d on a street with a long name by the market\n", i, i);
	fclose(csv);
	write_file("many.yaml", "campaign: { name: Many, landing: 'https://example.org/m' }\n"
	                        "events: [ { id: e, title: Many, date: 2026-12-05 } ]\n"
	                        "placements:\n"
	                        "  - { id: 's-{{row.n}}', rows: many.csv, event: e, source: flyer,\n"
	                        "      medium: print, content: '{{row.name}}' }\n");
	snprintf(path, sizeof(path), "%s/many.yaml", dir);
	campaign_spec *spec = NULL;
	ASSERT_INT_EQ(campaign_spec_load_file(&spec, path, NULL), CAMPAIGN_OK);
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800;
	snprintf(path, sizeof(path), "%s/many.ledger", dir);
	po.ledger_path = path;
	campaign_plan *plan = NULL;
	ASSERT_INT_EQ(campaign_plan_new(&plan, spec, &po, NULL), CAMPAIGN_OK);
	int dirfd = open(dir, O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	struct build_entries *file = NULL, *mem = NULL;
	ASSERT_INT_EQ(campaign__entries_write(&file, plan, dirfd, "out/many", NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__entries_write(&mem, plan, -1, NULL, NULL), CAMPAIGN_OK);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	ASSERT_INT_EQ(campaign__entries_count(file), ROWS);
	struct stat st;
	ASSERT_INT_EQ(fstat(find_scratch_fd(), &st), 0);
	ASSERT_TRUE(st.st_size > 4 * 256 * 1024); /* several read-aheads */
	struct entry_reader rd = { 0 }, rm = { 0 };
	const size_t strides[] = { 1, ROWS - 1, 7, 1231 }; /* forwards, backwards, two jumps */
	for (size_t s = 0; s < sizeof(strides) / sizeof(strides[0]); s++) {
		for (size_t k = 0, i = 0; k < ROWS; k++, i = (i + strides[s]) % ROWS) {
			const struct build_entry *f = NULL, *m = NULL;
			ASSERT_INT_EQ(campaign__entries_read(file, i, &rd, &f, NULL), CAMPAIGN_OK);
			ASSERT_INT_EQ(campaign__entries_read(mem, i, &rm, &m, NULL), CAMPAIGN_OK);
			assert_same(f->p.id, m->p.id, "id", i);
			assert_same(f->a.url, m->a.url, "url", i);
			assert_same(f->p.row[1].value, m->p.row[1].value, "row name", i);
			ASSERT_INT_EQ(f->p.row_number, i + 1);
		}
	}
	campaign__entry_reader_free(&rd);
	campaign__entry_reader_free(&rm);
	campaign__entries_free(file);
	campaign__entries_free(mem);
	close(dirfd);
}

static void
test_build_entries__a_scratch_file_cut_short_is_an_io_error(void)
{
	campaign_spec *spec = NULL;
	campaign_plan *plan = make_plan(&spec);
	int dirfd = open(dir, O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	struct build_entries *x = NULL;
	ASSERT_INT_EQ(campaign__entries_write(&x, plan, dirfd, "out/rally", NULL), CAMPAIGN_OK);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	int fd = find_scratch_fd();
	ASSERT_TRUE(fd >= 0);
	struct stat st;
	ASSERT_INT_EQ(fstat(fd, &st), 0);
	/* Half of the last record gone; then a record's own bytes changed. */
	ASSERT_INT_EQ(ftruncate(fd, st.st_size - 40), 0);
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	struct entry_reader rd = { 0 };
	const struct build_entry *e = NULL;
	ASSERT_INT_EQ(campaign__entries_read(x, 0, &rd, &e, d), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__entries_read(x, 3, &rd, &e, d), CAMPAIGN_EIO);
	ASSERT_NULL(e);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->file, "out/rally");
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
	              "cannot read the build's scratch file: Input/output error");
	uint32_t huge = 0xFFFFFFF0u;
	ASSERT_INT_EQ(pwrite(fd, &huge, sizeof(huge), 0), (ssize_t)sizeof(huge));
	ASSERT_INT_EQ(campaign__entries_read(x, 0, &rd, &e, d), CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_count(d), 2);
	campaign_diags_free(d);
	campaign__entry_reader_free(&rd);
	campaign__entries_free(x);
	close(dirfd);
}

/* manifest.json's text for the plan, with placement 1 given value under what (the plan's own when NULL). */
static int
write_manifest(const char *what, const char *value, campaign_diags *d, struct strbuf *out)
{
	campaign_spec *spec = NULL;
	campaign_plan *plan = make_plan(&spec);
	if (what && strcmp(what, "url") == 0)
		plan->items[1].pub.url = value;
	else if (what)
		plan->items[1].pub.phone_display = value;
	struct build_entries *x = NULL;
	ASSERT_INT_EQ(campaign__entries_write(&x, plan, -1, NULL, NULL), CAMPAIGN_OK);
	unsigned char present[4] = { 0 };
	struct manifest_out mo = { .fd = -1 };
	campaign__strbuf_init(&mo.buf, 0);
	int rc = campaign__manifest_json(&mo, x, present, NULL, d);
	campaign__strbuf_reset(out);
	campaign__strbuf_add(out, mo.buf.ptr ? mo.buf.ptr : "", mo.buf.len);
	campaign__strbuf_free(&mo.buf);
	campaign__entries_free(x);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

/*
 * manifest.json's writer guard, as the ledger's: a value its own reader
 * (resolve) refuses fails the write with an internal error naming the
 * placement, rather than a manifest no later read takes.
 */
static void
test_manifest__writer_refuses_what_its_reader_would(void)
{
	campaign_diags *d = NULL;
	campaign_diags_new(&d);
	struct strbuf out;
	campaign__strbuf_init(&out, 0);
	ASSERT_INT_EQ(write_manifest(NULL, NULL, d, &out), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign_diags_count(d), 0);
	ASSERT_TRUE(strstr(out.ptr, "\"id\": \"site-2\"") != NULL);
	ASSERT_INT_EQ(write_manifest("url", "https://x.org/a b", d, &out), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 1);
	const campaign_diag *diag = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(diag->file, "manifest.json");
	static const char said[] = "internal error: the manifest was not written: placement 'site-1' "
	                           "has \"url\" 'https://x.org/a b', which its reader refuses: ";
	ASSERT_TRUE(strncmp(diag->message, said, strlen(said)) == 0);
	/* A direction mark in the printed number: what the reader refuses in phone_display. */
	ASSERT_INT_EQ(write_manifest("phone_display", "+7 (495) \xE2\x80\x8F" "123-45-01", d, &out),
	              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(campaign_diags_count(d), 2);
	ASSERT_TRUE(strstr(campaign_diags_get(d, 1)->message, "\"phone_display\"") != NULL);
	campaign__strbuf_free(&out);
	campaign_diags_free(d);
}

int
main(void)
{
	if (!mkdtemp(dir))
		return 1;
	RUN(test_manifest__csv_cells_a_spreadsheet_would_run);
	RUN(test_manifest__writer_refuses_what_its_reader_would);
	RUN(test_build_entries__come_back_from_memory_as_the_plan_had_them);
	RUN(test_build_entries__come_back_from_the_scratch_file_as_the_plan_had_them);
	RUN(test_build_entries__a_scratch_file_cut_short_is_an_io_error);
	RUN(test_build_entries__read_ahead_gives_each_record_in_any_order);
	char path[512];
	const char *names[] = { "rally.yaml", "sites.csv", "rally.ledger" };
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
	return harness_done();
}
