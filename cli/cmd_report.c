/*
 * campaign report: what each placement brought in, from the traces people
 * have (access logs, analytics exports, call logs, posts). The counting is
 * the library's (campaign_report_*); this file reads the options, says how
 * each file was read and what was skipped, and prints the report.
 */
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "spec_load_args.h"
#include "write_file.h"

/* The input options, each a format, and the option naming its columns. */
static const struct {
	const char *option;
	const char *columns_option;
	campaign_trace_format format;
} inputs[] = {
	{ "access-log", NULL, CAMPAIGN_TRACE_ACCESS_LOG },
	{ "analytics", "analytics-columns", CAMPAIGN_TRACE_ANALYTICS },
	{ "calls", "calls-columns", CAMPAIGN_TRACE_CALLS },
	{ "posts", "posts-columns", CAMPAIGN_TRACE_POSTS },
	{ "conversions", "conversions-columns", CAMPAIGN_TRACE_CONVERSIONS },
};
#define INPUT_KINDS (sizeof(inputs) / sizeof(inputs[0]))

static int
read_number(const struct cli_command *cmd, const struct opt_result *res, const char *name,
            unsigned long most, unsigned int *out)
{
	const char *value = opt_get(cmd, res, name);
	if (!value)
		return EXIT_OK;
	char *end;
	errno = 0;
	unsigned long v = strtoul(value, &end, 10);
	if (!*value || *end || errno || value[0] == '-' || v > most)
		return usage_error(cmd, "--%s must be a whole number from 0 to %lu, not '%s'", name, most,
		                   value);
	*out = (unsigned int)v;
	return EXIT_OK;
}

/* "+03:00", "-0530", "+3", "UTC", "0": minutes east of UTC. */
static int
read_utc_offset(const struct cli_command *cmd, const struct opt_result *res, int *out)
{
	const char *value = opt_get(cmd, res, "utc-offset");
	if (!value)
		return EXIT_OK;
	int h = 0, m = 0, n = 0;
	char sign = '+';
	if (strcmp(value, "UTC") == 0 || strcmp(value, "Z") == 0 || strcmp(value, "0") == 0) {
		*out = 0;
		return EXIT_OK;
	}
	if ((sscanf(value, "%c%2d:%2d%n", &sign, &h, &m, &n) == 3 && value[n] == '\0') ||
	    (sscanf(value, "%c%2d%2d%n", &sign, &h, &m, &n) == 3 && value[n] == '\0' && n == 5) ||
	    (m = 0, sscanf(value, "%c%2d%n", &sign, &h, &n) == 2 && value[n] == '\0')) {
		if ((sign == '+' || sign == '-') && h >= 0 && h <= 14 && m >= 0 && m <= 59 &&
		    h * 60 + m <= 840) {
			*out = (sign == '-' ? -1 : 1) * (h * 60 + m);
			return EXIT_OK;
		}
	}
	return usage_error(cmd, "--utc-offset must be like +03:00 or -05:30 (UTC-14:00 to UTC+14:00), "
	                        "not '%s'", value);
}

static int
read_format(const struct cli_command *cmd, const struct opt_result *res,
            campaign_report_format *format)
{
	const char *value = opt_get(cmd, res, "format");
	*format = CAMPAIGN_REPORT_TABLE;
	if (!value || strcmp(value, "table") == 0)
		return EXIT_OK;
	if (strcmp(value, "csv") == 0)
		*format = CAMPAIGN_REPORT_CSV;
	else if (strcmp(value, "json") == 0)
		*format = CAMPAIGN_REPORT_JSON;
	else
		return usage_error(cmd, "--format must be table, csv or json, not '%s'", value);
	return EXIT_OK;
}

/*
 * What was read from each file, on stderr: the report itself stays clean on
 * stdout. A file that could not be read (the last, when reading failed)
 * has only its error to show.
 */
static void
print_inputs(const campaign_report *report, int last_failed)
{
	size_t n = campaign_report_input_count(report);
	for (size_t i = 0; i + (last_failed ? 1 : 0) < n; i++) {
		const campaign_report_input *in = campaign_report_input_get(report, i);
		fprintf(stderr,
		        "campaign report: %s: %llu %s: %llu attributed, %llu unattributed, %llu "
		        "ignored, %llu skipped (%s)\n",
		        in->path, (unsigned long long)in->lines, in->lines == 1 ? "line" : "lines",
		        (unsigned long long)in->attributed,
		        (unsigned long long)in->unattributed, (unsigned long long)in->ignored,
		        (unsigned long long)in->skipped, in->how);
		for (size_t k = 0; k < in->problem_count; k++)
			cli_error("%s:%lu:1: warning: line skipped: %s\n", in->path,
			        in->problems[k].line, in->problems[k].reason);
		if (in->skipped > in->problem_count)
			cli_error("%s: warning: %llu more %s skipped\n", in->path,
			        (unsigned long long)(in->skipped - in->problem_count),
			        in->skipped - in->problem_count == 1 ? "line" : "lines");
	}
}

