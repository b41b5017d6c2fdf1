/*
 * The documented error paths of the public functions that no other test
 * asserts with both their status and their message (issue 7), through the
 * public headers only, as any program calls them: each failure is checked
 * by the status returned, the status and exact message of its diagnostic,
 * and its file, line and column where the diagnostic has them. Runs in
 * tests/ (meson's workdir); every file it needs is made in a mkdtemp()
 * directory under /tmp and removed at the end.
 *
 * Not provoked here (each needs fault injection, or a library this test
 * does not link):
 *  - CAMPAIGN_ENOMEM of every function that documents it: campaign_diags_new,
 *    campaign_diags_add, campaign_hashtag_make(_at), _make_unique,
 *    campaign_hashtag_set_new, _set_add, _set_add_list, _set_load_file,
 *    campaign_phone_normalize(_at), _format, _mask_check, _tel_uri,
 *    campaign_utm_build, campaign_utm_apply_conventions, campaign_spec_load_file,
 *    _load_string, campaign_spec_new, _set_conventions, _set_allowed,
 *    _set_hashtag, _set_phones, _add_event, _add_placement, campaign_plan_new,
 *    campaign_build, campaign_qr_encode, campaign_qr_render, campaign_qr_write,
 *    campaign_qr_writer_new, _writer_add, campaign_qr_draw,
 *    campaign_template_load_file, _load_string, _open, _list,
 *    campaign_flyer_new, campaign_flyer_render, _write, campaign_format_date,
 *    campaign_proof_new, _add, _finish, campaign_lookup_from_plan,
 *    campaign_lookup_load_manifest;
 *  - CAMPAIGN_EIO when libpng, cairo or qpdf fail inside campaign_qr_render,
 *    campaign_flyer_render, campaign_proof_new, _add and _finish, and when
 *    syncfs() or fsync() fail (tests/fault does this with an LD_PRELOAD
 *    shim that fails the calls);
 *  - CAMPAIGN_EMISSING of campaign_flyer_new (no font can be loaded: needs
 *    a fontconfig without fonts for the whole process);
 *  - campaign_qr_draw and campaign_flyer_draw (<campaign/qr_cairo.h>,
 *    <campaign/render_cairo.h>), whose EIO needs a cairo context in error:
 *    this test links only campaign_dep, which gives no cairo (the EINVALID
 *    path of campaign_qr_draw is asserted in test_qr.c).
 *
 * Six tests marked "Found by this audit" failed when written: the library
 * did not keep what its headers promise, and was fixed. The message of a
 * manifest that is not JSON is jansson's own.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api_check.h"

static campaign_diags *d;
static char scratch[] = "/tmp/campaign-api-errors-XXXXXX";

/* A path in the scratch directory; each call has its own buffer, eight in turn. */
static const char *
path_of(const char *name)
{
	static char paths[8][600];
	static int next;
	char *p = paths[next++ % 8];
	snprintf(p, sizeof(paths[0]), "%s/%s", scratch, name);
	return p;
}

static void
write_file(const char *name, const char *text)
{
	FILE *f = fopen(path_of(name), "w");
	ASSERT_NOT_NULL(f);
	fputs(text, f);
	ASSERT_INT_EQ(fclose(f), 0);
}

/* A file of `size` zero bytes (sparse, so it costs no disk). */
static void
write_sized_file(const char *name, off_t size)
{
	int fd = open(path_of(name), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0);
	ASSERT_INT_EQ(ftruncate(fd, size), 0);
	close(fd);
}

/* A formatted message; each call has its own buffer, eight in turn. */
static const char *fmt(const char *format, ...) CAMPAIGN_PRINTF(1, 2);

static const char *
fmt(const char *format, ...)
{
	static char texts[8][1024];
	static int next;
	char *t = texts[next++ % 8];
	va_list ap;
	va_start(ap, format);
	vsnprintf(t, sizeof(texts[0]), format, ap);
	va_end(ap);
	return t;
}

static void
make_dir(const char *name)
{
	ASSERT_INT_EQ(mkdir(path_of(name), 0755), 0);
}

/*
 * Fails the test unless d holds a diagnostic with this status and message,
 * and that one has this file (NULL: none), line and column.
 */
static void
expect_at(const char *src, int src_line, int status, const char *message, const char *file,
          unsigned long line, unsigned long column)
{
	api_expect_diag(src, src_line, d, status, message);
	for (size_t i = 0; i < campaign_diags_count(d); i++) {
		const campaign_diag *g = campaign_diags_get(d, i);
		if (g->status != status || strcmp(g->message, message) != 0)
			continue;
		int same_file = file ? g->file && strcmp(g->file, file) == 0 : g->file == NULL;
		if (!same_file || g->line != line || g->column != column)
			harness_fail(src, src_line, "\"%s\" is at %s:%lu:%lu, expected %s:%lu:%lu",
			             message, g->file ? g->file : "(no file)", g->line, g->column,
			             file ? file : "(no file)", line, column);
		ASSERT_INT_EQ(g->severity, CAMPAIGN_SEVERITY_ERROR);
		return;
	}
}

/* Clears d, runs call, and checks its status and the place and text of its diagnostic. */
#define ASSERT_FAILS_AT(call, want, message, file, line, column)                            \
	do {                                                                                \
		campaign_diags_clear(d);                                                    \
		ASSERT_INT_EQ((call), (want));                                              \
		expect_at(__FILE__, __LINE__, (want), (message), (file), (line), (column)); \
	} while (0)

/* Hashtags. */

static void
test_api_errors__hashtag_make_bad_options_and_position(void)
{
	campaign_hashtag_options o = CAMPAIGN_HASHTAG_OPTIONS_INIT;
	o.version = 99;
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(campaign_hashtag_make(&out, "rally", &o, d), CAMPAIGN_EINVALID,
	                "hashtag text 'rally' cannot be used: unknown hashtag options version 99",
	                NULL, 0, 0);
	ASSERT_FAILS_AT(campaign_hashtag_make_at(&out, "2026", NULL, "spec.yaml", 9, 11, d),
	                CAMPAIGN_EINVALID,
	                "hashtag text '2026' has no letters to make a hashtag from", "spec.yaml", 9,
	                11);
	ASSERT_FAILS_AT(campaign_hashtag_make_at(&out, NULL, NULL, "spec.yaml", 3, 7, d),
	                CAMPAIGN_EINVALID, "hashtag text '' is missing", "spec.yaml", 3, 7);
	o = (campaign_hashtag_options)CAMPAIGN_HASHTAG_OPTIONS_INIT;
	o.script = CAMPAIGN_HASHTAG_SCRIPT_LATIN;
	ASSERT_FAILS_AT(
	        campaign_hashtag_make_at(&out, "Αθήνα", &o, "spec.yaml", 4, 2, d),
	        CAMPAIGN_EINVALID,
	        "hashtag text 'Αθήνα' has 'Α' (U+0391), which has no Latin form; use script "
	        "keep or write it in Latin letters",
	        "spec.yaml", 4, 2);
	ASSERT_NULL(out.ptr); /* untouched on failure */
}

static void
test_api_errors__hashtag_make_unique_bad_tags_and_lengths(void)
{
	campaign_hashtag_set *set = NULL;
	ASSERT_OK(campaign_hashtag_set_new(&set), d);
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(campaign_hashtag_make_unique(&out, "#", set, 30, d), CAMPAIGN_EINVALID,
	                "hashtag to make unique is empty or not valid UTF-8", NULL, 0, 0);
	ASSERT_FAILS_AT(campaign_hashtag_make_unique(&out, "Ra\xffly", set, 30, d),
	                CAMPAIGN_EINVALID, "hashtag to make unique is empty or not valid UTF-8",
	                NULL, 0, 0);
	ASSERT_FAILS_AT(campaign_hashtag_make_unique(&out, "Rally", NULL, 30, d), CAMPAIGN_EINVALID,
	                "hashtag to make unique is empty or not valid UTF-8", NULL, 0, 0);
	ASSERT_FAILS_AT(
	        campaign_hashtag_make_unique(&out, "#Rally", set, 0, d), CAMPAIGN_EINVALID,
	        "hashtag '#Rally' cannot be made unique: max_length is not between 1 and 200 "
	        "characters",
	        NULL, 0, 0);
	ASSERT_FAILS_AT(
	        campaign_hashtag_make_unique(&out, "#Rally", set, 201, d), CAMPAIGN_EINVALID,
	        "hashtag '#Rally' cannot be made unique: max_length is not between 1 and 200 "
	        "characters",
	        NULL, 0, 0);
	ASSERT_NULL(out.ptr);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 0); /* nothing was added */
	campaign_hashtag_set_free(set);
}

static void
test_api_errors__taken_list_larger_than_16_mib(void)
{
	write_sized_file("taken.txt", (off_t)16 * 1024 * 1024 + 1);
	campaign_hashtag_set *set = NULL;
	ASSERT_OK(campaign_hashtag_set_new(&set), d);
	const char *path = path_of("taken.txt");
	ASSERT_FAILS_AT(campaign_hashtag_set_load_file(set, path, d), CAMPAIGN_EINVALID,
	                "the taken hashtags list is larger than 16 MiB", path, 0, 0);
	ASSERT_INT_EQ(campaign_hashtag_set_count(set), 0);
	campaign_hashtag_set_free(set);
	unlink(path);
}

/* Phone numbers. */

