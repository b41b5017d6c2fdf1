/*
 * campaign hashtag: hashtags from texts, made exactly as `build` makes them,
 * one line per TEXT, unique among themselves and against the --taken lists.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>
#include <campaign/hashtag.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"

/*
 * The spec's hashtag.max_length range (lib/spec/spec_campaign.c): one rule,
 * so a tag tried here can be built. A one-letter tag is no campaign's, and
 * 139 with the '#' is the 140 characters a post could hold.
 */
#define MAX_LENGTH_MIN 2
#define MAX_LENGTH_MAX 139

/* Reads --style, --script and --max-length; returns EXIT_USAGE on a bad value. */
static int
read_options(const struct cli_command *cmd, const struct opt_result *res,
             campaign_hashtag_options *opts)
{
	campaign_hashtag_options_init(opts, CAMPAIGN_HASHTAG_OPTIONS_VERSION);
	const char *style = opt_get(cmd, res, "style");
	if (style && strcmp(style, "camel") == 0)
		opts->style = CAMPAIGN_HASHTAG_STYLE_CAMEL;
	else if (style && strcmp(style, "lower") == 0)
		opts->style = CAMPAIGN_HASHTAG_STYLE_LOWER;
	else if (style)
		return usage_error(cmd, "option '--style' takes 'camel' or 'lower', not '%s'",
		                   style);
	const char *script = opt_get(cmd, res, "script");
	if (script && strcmp(script, "keep") == 0)
		opts->script = CAMPAIGN_HASHTAG_SCRIPT_KEEP;
	else if (script && strcmp(script, "latin") == 0)
		opts->script = CAMPAIGN_HASHTAG_SCRIPT_LATIN;
	else if (script)
		return usage_error(cmd, "option '--script' takes 'keep' or 'latin', not '%s'",
		                   script);
	const char *max = opt_get(cmd, res, "max-length");
	if (max) {
		char *end = NULL;
		errno = 0;
		unsigned long n = strtoul(max, &end, 10);
		if (max[0] < '0' || max[0] > '9' || *end || errno || n < MAX_LENGTH_MIN ||
		    n > MAX_LENGTH_MAX)
			return usage_error(cmd, "option '--max-length' takes a number from %d "
			                   "to %d, as the spec's max_length does, not '%s'",
			                   MAX_LENGTH_MIN, MAX_LENGTH_MAX, max);
		opts->max_length = n;
	}
	return EXIT_OK;
}

/* Makes every tag into tags[]; reports each failing text and returns the worst status. */
static int
make_tags(const struct opt_result *res, const campaign_hashtag_options *opts,
          campaign_hashtag_set *taken, campaign_buf *tags, campaign_diags *diags)
{
	int worst = CAMPAIGN_OK;
	for (int i = 0; i < res->nargs; i++) {
		campaign_buf tag = CAMPAIGN_BUF_INIT;
		int rc = campaign_hashtag_make(&tag, res->args[i], opts, diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign_hashtag_make_unique(&tags[i], tag.ptr, taken,
			                                  opts->max_length, diags);
		campaign_buf_dispose(&tag);
		if (rc == CAMPAIGN_ENOMEM)
			return rc;
		if (rc)
			worst = rc;
	}
	return worst;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc) {
		/* opt_parse() may have stored values before it found the problem. */
		opt_result_free(&res);
		return rc < 0 ? EXIT_OK : rc;
	}
	campaign_hashtag_options opts;
	campaign_diags *diags = NULL;
	campaign_hashtag_set *taken = NULL;
	campaign_buf *tags = NULL;
	rc = read_options(cmd, &res, &opts);
	if (rc)
		goto done;
	tags = calloc((size_t)res.nargs, sizeof(*tags));
	if (!tags || campaign_diags_new(&diags) || campaign_hashtag_set_new(&taken)) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	size_t nfiles = 0;
	const char *const *files = opt_all(cmd, &res, "taken", &nfiles);
	int status = CAMPAIGN_OK;
	for (size_t i = 0; i < nfiles && status != CAMPAIGN_ENOMEM; i++) {
		int file_status = campaign_hashtag_set_load_file(taken, files[i], diags);
		if (file_status)
			status = file_status;
	}
	/* Tags checked against half a list could be taken already: stop there. */
	if (status == CAMPAIGN_OK)
		status = make_tags(&res, &opts, taken, tags, diags);
	diag_print_all(diags);
	rc = diag_exit_code(diags, status);
	/* All or nothing on stdout, so line N is always the tag of TEXT N. */
	if (rc == EXIT_OK)
		for (int i = 0; i < res.nargs; i++)
			printf("%s\n", tags[i].ptr);
done:
	for (int i = 0; tags && i < res.nargs; i++)
		campaign_buf_dispose(&tags[i]);
	free(tags);
	campaign_hashtag_set_free(taken);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "style", 0, OPT_VALUE, "camel|lower", "capital letter per word, or all lowercase "
	                                        "[camel]" },
	{ "script", 0, OPT_VALUE, "keep|latin", "keep the text's letters, or transliterate to "
	                                        "Latin [keep]" },
	{ "max-length", 0, OPT_VALUE, "N", "at most N characters after the '#' [30]" },
	{ "taken", 0, OPT_REPEAT, "FILE", "tags in use, one per line, never to be produced" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_hashtag = {
	.name = "hashtag",
	.run = run,
	.summary = "Make hashtags from texts, unique under case folding",
	.usage = "TEXT...",
	.description =
		"Prints one hashtag per TEXT, in order, as 'build' makes them: letters, digits\n"
		"and _ only, NFC, without characters that show nothing, fullwidth and bold\n"
		"letters made plain, starting with a letter, cut to --max-length at a word\n"
		"boundary. Lower style joins the words with nothing, so both styles give the\n"
		"same tag to a network that ignores case. A tag equal (ignoring case and\n"
		"compatibility forms: NFKC) to one in a --taken file or to an earlier TEXT's\n"
		"gets a suffix: _2 ... _9, _a ... _z, _22 ..., without the look-alikes 0, O,\n"
		"1, l, I. A --taken file has one tag per line ('#' optional); blank lines,\n"
		"lines starting with ';' and '# ' are comments. A TEXT starting with a digit,\n"
		"or with more than 8 combining marks on one character (no writing stacks\n"
		"more), is an error. Nothing is printed when any TEXT fails. Exit status: 1\n"
		"invalid text or taken list, 2 usage, 3 unreadable file.",
	.opts = opts,
	.min_args = 1,
	.max_args = -1,
};
