/*
 * campaign render: one flyer from a template and --set values, to a PDF or
 * PNG file, written crash-safely.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "impose_args.h"
#include "interrupt.h"
#include "output_profile_arg.h"
#include "write_file.h"
#include "render_sample.h"
#include "render_values.h"
#include "spec_load_args.h"
#include "template_dirs.h"

#define VALUES_MAX 256

static const struct opt_spec opts[] = {
	{ "set", 's', OPT_REPEAT, "KEY=VALUE",
	  "a placeholder's value: event.title=..., url=..., phone=...; a bare KEY is var.KEY" },
	{ "output", 'o', OPT_VALUE, "FILE", "the file to write: .pdf, .png or .jpg" },
	{ "dpi", 'd', OPT_VALUE, "N", "PNG resolution, 72 to 1200 (default 300)" },
	{ "bleed", 0, OPT_FLAG, NULL, "PNG: include the bleed around the trim" },
	{ "no-bleed", 0, OPT_FLAG, NULL, "PNG: the trim only (the default)" },
	{ "no-marks", 0, OPT_FLAG, NULL, "PDF: leave out the crop marks the template asks for" },
	{ "sample", 0, OPT_FLAG, NULL,
	  "sample values in English, Russian and Arabic: FILE-en.png, FILE-ru.png, FILE-ar.png" },
	{ "lang", 'l', OPT_VALUE, "LANG", "language of dates and built-in texts: ru, en, ar, ... (default en)" },
	{ "now", 0, OPT_VALUE, "ISO-8601", "the PDF's creation date (default SOURCE_DATE_EPOCH, else the clock)" },
	{ "title", 0, OPT_VALUE, "TEXT", "the PDF's title (default event.title, else the template's name)" },
	OUTPUT_PROFILE_OPT,
	IMPOSE_OPT_SPECS,
	{ "copies", 0, OPT_VALUE, "N", "on sheets: print at least N copies (default one sheet)" },
	TEMPLATE_LIMIT_OPT_SPEC,
	ALLOW_IMAGES_OPT_SPEC,
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

static int
has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n > m && strcasecmp(s + n - m, suffix) == 0;
}

/* "title=X" -> var.title; "event.title=X", "url=X" stay as they are. */
static int
is_full_name(const char *key, size_t n)
{
	static const char *const plain[] = {
		"url", "url_display", "phone", "phone_e164", "tel", "hashtag", "short_url", "short_code", NULL,
	};
	if (memchr(key, '.', n))
		return 1;
	for (size_t i = 0; plain[i]; i++)
		if (strlen(plain[i]) == n && memcmp(plain[i], key, n) == 0)
			return 1;
	return 0;
}

static int
parse_values(const struct cli_command *cmd, const char *const *sets, size_t n, campaign_param *values,
             char **keys)
{
	if (n > VALUES_MAX)
		return usage_error(cmd, "at most %d --set options", VALUES_MAX);
	for (size_t i = 0; i < n; i++) {
		const char *eq = strchr(sets[i], '=');
		if (!eq || eq == sets[i])
			return usage_error(cmd, "--set '%s' must be KEY=VALUE", sets[i]);
		size_t klen = (size_t)(eq - sets[i]);
		int full = is_full_name(sets[i], klen);
		keys[i] = malloc(klen + 5);
		if (!keys[i]) {
			fprintf(stderr, "campaign: error: out of memory\n");
			return EXIT_ENV;
		}
		snprintf(keys[i], klen + 5, "%s%.*s", full ? "" : "var.", (int)klen, sets[i]);
		values[i].key = keys[i];
		values[i].value = eq + 1;
	}
	return 0;
}

/*
 * url_display, the link as a build prints it, made from the url given
 * (already checked as a landing), unless it is given itself.
 */
static int
add_url_display(campaign_param *values, size_t *n, campaign_buf *display)
{
	const char *url = NULL;
	for (size_t i = 0; i < *n; i++) {
		if (strcmp(values[i].key, "url_display") == 0)
			return CAMPAIGN_OK;
		if (strcmp(values[i].key, "url") == 0)
			url = values[i].value;
	}
	if (!url)
		return CAMPAIGN_OK;
	int rc = campaign_url_display(display, url);
	if (rc == CAMPAIGN_OK)
		values[(*n)++] = (campaign_param){ "url_display", display->ptr };
	return rc;
}