static void
test_api_errors__phone_normalize_at_and_fixed_national_lengths(void)
{
	const campaign_phone_rules ru = { CAMPAIGN_PHONE_RULES_VERSION, 7, "8" };
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(
	        campaign_phone_normalize_at(&out, "8 (495) 12x", &ru, "spec.yaml", 14, 12, d),
	        CAMPAIGN_EINVALID,
	        "phone number '8 (495) 12x' contains the letter 'x'; a phone number has only "
	        "digits and separators",
	        "spec.yaml", 14, 12);
	ASSERT_FAILS_AT(campaign_phone_normalize_at(&out, " ", &ru, "spec.yaml", 2, 3, d),
	                CAMPAIGN_EINVALID, "phone number is empty", "spec.yaml", 2, 3);
	/* A country whose numbers have one length, without a trunk prefix. */
	const campaign_phone_rules us = { CAMPAIGN_PHONE_RULES_VERSION, 1, NULL };
	ASSERT_FAILS_AT(campaign_phone_normalize(&out, "555 0100", &us, d), CAMPAIGN_EINVALID,
	                "phone number '555 0100' has 7 digits; a national number in +1 has 10",
	                NULL, 0, 0);
	ASSERT_NULL(out.ptr);
}

static void
test_api_errors__phone_masks_not_utf8_or_too_long(void)
{
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(campaign_phone_format(&out, "+74951234501", "+7 \xff", d),
	                CAMPAIGN_EINVALID, "display mask '+7 ?' is not valid UTF-8", NULL, 0, 0);
	char mask[80];
	memset(mask, 'X', 65);
	mask[65] = '\0';
	ASSERT_FAILS_AT(
	        campaign_phone_format(&out, "+74951234501", mask, d), CAMPAIGN_EINVALID,
	        "display mask 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX...' is longer than 64 "
	        "characters",
	        NULL, 0, 0);
	ASSERT_NULL(out.ptr);
	const campaign_phone_rules ru = { CAMPAIGN_PHONE_RULES_VERSION, 7, "8" };
	ASSERT_FAILS_AT(campaign_phone_mask_check("8 (XXX) \xc3", &ru, "spec.yaml", 6, 14, d),
	                CAMPAIGN_EINVALID, "display mask '8 (XXX) ?' is not valid UTF-8",
	                "spec.yaml", 6, 14);
	ASSERT_FAILS_AT(
	        campaign_phone_mask_check(mask, NULL, "spec.yaml", 6, 14, d), CAMPAIGN_EINVALID,
	        "display mask 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX...' is longer than 64 "
	        "characters",
	        "spec.yaml", 6, 14);
	ASSERT_FAILS_AT(campaign_phone_mask_check("", &ru, "spec.yaml", 6, 14, d),
	                CAMPAIGN_EINVALID, "display mask is empty", "spec.yaml", 6, 14);
}

/* UTM links. */

static void
test_api_errors__utm_build_bad_params_and_landings(void)
{
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "flyer";
	utm.medium = "print";
	utm.campaign = "rally";
	campaign_buf out = CAMPAIGN_BUF_INIT;
	utm.param_count = 2;
	ASSERT_FAILS_AT(campaign_utm_build(&out, "https://example.org/", &utm, d),
	                CAMPAIGN_EINVALID, "param_count is 2 but params is NULL", NULL, 0, 0);
	const campaign_param bad_key[] = { { "ref\xc3", "x" } };
	utm.params = bad_key;
	utm.param_count = 1;
	ASSERT_FAILS_AT(campaign_utm_build(&out, "https://example.org/", &utm, d),
	                CAMPAIGN_EINVALID, "custom parameter 1 has a name that is not valid UTF-8",
	                NULL, 0, 0);
	utm.params = NULL;
	utm.param_count = 0;
	ASSERT_FAILS_AT(campaign_utm_build(&out, "https:///rally", &utm, d), CAMPAIGN_EINVALID,
	                "invalid landing URL 'https:///rally': URL has no host", NULL, 0, 0);
	ASSERT_FAILS_AT(campaign_utm_build(&out, "example.org/rally", &utm, d), CAMPAIGN_EINVALID,
	                "invalid landing URL 'example.org/rally': URL has no scheme; write it in "
	                "full, such as https://example.org/",
	                NULL, 0, 0);
	ASSERT_FAILS_AT(
	        campaign_utm_build(&out, "ftp://example.org/", &utm, d), CAMPAIGN_EINVALID,
	        "invalid landing URL 'ftp://example.org/': URL scheme 'ftp' cannot carry UTM "
	        "parameters; use an http or https URL",
	        NULL, 0, 0);
	/* A landing over the 16 KiB cap is too long by itself; it is quoted short. */
	size_t n = 16384 + 10;
	char *landing = malloc(n + 1);
	ASSERT_NOT_NULL(landing);
	memcpy(landing, "https://example.org/", 20);
	memset(landing + 20, 'a', n - 20);
	landing[n] = '\0';
	ASSERT_FAILS_AT(campaign_utm_build(&out, landing, &utm, d), CAMPAIGN_ETOOLONG,
	                "invalid landing URL 'https://example.org/"
	                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...': URL is "
	                "longer than 16384 bytes",
	                NULL, 0, 0);
	free(landing);
	/* Not in the header, but the message names the argument. */
	ASSERT_FAILS_AT(campaign_utm_build(NULL, "https://example.org/", &utm, d),
	                CAMPAIGN_EINVALID, "no output buffer given", NULL, 0, 0);
	ASSERT_NULL(out.ptr);
}

static void
test_api_errors__utm_conventions_bad_separator(void)
{
	campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
	conv.separator = "\xe2\x80";
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(campaign_utm_apply_conventions(&out, "Gate A", &conv, d), CAMPAIGN_EINVALID,
	                "UTM value or separator is not valid UTF-8", NULL, 0, 0);
	ASSERT_NULL(out.ptr);
}

/* A spec built in code. */

static campaign_spec *
new_spec(const char *landing)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = landing;
	so.base_dir = scratch;
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_new(&spec, "Rally", &so, d), d);
	return spec;
}

static void
add_event(campaign_spec *spec, const char *id, const char *title)
{
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = id;
	ev.title = title;
	ev.date = "2026-12-05";
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
}

static void
test_api_errors__spec_new_and_setters_exact_messages(void)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "ftp://example.org/";
	campaign_spec *spec = NULL;
	ASSERT_FAILS_AT(
	        campaign_spec_new(&spec, "Rally", &so, d), CAMPAIGN_EINVALID,
	        "bad landing URL in 'landing' of the campaign: URL scheme 'ftp' cannot carry "
	        "UTM parameters; use an http or https URL",
	        NULL, 0, 0);
	ASSERT_NULL(spec);

	spec = new_spec("https://example.org/");
	const char *values[] = { "print", "pe\xc3" };
	ASSERT_FAILS_AT(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_MEDIUM, values, 2, d),
	                CAMPAIGN_EINVALID,
	                "'value' is not valid UTF-8 in the allowed values of 'medium'", NULL, 0, 0);
	campaign_spec_hashtag h = CAMPAIGN_SPEC_HASHTAG_INIT;
	h.from = "{{event.title}} \xff";
	ASSERT_FAILS_AT(campaign_spec_set_hashtag(spec, &h, d), CAMPAIGN_EINVALID,
	                "'from' is not valid UTF-8 in hashtag", NULL, 0, 0);
	h.from = NULL;
	h.max_length = 140;
	ASSERT_FAILS_AT(campaign_spec_set_hashtag(spec, &h, d), CAMPAIGN_EINVALID,
	                "'max_length' must be from 2 to 139, not 140", NULL, 0, 0);

	const char *pool[] = { "+7 495 123-45-01", "call me" };
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	ph.country_code = 1000;
	ph.pool = pool;
	ph.pool_count = 1;
	ASSERT_FAILS_AT(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID,
	                "'country_code' must be from 1 to 999, not 1000", NULL, 0, 0);
	ph.country_code = 7;
	ph.trunk_prefix = "8";
	ph.display = "+7 (XXX) XXX-XX";
	ASSERT_FAILS_AT(
	        campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID,
	        "display mask '+7 (XXX) XXX-XX' has 8 X; numbers in +7 have 10 digits after "
	        "the country code",
	        NULL, 0, 0);
	ph.display = NULL;
	ph.pool_count = 2;
	ASSERT_FAILS_AT(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID,
	                "phone number 'call me' contains the letter 'c'; a phone number has only "
	                "digits and separators",
	                NULL, 0, 0);
	/* None of the failed calls set a pool: a placement still cannot ask for a number. */
	add_event(spec, "moscow", "Rally");
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "flyer";
	p.event = "moscow";
	p.source = "flyer";
	p.medium = "print";
	p.phone = 1;
	ASSERT_FAILS_AT(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID,
	                "'phone' in placement 'flyer' needs campaign_spec_set_phones() first", NULL,
	                0, 0);
	campaign_spec_free(spec);
}

/*
 * Found by this audit: campaign_spec_set_phones() (and the YAML loader)
 * accepted a trunk prefix of 1 to 4 digits, but every number is read with
 * rules that take 1 to 3 (phone.h), so each pool entry then failed. The
 * setter refuses it now, with the rule the numbers are read by.
 */
