/* `render --set` values checked as a spec's identifiers are. */
#ifndef CAMPAIGN_CLI_RENDER_VALUES_H
#define CAMPAIGN_CLI_RENDER_VALUES_H

#include <campaign/campaign.h>

/*
 * Checks the values of url, phone, phone_e164, tel and hashtag by the
 * rules the spec's landing, pool and hashtag builder follow; other keys
 * are the library's to check. Reports every problem into diags.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID or CAMPAIGN_ENOMEM.
 */
int render_values_check(const campaign_param *values, size_t n, campaign_diags *diags);

#endif