/* Room for "tel:" and an E.164 number. */
#define TEL_MAX 32

/* Whether the user gave a value of that name. */
static int
given(const campaign_param *user, size_t nuser, const char *key)
{
	for (size_t i = 0; i < nuser; i++)
		if (strcmp(user[i].key, key) == 0)
			return 1;
	return 0;
}

/*
 * phone_e164 and tel, made from an international phone the user gave (as a
 * build makes all three from the pool's number), unless given themselves;
 * a sample's would be another number. A national form has no country code
 * to make them from: a template that needs them says so.
 */
static int
add_phone_forms(campaign_param *values, size_t *n, const campaign_param *user, size_t nuser,
                campaign_buf *e164, char tel[TEL_MAX])
{
	const char *phone = NULL;
	for (size_t i = 0; i < nuser; i++)
		if (strcmp(user[i].key, "phone") == 0)
			phone = user[i].value;
	if (!phone || (phone[0] != '+' && strncmp(phone, "00", 2) != 0))
		return CAMPAIGN_OK;
	int rc = campaign_phone_normalize(e164, phone, NULL, NULL);
	if (rc)
		return rc == CAMPAIGN_ENOMEM ? rc : CAMPAIGN_OK; /* render_values_check() said why */
	if (!given(user, nuser, "phone_e164"))
		values[(*n)++] = (campaign_param){ "phone_e164", e164->ptr };
	if (given(user, nuser, "tel"))
		return CAMPAIGN_OK;
	/* E.164 is at most 16 characters with its '+'. */
	if ((size_t)snprintf(tel, TEL_MAX, "tel:%s", e164->ptr) < TEL_MAX)
		values[(*n)++] = (campaign_param){ "tel", tel };
	return CAMPAIGN_OK;
}

static int
parse_dpi(const struct cli_command *cmd, const char *text, int *dpi)
{
	if (!text)
		return 0;
	char *end;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (errno || *end || end == text)
		return usage_error(cmd, "--dpi must be a whole number from %d to %d, not '%s'",
		                   CAMPAIGN_RENDER_DPI_MIN, CAMPAIGN_RENDER_DPI_MAX, text);
	if (v < CAMPAIGN_RENDER_DPI_MIN || v > CAMPAIGN_RENDER_DPI_MAX)
		return usage_error(cmd, "--dpi must be a whole number from %d to %d, not '%s'",
		                   CAMPAIGN_RENDER_DPI_MIN, CAMPAIGN_RENDER_DPI_MAX, text);
	*dpi = (int)v;
	return 0;
}

/*
 * --lang: only a language the library has dates and texts in, since any
 * other would print them in English without a word (a spec's language
 * may be another: its own texts print as written, and it says so).
 */
static int
check_lang(const struct cli_command *cmd, const char *lang)
{
	if (!lang)
		return 0;
	campaign_buf nearest = CAMPAIGN_BUF_INIT, known = CAMPAIGN_BUF_INIT;
	int status = campaign_language_known(lang, &nearest, &known);
	int rc = 0;
	if (status == CAMPAIGN_ENOMEM) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
	} else if (status != CAMPAIGN_OK) {
		rc = usage_error(cmd, "--lang: no built-in dates and texts in '%.32s' (there are: %s)%s%s%s",
		                 lang, known.ptr ? known.ptr : "", nearest.ptr ? "; did you mean '" : "",
		                 nearest.ptr ? nearest.ptr : "", nearest.ptr ? "'?" : "");
	}
	campaign_buf_dispose(&nearest);
	campaign_buf_dispose(&known);
	return rc;
}

/* --copies N: a whole number from 1 to a million, or CAMPAIGN_UNSET when not given. */
static int
parse_copies(const struct cli_command *cmd, const char *text, long *copies)
{
	*copies = CAMPAIGN_UNSET;
	if (!text)
		return 0;
	char *end;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (errno || *end || end == text || v < 1 || v > 1000000)
		return usage_error(cmd, "--copies must be a whole number from 1 to 1000000, not '%s'", text);
	*copies = v;
	return 0;
}