static void
test_api_errors__spec_set_phones_refuses_a_trunk_prefix_the_rules_refuse(void)
{
	campaign_spec *spec = new_spec("https://example.org/");
	const char *pool[] = { "+7 495 123-45-01" };
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	ph.country_code = 7;
	ph.trunk_prefix = "8888";
	ph.pool = pool;
	ph.pool_count = 1;
	ASSERT_FAILS_AT(campaign_spec_set_phones(spec, &ph, d), CAMPAIGN_EINVALID,
	                "'trunk_prefix' must be 1 to 3 digits, such as \"8\" or \"0\"", NULL, 0, 0);
	campaign_spec_free(spec);
}

static void
test_api_errors__spec_add_event_and_placement_exact_messages(void)
{
	campaign_spec *spec = new_spec("https://example.org/");
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = "rally";
	ev.title = "";
	ev.date = "2026-12-05";
	ASSERT_FAILS_AT(campaign_spec_add_event(spec, &ev, d), CAMPAIGN_EINVALID,
	                "'title' must not be empty in event 'rally'", NULL, 0, 0);
	ev.title = "Rally";
	ev.landing = "https://exa mple.org/";
	ASSERT_FAILS_AT(
	        campaign_spec_add_event(spec, &ev, d), CAMPAIGN_EINVALID,
	        "bad landing URL in 'landing' of event 'rally': URL contains a space; write it "
	        "as %20",
	        NULL, 0, 0);
	ASSERT_INT_EQ(campaign_spec_event_count(spec), 0);
	add_event(spec, "moscow", "Rally in Moscow");

	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "flyer";
	p.event = "zzz";
	p.source = "flyer";
	p.medium = "print";
	ASSERT_FAILS_AT(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID,
	                "unknown event 'zzz' in placement 'flyer'", NULL, 0, 0);
	p.event = "moscow";
	const campaign_param params[] = { { "ref", "g\xe2\x82" } };
	p.params = params;
	p.param_count = 1;
	ASSERT_FAILS_AT(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID,
	                "'params' is not valid UTF-8 in placement 'flyer'", NULL, 0, 0);
	p.params = NULL;
	p.param_count = 0;
	const campaign_param row[] = { { "", "Парк культуры" } };
	p.row = row;
	p.row_count = 1;
	ASSERT_FAILS_AT(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID,
	                "'row' must not be empty in placement 'flyer'", NULL, 0, 0);
	p.row = NULL;
	p.row_count = 2;
	ASSERT_FAILS_AT(campaign_spec_add_placement(spec, &p, d), CAMPAIGN_EINVALID,
	                "'row' is NULL with a count of 2 in placement 'flyer'", NULL, 0, 0);
	ASSERT_INT_EQ(campaign_spec_placement_count(spec), 0);
	campaign_spec_free(spec);
}

/* Loading a spec. */

/* A spec whose `rows:` (line 10, column 11) names the %s. */
#define ROWS_YAML_FORMAT                         \
	"campaign:\n"                            \
	"  name: Rally\n"                        \
	"  landing: https://example.org/rally\n" \
	"events:\n"                              \
	"  - id: moscow\n"                       \
	"    title: Rally\n"                     \
	"    date: 2026-12-05\n"                 \
	"placements:\n"                          \
	"  - id: \"p-{{row.code}}\"\n"           \
	"    rows: %s\n"                         \
	"    event: moscow\n"                    \
	"    source: poster\n"                   \
	"    medium: outdoor\n"

static void
test_api_errors__spec_load_io_errors(void)
{
	make_dir("dir.yaml");
	campaign_spec *spec = NULL;
	const char *dir = path_of("dir.yaml");
	ASSERT_FAILS_AT(campaign_spec_load_file(&spec, dir, d), CAMPAIGN_EIO,
	                fmt("cannot read '%s': it is a directory", dir), dir, 0, 0);
	ASSERT_NULL(spec);
	/* A rows table is named at the line that cites it. */
	const char *yaml = fmt(ROWS_YAML_FORMAT, "missing.csv");
	ASSERT_FAILS_AT(
	        campaign_spec_load_string(&spec, yaml, strlen(yaml), "rows.yaml", scratch, d),
	        CAMPAIGN_EIO,
	        fmt("cannot read '%s': No such file or directory", path_of("missing.csv")),
	        "rows.yaml", 10, 11);
	ASSERT_NULL(spec);
	make_dir("dir.csv");
	yaml = fmt(ROWS_YAML_FORMAT, "dir.csv");
	ASSERT_FAILS_AT(
	        campaign_spec_load_string(&spec, yaml, strlen(yaml), "rows.yaml", scratch, d),
	        CAMPAIGN_EIO, fmt("cannot read '%s': it is a directory", path_of("dir.csv")),
	        "rows.yaml", 10, 11);
	ASSERT_NULL(spec);
	/* The same spec written to a file reads its table beside it. */
	write_file("rows.yaml", yaml);
	const char *file = path_of("rows.yaml");
	ASSERT_FAILS_AT(campaign_spec_load_file(&spec, file, d), CAMPAIGN_EIO,
	                fmt("cannot read '%s': it is a directory", path_of("dir.csv")), file, 10,
	                11);
	ASSERT_NULL(spec);
}

/* The load options: paths kept to the spec's folder unless allowed, limits named. */
static void
test_api_errors__spec_load_ext_paths_and_limits(void)
{
	make_dir("spec");
	make_dir("tables");
	write_file("tables/codes.csv", "code\na\nb\nc\n");
	const char *yaml = fmt(ROWS_YAML_FORMAT, "../tables/codes.csv");
	write_file("spec/rows.yaml", yaml);
	const char *file = path_of("spec/rows.yaml");
	campaign_spec *spec = NULL;
	ASSERT_FAILS_AT(campaign_spec_load_file_ext(&spec, file, NULL, d), CAMPAIGN_EINVALID,
	                "'rows' names '../tables/codes.csv', outside the spec's folder: a spec may "
	                "name only files in its folder or below it (allow another folder with "
	                "--allow-path DIR)",
	                file, 10, 11);
	ASSERT_NULL(spec);
	campaign_spec_load_options o;
	ASSERT_OK(campaign_spec_load_options_init(&o, CAMPAIGN_SPEC_LOAD_OPTIONS_VERSION), d);
	const char *allowed[] = { path_of("tables"), NULL };
	o.allowed_dirs = allowed;
	ASSERT_OK(campaign_spec_load_file_ext(&spec, file, &o, d), d);
	ASSERT_INT_EQ(campaign_spec_placement_count(spec), 3);
	campaign_spec_free(spec);
	spec = NULL;
	o.max_table_rows = 2;
	ASSERT_FAILS_AT(campaign_spec_load_file_ext(&spec, file, &o, d), CAMPAIGN_EINVALID,
	                "more than 2 rows (the limit 'rows'; raise it with --limit rows=N)",
	                path_of("spec/../tables/codes.csv"), 4, 1);
	ASSERT_NULL(spec);
	o.max_table_rows = 0;
	ASSERT_FAILS_AT(campaign_spec_load_file_ext(&spec, file, &o, d), CAMPAIGN_EINVALID,
	                "campaign_spec_load_options: a limit must be at least 1", NULL, 0, 0);
	ASSERT_INT_EQ(campaign_spec_load_options_init(&o, 99), CAMPAIGN_EINVALID);
}

static void
test_api_errors__spec_load_string_too_large(void)
{
	size_t len = (size_t)16 * 1024 * 1024 + 1;
	char *big = malloc(len);
	ASSERT_NOT_NULL(big);
	memset(big, '#', len);
	campaign_spec *spec = NULL;
	ASSERT_FAILS_AT(
	        campaign_spec_load_string(&spec, big, len, "big.yaml", NULL, d), CAMPAIGN_EINVALID,
	        "the file is too large: 16777217 bytes; the limit is 16777216", "big.yaml", 1, 1);
	ASSERT_NULL(spec);
	free(big);
}

/*
 * Found by this audit: for a spec file larger than the limit,
 * campaign_spec_load_file() cleared the caller's sink before reporting the
 * size, losing every diagnostic collected before the call (diag.h: a sink
 * may be "a whole program's").
 */
static void
test_api_errors__spec_load_file_too_large_keeps_earlier_diagnostics(void)
{
	write_sized_file("big.yaml", (off_t)17 * 1024 * 1024);
	const char *path = path_of("big.yaml");
	campaign_diags_clear(d);
	ASSERT_OK(campaign_diags_add(d, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, "other.yaml", 2, 3,
	                             "an earlier warning"),
	          d);
	campaign_spec *spec = NULL;
	ASSERT_INT_EQ(campaign_spec_load_file(&spec, path, d), CAMPAIGN_EINVALID);
	ASSERT_NULL(spec);
	expect_at(__FILE__, __LINE__, CAMPAIGN_EINVALID,
	          "the file is too large; the limit is 16777216 bytes (the limit 'spec-bytes'; "
	                "raise it with --limit spec-bytes=N)", path, 1, 1);
	unlink(path);
	ASSERT_INT_EQ(campaign_diags_count(d), 2);
	ASSERT_STR_EQ(campaign_diags_get(d, 0)->message, "an earlier warning");
}

/* Plans. */

static campaign_spec *
load_yaml(const char *yaml)
{
	campaign_spec *spec = NULL;
	ASSERT_OK(campaign_spec_load_string(&spec, yaml, strlen(yaml), "rally.yaml", scratch, d),
	          d);
	return spec;
}

static campaign_plan_options
plan_options(const char *ledger)
{
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = 1795996800; /* 2026-11-30 */
	po.ledger_path = ledger;
	return po;
}