/* --chart FILE.png or FILE.svg: the form from the name. */
static int
chart_format(const struct cli_command *cmd, const char *path, campaign_chart_format *format)
{
	size_t n = strlen(path);
	if (n > 4 && strcasecmp(path + n - 4, ".png") == 0)
		*format = CAMPAIGN_CHART_PNG;
	else if (n > 4 && strcasecmp(path + n - 4, ".svg") == 0)
		*format = CAMPAIGN_CHART_SVG;
	else
		return usage_error(cmd, "--chart takes a file name ending in .png or .svg, not '%s'", path);
	return EXIT_OK;
}


static int
read_inputs(const struct cli_command *cmd, const struct opt_result *res, campaign_report *report,
            campaign_diags *diags)
{
	int status = CAMPAIGN_OK;
	for (size_t k = 0; k < INPUT_KINDS && status == CAMPAIGN_OK; k++) {
		size_t n;
		const char *const *files = opt_all(cmd, res, inputs[k].option, &n);
		const char *columns = inputs[k].columns_option ? opt_get(cmd, res, inputs[k].columns_option)
		                                               : NULL;
		for (size_t i = 0; i < n && status == CAMPAIGN_OK; i++)
			status = campaign_report_read(report, inputs[k].format, files[i], columns, diags);
	}
	return status;
}