/* The flyer of tpl imposed by io into out, a PDF; *count gets the number of sheets. */
static int
impose_pdf(const char *out, const campaign_flyer *flyer, const campaign_impose_options *io, long copies,
           long *count, campaign_diags *diags)
{
	campaign_imposer *im = NULL;
	campaign_buf pdf = CAMPAIGN_BUF_INIT;
	int status = campaign_imposer_new(&im, io, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_imposer_add(im, flyer, copies, diags);
	*count = im ? campaign_imposer_sheets(im) : 0;
	if (status == CAMPAIGN_OK)
		status = campaign_imposer_finish(&pdf, im, diags);
	if (status == CAMPAIGN_OK && write_file_atomically("render", out, pdf.ptr, pdf.size) != 0)
		status = CAMPAIGN_EIO;
	campaign_buf_dispose(&pdf);
	campaign_imposer_free(im);
	return status;
}

/*
 * The flyer on sheets, or alone for an office printer: a page of its own
 * trim, inside the margin, PDF or PNG (fitted as a sheet of 1 x 1 would be,
 * for the note). Says on stdout how a sheet is filled.
 */
static int
impose_one(const char *out, const campaign_template *tpl, const campaign_flyer *flyer,
           const campaign_render_options *ro, campaign_impose_options *io, int sheets, long copies,
           campaign_diags *diags)
{
	char trim[64];
	if (!sheets) {
		campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
		campaign_template_get_info(&info, tpl);
		snprintf(trim, sizeof(trim), "%.4fx%.4fmm", info.width_mm, info.height_mm);
		io->sheet = trim;
		io->columns = io->rows = 1;
	}
	campaign_impose_fit fit = { CAMPAIGN_IMPOSE_FIT_VERSION, 0, 0, 0, 0, 0, 0, 0 };
	long count = 0;
	int status = campaign_impose_fit_template(&fit, tpl, io, diags);
	if (status == CAMPAIGN_OK && !sheets) {
		campaign_render_options office = *ro;
		office.office_margin_mm = io->margin_mm;
		status = campaign_flyer_write(AT_FDCWD, out, flyer, &office, diags);
	} else if (status == CAMPAIGN_OK) {
		status = impose_pdf(out, flyer, io, copies, &count, diags);
	}
	if (status == CAMPAIGN_OK && sheets)
		printf("%s: %d on each sheet (%d x %d%s%s), %ld sheet%s\n", out, fit.per_sheet, fit.columns,
		       fit.rows, fit.rotated ? ", turned" : "", fit.scale < 1 ? ", scaled to fit" : "", count,
		       count == 1 ? "" : "s");
	if (status == CAMPAIGN_OK && fit.scale < 0.9995)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, NULL, 0, 0,
		                   "the flyer prints at %.1f %% of its size to stay inside the %g mm margin",
		                   fit.scale * 100, io->margin_mm);
	return status;
}

/* What --sheet, --labels, --office and --copies ask of each file rendered. */
struct sheet_request {
	campaign_impose_options io;
	int sheets;
	long copies;
};

/*
 * Renders one file: the template filled with the sample values of `sample`
 * (a language, or NULL for none) and the user's on top, the last one of a
 * name winning, as in a flyer's values.
 */