/*
 * A spec with the display mask %s at line 7, column 14, and the second pool
 * entry %s at line 10, column 9.
 */
#define PHONES_YAML_FORMAT                       \
	"campaign:\n"                            \
	"  name: Rally\n"                        \
	"  landing: https://example.org/rally\n" \
	"  phones:\n"                            \
	"    country_code: 7\n"                  \
	"    trunk_prefix: '8'\n"                \
	"    display: '%s'\n"                    \
	"    pool:\n"                            \
	"      - '+74951234501'\n"               \
	"      - %s\n"                           \
	"events:\n"                              \
	"  - id: moscow\n"                       \
	"    title: Rally\n"                     \
	"    date: 2026-12-05\n"                 \
	"placements:\n"                          \
	"  - { id: a, event: moscow, source: flyer, medium: print, phone: true }\n"

static void
test_api_errors__plan_bad_pool_and_mask_are_located(void)
{
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	campaign_spec *spec = load_yaml(fmt(PHONES_YAML_FORMAT, "+7 (XXX) XXX-XX-XX", "call me"));
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	                "phone number 'call me' contains the letter 'c'; a phone number has only "
	                "digits and separators",
	                "rally.yaml", 10, 9);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
	spec = load_yaml(fmt(PHONES_YAML_FORMAT, "+7 (XXX) XXX-XX-XX", "8 495 123-45-01"));
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	                "+74951234501 is in the pool twice; first at line 9", "rally.yaml", 10, 9);
	campaign_spec_free(spec);
	spec = load_yaml(fmt(PHONES_YAML_FORMAT, "+7 (XXX) XXX-XX", "'+74951234502'"));
	ASSERT_FAILS_AT(
	        campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	        "display mask '+7 (XXX) XXX-XX' has 8 X; numbers in +7 have 10 digits after "
	        "the country code",
	        "rally.yaml", 7, 14);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
}

static void
test_api_errors__plan_hashtag_without_letters_is_located(void)
{
	campaign_spec *spec =
	        load_yaml("campaign:\n"
	                  "  name: Rally\n"
	                  "  landing: https://example.org/rally\n"
	                  "events:\n"
	                  "  - id: may-day\n"
	                  "    title: '2026'\n" /* line 6, column 12: the title it is made from */
	                  "    date: 2026-05-01\n"
	                  "placements:\n"
	                  "  - { id: a, event: may-day, source: flyer, medium: print }\n");
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	                "hashtag text '2026' has no letters to make a hashtag from", "rally.yaml",
	                6, 12);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
}

static void
test_api_errors__plan_unreadable_ledger_and_taken_list(void)
{
	campaign_spec *spec =
	        load_yaml("campaign:\n"
	                  "  name: Rally\n"
	                  "  landing: https://example.org/rally\n"
	                  "events:\n"
	                  "  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	                  "placements:\n"
	                  "  - { id: a, event: moscow, source: flyer, medium: print }\n");
	campaign_plan *plan = NULL;
	make_dir("ledger-dir");
	const char *ledger = path_of("ledger-dir");
	campaign_plan_options po = plan_options(ledger);
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EIO,
	                fmt("cannot read '%s': it is a directory", ledger), ledger, 0, 0);
	ASSERT_NULL(plan);
	write_file("plain-file", "not a directory\n");
	ledger = path_of("plain-file/x.ledger");
	po = plan_options(ledger);
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EIO,
	                "cannot read the ledger: Not a directory", ledger, 0, 0);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);

	spec = load_yaml("campaign:\n"
	                 "  name: Rally\n"
	                 "  landing: https://example.org/rally\n"
	                 "  hashtag: { taken: no-such-list.txt }\n"
	                 "events:\n"
	                 "  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	                 "placements:\n"
	                 "  - { id: a, event: moscow, source: flyer, medium: print }\n");
	po = plan_options(path_of("none.ledger"));
	const char *taken = path_of("no-such-list.txt");
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EIO,
	                "cannot open the taken hashtags list: No such file or directory", taken, 0,
	                0);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
}

static void
test_api_errors__plan_pool_exhausted_for_a_spec_built_in_code(void)
{
	campaign_spec *spec = new_spec("https://example.org/");
	const char *pool[] = { "+7 495 123-45-01" };
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	ph.country_code = 7;
	ph.pool = pool;
	ph.pool_count = 1;
	ASSERT_OK(campaign_spec_set_phones(spec, &ph, d), d);
	add_event(spec, "moscow", "Rally");
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.event = "moscow";
	p.source = "flyer";
	p.medium = "print";
	p.phone = 1;
	p.id = p.content = "a";
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	p.id = p.content = "b";
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	ASSERT_FAILS_AT(
	        campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EEXHAUSTED,
	        "the phone pool is exhausted: 2 placements need a new number, 1 is free; add 1 "
	        "number to the pool. Left without a number: b",
	        NULL, 0, 0);
	ASSERT_NULL(plan);
	/* Not in the header, but the message names the arguments. */
	ASSERT_FAILS_AT(campaign_plan_new(&plan, NULL, &po, d), CAMPAIGN_EINVALID,
	                "campaign_plan_new: no spec given", NULL, 0, 0);
	po.now = CAMPAIGN_TIME_MAX + 1;
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	                "the clock (now) must be from 1970-01-01 to 9999-12-31 (0 to 253402300799 "
	                "seconds), not 253402300800",
	                NULL, 0, 0);
	po.now = -2;
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	                "the clock (now) must be from 1970-01-01 to 9999-12-31 (0 to 253402300799 "
	                "seconds), not -2",
	                NULL, 0, 0);
	campaign_spec_free(spec);
}

/*
 * Found by this audit: a value outside an allowed list of a spec built in
 * code was reported as "... conventions.allowed.medium (line 0)": there is
 * no line 0, the list came from campaign_spec_set_allowed(). The position
 * belongs only to a list read from a file.
 */
static void
test_api_errors__plan_allowed_list_of_a_built_spec_names_no_line(void)
{
	campaign_spec *spec = new_spec("https://example.org/");
	const char *media[] = { "print" };
	ASSERT_OK(campaign_spec_set_allowed(spec, CAMPAIGN_SPEC_UTM_MEDIUM, media, 1, d), d);
	add_event(spec, "moscow", "Rally");
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "post";
	p.event = "moscow";
	p.source = "vk";
	p.medium = "Social";
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	ASSERT_FAILS_AT(
	        campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_EINVALID,
	        "utm_medium 'social' is not in the allowed list of conventions.allowed.medium",
	        NULL, 0, 0);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
}

/*
 * A landing that fits the 16 KiB cap by itself but not with the UTM
 * parameters: CAMPAIGN_ETOOLONG, as campaign_utm_build() says (plan.h lists
 * it since this test found it missing).
 */
static void
test_api_errors__plan_landing_too_long_for_its_parameters(void)
{
	campaign_spec *spec = new_spec(NULL);
	add_event(spec, "moscow", "Rally");
	size_t n = 16360;
	char *landing = malloc(n + 1);
	ASSERT_NOT_NULL(landing);
	memcpy(landing, "https://example.org/", 20);
	memset(landing + 20, 'a', n - 20);
	landing[n] = '\0';
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "flyer";
	p.event = "moscow";
	p.source = "flyer";
	p.medium = "print";
	p.landing = landing;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d); /* 16,360 bytes: a valid landing */
	free(landing);
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	ASSERT_FAILS_AT(campaign_plan_new(&plan, spec, &po, d), CAMPAIGN_ETOOLONG,
	                "the URL with its UTM parameters would be longer than 16384 bytes", NULL, 0,
	                0);
	ASSERT_NULL(plan);
	campaign_spec_free(spec);
}

/* Builds. */

/* A spec built in code: one placement with a QR code and no template. */
static campaign_spec *
qr_spec(void)
{
	campaign_spec *spec = new_spec("https://example.org/rally");
	add_event(spec, "moscow", "Rally");
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "sticker";
	p.event = "moscow";
	p.source = "sticker";
	p.medium = "print";
	p.qr = 1;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	return spec;
}

static campaign_build_options
build_options(const char *out, const char *ledger)
{
	campaign_build_options bo = CAMPAIGN_BUILD_OPTIONS_INIT;
	bo.output_dir = out;
	bo.ledger_path = ledger;
	bo.now = 1795996800;
	bo.formats = CAMPAIGN_FORMAT_QR;
	return bo;
}

/*
 * What a template prints is checked against what each placement has before
 * anything is written: the message says what to add, and where; no ledger,
 * no output directory. A dry run (validate) reports the same.
 */
