/*
 * Separate handles from separate threads at once, as the headers promise
 * (a web service rendering flyers on request): each thread loads its own
 * template, fills and renders a flyer to PDF and PNG, encodes and renders a
 * QR code, and builds a spec in code and plans it, several times over. All
 * threads must get the same bytes as a run on the main thread alone. Run
 * under ThreadSanitizer by tests/run (build-tsan, suite 'threads').
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "api_check.h"

#define THREADS 6
#define ROUNDS 3

struct result {
	campaign_buf pdf, png, qr;
	char url[512];
	int failed;
	char why[512];
};

static const campaign_param values[] = {
	{ "event.title", "Митинг за достойную зарплату" },
	{ "event.date", "2026-12-05" },
	{ "event.time", "12:00" },
	{ "event.venue", "Парк Горького" },
	{ "url", "https://example.org/rally?utm_source=flyer&utm_medium=print" },
	{ "phone", "+7 (495) 123-45-01" },
	{ "hashtag", "#Митинг" },
	{ "campaign.name", "Rally" },
	{ "tel", "tel:+74951234501" },
};

static int
plan_url(char *out, size_t size, campaign_diags *d)
{
	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://профсоюз.рф/rally";
	campaign_spec *spec = NULL;
	int rc = campaign_spec_new(&spec, "Митинг 2026", &so, d);
	campaign_event ev = CAMPAIGN_EVENT_INIT;
	ev.id = "moscow";
	ev.title = "Митинг";
	ev.date = "2026-12-05";
	campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
	p.id = "flyer";
	p.event = "moscow";
	p.source = "Листовка";
	p.medium = "print";
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_add_event(spec, &ev, d);
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_add_placement(spec, &p, d);
	campaign_plan *plan = NULL;
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.ledger_path = "/nonexistent/threads.ledger";
	if (rc == CAMPAIGN_OK)
		rc = campaign_plan_new(&plan, spec, &po, d);
	if (rc == CAMPAIGN_OK)
		snprintf(out, size, "%s %s", campaign_plan_get(plan, 0)->url,
		         campaign_plan_get(plan, 0)->hashtag);
	campaign_plan_free(plan);
	campaign_spec_free(spec);
	return rc;
}

static int
one_round(struct result *r, campaign_diags *d)
{
	const char *dirs[] = { "../templates", NULL };
	campaign_template *t = NULL;
	campaign_flyer *f = NULL;
	campaign_qr *qr = NULL;
	int rc = campaign_template_open(&t, "flyer-a6", dirs, d);
	if (rc == CAMPAIGN_OK)
		rc = campaign_flyer_new(&f, t, values, sizeof(values) / sizeof(values[0]), NULL, d);
	campaign_render_options ro = CAMPAIGN_RENDER_OPTIONS_INIT;
	ro.now = 1796083200;
	if (rc == CAMPAIGN_OK)
		rc = campaign_flyer_render(&r->pdf, f, &ro, d);
	ro.format = CAMPAIGN_RENDER_PNG;
	ro.dpi = 100;
	if (rc == CAMPAIGN_OK)
		rc = campaign_flyer_render(&r->png, f, &ro, d);
	const char *payload = "https://example.org/rally?utm_source=flyer";
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_encode(&qr, payload, strlen(payload), NULL, d);
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_render(&r->qr, qr, CAMPAIGN_QR_FORMAT_PNG, NULL, d);
	if (rc == CAMPAIGN_OK)
		rc = plan_url(r->url, sizeof(r->url), d);
	campaign_qr_free(qr);
	campaign_flyer_free(f);
	campaign_template_free(t);
	return rc;
}

static void
release(struct result *r)
{
	campaign_buf_dispose(&r->pdf);
	campaign_buf_dispose(&r->png);
	campaign_buf_dispose(&r->qr);
}

static int
same(const campaign_buf *a, const campaign_buf *b)
{
	return a->size == b->size && a->size > 0 && memcmp(a->ptr, b->ptr, a->size) == 0;
}

static const struct result *reference;

static void *
worker(void *arg)
{
	struct result *r = arg;
	campaign_diags *d = NULL;
	if (campaign_diags_new(&d) != CAMPAIGN_OK) {
		r->failed = 1;
		return NULL;
	}
	for (int round = 0; round < ROUNDS && !r->failed; round++) {
		release(r);
		int rc = one_round(r, d);
		if (rc != CAMPAIGN_OK) {
			r->failed = 1;
			snprintf(r->why, sizeof(r->why), "round %d: %s: %s", round,
			         campaign_strerror(rc),
			         campaign_diags_count(d) ? campaign_diags_get(d, 0)->message : "");
		} else if (!same(&r->pdf, &reference->pdf) || !same(&r->png, &reference->png) ||
		           !same(&r->qr, &reference->qr) || strcmp(r->url, reference->url) != 0) {
			r->failed = 1;
			snprintf(r->why, sizeof(r->why),
			         "round %d: output differs from one thread alone", round);
		}
	}
	campaign_diags_free(d);
	return NULL;
}

static void
test_api_threads__flyers_codes_and_plans_at_once(void)
{
	static struct result alone, results[THREADS];
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	ASSERT_OK(one_round(&alone, d), d);
	campaign_diags_free(d);
	reference = &alone;

	pthread_t threads[THREADS];
	for (int i = 0; i < THREADS; i++)
		ASSERT_INT_EQ(pthread_create(&threads[i], NULL, worker, &results[i]), 0);
	for (int i = 0; i < THREADS; i++)
		pthread_join(threads[i], NULL);
	int failed = 0;
	for (int i = 0; i < THREADS; i++) {
		if (results[i].failed) {
			printf("#   thread %d: %s\n", i, results[i].why);
			failed++;
		}
		release(&results[i]);
	}
	ASSERT_STR_EQ(alone.url,
	              "https://xn--g1anacfhu6f.xn--p1ai/rally?utm_source=listovka&utm_medium=print"
	              "&utm_campaign=miting_2026 #Митинг");
	release(&alone);
	ASSERT_INT_EQ(failed, 0);
}

int
main(void)
{
	RUN(test_api_threads__flyers_codes_and_plans_at_once);
	campaign_shutdown();
	return harness_done();
}
