#include <stdio.h>
#include <string.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "input_file.h"
#include "spec_load_args.h"

#define MAX_SHOWN 20
/* Bytes of a query quoted in the not-found message. */
#define QUERY_SHOWN 200

static int
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static const char *
kind_word(campaign_query_kind kind)
{
	switch (kind) {
	case CAMPAIGN_QUERY_URL: return "URL";
	case CAMPAIGN_QUERY_PHONE: return "phone number";
	case CAMPAIGN_QUERY_HASHTAG: return "hashtag";
	case CAMPAIGN_QUERY_SHORT: return "short link";
	}
	return "query";
}

/*
 * What source is when it is a file campaign writes but resolve does not
 * read (a ledger, a registry, manifest.csv), as a message; else NULL, and
 * the spec's or manifest's own reader reports anything wrong. Without
 * this, a ledger read as a spec was "'the spec' must be a mapping".
 */
static const char *
not_resolvable(const char *source)
{
	if (ends_with(source, ".csv"))
		return "this is a manifest CSV; resolve reads the manifest.json beside it, "
		       "or the campaign's spec";
	const char *why = NULL;
	FILE *f = cli_open_input(source, &why);
	if (!f)
		return NULL; /* the reader says why */
	char head[64] = "";
	size_t n = fread(head, 1, sizeof(head) - 1, f);
	fclose(f);
	head[n] = '\0';
	if (strncmp(head, "# libcampaign ledger ", 21) == 0)
		return "this is a ledger; resolve reads the campaign's spec (its ledger is "
		       "found beside it) or the build's manifest.json";
	if (strncmp(head, "# libcampaign registry ", 23) == 0)
		return "this is a registry; give it as --registry FILE";
	if (strncmp(head, "id,event,", 9) == 0)
		return "this is a manifest CSV; resolve reads the manifest.json beside it, "
		       "or the campaign's spec";
	return NULL;
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
	campaign_lookup *lookup = NULL;
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	struct spec_load_args load = { 0 };
	if ((rc = cli_clock(cmd, &res, &po.now)) || (rc = spec_only_load_args_parse(cmd, &res, &load)))
		goto done;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	const char *registry = opt_get(cmd, &res, "registry");
	if ((registry != NULL) != (res.nargs == 1)) {
		rc = usage_error(cmd, registry ? "with --registry, give only the QUERY"
		                               : "give a spec or manifest, and the QUERY");
		goto done;
	}
	const char *source = registry ? registry : res.args[0];
	const char *query = res.args[res.nargs - 1];
	int status;
	const char *wrong = registry ? NULL : not_resolvable(source);
	if (wrong) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, source, 0, 0,
		                   "%s", wrong);
		status = CAMPAIGN_EINVALID;
	} else if (registry) {
		/* The --limit registry-bytes a registry is held to here as a build holds it. */
		campaign_lookup_load_options lo = CAMPAIGN_LOOKUP_LOAD_OPTIONS_INIT;
		lo.max_registry_bytes = load.opts.max_registry_bytes;
		status = campaign_lookup_load_registry_ext(&lookup, registry, &lo, diags);
	} else if (ends_with(source, ".json")) {
		status = campaign_lookup_load_manifest(&lookup, source, diags);
	} else {
		status = campaign_spec_load_file_ext(&spec, source, &load.opts, diags);
		/* A URL the ledger issued is answered from it; anything else plans the spec. */
		if (status == CAMPAIGN_OK)
			status = campaign_lookup_from_ledger(&lookup, spec, &po, query, diags);
		if (status == CAMPAIGN_OK && !lookup)
			status = campaign_plan_new(&plan, spec, &po, diags);
		if (status == CAMPAIGN_OK && !lookup)
			status = campaign_lookup_from_plan(&lookup, plan);
	}
	const campaign_lookup_entry *hits[MAX_SHOWN];
	size_t count = 0;
	campaign_query_kind kind = CAMPAIGN_QUERY_URL;
	if (status == CAMPAIGN_OK)
		status = campaign_lookup_find(hits, MAX_SHOWN, &count, &kind, lookup, query, diags);
	diag_print_all(diags);
	if (status == CAMPAIGN_ENOTFOUND) {
		/* A long query is shown by its start, cut at a character's first byte. */
		int shown = cli_quote_len(query, QUERY_SHOWN);
		const char *more = query[shown] ? "..." : "";
		cli_error("campaign resolve: error: no %s in %s has the %s '%.*s%s'\n",
		        registry ? "campaign" : "placement", source, kind_word(kind), shown, query, more);
		rc = EXIT_INVALID;
		goto done;
	}
	rc = diag_exit_code(diags, status);
	if (rc != EXIT_OK)
		goto done;
	for (size_t i = 0; i < count && i < MAX_SHOWN; i++) {
		const campaign_lookup_entry *h = hits[i];
		if (registry) /* who holds or held it, and when */
			printf("%s\t%s\t%s\t%s\t%s\n",
			       h->phone ? h->phone : h->hashtag ? h->hashtag : h->short_code, h->campaign, h->id,
			       h->since, h->released ? h->released : "-");
		else
			printf("%s\t%s\t%s\t%s\t%s\n", h->id, h->event ? h->event : "-",
			       h->url ? h->url : "-", h->hashtag ? h->hashtag : "-", h->phone ? h->phone : "-");
	}
	for (size_t i = 0; !registry && i < count && i < MAX_SHOWN; i++)
		if (hits[i]->reissued)
			fprintf(stderr,
			        "campaign resolve: %s was reissued on %s; this is what its earlier flyers "
			        "carried\n", hits[i]->id, hits[i]->released);
		else if (hits[i]->released)
			fprintf(stderr,
			        "campaign resolve: %s left the spec on %s; the ledger keeps what its flyers "
			        "carried\n", hits[i]->id, hits[i]->released);
	if (count > 1)
		cli_error("campaign resolve: the %s matches %zu placements%s\n", kind_word(kind), count,
		        count > MAX_SHOWN ? " (the first 20 shown)" : "");