static void
test_api_errors__build_template_values_checked_before_anything_is_written(void)
{
	write_file("values.yaml", "template: values\n"
	                          "page: { size: A6 }\n"
	                          "elements:\n"
	                          "  - text: { text: \"{{event.title}} {{event.time}}\", at: [10mm, 10mm], width: 80mm }\n"
	                          "  - text: { text: \"{{phone}}\", at: [10mm, 30mm], width: 80mm }\n");
	campaign_spec *spec = new_spec("https://example.org/rally");
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	const char *pool[] = { "+74951234501" };
	ph.country_code = 7;
	ph.pool = pool;
	ph.pool_count = 1;
	ASSERT_OK(campaign_spec_set_phones(spec, &ph, d), d);
	add_event(spec, "moscow", "Rally");
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = "kazan";
	ev.title = "Rally";
	ev.date = "2026-12-06";
	ev.time = "12:00";
	ASSERT_OK(campaign_spec_add_event(spec, &ev, d), d);
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "flyer-a";
	p.event = "moscow";
	p.source = "flyer";
	p.medium = "print";
	p.content = "a";
	p.template_name = "values.yaml";
	p.phone = 1;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	p.id = "flyer-b";
	p.content = "b";
	p.phone = 0;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	p.id = "flyer-kazan";
	p.event = "kazan";
	p.content = "kazan";
	p.phone = 0;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);

	const char *out = path_of("out-values"), *ledger = path_of("values.ledger");
	for (int dry = 0; dry <= 1; dry++) {
		campaign_build_options bo = build_options(out, ledger);
		bo.formats = CAMPAIGN_FORMAT_PDF | CAMPAIGN_FORMAT_QR;
		bo.dry_run = dry;
		campaign_diags_clear(d);
		ASSERT_INT_EQ(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID);
		/* Once per event, not once per placement; then each placement without a number. */
		ASSERT_INT_EQ(campaign_diags_count(d), 4);
		ASSERT_STR_EQ(campaign_diags_get(d, 0)->message,
		              "template 'values.yaml' prints {{event.time}}, the event's time: add 'time:' "
		              "to event 'moscow'");
		ASSERT_STR_EQ(campaign_diags_get(d, 1)->message,
		              "placement 'flyer-a' uses template 'values.yaml' here");
		ASSERT_INT_EQ(campaign_diags_get(d, 1)->severity, CAMPAIGN_SEVERITY_NOTE);
		ASSERT_STR_EQ(campaign_diags_get(d, 2)->message,
		              "template 'values.yaml' prints {{phone}}, a tracking number: add 'phone: true' "
		              "to placement 'flyer-b'");
		ASSERT_STR_EQ(campaign_diags_get(d, 3)->message,
		              "template 'values.yaml' prints {{phone}}, a tracking number: add 'phone: true' "
		              "to placement 'flyer-kazan'");
		ASSERT_INT_EQ(campaign_diags_get(d, 0)->status, CAMPAIGN_EINVALID);
		ASSERT_INT_EQ(campaign_diags_get(d, 3)->status, CAMPAIGN_EINVALID);
		ASSERT_INT_EQ(access(out, F_OK), -1);
		ASSERT_INT_EQ(access(ledger, F_OK), -1);
	}
	campaign_spec_free(spec);
}

static void
test_api_errors__build_bad_options(void)
{
	campaign_spec *spec = qr_spec();
	campaign_build_options bo = build_options(path_of("out-options"), path_of("b.ledger"));
	bo.version = 7;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "campaign_build_options of unknown version 7 (this library knows 1 to 1)",
	                NULL, 0, 0);
	ASSERT_FAILS_AT(campaign_build(NULL, NULL, NULL, d), CAMPAIGN_EINVALID,
	                "campaign_build: no spec given", NULL, 0, 0);
	bo.version = CAMPAIGN_BUILD_OPTIONS_VERSION;
	/* 0 is never a stand-in for a default. */
	bo.dpi = 0;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "the resolution must be from 72 to 1200 dpi, not 0", NULL, 0, 0);
	bo.dpi = 300;
	bo.shard_count = 0;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "shard_count must be at least 1 (1: no sharding)", NULL, 0, 0);
	bo.formats = 1u << 5;
	bo.shard_count = 1;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "unknown formats 0x20", NULL, 0, 0);
	bo.formats = CAMPAIGN_FORMAT_QR;
	bo.png_compression = (campaign_png_compression)7;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "unknown PNG compression 7", NULL, 0, 0);
	bo.png_compression = CAMPAIGN_PNG_SMALL;
	bo.shard_count = 2;
	bo.shard_index = 2;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "shard 2 does not exist in 2 shards (they are 0 to 1)", NULL, 0, 0);
	campaign_spec_free(spec);
	/* A loaded spec names its file in the --only message. */
	spec = load_yaml("campaign:\n"
	                 "  name: Rally\n"
	                 "  landing: https://example.org/rally\n"
	                 "events:\n"
	                 "  - { id: moscow, title: Rally, date: 2026-12-05 }\n"
	                 "placements:\n"
	                 "  - { id: a, event: moscow, source: flyer, medium: print }\n");
	bo = build_options(path_of("out-only"), path_of("only.ledger"));
	const char *only[] = { "a", "b" };
	bo.only = only;
	bo.only_count = 2;
	campaign_buf dir = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(campaign_build(&dir, spec, &bo, d), CAMPAIGN_EINVALID,
	                "--only: no placement 'b' in rally.yaml", NULL, 0, 0);
	ASSERT_NULL(dir.ptr);
	/* Nothing is written when a check fails. */
	struct stat st;
	ASSERT_TRUE(stat(path_of("only.ledger"), &st) != 0);
	campaign_spec_free(spec);
}

static void
test_api_errors__build_cannot_write_its_directories(void)
{
	campaign_spec *spec = qr_spec();
	const char *ledger = path_of("no-such-dir/b.ledger");
	campaign_build_options bo = build_options(path_of("out-a"), ledger);
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EIO,
	                "cannot open the ledger's directory: No such file or directory", ledger, 0,
	                0);
	write_file("a-file", "x\n");
	const char *out = path_of("a-file/out");
	bo = build_options(out, path_of("b.ledger"));
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EIO,
	                "cannot create the output directory: Not a directory", out, 0, 0);
	/* A symbolic link planted where the QR codes go is not followed. */
	make_dir("out-link");
	make_dir("elsewhere");
	ASSERT_INT_EQ(symlink(path_of("elsewhere"), path_of("out-link/qr")), 0);
	out = path_of("out-link");
	bo = build_options(out, path_of("b.ledger"));
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EIO,
	                "is a symbolic link or not a directory; refusing to write through it",
	                path_of("out-link/qr"), 0, 0);
	struct stat st;
	ASSERT_TRUE(stat(path_of("elsewhere/sticker.png"), &st) != 0);
	campaign_spec_free(spec);
}

/* Takes the lock a build takes on `path`, as another build would; returns its descriptor. */
static int
hold_lock(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT, 0644);
	ASSERT_TRUE(fd >= 0);
	ASSERT_INT_EQ(flock(fd, LOCK_EX | LOCK_NB), 0);
	char pid[32];
	int n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
	ASSERT_INT_EQ(write(fd, pid, (size_t)n), n);
	return fd;
}

static void
test_api_errors__build_locked_by_another_build(void)
{
	campaign_spec *spec = qr_spec();
	char ledger[600], lock[700];
	snprintf(ledger, sizeof(ledger), "%s", path_of("locked.ledger"));
	snprintf(lock, sizeof(lock), "%s.lock", ledger);
	int fd = hold_lock(lock);
	const char *busy =
	        fmt("another build is running (process %ld holds this lock); wait for it to "
	            "finish",
	            (long)getpid());
	campaign_build_options bo = build_options(path_of("out-locked"), ledger);
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EIO, busy, lock, 0, 0);
	close(fd);
	unlink(lock);
	/* The output directory has its own lock. */
	make_dir("out-busy");
	snprintf(lock, sizeof(lock), "%s/.campaign.lock", path_of("out-busy"));
	fd = hold_lock(lock);
	bo = build_options(path_of("out-busy"), ledger);
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EIO, busy, lock, 0, 0);
	close(fd);
	/* A lock that cannot be made: a directory in its place. */
	snprintf(lock, sizeof(lock), "%s.lock", ledger);
	ASSERT_INT_EQ(mkdir(lock, 0755), 0);
	bo = build_options(path_of("out-locked"), ledger);
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EIO,
	                "cannot take the lock: it is a directory; remove it", lock, 0, 0);
	campaign_spec_free(spec);
}

/*
 * Found by this audit: build.h says "Nothing is written when any check
 * fails", but a build whose `only` named no placement had already made the
 * output directory when it said so.
 */
static void
test_api_errors__build_only_check_fails_before_making_the_output_directory(void)
{
	campaign_spec *spec = qr_spec();
	const char *out = path_of("out-never");
	campaign_build_options bo = build_options(out, path_of("never.ledger"));
	const char *only[] = { "nope" };
	bo.only = only;
	bo.only_count = 1;
	ASSERT_FAILS_AT(campaign_build(NULL, spec, &bo, d), CAMPAIGN_EINVALID,
	                "--only: no placement 'nope' in the spec", NULL, 0, 0);
	campaign_spec_free(spec);
	struct stat st;
	ASSERT_TRUE(stat(out, &st) != 0);
}

/* QR codes. */

static campaign_qr *
qr_of(const char *payload)
{
	campaign_qr *qr = NULL;
	ASSERT_OK(campaign_qr_encode(&qr, payload, strlen(payload), NULL, d), d);
	return qr;
}

static void
test_api_errors__qr_encode_bad_options(void)
{
	campaign_qr *qr = NULL;
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.ecc = (campaign_qr_ecc)4;
	ASSERT_FAILS_AT(campaign_qr_encode(&qr, "x", 1, &o, d), CAMPAIGN_EINVALID,
	                "error correction level must be L, M, Q or H", NULL, 0, 0);
	o = (campaign_qr_options)CAMPAIGN_QR_OPTIONS_INIT;
	o.eci = (campaign_qr_eci)3;
	ASSERT_FAILS_AT(campaign_qr_encode(&qr, "x", 1, &o, d), CAMPAIGN_EINVALID,
	                "unknown ECI mode", NULL, 0, 0);
	o = (campaign_qr_options)CAMPAIGN_QR_OPTIONS_INIT;
	o.min_version = -1;
	ASSERT_FAILS_AT(campaign_qr_encode(&qr, "x", 1, &o, d), CAMPAIGN_EINVALID,
	                "QR version must be between 1 and 40 (0: the smallest that fits)", NULL, 0,
	                0);
	ASSERT_NULL(qr);
}