static int
render_one(const campaign_template *tpl, const char *sample, const char *lang,
           const campaign_param *user, size_t nuser, const char *out,
           campaign_render_options ro, const struct sheet_request *sheet, campaign_diags *diags)
{
	campaign_param values[RENDER_SAMPLE_MAX + VALUES_MAX + 3]; /* and url_display, phone_e164, tel */
	size_t n = sample ? render_sample_values(sample, values) : 0;
	memcpy(values + n, user, nuser * sizeof(*user));
	n += nuser;
	for (size_t i = 0; i < n && !ro.title; i++)
		if (strcmp(values[i].key, "event.title") == 0)
			ro.title = values[i].value;
	campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
	fo.language = lang;
	campaign_flyer *flyer = NULL;
	campaign_buf display = CAMPAIGN_BUF_INIT, e164 = CAMPAIGN_BUF_INIT;
	char tel[TEL_MAX];
	int status = render_values_check(values, n, diags);
	if (status == CAMPAIGN_OK)
		status = add_url_display(values, &n, &display);
	if (status == CAMPAIGN_OK)
		status = add_phone_forms(values, &n, user, nuser, &e164, tel);
	if (status == CAMPAIGN_OK)
		status = campaign_flyer_new(&flyer, tpl, values, n, &fo, diags);
	if (status == CAMPAIGN_OK)
		interrupt_watch_file(out); /* its temp file, on ^C */
	if (status == CAMPAIGN_OK && (sheet->sheets || sheet->io.office)) {
		campaign_impose_options io = sheet->io;
		io.title = ro.title; /* the event title found above, as a single flyer gets it */
		status = impose_one(out, tpl, flyer, &ro, &io, sheet->sheets, sheet->copies, diags);
	} else if (status == CAMPAIGN_OK)
		status = campaign_flyer_write(AT_FDCWD, out, flyer, &ro, diags);
	campaign_flyer_free(flyer);
	campaign_buf_dispose(&display);
	campaign_buf_dispose(&e164);
	return status;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_param values[VALUES_MAX];
	char *keys[VALUES_MAX] = { 0 };
	size_t nsets = 0;
	const char *const *sets = opt_all(cmd, &res, "set", &nsets);
	campaign_diags *diags = NULL;
	campaign_template *tpl = NULL;
	campaign_output_profile *profile = NULL;
	const char *out = opt_get(cmd, &res, "output");
	int sample = opt_count(cmd, &res, "sample") > 0;
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	int64_t now = 0;
	campaign_impose_options io = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	campaign_template_load_options load;
	int sheets = 0;
	long copies = CAMPAIGN_UNSET;

	if (!out) {
		rc = usage_error(cmd, "missing -o FILE (.pdf, .png or .jpg)");
		goto done;
	}
	if (has_suffix(out, ".png"))
		ro.format = CAMPAIGN_RENDER_PNG;
	else if (has_suffix(out, ".jpg") || has_suffix(out, ".jpeg"))
		ro.format = CAMPAIGN_RENDER_JPEG; /* for a platform that prefers it, as image_format: jpeg */
	else if (!has_suffix(out, ".pdf")) {
		rc = usage_error(cmd, "-o '%s' must end in .pdf, .png or .jpg", out);
		goto done;
	}
	if (sample && opt_get(cmd, &res, "lang")) {
		rc = usage_error(cmd, "--sample renders every language it has; leave out --lang");
		goto done;
	}
	if ((rc = parse_values(cmd, sets, nsets, values, keys)) != 0 ||
	    (rc = parse_dpi(cmd, opt_get(cmd, &res, "dpi"), &ro.dpi)) != 0 ||
	    (rc = check_lang(cmd, opt_get(cmd, &res, "lang"))) != 0 ||
	    (rc = cli_clock(cmd, &res, &now)) != 0 ||
	    (rc = impose_args(cmd, &res, &io, &sheets)) != 0 ||
	    (rc = parse_copies(cmd, opt_get(cmd, &res, "copies"), &copies)) != 0 ||
	    (rc = template_limit_args_parse(cmd, &res, &load)) != 0 ||
	    (rc = image_dirs_args_parse(cmd, &res, &load)) != 0)
		goto done;
	if (copies != CAMPAIGN_UNSET && !sheets) {
		rc = usage_error(cmd, "--copies is for sheets: give --sheet or --labels too");
		goto done;
	}
	if (sheets && ro.format != CAMPAIGN_RENDER_PDF) {
		rc = usage_error(cmd, "sheets are for printing, as PDF: -o '%s' must end in .pdf", out);
		goto done;
	}
	ro.bleed = opt_count(cmd, &res, "bleed") > opt_count(cmd, &res, "no-bleed");
	if (io.office && ro.bleed) {
		rc = usage_error(cmd, "--bleed and --office: an office printer's page has no bleed");
		goto done;
	}
	ro.marks = opt_count(cmd, &res, "no-marks") ? 0 : -1;
	ro.now = now;
	ro.title = opt_get(cmd, &res, "title");
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	const char *dirs[4];
	cli_template_dirs(dirs);
	/* A bad profile stops before anything is written. */
	int status = output_profile_arg(cmd, &res, &profile, diags);
	ro.output_profile = profile;
	io.output_profile = profile;
	struct sheet_request sheet = { io, sheets, copies };
	sheet.io.now = now;
	if (status == CAMPAIGN_OK)
		status = campaign_template_open_ext(&tpl, res.args[0], dirs, &load, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_template_check_qr_data(tpl, diags);
	if (!sample) {
		if (status == CAMPAIGN_OK)
			status = render_one(tpl, NULL, opt_get(cmd, &res, "lang"), values, nsets, out, ro, &sheet,
			                    diags);
	}
	/* One file per language, each named as it is written, the first failure the last. */
	for (size_t i = 0; sample && status == CAMPAIGN_OK && render_sample_languages[i]; i++) {
		const char *lang = render_sample_languages[i];
		char path[4096];
		if (render_sample_path(path, sizeof(path), out, lang) != 0) {
			rc = usage_error(cmd, "-o '%.64s...' is too long a name", out);
			goto done;
		}
		status = render_one(tpl, lang, lang, values, nsets, path, ro, &sheet, diags);
		if (status == CAMPAIGN_OK)
			printf("%s\n", path);
	}
	diag_print_all(diags);
	rc = status == CAMPAIGN_OK ? EXIT_OK : diag_exit_code(diags, status);
done:
	campaign_template_free(tpl);
	campaign_output_profile_free(profile);
	campaign_diags_free(diags);
	for (size_t i = 0; i < nsets && i < VALUES_MAX; i++)
		free(keys[i]);
	opt_result_free(&res);
	return rc;
}

const struct cli_command cmd_render = {
	.name = "render",
	.run = run,
	.summary = "Render one flyer from a template to PDF or PNG",
	.usage = "TEMPLATE [--set KEY=VALUE]... [--sample] -o FILE.{pdf,png,jpg}",
	.description =
		"TEMPLATE is a built-in name (see 'campaign templates') or a path to a YAML\n"
		"template. Every placeholder needs a value: --set event.title=..., --set url=...;\n"
		"a KEY without a dot is var.KEY. event.date is YYYY-MM-DD and prints in --lang\n"
		"(\"5 декабря 2026\" for ru); var.cta, var.call, var.tear have texts in each\n"
		"language unless set. The PDF has the bleed, crop marks, TrimBox and BleedBox;\n"
		"the PNG is the trim (or with --bleed, trim and bleed) at --dpi, with its DPI\n"
		"recorded; a social template's page is given in pixels, and its PNG is those\n"
		"pixels whatever --dpi says. url_display is made from url. Text that does not\n"
		"fit, a QR code too small to scan, or anything outside the safe area is an\n"
		"error (exit 1) and writes nothing.\n"
		"With --sample, TEMPLATE is filled with sample values (--set ones win) in\n"
		"English, Russian and Arabic, a file each: -o look.png writes look-en.png,\n"
		"look-ru.png and look-ar.png, and prints their names.\n"
		"\n"
		"--sheet A4 (or --grid, --labels) puts the flyer on a larger sheet, as many\n"
		"as fit (turned if more fit so) or --grid CxR, --gutter apart, with cut marks\n"
		"outside the items and each item's bleed where the gutter leaves room;\n"
		"--copies N prints as many whole sheets as N copies need. --office is for\n"
		"an office printer: no bleed, no marks, nothing within --margin (5mm) of\n"
		"the paper's edge, scaled down to at most 90 % if it must; alone, it is the\n"
		"flyer on a page of its own size, PDF or PNG. --labels \"Avery L7163\" fills a label\n"
		"product from gLabels' database, each label clipped to its shape.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
