/*
 * Phone numbers as people write them: campaign_phone_normalize(), then the
 * display mask (campaign_phone_mask_check(), campaign_phone_format()) and
 * the tel: URI.
 *
 * Input: NUL-separated parts: rules, number, mask. The rules' first byte
 * picks a country code from a list that covers every length-checked country
 * and codes of one, two and three digits (or none); the rest of the part is
 * the trunk prefix.
 *
 * Invariants: an accepted number is '+' and 7 to 15 digits, not starting
 * with 0, and reads back as itself (with and without the rules); its tel:
 * URI is "tel:" and the number; a mask that passes its check and formats the
 * number gives the mask with each X replaced by the next national digit.
 */
#include <stdlib.h>
#include <string.h>

#include "campaign/campaign.h"
#include "fuzz_util.h"

static const unsigned country_codes[] = { 0, 1, 7, 31, 33, 34, 44, 49, 375, 380, 971 };

static void
check_e164(const char *n)
{
	size_t digits = strspn(n + 1, "0123456789");
	FUZZ_CHECK(n[0] == '+' && n[1] != '0' && n[1 + digits] == '\0');
	FUZZ_CHECK(digits >= 7 && digits <= 15);
}

/*
 * The mask with each X replaced by the national digits in order: they are the
 * number's last digits, as many as the mask has X (format requires that).
 */
static const char *
expected_display(const char *e164, const char *mask)
{
	static char out[4096];
	size_t xs = 0;
	for (const char *m = mask; *m; m++)
		xs += *m == 'X' || *m == 'x';
	size_t len = strlen(e164);
	FUZZ_CHECK(xs < len && strlen(mask) < sizeof(out));
	const char *digit = e164 + len - xs;
	size_t n = 0;
	for (const char *m = mask; *m; m++)
		out[n++] = *m == 'X' || *m == 'x' ? *digit++ : *m;
	out[n] = '\0';
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *parts[3];
	fuzz_split(data, size, parts, 3);
	campaign_phone_rules rules = CAMPAIGN_PHONE_RULES_INIT;
	if (parts[0][0]) {
		size_t count = sizeof(country_codes) / sizeof(country_codes[0]);
		size_t k = (unsigned char)parts[0][0] % count;
		rules.country_code = country_codes[k];
		rules.trunk_prefix = parts[0] + 1;
	}
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		abort();
	campaign_buf e164 = CAMPAIGN_BUF_INIT;
	int rc = campaign_phone_normalize(&e164, parts[1], &rules, diags);
	fuzz_check_diags(diags, rc);
	if (rc == CAMPAIGN_OK) {
		check_e164(e164.ptr);
		campaign_buf again = CAMPAIGN_BUF_INIT;
		FUZZ_CHECK(campaign_phone_normalize(&again, e164.ptr, &rules, NULL) == CAMPAIGN_OK);
		FUZZ_CHECK(strcmp(again.ptr, e164.ptr) == 0);
		campaign_buf_dispose(&again);
		FUZZ_CHECK(campaign_phone_normalize(&again, e164.ptr, NULL, NULL) == CAMPAIGN_OK);
		FUZZ_CHECK(strcmp(again.ptr, e164.ptr) == 0);
		campaign_buf_dispose(&again);

		campaign_buf tel = CAMPAIGN_BUF_INIT;
		FUZZ_CHECK(campaign_phone_tel_uri(&tel, e164.ptr, NULL) == CAMPAIGN_OK);
		FUZZ_CHECK(strncmp(tel.ptr, "tel:", 4) == 0 && strcmp(tel.ptr + 4, e164.ptr) == 0);
		campaign_buf_dispose(&tel);

		campaign_diags_clear(diags);
		rc = campaign_phone_mask_check(parts[2], &rules, "fuzz", 1, 1, diags);
		fuzz_check_diags(diags, rc);
		campaign_buf shown = CAMPAIGN_BUF_INIT;
		campaign_diags_clear(diags);
		int frc = campaign_phone_format(&shown, e164.ptr, parts[2], diags);
		fuzz_check_diags(diags, frc);
		if (frc == CAMPAIGN_OK)
			FUZZ_CHECK(strcmp(shown.ptr, expected_display(e164.ptr, parts[2])) == 0);
		campaign_buf_dispose(&shown);
	}
	campaign_buf_dispose(&e164);
	campaign_diags_free(diags);
	fuzz_free_parts(parts, 3);
	return 0;
}