static void
test_api_errors__qr_measure_and_check_print_bad_geometry(void)
{
	campaign_qr *qr = qr_of("x"); /* version 1: 21 modules, 29 with the quiet zone */
	campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
	g.version = 2;
	ASSERT_FAILS_AT(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_SVG, NULL, d),
	                CAMPAIGN_EINVALID, "QR geometry of unknown version 2", NULL, 0, 0);
	g.version = CAMPAIGN_QR_GEOMETRY_VERSION;
	ASSERT_FAILS_AT(campaign_qr_measure(&g, qr, (campaign_qr_format)8, NULL, d),
	                CAMPAIGN_EINVALID, "unknown QR output format 8", NULL, 0, 0);
	/* PNG|SVG compiles in C with gcc (tests/build/misuse.py has what refuses it): not here. */
	ASSERT_FAILS_AT(campaign_qr_measure(&g, qr, (campaign_qr_format)(CAMPAIGN_QR_FORMAT_PNG |
	                                                                  CAMPAIGN_QR_FORMAT_SVG),
	                                    NULL, d),
	                CAMPAIGN_EINVALID,
	                "QR output format 3 is a set of formats, not one: write each format in a "
	                "call of its own, or add the set to a writer",
	                NULL, 0, 0);
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.version = 5;
	ASSERT_FAILS_AT(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_SVG, &o, d),
	                CAMPAIGN_EINVALID, "QR options of unknown version 5", NULL, 0, 0);
	o = (campaign_qr_options)CAMPAIGN_QR_OPTIONS_INIT;
	o.module_mm = 0;
	ASSERT_FAILS_AT(
	        campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_PDF, &o, d), CAMPAIGN_EINVALID,
	        "QR module size must be more than 0 and at most 5000 mm, not 0 mm", NULL, 0, 0);
	o.module_mm = 0.04;
	ASSERT_FAILS_AT(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_PNG, &o, d),
	                CAMPAIGN_EINVALID,
	                "a QR module of 0.04 mm is less than one pixel at 300 dpi", NULL, 0, 0);
	o.module_mm = 200;
	ASSERT_FAILS_AT(campaign_qr_measure(&g, qr, CAMPAIGN_QR_FORMAT_SVG, &o, d),
	                CAMPAIGN_EINVALID,
	                "QR code would be 5800 mm wide; at most 5000 mm are allowed", NULL, 0, 0);
	ASSERT_INT_EQ(g.modules, 0); /* out is written only on success */
	o = (campaign_qr_options)CAMPAIGN_QR_OPTIONS_INIT;
	o.size_mm = 30;
	o.distance_mm = -5;
	ASSERT_FAILS_AT(
	        campaign_qr_check_print(qr, CAMPAIGN_QR_FORMAT_PDF, &o, "flyer.yaml", 12, 5, d),
	        CAMPAIGN_EINVALID, "scanning distance must be from 0 to under 1e9 mm, not -5 mm", "flyer.yaml",
	        12, 5);
	o.distance_mm = 0;
	o.dpi = 5000;
	/* No position asserted: an option error is reported without the one given. */
	ASSERT_FAILS_WITH(
	        campaign_qr_check_print(qr, CAMPAIGN_QR_FORMAT_PNG, &o, "flyer.yaml", 12, 5, d), d,
	        CAMPAIGN_EINVALID, "resolution must be between 72 and 2400 dpi, not 5000");
	campaign_qr_free(qr);
}