done:
	spec_load_args_free(&load);
	campaign_lookup_free(lookup);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

static const struct opt_spec opts[] = {
	{ "now", 0, OPT_VALUE, "ISO-8601", "the clock, when resolving from a spec" },
	{ "registry", 0, OPT_VALUE, "FILE", "look in a registry shared by campaigns instead" },
	SPEC_ONLY_LOAD_OPT_SPECS,
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

const struct cli_command cmd_resolve = {
	.name = "resolve",
	.run = run,
	.summary = "Trace a URL, phone number or hashtag back to its placement",
	.usage = "SPEC.yaml|manifest.json QUERY | --registry FILE QUERY",
	.description =
		"QUERY is any form a placement's identifier is printed, linked or copied in:\n"
		"a URL (matched on its utm_* parameters, in any order or encoding; scheme,\n"
		"host case or script, a trailing slash and trackers' gclid, fbclid, yclid do\n"
		"not matter; among placements with the same UTM values, the one whose\n"
		"landing the URL has), a phone number (a tel: or sms: link, or the number as\n"
		"printed, with spaces of any width, direction marks, digits of any script),\n"
		"a hashtag in any case, with or without '#', or a short link or its bare\n"
		"code in any case (a mistyped code gets the code meant). A query that is none\n"
		"of them is an error. Prints one line per matching placement: id, event, URL,\n"
		"hashtag, phone. Exits 1 when nothing matches. From a spec, placements that\n"
		"left it still resolve from the ledger, after the present ones; a URL the\n"
		"ledger issued to a placement the spec still has is answered from the\n"
		"ledger without planning the others (campaign(1) says when). With\n"
		"--registry, finds which campaign holds or held a number, hashtag or short\n"
		"code: one line each time it was given, number (tag, code), campaign,\n"
		"placement, since, released.",
	.opts = opts,
	.min_args = 1,
	.max_args = 2,
};
