/*
 * A flyer from a campaign built in code, as a web service renders one on
 * request: no YAML. The spec (campaign, phone pool, event, placement) is
 * made with campaign_spec_new() and friends, checked as the YAML loader
 * checks it; the plan gives the placement its tracking URL, number and
 * hashtag; the built-in template "flyer-a5" is filled with them
 * (campaign_plan_values(), the values `campaign build` gives it) and
 * rendered to a PDF in memory, then written out.
 *
 *	flyer_from_code TEMPLATES_DIR OUT.pdf
 *
 * TEMPLATES_DIR is where the built-in templates are installed
 * (`pkg-config --variable=templatesdir libcampaign`). Prints the URL, the
 * number as printed and the hashtag, one per line.
 */
#include <stdio.h>
#include <string.h>

#include <campaign/campaign.h>

/* 2026-12-01 00:00 UTC: a fixed clock, so the PDF is the same bytes every run. */
#define NOW 1796083200

static int
make_spec(campaign_spec **out, campaign_diags *diags)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://union.example/rally";
	so.language = "en";
	int rc = campaign_spec_new(out, "Rally for a living wage", &so, diags);
	if (rc)
		return rc;

	const char *pool[] = { "+1 212 555 0101", "(212) 555-0102" };
	campaign_spec_phones phones = CAMPAIGN_SPEC_PHONES_INIT;
	phones.country_code = 1;
	phones.display = "(XXX) XXX-XXXX";
	phones.pool = pool;
	phones.pool_count = 2;
	rc = campaign_spec_set_phones(*out, &phones, diags);
	if (rc)
		return rc;

	campaign_event event = CAMPAIGN_EVENT_INIT;
	event.id = "rally-nyc";
	event.title = "Rally for a living wage";
	event.date = "2026-12-05";
	event.time = "12:00";
	event.venue = "Union Square, New York";
	rc = campaign_spec_add_event(*out, &event, diags);
	if (rc)
		return rc;

	campaign_placement flyer = CAMPAIGN_PLACEMENT_INIT;
	flyer.id = "flyer-gate-a";
	flyer.event = "rally-nyc";
	flyer.source = "flyer";
	flyer.medium = "print";
	flyer.content = "Gate A";
	flyer.template_name = "flyer-a5";
	flyer.phone = 1;
	return campaign_spec_add_placement(*out, &flyer, diags);
}

/* The plan's first placement filled into its template, as `campaign build` fills it. */
static int
render(campaign_buf *pdf, const campaign_spec *spec, const campaign_plan *plan,
       const char *templates_dir, campaign_diags *diags)
{
	const char *dirs[] = { templates_dir, NULL };
	campaign_template *tpl = NULL;
	campaign_values *values = NULL;
	campaign_flyer *flyer = NULL;
	int rc = campaign_template_open(&tpl, campaign_plan_get(plan, 0)->placement->template_name,
	                                dirs, diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_plan_values(&values, plan, 0);
	if (rc == CAMPAIGN_OK) {
		campaign_flyer_options fo = CAMPAIGN_FLYER_OPTIONS_INIT;
		fo.language = campaign_spec_language(spec);
		rc = campaign_flyer_new(&flyer, tpl, campaign_values_params(values),
		                        campaign_values_count(values), &fo, diags);
	}
	if (rc == CAMPAIGN_OK) {
		campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
		ro.now = NOW;
		rc = campaign_flyer_render(pdf, flyer, &ro, diags);
	}
	campaign_flyer_free(flyer);
	campaign_values_free(values);
	campaign_template_free(tpl);
	return rc;
}

int
main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s TEMPLATES_DIR OUT.pdf\n", argv[0]);
		return 2;
	}
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		return 1;
	campaign_spec *spec = NULL;
	campaign_plan *plan = NULL;
	campaign_buf pdf = CAMPAIGN_BUF_INIT;

	int rc = make_spec(&spec, diags);
	if (rc == CAMPAIGN_OK) {
		campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
		po.now = NOW;
		/* Read-only here: a plan reads the ledger, only campaign_build() writes it. */
		po.ledger_path = "/nonexistent/rally.ledger";
		rc = campaign_plan_new(&plan, spec, &po, diags);
	}
	const campaign_assignment *a = plan ? campaign_plan_get(plan, 0) : NULL;
	if (rc == CAMPAIGN_OK)
		rc = render(&pdf, spec, plan, argv[1], diags);
	if (rc == CAMPAIGN_OK) {
		FILE *f = fopen(argv[2], "wb");
		if (!f || fwrite(pdf.ptr, 1, pdf.size, f) != pdf.size || fclose(f) != 0) {
			perror(argv[2]);
			rc = CAMPAIGN_EIO;
		}
	}
	if (rc == CAMPAIGN_OK)
		printf("%s\n%s\n%s\n", a->url, a->phone_display, a->hashtag);
	for (size_t i = 0; i < campaign_diags_count(diags); i++)
		fprintf(stderr, "%s\n", campaign_diags_get(diags, i)->message);

	campaign_buf_dispose(&pdf);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	/* Releases fontconfig's and pango's caches, so a leak checker sees a clean exit. */
	campaign_shutdown();
	return rc == CAMPAIGN_OK ? 0 : 1;
}