static void
test_api_errors__qr_render_and_write_failures(void)
{
	campaign_qr *qr = qr_of("https://example.org/rally?utm_source=sticker");
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.dpi = 10;
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ASSERT_FAILS_AT(campaign_qr_render(&out, qr, CAMPAIGN_QR_FORMAT_PNG, &o, d),
	                CAMPAIGN_EINVALID, "resolution must be between 72 and 2400 dpi, not 10",
	                NULL, 0, 0);
	ASSERT_NULL(out.ptr);
	ASSERT_INT_EQ(out.size, 0);
	ASSERT_FAILS_AT(campaign_qr_render(&out, qr, (campaign_qr_format)0, NULL, d),
	                CAMPAIGN_EINVALID, "unknown QR output format 0", NULL, 0, 0);

	make_dir("qr");
	int dirfd = open(path_of("qr"), O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	ASSERT_INT_EQ(mkdirat(dirfd, "taken.png", 0755), 0); /* a directory where the file goes */
	ASSERT_FAILS_AT(campaign_qr_write(dirfd, "taken.png", qr, CAMPAIGN_QR_FORMAT_PNG, NULL, d),
	                CAMPAIGN_EIO, "cannot write the file: it is a directory, not a regular file",
	                "taken.png", 0, 0);
	ASSERT_FAILS_AT(campaign_qr_write(dirfd, "sub/..", qr, CAMPAIGN_QR_FORMAT_SVG, NULL, d),
	                CAMPAIGN_EINVALID, "not a file name", "sub/..", 0, 0);
	ASSERT_FAILS_AT(campaign_qr_write(dirfd, "ok.png", qr, CAMPAIGN_QR_FORMAT_PNG, &o, d),
	                CAMPAIGN_EINVALID, "resolution must be between 72 and 2400 dpi, not 10",
	                NULL, 0, 0);
	ASSERT_TRUE(faccessat(dirfd, "ok.png", F_OK, 0) != 0);
	close(dirfd);
	campaign_qr_free(qr);
}

/* The number of entries of a scratch directory, "." and ".." aside (hidden temp files count). */
static int
entries_in(const char *name)
{
	DIR *dir = opendir(path_of(name));
	ASSERT_NOT_NULL(dir);
	int n = 0;
	for (struct dirent *e; (e = readdir(dir)) != NULL;)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(dir);
	return n;
}

static void
test_api_errors__qr_writer_failures(void)
{
	campaign_qr *qr = qr_of("https://example.org/rally?utm_source=sticker");
	make_dir("batch");
	int dirfd = open(path_of("batch"), O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	campaign_qr_writer *w = NULL;
	ASSERT_OK(campaign_qr_writer_new(&w, dirfd, "out/qr"), d);
	/* File not asserted: it names the stem, which is no file. */
	ASSERT_FAILS_WITH(campaign_qr_writer_add(w, "sticker", qr, 0, NULL, d), d,
	                  CAMPAIGN_EINVALID, "unknown set of QR output formats 0x0");
	ASSERT_FAILS_WITH(campaign_qr_writer_add(w, "sticker", qr, 8, NULL, d), d,
	                  CAMPAIGN_EINVALID, "unknown set of QR output formats 0x8");
	ASSERT_FAILS_AT(campaign_qr_writer_add(w, "a/b", qr, CAMPAIGN_QR_FORMAT_SVG, NULL, d),
	                CAMPAIGN_EINVALID, "not a plain file name", "out/qr/a/b.svg", 0, 0);
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	o.dpi = 10;
	ASSERT_FAILS_AT(campaign_qr_writer_add(w, "sticker", qr,
	                                       CAMPAIGN_QR_FORMATS_SVG | CAMPAIGN_QR_FORMATS_PNG, &o,
	                                       d),
	                CAMPAIGN_EINVALID, "resolution must be between 72 and 2400 dpi, not 10",
	                NULL, 0, 0);
	ASSERT_INT_EQ(entries_in("batch"), 0); /* the SVG made before the PNG failed is gone too */

	/* A directory where a file goes: refused as the file is added, and nothing is left. */
	ASSERT_INT_EQ(mkdirat(dirfd, "taken.png", 0755), 0);
	ASSERT_FAILS_AT(campaign_qr_writer_add(w, "taken", qr, CAMPAIGN_QR_FORMAT_PNG, NULL, d),
	                CAMPAIGN_EIO, "cannot write the file: it is a directory, not a regular file",
	                "out/qr/taken.png", 0, 0);
	ASSERT_INT_EQ(entries_in("batch"), 1); /* only the directory */
	ASSERT_OK(campaign_qr_writer_commit(w, d), d);
	campaign_qr_writer_free(w);

	/* A directory removed under the writer. */
	ASSERT_INT_EQ(unlinkat(dirfd, "taken.png", AT_REMOVEDIR), 0);
	ASSERT_INT_EQ(rmdir(path_of("batch")), 0);
	ASSERT_OK(campaign_qr_writer_new(&w, dirfd, "out/qr"), d);
	ASSERT_FAILS_AT(campaign_qr_writer_add(w, "sticker", qr, CAMPAIGN_QR_FORMAT_SVG, NULL, d),
	                CAMPAIGN_EIO,
	                "cannot create a temporary file next to it: No such file or directory",
	                "out/qr/sticker.svg", 0, 0);
	campaign_qr_writer_free(w);
	close(dirfd);
	campaign_qr_free(qr);
}

/* Templates. */

static campaign_template *
template_of(const char *yaml)
{
	campaign_template *t = NULL;
	ASSERT_OK(campaign_template_load_string(&t, yaml, strlen(yaml), "t.yaml", scratch, d), d);
	return t;
}

static void
test_api_errors__template_load_io_and_size(void)
{
	campaign_template *t = NULL;
	size_t len = (size_t)1024 * 1024 + 1;
	char *big = malloc(len);
	ASSERT_NOT_NULL(big);
	memset(big, '#', len);
	ASSERT_FAILS_AT(campaign_template_load_string(&t, big, len, "big.yaml", NULL, d),
	                CAMPAIGN_EINVALID, "the template is too large: the limit is 1048576 bytes",
	                "big.yaml", 0, 0);
	free(big);
	ASSERT_NULL(t);
	write_sized_file("big-template.yaml", (off_t)1024 * 1024 + 1);
	const char *path = path_of("big-template.yaml");
	ASSERT_FAILS_AT(campaign_template_load_file(&t, path, d), CAMPAIGN_EINVALID,
	                "the template is too large: the limit is 1048576 bytes", path, 0, 0);
	make_dir("dir-template.yaml");
	path = path_of("dir-template.yaml");
	ASSERT_FAILS_AT(campaign_template_load_file(&t, path, d), CAMPAIGN_EIO,
	                "cannot read the template: it is a directory", path, 0, 0);
	/* An image that cannot be read is an I/O error at the line that names it. */
	const char *yaml = "page: { size: A6 }\nelements:\n"
	                   "  - image: { src: gone.png, at: [1cm, 1cm], width: 3cm }\n";
	ASSERT_FAILS_AT(
	        campaign_template_load_string(&t, yaml, strlen(yaml), "t.yaml", scratch, d),
	        CAMPAIGN_EIO,
	        fmt("cannot read the image '%s': No such file or directory", path_of("gone.png")),
	        "t.yaml", 3, 19);
	ASSERT_NULL(t);
	/* A path goes to campaign_template_load_file(), search directories or not. */
	path = path_of("none.yaml");
	ASSERT_FAILS_AT(campaign_template_open(&t, path, NULL, d), CAMPAIGN_EIO,
	                "cannot read the template: No such file or directory", path, 0, 0);
}

static void
test_api_errors__template_open_missing_and_info_version(void)
{
	make_dir("templates");
	write_file("templates/flyer-a5.yaml", "page: { size: A5 }\nelements: []\n");
	const char *dirs[] = { path_of("templates"), NULL };
	campaign_template *t = NULL;
	/* A name that is none of the templates there is the input's mistake... */
	ASSERT_FAILS_AT(campaign_template_open(&t, "zzzzzzzz", dirs, d), CAMPAIGN_EINVALID,
	                "no built-in template 'zzzzzzzz' (run 'campaign templates' for the list)",
	                NULL, 0, 0);
	/* ...with no template anywhere, the installation is what is missing. */
	ASSERT_FAILS_AT(campaign_template_open(&t, "flyer-a5", NULL, d), CAMPAIGN_EMISSING,
	                "no built-in template 'flyer-a5': no template directory has any template "
	                "(is libcampaign installed?)",
	                NULL, 0, 0);
	ASSERT_FAILS_AT(campaign_template_open(&t, "flyer-a6", dirs, d), CAMPAIGN_EINVALID,
	                "no built-in template 'flyer-a6'; did you mean 'flyer-a5'?", NULL, 0, 0);
	ASSERT_NULL(t);
	ASSERT_OK(campaign_template_open(&t, "flyer-a5", dirs, d), d);
	campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
	info.version = 2;
	ASSERT_INT_EQ(campaign_template_get_info(&info, t), CAMPAIGN_EINVALID);
	ASSERT_NULL(info.name); /* left as it was */
	campaign_template_free(t);
}

/* Flyers. */

static void
test_api_errors__flyer_new_placeholders_text_and_options(void)
{
	campaign_template *t = template_of(
	        "page: { size: A6, safe: 5mm }\nelements:\n"
	        "  - text: { text: \"{{event.venue}}\", at: [8mm, 8mm], width: 80mm }\n"
	        "  - text: { text: \"{{event.weekday}}\", at: [8mm, 30mm], width: 80mm }\n");
	campaign_flyer *f = NULL;
	const campaign_param dated[] = { { "event.venue", "Gorky Park" },
		                         { "event.date", "5.12.2026" } };
	/* A date as the caller might print it is refused as the spec refuses it, never printed. */
	ASSERT_FAILS_AT(campaign_flyer_new(&f, t, dated, 2, NULL, d), CAMPAIGN_EINVALID,
	                "'event.date' must be a calendar date written YYYY-MM-DD, not '5.12.2026'",
	                NULL, 0, 0);
	const campaign_param late[] = { { "event.venue", "Gorky Park" }, { "event.date", "2026-12-05" },
		                        { "event.time", "24:00" } };
	ASSERT_FAILS_AT(campaign_flyer_new(&f, t, late, 3, NULL, d), CAMPAIGN_EINVALID,
	                "'event.time' must be a 24-hour time written HH:MM, not '24:00'", NULL, 0, 0);
	ASSERT_FAILS_AT(
	        campaign_flyer_new(&f, t, dated, 1, NULL, d), CAMPAIGN_EINVALID,
	        "no value for the placeholder '{{event.weekday}}': it is made from event.date, "
	        "which is not given",
	        "t.yaml", 4, 19);
	ASSERT_FAILS_AT(campaign_flyer_new(&f, t, NULL, 0, NULL, d), CAMPAIGN_EINVALID,
	                "no value for the placeholder '{{event.venue}}'", "t.yaml", 3, 19);
	const campaign_param not_utf8[] = { { "event.venue", "Gorky \xff" },
		                            { "event.date", "2026-12-05" } };
	ASSERT_FAILS_AT(campaign_flyer_new(&f, t, not_utf8, 2, NULL, d), CAMPAIGN_EINVALID,
	                "the text is not valid UTF-8 once filled in", "t.yaml", 3, 19);
	campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
	fo.version = 7;
	ASSERT_FAILS_AT(campaign_flyer_new(&f, t, dated, 2, &fo, d), CAMPAIGN_EINVALID,
	                "campaign_flyer_options of unknown version 7 (this library knows 1 to 1)", NULL, 0, 0);
	ASSERT_NULL(f);
	campaign_template_free(t);
}

static void
test_api_errors__flyer_new_qr_payload_too_long(void)
{
	campaign_template *t =
	        template_of("page: { size: A6, safe: 5mm }\nelements:\n"
	                    "  - qr: { data: \"{{url}}\", at: [10mm, 10mm], size: 40mm }\n");
	char *url = malloc(3001);
	ASSERT_NOT_NULL(url);
	memset(url, 'a', 3000);
	url[3000] = '\0';
	const campaign_param v[] = { { "url", url } };
	campaign_flyer *f = NULL;
	ASSERT_FAILS_AT(
	        campaign_flyer_new(&f, t, v, 1, NULL, d), CAMPAIGN_ETOOLONG,
	        "this QR code cannot be made: QR payload of 3000 bytes is too long: at most "
	        "2331 bytes fit with error correction M (2953 with L)",
	        "t.yaml", 3, 9);
	ASSERT_NULL(f);
	free(url);
	campaign_template_free(t);
}

static void
test_api_errors__flyer_render_and_write_failures(void)
{
	campaign_template *t =
	        template_of("page: { size: [700mm, 100mm], orientation: landscape }\nelements:\n"
	                    "  - rect: { at: [0, 0], size: [10mm, 10mm], fill: \"#c62828\" }\n");
	campaign_flyer *f = NULL;
	ASSERT_OK(campaign_flyer_new(&f, t, NULL, 0, NULL, d), d);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	campaign_buf out = CAMPAIGN_BUF_INIT;
	ro.version = 9;
	ASSERT_FAILS_AT(campaign_flyer_render(&out, f, &ro, d), CAMPAIGN_EINVALID,
	                "campaign_render_options of unknown version 9 (this library knows 1 to 1)", NULL, 0, 0);
	ro = (campaign_render_options)CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.format = (campaign_render_format)99;
	ASSERT_FAILS_AT(campaign_flyer_render(&out, f, &ro, d), CAMPAIGN_EINVALID,
	                "unknown render format 99", NULL, 0, 0);
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 71;
	ASSERT_FAILS_AT(campaign_flyer_render(&out, f, &ro, d), CAMPAIGN_EINVALID,
	                "the resolution must be from 72 to 1200 dpi, not 71", NULL, 0, 0);
	ro.dpi = 1200; /* 700 mm at 1200 dpi */
	ASSERT_FAILS_AT(
	        campaign_flyer_render(&out, f, &ro, d), CAMPAIGN_EINVALID,
	        "a PNG of this page at 1200 dpi would be 33071 pixels wide; the limit is 32767 "
	        "(lower the dpi)",
	        NULL, 0, 0);
	ASSERT_NULL(out.ptr);
	make_dir("flyers");
	int dirfd = open(path_of("flyers"), O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd >= 0);
	ASSERT_FAILS_AT(
	        campaign_flyer_write(dirfd, "a.png", f, &ro, d), CAMPAIGN_EINVALID,
	        "a PNG of this page at 1200 dpi would be 33071 pixels wide; the limit is 32767 "
	        "(lower the dpi)",
	        NULL, 0, 0);
	ASSERT_TRUE(faccessat(dirfd, "a.png", F_OK, 0) != 0);
	ASSERT_FAILS_AT(campaign_flyer_write(dirfd, "no-such-dir/flyer.pdf", f, NULL, d),
	                CAMPAIGN_EIO, "cannot open its directory: No such file or directory",
	                "no-such-dir/flyer.pdf", 0, 0);
	ASSERT_INT_EQ(mkdirat(dirfd, "taken.pdf", 0755), 0);
	ASSERT_FAILS_AT(campaign_flyer_write(dirfd, "taken.pdf", f, NULL, d), CAMPAIGN_EIO,
	                "cannot write the file: it is a directory, not a regular file", "taken.pdf",
	                0, 0);
	ASSERT_INT_EQ(entries_in("flyers"), 1); /* no temp file left beside it */
	close(dirfd);
	campaign_flyer_free(f);
	campaign_template_free(t);
}

static void
test_api_errors__proof_new_bad_options(void)
{
	campaign_proof_options po = CAMPAIGN_PROOF_OPTIONS_INIT;
	campaign_proof *p = NULL;
	po.columns = 0;
	ASSERT_FAILS_AT(campaign_proof_new(&p, &po, d), CAMPAIGN_EINVALID,
	                "proof options: columns and rows must be from 1 to 12, not 0 and 2",
	                NULL, 0, 0);
	po.columns = 4;
	po.rows = 13;
	ASSERT_FAILS_AT(campaign_proof_new(&p, &po, d), CAMPAIGN_EINVALID,
	                "proof options: columns and rows must be from 1 to 12, not 4 and 13",
	                NULL, 0, 0);
	po.rows = 2;
	po.version = 2;
	ASSERT_FAILS_AT(campaign_proof_new(&p, &po, d), CAMPAIGN_EINVALID,
	                "campaign_proof_options of unknown version 2 (this library knows 1 to 1)",
	                NULL, 0, 0);
	ASSERT_NULL(p);
}

/* Lookups. */

static void
test_api_errors__lookup_manifest_that_is_not_one(void)
{
	campaign_lookup *lookup = NULL;
	write_file("no-list.json", "{\"placements\": {}}\n");
	const char *path = path_of("no-list.json");
	ASSERT_FAILS_AT(campaign_lookup_load_manifest(&lookup, path, d), CAMPAIGN_EINVALID,
	                "not a campaign manifest: no \"placements\" list", path, 1, 1);
	write_file("no-id.json",
	           "{\"placements\": [{\"id\": \"a\"}, {\"url\": \"https://x/\"}]}\n");
	path = path_of("no-id.json");
	ASSERT_FAILS_AT(campaign_lookup_load_manifest(&lookup, path, d), CAMPAIGN_EINVALID,
	                "not a campaign manifest: placement 2 has no \"id\"", path, 0, 0);
	write_file("broken.json", "{\"placements\": [\n  {\"id\": \"a\",}\n]}\n");
	path = path_of("broken.json");
	ASSERT_FAILS_AT(campaign_lookup_load_manifest(&lookup, path, d), CAMPAIGN_EINVALID,
	                "string or '}' expected near '}'", path, 2, 14);
	path = path_of("none.json");
	ASSERT_FAILS_AT(campaign_lookup_load_manifest(&lookup, path, d), CAMPAIGN_EIO,
	                fmt("cannot read '%s': No such file or directory", path), path, 0, 0);
	ASSERT_NULL(lookup);
}

static void
test_api_errors__lookup_find_bad_phone_query(void)
{
	campaign_spec *spec = new_spec("https://example.org/");
	const char *pool[] = { "+7 495 123-45-01" };
	campaign_spec_phones ph = CAMPAIGN_SPEC_PHONES_INIT;
	ph.country_code = 7;
	ph.trunk_prefix = "8";
	ph.pool = pool;
	ph.pool_count = 1;
	ASSERT_OK(campaign_spec_set_phones(spec, &ph, d), d);
	add_event(spec, "moscow", "Rally");
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "flyer";
	p.event = "moscow";
	p.source = "flyer";
	p.medium = "print";
	p.phone = 1;
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	campaign_lookup *lookup = NULL;
	ASSERT_OK(campaign_lookup_from_plan(&lookup, plan), d);
	const campaign_lookup_entry *hits[2];
	size_t n = 99;
	campaign_query_kind kind = 0;
	ASSERT_FAILS_AT(
	        campaign_lookup_find(hits, 2, &n, &kind, lookup, "8 (495) 123-45", d),
	        CAMPAIGN_EINVALID,
	        "phone number '8 (495) 123-45' has 9 digits; a national number in +7 has 10 "
	        "(11 with the trunk prefix 8)",
	        NULL, 0, 0);
	ASSERT_INT_EQ(n, 0);
	ASSERT_INT_EQ(kind, CAMPAIGN_QUERY_PHONE);
	ASSERT_FAILS_AT(campaign_lookup_find(hits, 2, &n, &kind, lookup, " \t ", d),
	                CAMPAIGN_EINVALID,
	                "the query is empty: give a URL, a phone number or a hashtag", NULL, 0, 0);
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
}

/*
 * Found by this audit: a query that is only the UTM parameters of a link
 * (what an analytics report shows) was taken for a URL, then refused for
 * having no '?': "the URL has no utm_ parameters to match: ...", which is
 * not so. resolve.h matches a URL "on its utm_* parameters,
 * whatever their order", and "?utm_source=vk" does match.
 */
static void
test_api_errors__lookup_find_takes_a_bare_query_string(void)
{
	campaign_spec *spec = new_spec("https://example.org/");
	add_event(spec, "moscow", "Rally");
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "vk";
	p.event = "moscow";
	p.source = "vk";
	p.medium = "social";
	ASSERT_OK(campaign_spec_add_placement(spec, &p, d), d);
	campaign_plan_options po = plan_options(path_of("none.ledger"));
	campaign_plan *plan = NULL;
	ASSERT_OK(campaign_plan_new(&plan, spec, &po, d), d);
	campaign_lookup *lookup = NULL;
	ASSERT_OK(campaign_lookup_from_plan(&lookup, plan), d);
	const campaign_lookup_entry *hits[2];
	size_t n = 0;
	ASSERT_OK(campaign_lookup_find(hits, 2, &n, NULL, lookup, "?utm_medium=social&utm_source=vk", d),
	          d);
	ASSERT_INT_EQ(n, 1);
	campaign_diags_clear(d);
	n = 0;
	ASSERT_OK(campaign_lookup_find(hits, 2, &n, NULL, lookup, "utm_medium=social&utm_source=vk", d),
	          d);
	ASSERT_INT_EQ(n, 1);
	ASSERT_STR_EQ(hits[0]->id, "vk");
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
}

int
main(void)
{
	if (campaign_diags_new(&d) || !mkdtemp(scratch))
		return 1;
	RUN(test_api_errors__hashtag_make_bad_options_and_position);
	RUN(test_api_errors__hashtag_make_unique_bad_tags_and_lengths);
	RUN(test_api_errors__taken_list_larger_than_16_mib);
	RUN(test_api_errors__phone_normalize_at_and_fixed_national_lengths);
	RUN(test_api_errors__phone_masks_not_utf8_or_too_long);
	RUN(test_api_errors__utm_build_bad_params_and_landings);
	RUN(test_api_errors__utm_conventions_bad_separator);
	RUN(test_api_errors__spec_new_and_setters_exact_messages);
	RUN(test_api_errors__spec_set_phones_refuses_a_trunk_prefix_the_rules_refuse);
	RUN(test_api_errors__spec_add_event_and_placement_exact_messages);
	RUN(test_api_errors__spec_load_io_errors);
	RUN(test_api_errors__spec_load_string_too_large);
	RUN(test_api_errors__spec_load_file_too_large_keeps_earlier_diagnostics);
	RUN(test_api_errors__plan_bad_pool_and_mask_are_located);
	RUN(test_api_errors__plan_hashtag_without_letters_is_located);
	RUN(test_api_errors__plan_unreadable_ledger_and_taken_list);
	RUN(test_api_errors__plan_pool_exhausted_for_a_spec_built_in_code);
	RUN(test_api_errors__plan_allowed_list_of_a_built_spec_names_no_line);
	RUN(test_api_errors__plan_landing_too_long_for_its_parameters);
	RUN(test_api_errors__build_bad_options);
	RUN(test_api_errors__build_template_values_checked_before_anything_is_written);
	RUN(test_api_errors__build_cannot_write_its_directories);
	RUN(test_api_errors__build_locked_by_another_build);
	RUN(test_api_errors__build_only_check_fails_before_making_the_output_directory);
	RUN(test_api_errors__qr_encode_bad_options);
	RUN(test_api_errors__qr_measure_and_check_print_bad_geometry);
	RUN(test_api_errors__qr_render_and_write_failures);
	RUN(test_api_errors__qr_writer_failures);
	RUN(test_api_errors__template_load_io_and_size);
	RUN(test_api_errors__template_open_missing_and_info_version);
	RUN(test_api_errors__flyer_new_placeholders_text_and_options);
	RUN(test_api_errors__flyer_new_qr_payload_too_long);
	RUN(test_api_errors__flyer_render_and_write_failures);
	RUN(test_api_errors__proof_new_bad_options);
	RUN(test_api_errors__lookup_manifest_that_is_not_one);
	RUN(test_api_errors__lookup_find_bad_phone_query);
	RUN(test_api_errors__lookup_find_takes_a_bare_query_string);
	RUN(test_api_errors__spec_load_ext_paths_and_limits);
	campaign_diags_free(d);
	/* fontconfig's and pango's caches, made by the flyers: LeakSanitizer sees a clean exit. */
	campaign_shutdown();
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", scratch);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", scratch);
	return harness_done();
}