static int
check_inputs_given(const struct cli_command *cmd, const struct opt_result *res)
{
	size_t given = 0;
	for (size_t k = 0; k < INPUT_KINDS; k++) {
		given += opt_count(cmd, res, inputs[k].option);
		if (inputs[k].columns_option && opt_get(cmd, res, inputs[k].columns_option) &&
		    !opt_count(cmd, res, inputs[k].option))
			return usage_error(cmd, "--%s without --%s: there is no file to use it on",
			                   inputs[k].columns_option, inputs[k].option);
	}
	if (!given)
		return usage_error(cmd, "give at least one file of traces: --access-log, --analytics, "
		                        "--calls, --posts or --conversions");
	return EXIT_OK;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_diags *diags = NULL;
	campaign_spec *spec = NULL;
	campaign_plan *plan = NULL;
	campaign_report *report = NULL;
	campaign_buf text = CAMPAIGN_BUF_INIT;
	campaign_buf picture = CAMPAIGN_BUF_INIT;
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	struct spec_load_args load = { 0 };
	campaign_report_options ro = CAMPAIGN_REPORT_OPTIONS_INIT;
	campaign_report_format format;
	campaign_chart_format chart = CAMPAIGN_CHART_PNG;
	const char *chart_path = opt_get(cmd, &res, "chart");
	po.ledger_path = opt_get(cmd, &res, "ledger");
	po.allow_exhausted = 1; /* a report reads what was issued; it assigns nothing */
	if ((rc = check_inputs_given(cmd, &res)) || (rc = read_format(cmd, &res, &format)) ||
	    (rc = read_number(cmd, &res, "target-seconds", 86400, &ro.target_call_seconds)) ||
	    (rc = read_number(cmd, &res, "repeat-hours", 24 * 365, &ro.repeat_call_hours)) ||
	    (rc = read_utc_offset(cmd, &res, &ro.utc_offset_minutes)) ||
	    (chart_path && (rc = chart_format(cmd, chart_path, &chart))) ||
	    (chart_path && check_file_destination("report", chart_path) && (rc = EXIT_ENV)) ||
	    (rc = cli_clock(cmd, &res, &po.now)) || (rc = spec_only_load_args_parse(cmd, &res, &load)))
		goto done;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	int status = campaign_spec_load_file_ext(&spec, res.args[0], &load.opts, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_plan_new(&plan, spec, &po, diags);
	/*
	 * The spec's warnings were for building (an event date that has passed
	 * is what a report expects): only its errors are worth saying here.
	 */
	if (status == CAMPAIGN_OK)
		campaign_diags_clear(diags);
	if (status == CAMPAIGN_OK)
		status = campaign_report_new(&report, plan, &ro, diags);
	if (status == CAMPAIGN_OK)
		status = read_inputs(cmd, &res, report, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_report_write(&text, report, format, diags);
	if (status == CAMPAIGN_OK && chart_path)
		status = campaign_report_chart(&picture, report, chart, campaign_spec_name(spec),
		                               campaign_spec_language(spec), diags);
	if (report)
		print_inputs(report, status != CAMPAIGN_OK);
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	/* The chart first: when it cannot be written, the run failed, and prints no report. */
	if (rc == EXIT_OK && chart_path &&
	    write_file_atomically("report", chart_path, picture.ptr, picture.size))
		rc = EXIT_ENV;
	if (rc == EXIT_OK && (fwrite(text.ptr, 1, text.size, stdout) != text.size || fflush(stdout))) {
		fprintf(stderr, "campaign report: error: cannot write the report to standard output: %s\n",
		        strerror(errno));
		rc = EXIT_ENV;
		/* Said once: what is left unwritten is dropped, so main's last check has nothing to add. */
		__fpurge(stdout);
		clearerr(stdout);
	}
done:
	spec_load_args_free(&load);
	campaign_buf_dispose(&text);
	campaign_buf_dispose(&picture);
	campaign_report_free(report);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "access-log", 0, OPT_REPEAT, "FILE", "a web server's access log (combined format)" },
	{ "analytics", 0, OPT_REPEAT, "FILE", "a web analytics export: GA4 CSV or utm_* columns" },
	{ "analytics-columns", 0, OPT_VALUE, "LIST", "its columns: source=COL,medium=COL,..." },
	{ "calls", 0, OPT_REPEAT, "FILE", "a call log (CSV)" },
	{ "calls-columns", 0, OPT_VALUE, "LIST", "its columns: called=COL,caller=COL,..." },
	{ "posts", 0, OPT_REPEAT, "FILE", "posts or mentions (CSV with the text)" },
	{ "posts-columns", 0, OPT_VALUE, "LIST", "its columns: text=COL,time=COL" },
	{ "conversions", 0, OPT_REPEAT, "FILE", "conversions: a CRM's leads or deals, a form's (CSV)" },
	{ "conversions-columns", 0, OPT_VALUE, "LIST", "its columns: time=COL,phone=COL,..." },
	{ "format", 0, OPT_VALUE, "FORM", "table (default), csv or json" },
	{ "chart", 0, OPT_VALUE, "FILE", "also draw the report as a chart, FILE.png or FILE.svg" },
	{ "target-seconds", 0, OPT_VALUE, "N", "a target call lasts at least N seconds (default 30)" },
	{ "repeat-hours", 0, OPT_VALUE, "N",
	  "a caller's target call within N hours of the last is a repeat (default 24)" },
	{ "utc-offset", 0, OPT_VALUE, "+HH:MM",
	  "the time zone of times written without one (default: UTC)" },
	{ "ledger", 0, OPT_VALUE, "FILE", "the ledger, if not the spec's" },
	{ "now", 0, OPT_VALUE, "ISO-8601", "the clock (for the plan's quarantine only)" },
	SPEC_ONLY_LOAD_OPT_SPECS,
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_report = {
	.name = "report",
	.run = run,
	.summary = "Count the visits, scans, calls and posts each placement brought in",
	.usage = "SPEC.yaml [--access-log|--analytics|--calls|--posts|--conversions FILE]...",
	.description =
		"Reads the traces a campaign leaves and attributes each to its placement by the\n"
		"rules of `campaign resolve`, including the placements the ledger keeps after\n"
		"they left the spec. Counts per placement, event, source and medium: visits,\n"
		"scans (visits of links printed on paper), calls, callers, answered calls,\n"
		"target calls (answered, at least --target-seconds long, not a repeat within\n"
		"--repeat-hours), posts with the placement's hashtag (a tag placements share\n"
		"counts for their event or the campaign), and conversions: counted for the\n"
		"placement they name (UTM values or the number called), and credited along the\n"
		"person's path (their earlier calls, by their phone) by every attribution model\n"
		"side by side, in hundredths that sum to each conversion exactly. A trace that\n"
		"names no single placement is unattributed, never guessed. CSV files may be\n"
		"separated by commas, semicolons or tabs, with a BOM, CRLF and GA4's '#'\n"
		"preamble; columns are found by their usual names or named with the --*-columns\n"
		"options. Lines that cannot be read are skipped and counted; the first few are\n"
		"named on stderr with their line. A file mostly unreadable, or of which no line\n"
		"can be read, is an error. The report goes to standard output; what was read\n"
		"from each file goes to standard error. Where placements have a cost: in the\n"
		"spec, it adds what they cost, cost per response (visit, call or post) and per\n"
		"conversion, exact to the kopeck or cent, rounded half up. Never writes the\n"
		"ledger or the registry.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
