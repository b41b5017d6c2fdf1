#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "impose_args.h"
#include "interrupt.h"
#include "output_profile_arg.h"
#include "progress.h"
#include "spec_load_args.h"
#include "template_dirs.h"

static int
parse_formats(const struct cli_command *cmd, const char *list, unsigned *formats)
{
	*formats = 0;
	int named = 0; /* "none" is a format too, whose bits are none */
	const char *p = list;
	while (*p) {
		named++;
		size_t n = strcspn(p, ",");
		if (n == 3 && strncmp(p, "pdf", 3) == 0)
			*formats |= CAMPAIGN_FORMAT_PDF;
		else if (n == 3 && strncmp(p, "png", 3) == 0)
			*formats |= CAMPAIGN_FORMAT_PNG;
		else if (n == 2 && strncmp(p, "qr", 2) == 0)
			*formats |= CAMPAIGN_FORMAT_QR;
		else if (n == 4 && strncmp(p, "none", 4) == 0)
			*formats |= CAMPAIGN_FORMAT_NONE;
		else
			return usage_error(cmd, "--format: unknown format '%.*s'; use pdf, png, qr or none", (int)n, p);
		p += n;
		if (*p == ',')
			p++;
	}
	return named ? 0 : usage_error(cmd, "--format needs at least one of pdf, png, qr or none");
}

/* --shard K/N: the K-th of N slices, K from 1 (as GNU parallel's {#} counts). */
static int
parse_shard(const struct cli_command *cmd, const char *text, campaign_build_options *opts)
{
	char *slash, *end;
	long k = strtol(text, &slash, 10);
	long n = *slash == '/' ? strtol(slash + 1, &end, 10) : 0;
	if (*slash != '/' || *end || n < 1 || n > 100000 || k < 1 || k > n)
		return usage_error(cmd, "--shard must be K/N with 1 <= K <= N <= 100000, such as 2/8; not '%s'", text);
	opts->shard_index = (unsigned)(k - 1);
	opts->shard_count = (unsigned)n;
	return 0;
}

/* --shards N: how many shards --collect gathers, so a missing one is named. */
static int
parse_shards(const struct cli_command *cmd, const char *text, campaign_build_options *opts)
{
	char *end;
	long n = strtol(text, &end, 10);
	if (*end || end == text || n < 1 || n > 100000)
		return usage_error(cmd, "--shards must be a whole number from 1 to 100000, not '%s'", text);
	if (!opts->collect || opts->shard_count > 1)
		return usage_error(cmd, "--shards goes with --collect (and not with --shard)");
	opts->shard_index = 0;
	opts->shard_count = (unsigned)n;
	return 0;
}

static void
print_plan(const campaign_spec *spec, const campaign_build_options *bo, campaign_diags *diags)
{
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = bo->now;
	po.ledger_path = bo->ledger_path;
	po.registry_path = bo->registry_path;
	po.reissue = bo->reissue;
	po.reissue_count = bo->reissue_count;
	campaign_plan *plan = NULL;
	/* The build has said the plan's warnings already: only a failure here is news. */
	campaign_diags *again = NULL;
	int rc = campaign_diags_new(&again);
	if (rc == CAMPAIGN_OK)
		rc = campaign_plan_new(&plan, spec, &po, again);
	for (size_t i = 0; rc != CAMPAIGN_OK && i < campaign_diags_count(again); i++) {
		const campaign_diag *g = campaign_diags_get(again, i);
		campaign_diags_add(diags, g->severity, g->status, g->file, g->line, g->column, "%s",
		                   g->message);
	}
	if (rc == CAMPAIGN_ENOMEM && !again)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0, "out of memory");
	campaign_diags_free(again);
	if (rc != CAMPAIGN_OK)
		return;
	for (size_t i = 0; i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		printf("%s\t%s\t%s\t%s\n", a->placement->id, a->url ? a->url : "-",
		       a->hashtag ? a->hashtag : "-", a->phone ? a->phone : "-");
	}
	campaign_plan_free(plan);
}

/* Whether path ends in a file name: not empty, '.', '..' or a directory's trailing '/'. */
static int
names_a_file(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	return base[0] && strcmp(base, ".") != 0 && strcmp(base, "..") != 0;
}

