/*
 * campaign utm: one UTM-tagged link from the command line, built exactly as
 * `build` builds a placement's, with the spec's default naming convention,
 * so a link made by hand matches the ones made from a spec.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>
#include <campaign/utm.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"

/* The options that carry UTM values, in URL order, with their field in campaign_utm. */
static const struct {
	const char *option;
	size_t offset;
} value_opts[] = {
	{ "source", offsetof(campaign_utm, source) },
	{ "medium", offsetof(campaign_utm, medium) },
	{ "campaign", offsetof(campaign_utm, campaign) },
	{ "id", offsetof(campaign_utm, id) },
	{ "term", offsetof(campaign_utm, term) },
	{ "content", offsetof(campaign_utm, content) },
	{ "source-platform", offsetof(campaign_utm, source_platform) },
	{ "creative-format", offsetof(campaign_utm, creative_format) },
	{ "marketing-tactic", offsetof(campaign_utm, marketing_tactic) },
};
#define VALUE_OPT_COUNT (sizeof(value_opts) / sizeof(value_opts[0]))
#define REQUIRED_OPT_COUNT 3

struct utm_args {
	campaign_utm utm;
	campaign_utm_conventions conv;
	int raw;
	campaign_buf values[VALUE_OPT_COUNT]; /* after conventions */
	campaign_param *params;
	char *param_text; /* the --param arguments, copied so KEY can be cut at '=' */
};

static const char **
field(campaign_utm *utm, size_t i)
{
	return (const char **)((char *)utm + value_opts[i].offset);
}

/* Reads the convention switches; returns EXIT_USAGE on a bad combination. */
static int
read_conventions(const struct cli_command *cmd, const struct opt_result *res, struct utm_args *a)
{
	const char *case_value = opt_get(cmd, res, "case");
	const char *separator = opt_get(cmd, res, "separator");
	int no_translit = opt_count(cmd, res, "no-transliterate") > 0;
	a->raw = opt_count(cmd, res, "raw") > 0;
	if (a->raw && (case_value || separator || no_translit))
		return usage_error(cmd, "'--raw' uses values as given; it cannot be combined with "
		                        "'--case', '--separator' or '--no-transliterate'");
	if (case_value && strcmp(case_value, "lower") != 0 && strcmp(case_value, "keep") != 0)
		return usage_error(cmd, "option '--case' takes 'lower' or 'keep', not '%s'", case_value);
	campaign_utm_conventions_init(&a->conv, CAMPAIGN_UTM_CONVENTIONS_VERSION);
	if (case_value)
		a->conv.lowercase = strcmp(case_value, "lower") == 0;
	/* The spec's rule (conventions.separator): a character a URL keeps as it is. */
	if (separator && (strlen(separator) != 1 || !strchr("_-.~", separator[0])))
		return usage_error(cmd, "option '--separator' must be one of _ - . ~ "
		                        "(characters a URL keeps as they are)");
	if (separator)
		a->conv.separator = separator;
	if (no_translit)
		a->conv.transliterate = 0;
	return EXIT_OK;
}

/* Splits each --param KEY=VALUE; returns EXIT_USAGE or EXIT_ENV on failure. */
static int
read_params(const struct cli_command *cmd, const struct opt_result *res, struct utm_args *a)
{
	size_t n = 0;
	const char *const *given = opt_all(cmd, res, "param", &n);
	if (n == 0)
		return EXIT_OK;
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += strlen(given[i]) + 1;
	a->params = calloc(n, sizeof(*a->params));
	a->param_text = malloc(total);
	if (!a->params || !a->param_text) {
		fprintf(stderr, "campaign: error: out of memory\n");
		return EXIT_ENV;
	}
	char *p = a->param_text;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(given[i]);
		memcpy(p, given[i], len + 1);
		char *eq = strchr(p, '=');
		if (!eq || eq == p)
			return usage_error(cmd, "option '--param' takes KEY=VALUE, not '%s'", given[i]);
		*eq = '\0';
		a->params[i].key = p;
		a->params[i].value = eq + 1;
		p += len + 1;
	}
	a->utm.params = a->params;
	a->utm.param_count = n;
	return EXIT_OK;
}

