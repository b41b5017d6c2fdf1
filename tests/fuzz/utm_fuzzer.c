/*
 * The URL builder: campaign_utm_build() on a fuzzed landing URL and fuzzed
 * values, optionally passed through campaign_utm_apply_conventions() first
 * (as the spec does).
 *
 * Input: NUL-separated parts: flags, landing URL, source, medium, campaign,
 * id, term, content, then custom parameters as key, value pairs. Flags: the
 * first byte's bits choose conventions on (1), lower case (2),
 * transliteration (4), separator "-" (8) or "" (16) instead of "_".
 *
 * Invariants: an accepted URL is pure printable ASCII, building it again
 * with the same values changes nothing (two runs over one spec print one
 * link), its utm_* values decode back to what was given (ASCII values, which
 * NFC leaves alone), and conventions applied twice change nothing more.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"
#include "ids/url.h"

#define PARTS 14

static int
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/* Applies the convention to *value when conventions are on; the copy lands in *keep. */
static void
convene(const char **value, campaign_buf *keep, const campaign_utm_conventions *conv)
{
	if (!*value || !conv)
		return;
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	int rc = campaign_utm_apply_conventions(keep, *value, conv, diags);
	fuzz_check_diags(diags, rc);
	campaign_diags_free(diags);
	if (rc != CAMPAIGN_OK)
		return;
	/* A separator with whitespace in it is split again by a second pass, by design. */
	if (!strpbrk(conv->separator, " \t\n\v\f\r")) {
		campaign_buf again = CAMPAIGN_BUF_INIT;
		rc = campaign_utm_apply_conventions(&again, keep->ptr, conv, NULL);
		FUZZ_CHECK(rc == CAMPAIGN_OK);
		FUZZ_CHECK(strcmp(again.ptr, keep->ptr) == 0);
		campaign_buf_dispose(&again);
	}
	*value = keep->ptr;
}

static const char *
decoded_utm(const struct url_param *p, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(p[i].key, key) == 0)
			return p[i].value;
	return NULL;
}

static void
check_value(const struct url_param *p, size_t n, const char *key, const char *given)
{
	if (!given || !given[0] || !is_ascii(given))
		return;
	const char *got = decoded_utm(p, n, key);
	FUZZ_CHECK(got && strcmp(got, given) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *parts[PARTS];
	size_t present = fuzz_split(data, size, parts, PARTS);
	unsigned flags = (unsigned char)parts[0][0];
	campaign_utm_conventions conv = CAMPAIGN_UTM_CONVENTIONS_INIT;
	conv.lowercase = (flags & 2) != 0;
	conv.transliterate = (flags & 4) != 0;
	conv.separator = flags & 8 ? "-" : flags & 16 ? "" : "_";
	const campaign_utm_conventions *use = flags & 1 ? &conv : NULL;

	campaign_buf kept[6] = { CAMPAIGN_BUF_INIT, CAMPAIGN_BUF_INIT, CAMPAIGN_BUF_INIT,
	                         CAMPAIGN_BUF_INIT, CAMPAIGN_BUF_INIT, CAMPAIGN_BUF_INIT };
	const char *values[6];
	for (int i = 0; i < 6; i++) {
		values[i] = (size_t)(2 + i) < present ? parts[2 + i] : NULL;
		convene(&values[i], &kept[i], use);
	}
	campaign_param params[3];
	size_t param_count = 0;
	for (size_t k = 8; k + 1 < PARTS && k + 1 < present; k += 2)
		params[param_count++] = (campaign_param){ parts[k], parts[k + 1] };

	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = values[0];
	utm.medium = values[1];
	utm.campaign = values[2];
	utm.id = values[3];
	utm.term = values[4];
	utm.content = values[5];
	utm.params = params;
	utm.param_count = param_count;

	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_buf url = CAMPAIGN_BUF_INIT;
	int rc = campaign_utm_build(&url, parts[1], &utm, diags);
	fuzz_check_diags(diags, rc);
	if (rc == CAMPAIGN_OK) {
		FUZZ_CHECK(strlen(url.ptr) == url.size);
		for (const unsigned char *p = (const unsigned char *)url.ptr; *p; p++)
			FUZZ_CHECK(*p > 0x20 && *p < 0x7F);
		FUZZ_CHECK(strncmp(url.ptr, "http://", 7) == 0 ||
		           strncmp(url.ptr, "https://", 8) == 0);
		campaign_buf again = CAMPAIGN_BUF_INIT;
		FUZZ_CHECK(campaign_utm_build(&again, url.ptr, &utm, NULL) == CAMPAIGN_OK);
		FUZZ_CHECK(strcmp(again.ptr, url.ptr) == 0);
		campaign_buf_dispose(&again);
		struct url_param *p = NULL;
		size_t n = 0;
		FUZZ_CHECK(campaign__url_utm_params(url.ptr, &p, &n) == CAMPAIGN_OK);
		static const char *const keys[6] = { "utm_source", "utm_medium", "utm_campaign",
		                                     "utm_id", "utm_term", "utm_content" };
		for (int i = 0; i < 6; i++)
			check_value(p, n, keys[i], values[i]);
		campaign__url_params_free(p, n);
	}
	campaign_buf_dispose(&url);
	for (int i = 0; i < 6; i++)
		campaign_buf_dispose(&kept[i]);
	campaign_diags_free(diags);
	fuzz_free_parts(parts, PARTS);
	return 0;
}