/* Where a build makes temp and lock files, for an interrupt to remove ours (interrupt.h). */
static void
watch_build(const campaign_build_options *opts, const char *spec_path, const campaign_spec *spec)
{
	if (opts->output_dir) {
		interrupt_watch(opts->output_dir, 1);
	} else if (spec && campaign_spec_slug(spec)) {
		char dir[4096];
		snprintf(dir, sizeof(dir), "out/%s", campaign_spec_slug(spec));
		interrupt_watch(dir, 1);
	}
	interrupt_watch_file(spec_path); /* the default ledger's */
	interrupt_watch_file(opts->ledger_path);
	interrupt_watch_file(opts->registry_path);
	interrupt_watch_file(opts->combine);
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_build_options opts = CAMPAIGN_BUILD_OPTIONS_INIT;
	campaign_diags *diags = NULL;
	campaign_spec *spec = NULL;
	campaign_buf out_dir = CAMPAIGN_BUF_INIT;
	struct opt_list only = { 0 }, reissue = { 0 };
	struct spec_load_args load = { 0 };
	campaign_output_profile *profile = NULL;
	const char *value;
	if ((rc = cli_clock(cmd, &res, &opts.now)))
		goto done;
	if ((value = opt_get(cmd, &res, "format")) && (rc = parse_formats(cmd, value, &opts.formats)))
		goto done;
	if ((value = opt_get(cmd, &res, "dpi"))) {
		char *end;
		long dpi = strtol(value, &end, 10);
		if (*end || dpi < CAMPAIGN_RENDER_DPI_MIN || dpi > CAMPAIGN_RENDER_DPI_MAX) {
			rc = usage_error(cmd, "--dpi must be a whole number from %d to %d, not '%s'",
			                 CAMPAIGN_RENDER_DPI_MIN, CAMPAIGN_RENDER_DPI_MAX, value);
			goto done;
		}
		opts.dpi = (unsigned)dpi;
	}
	opts.jobs = (unsigned)sysconf(_SC_NPROCESSORS_ONLN);
	if ((value = opt_get(cmd, &res, "jobs"))) {
		char *end;
		long jobs = strtol(value, &end, 10);
		if (*end || jobs < 1 || jobs > 256) {
			rc = usage_error(cmd, "-j must be a whole number from 1 to 256, not '%s'", value);
			goto done;
		}
		opts.jobs = (unsigned)jobs;
	}
	if (opt_count(cmd, &res, "only")) {
		/* An empty list would write no placement's files yet still the ledger and manifest. */
		if ((rc = opt_list(cmd, &res, "only", &only)))
			goto done;
		opts.only = only.items;
		opts.only_count = only.count;
	}
	if ((rc = opt_list(cmd, &res, "reissue", &reissue)))
		goto done;
	opts.reissue = reissue.items;
	opts.reissue_count = reissue.count;
	opts.registry_path = opt_get(cmd, &res, "registry");
	if ((value = opt_get(cmd, &res, "shard")) && (rc = parse_shard(cmd, value, &opts)))
		goto done;
	opts.collect = opt_count(cmd, &res, "collect") > 0;
	if ((rc = spec_load_args_parse(cmd, &res, &load)))
		goto done;
	if ((value = opt_get(cmd, &res, "shards")) && (rc = parse_shards(cmd, value, &opts)))
		goto done;
	opts.csv_raw = opt_count(cmd, &res, "csv-raw") > 0;
	opts.combine = opt_get(cmd, &res, "combine");
	campaign_impose_options impose = CAMPAIGN_IMPOSE_OPTIONS_INIT;
	int sheets = 0;
	impose.mode = CAMPAIGN_IMPOSE_SEQUENCE;
	if ((rc = impose_args(cmd, &res, &impose, &sheets)))
		goto done;
	if ((value = opt_get(cmd, &res, "impose"))) {
		if (strcmp(value, "sequence") != 0 && strcmp(value, "repeat") != 0) {
			rc = usage_error(cmd, "--impose must be sequence or repeat, not '%s'", value);
			goto done;
		}
		impose.mode = strcmp(value, "repeat") == 0 ? CAMPAIGN_IMPOSE_REPEAT : CAMPAIGN_IMPOSE_SEQUENCE;
	}
	if (sheets || impose.office)
		opts.impose = &impose;
	opts.sheet_template = opt_get(cmd, &res, "sheet-template");
	if (opts.sheet_template && !sheets) {
		rc = usage_error(cmd, "--sheet-template needs a sheet to go on: --sheet or --labels");
		goto done;
	}
	if (opts.combine && !names_a_file(opts.combine)) {
		/* Said at the option: the library's "'': not a file name" did not say which. */
		rc = usage_error(cmd, "option '--combine' takes the name of a PDF file to write, "
		                      "such as all-flyers.pdf, not '%s'", opts.combine);
		goto done;
	}
	if ((value = opt_get(cmd, &res, "png-compression"))) {
		if (strcmp(value, "fast") != 0 && strcmp(value, "small") != 0) {
			rc = usage_error(cmd, "--png-compression must be fast or small, not '%s'", value);
			goto done;
		}
		opts.png_compression = strcmp(value, "fast") == 0 ? CAMPAIGN_PNG_FAST : CAMPAIGN_PNG_SMALL;
	}
	struct progress bar;
	if (isatty(STDERR_FILENO) && !opt_count(cmd, &res, "quiet")) {
		progress_init(&bar);
		opts.progress = progress_update;
		opts.progress_payload = &bar;
	}
	opts.output_dir = opt_get(cmd, &res, "output");
	opts.ledger_path = opt_get(cmd, &res, "ledger");
	opts.dry_run = opt_count(cmd, &res, "dry-run") > 0;
	const char *template_dirs[4];
	cli_template_dirs(template_dirs);
	opts.template_dirs = template_dirs;
	opts.template_load = &load.tpl;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	/* A bad profile stops the build before the ledger or anything else is written. */
	int status = output_profile_arg(cmd, &res, &profile, diags);
	opts.output_profile = profile;
	if (status == CAMPAIGN_OK)
		status = campaign_spec_load_file_ext(&spec, res.args[0], &load.opts, diags);
	size_t placements = campaign_spec_placement_count(spec);
	watch_build(&opts, res.args[0], spec);
	if (status == CAMPAIGN_OK && opts.dry_run) {
		status = campaign_build(&out_dir, spec, &opts, diags);
		if (status == CAMPAIGN_OK)
			print_plan(spec, &opts, diags);
	} else if (status == CAMPAIGN_OK) {
		/* The build frees the spec before drawing, so memory stays flat at any size. */
		status = campaign_build_take(&out_dir, spec, &opts, diags);
		spec = NULL;
	}
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	if (rc == EXIT_OK && !opts.dry_run) {
		printf("%s\n", out_dir.ptr);
		if (!opt_count(cmd, &res, "quiet"))
			fprintf(stderr, "campaign build: %zu placement%s built into %s\n", placements,
			        placements == 1 ? "" : "s", out_dir.ptr);
		/* Once for the build, not per file: the PDFs are print-ready only in part. */
		if (!profile && !opt_count(cmd, &res, "quiet"))
			fprintf(stderr, "campaign build: note: no --output-profile: in the PDFs black and "
			                "grays are K and cmyk() colours CMYK, other colours stay RGB\n");
	}
done:
	campaign_buf_dispose(&out_dir);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	campaign_output_profile_free(profile);
	opt_list_free(&only);
	opt_list_free(&reissue);
	spec_load_args_free(&load);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "output", 'o', OPT_VALUE, "DIR", "write into DIR (default: out/<campaign slug>)" },
	{ "only", 0, OPT_REPEAT, "ID[,ID...]", "write the files of these placements only" },
	{ "format", 0, OPT_VALUE, "pdf,png,qr", "which assets to write (default: all; none: the manifest only)" },
	{ "dpi", 0, OPT_VALUE, "N", "resolution of PNG files (default 300)" },
	{ "jobs", 'j', OPT_VALUE, "N", "render N flyers at once (default: the number of cores)" },
	{ "png-compression", 0, OPT_VALUE, "fast|small", "PNG size against speed (default small)" },
	{ "now", 0, OPT_VALUE, "ISO-8601", "the build's clock (default: SOURCE_DATE_EPOCH, or now)" },
	{ "ledger", 0, OPT_VALUE, "FILE", "the ledger (default: the spec's, or NAME.ledger beside NAME.yaml)" },
	{ "registry", 0, OPT_VALUE, "FILE", "the registry shared with other campaigns (default: the spec's)" },
	{ "reissue", 0, OPT_REPEAT, "ID[,ID...]", "give these placements new identifiers on purpose" },
	{ "shard", 0, OPT_VALUE, "K/N", "write the files of the K-th of N slices of the placements" },
	{ "collect", 0, OPT_FLAG, NULL, "write the manifest and proof sheet for the files already in DIR" },
	{ "shards", 0, OPT_VALUE, "N", "with --collect: the files came from N shards (names a missing one)" },
	{ "combine", 0, OPT_VALUE, "SET.pdf", "also write all flyers as the pages of one PDF" },
	{ "csv-raw", 0, OPT_FLAG, NULL, "manifest.csv cells exactly, not made safe for spreadsheets" },
	OUTPUT_PROFILE_OPT,
	IMPOSE_OPT_SPECS,
	{ "sheet-template", 0, OPT_VALUE, "TEMPLATE",
	  "make the sheets from this template (a QR sticker) instead of each placement's own" },
	{ "impose", 0, OPT_VALUE, "sequence|repeat",
	  "--combine on sheets: each flyer once (default), or every placement's sheets" },
	SPEC_LOAD_OPT_SPECS,
	{ "dry-run", 'n', OPT_FLAG, NULL, "check everything and print the identifiers; write nothing" },
	{ "quiet", 'q', OPT_FLAG, NULL, "no progress bar and no summary; stdout still carries the output directory" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_build = {
	.name = "build",
	.run = run,
	.summary = "Build every asset of a campaign spec, and its manifest",
	.usage = "SPEC.yaml",
	.description =
		"Computes every placement's UTM link, hashtag and tracking number, records them\n"
		"in the ledger, then writes into the output directory: qr/<id>.png and\n"
		"qr/<id>.svg for placements with a QR code, flyers/<id>.pdf and .png for\n"
		"placements with a template (social/<id>.png alone for a template in pixels,\n"
		"an image to post; .jpg with image_format: jpeg), captions/<id>.txt for online placements (medium social\n"
		"or email, no phone: the text to post, with the link and hashtag; vars:\n"
		"{caption: ...} changes it), with short: the short links' redirect tables\n"
		"(redirects.nginx.map, redirects.apache.txt, redirects.caddy, _redirects,\n"
		"redirects.csv), and manifest.json and manifest.csv. Nothing is\n"
		"written when the spec, the plan or a template fails a check; a flyer that\n"
		"fails its own (text that does not fit) leaves the ledger and qr/ but no\n"
		"flyer and no manifest. Each file appears complete or not at all.\n"
		"In manifest.csv a cell a spreadsheet would run as a formula (it starts with\n"
		"=, +, -, @, a tab or a carriage return, and is not a plain number such as\n"
		"+74951234501) starts with an apostrophe; --csv-raw writes it exactly, for\n"
		"imports that are no spreadsheet. manifest.json is always exact.\n"
		"--sheet A4 (or --grid, --labels) also writes sheets/<id>.pdf: each flyer\n"
		"step and repeat on as many sheets as the placement's 'copies:' need (one\n"
		"sheet when not said), and makes --combine the flyers on sheets, each once\n"
		"(--impose repeat: every placement's sheets). --office makes the PDFs and\n"
		"PNGs for an office printer: no bleed, no marks, nothing within --margin of\n"
		"the edge.\n"
		"Prints the output directory on stdout; shows a progress bar on stderr when\n"
		"it is a terminal.\n"
		"\n"
		"Across machines: run N builds with --shard 1/N .. N/N into separate\n"
		"directories (each computes every identifier, so all agree), gather their\n"
		"files into one directory, then run 'campaign build SPEC -o DIR --collect'\n"
		"to write the full manifest and proof sheet. --collect fails, writing nothing,\n"
		"when a shard's files are missing; --shards N names the shard.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