/* Applies the convention to each value given; problems go to diags. */
static int
apply_conventions(const struct cli_command *cmd, const struct opt_result *res,
                  struct utm_args *a, campaign_diags *diags)
{
	int status = CAMPAIGN_OK;
	for (size_t i = 0; i < VALUE_OPT_COUNT; i++) {
		const char *given = opt_get(cmd, res, value_opts[i].option);
		if (!given || a->raw) {
			*field(&a->utm, i) = given;
			continue;
		}
		int rc = campaign_utm_apply_conventions(&a->values[i], given, &a->conv, NULL);
		if (rc == CAMPAIGN_EINVALID)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
			                   "the value of '--%s' is not valid UTF-8", value_opts[i].option);
		else if (rc != CAMPAIGN_OK)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0, "%s",
			                   campaign_strerror(rc));
		/* As in a spec: said at the option, not as the URL's "utm_source is empty". */
		if (rc == CAMPAIGN_OK && i < REQUIRED_OPT_COUNT && given[0] &&
		    (!a->values[i].ptr || !a->values[i].ptr[0])) {
			rc = CAMPAIGN_EINVALID;
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
			                   "the value of '--%s' has no letter or digit, so utm_%s "
			                   "would be empty: write a word",
			                   value_opts[i].option, value_opts[i].option);
		}
		if (rc != CAMPAIGN_OK && status == CAMPAIGN_OK)
			status = rc;
		*field(&a->utm, i) = a->values[i].ptr;
	}
	return status;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	struct utm_args a;
	memset(&a, 0, sizeof(a));
	campaign_utm_init(&a.utm, CAMPAIGN_UTM_VERSION);
	campaign_diags *diags = NULL;
	campaign_buf url = CAMPAIGN_BUF_INIT;

	for (size_t i = 0; i < REQUIRED_OPT_COUNT; i++) {
		if (!opt_get(cmd, &res, value_opts[i].option)) {
			rc = usage_error(cmd, "missing option '--%s'", value_opts[i].option);
			goto done;
		}
	}
	rc = read_conventions(cmd, &res, &a);
	if (rc)
		goto done;
	rc = read_params(cmd, &res, &a);
	if (rc)
		goto done;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	int status = apply_conventions(cmd, &res, &a, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_utm_build(&url, res.args[0], &a.utm, diags);
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	if (rc == EXIT_OK)
		printf("%s\n", url.ptr);

done:
	campaign_buf_dispose(&url);
	for (size_t i = 0; i < VALUE_OPT_COUNT; i++)
		campaign_buf_dispose(&a.values[i]);
	free(a.params);
	free(a.param_text);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "source", 0, OPT_VALUE, "S", "utm_source, e.g. flyer, vk (required)" },
	{ "medium", 0, OPT_VALUE, "M", "utm_medium, e.g. print, social (required)" },
	{ "campaign", 0, OPT_VALUE, "C", "utm_campaign (required)" },
	{ "id", 0, OPT_VALUE, "I", "utm_id" },
	{ "term", 0, OPT_VALUE, "T", "utm_term" },
	{ "content", 0, OPT_VALUE, "X", "utm_content, e.g. gate_a" },
	{ "source-platform", 0, OPT_VALUE, "P", "utm_source_platform (GA4)" },
	{ "creative-format", 0, OPT_VALUE, "F", "utm_creative_format (GA4)" },
	{ "marketing-tactic", 0, OPT_VALUE, "K", "utm_marketing_tactic (GA4)" },
	{ "param", 0, OPT_REPEAT, "KEY=VALUE", "a custom parameter, after the UTM ones" },
	{ "case", 0, OPT_VALUE, "lower|keep", "letter case of UTM values [default: lower]" },
	{ "separator", 0, OPT_VALUE, "SEP",
	  "joins the words of UTM values: _ - . or ~ [default: _]" },
	{ "no-transliterate", 0, OPT_FLAG, NULL, "keep Cyrillic and accented letters as they are" },
	{ "raw", 0, OPT_FLAG, NULL, "use UTM values exactly as given" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_utm = {
	.name = "utm",
	.run = run,
	.summary = "Add UTM parameters to a landing URL and print the link",
	.usage = "URL --source S --medium M --campaign C [OPTIONS]",
	.description =
		"Prints URL with its UTM parameters, built by the rules a spec's placements\n"
		"follow: the URL's own query and fragment are kept, a utm_* key it already has\n"
		"is replaced in place, values are percent-encoded as UTF-8 (space is %20), an\n"
		"internationalized host is written in punycode; the result is pure ASCII.\n"
		"\n"
		"UTM values get the spec's default naming convention, so a link made here\n"
		"matches the ones `build` makes, the default utm_campaign made from a\n"
		"campaign's name included: transliterated to Latin (ICAO Doc 9303 for\n"
		"Cyrillic, so 'Листовка' is 'listovka'), lower case, apostrophes and quotes\n"
		"removed, and the words between whitespace, hyphens, dashes, other\n"
		"punctuation and symbols joined by '_' ('.' inside a word stays).\n"
		"'--campaign \"Riverside Clean-up Day\"' gives riverside_clean_up_day,\n"
		"'--source \"Flyer \"' gives flyer. --case, --separator and --no-transliterate\n"
		"change one rule each; --raw turns the convention off. --param values are\n"
		"always used as given. An empty value (--term \"\") is left out of the link.\n"
		"\n"
		"A URL that must not be printed is refused: a user name or password, a\n"
		"control character (%00 too), port 0, an invisible character in the host.\n"
		"A host a phone that scans the printed link cannot reach (localhost, a\n"
		"private or loopback address, a .local or .test name) or that mixes scripts\n"
		"to pass for another name gets a warning; the link is printed all the same.\n"
		"\n"
		"Exits 1 when the URL is not an http or https URL, must not be printed, or\n"
		"a value is invalid (a bidi control such as U+202E in one too, as a spec\n"
		"refuses it), 2 when a required option is missing.",
	.opts = opts,
	.min_args = 1,
	.max_args = 1,
};
