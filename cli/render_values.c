/*
 * The identifiers `render --set` gives a flyer, held to the rules a spec's
 * are made by: a build prints only a landing the spec accepts, a number
 * read from the pool and a tag the hashtag builder made, so what `render`
 * prints from the command line must be one of those too. (Dates and times
 * are checked by the library, for every caller.)
 */
#include "render_values.h"

#include <stdio.h>
#include <string.h>

/*
 * The url: the spec's rules for a landing (no credentials, no escaped
 * controls, no port 0, nothing unseen in the host; a warning for hosts a
 * phone cannot reach). The library's URL builder checks them, given any
 * UTM values.
 */
static int
check_url(const char *value, campaign_diags *diags)
{
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	utm.source = "render";
	utm.medium = "print";
	utm.campaign = "render";
	campaign_buf built = CAMPAIGN_BUF_INIT;
	int rc = campaign_utm_build(&built, value, &utm, diags);
	campaign_buf_dispose(&built);
	return rc;
}

/* The E.164 form the library reads text as, into *e164; the library's error in diags. */
static int
normalize(const char *text, campaign_buf *e164, campaign_diags *diags)
{
	return campaign_phone_normalize(e164, text, NULL, diags);
}

/*
 * The printed number: what a display mask makes, and what `resolve` reads
 * back. An international form is read as the pool's numbers are. A
 * national one ("8 (495) 123-45-01") has no country code to be completed
 * with here, so it is read after an unassigned code (+999), which checks
 * the same characters and the digit count without a country's own rule.
 */
static int
check_phone(const char *value, campaign_diags *diags)
{
	campaign_buf e164 = CAMPAIGN_BUF_INIT;
	int international = value[0] == '+' || strncmp(value, "00", 2) == 0 ||
	                    strncmp(value, "tel:", 4) == 0;
	int rc;
	if (international) {
		rc = normalize(value, &e164, diags);
	} else {
		char probe[1100];
		if ((size_t)snprintf(probe, sizeof(probe), "+999 %s", value) >= sizeof(probe))
			probe[0] = '\0'; /* far too long for a number: refused below */
		rc = normalize(probe, &e164, NULL);
		if (rc == CAMPAIGN_EINVALID)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
			                   "the value of 'phone' is not a phone number as a display mask "
			                   "prints one (digits, spaces, '-', '.', '/' and brackets): '%.64s'",
			                   value);
	}
	campaign_buf_dispose(&e164);
	return rc;
}

/* phone_e164 is the pool's form itself, and tel is "tel:" and that form (RFC 3966, no separators). */
static int
check_e164(const char *key, const char *value, const char *prefix, campaign_diags *diags)
{
	size_t n = strlen(prefix);
	campaign_buf e164 = CAMPAIGN_BUF_INIT;
	int rc = strncmp(value, prefix, n) == 0 ? normalize(value + n, &e164, NULL) : CAMPAIGN_EINVALID;
	if (rc == CAMPAIGN_OK && strcmp(e164.ptr, value + n) != 0)
		rc = CAMPAIGN_EINVALID;
	if (rc == CAMPAIGN_EINVALID)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, NULL, 0, 0,
		                   "the value of '%s' must be %s'+' and 7 to 15 digits with nothing "
		                   "between them (E.164), not '%.64s'",
		                   key, n ? "'tel:', " : "", value);
	campaign_buf_dispose(&e164);
	return rc;
}

/*
 * The tag: '#' and what the hashtag builder makes of its own text, so
 * letters, digits and '_', starting with a letter, nothing invisible. The
 * builder's lower style and the comparison both ignore case, so a camel
 * tag passes as it is.
 */
static int
check_hashtag(const char *value, campaign_diags *diags)
{
	if (value[0] != '#') {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the value of 'hashtag' must start with '#', not '%.64s'", value);
		return CAMPAIGN_EINVALID;
	}
	campaign_hashtag_options ho = CAMPAIGN_HASHTAG_OPTIONS_INIT;
	ho.style = CAMPAIGN_HASHTAG_STYLE_LOWER;
	ho.max_length = CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT;
	campaign_buf made = CAMPAIGN_BUF_INIT;
	int rc = campaign_hashtag_make(&made, value + 1, &ho, diags);
	if (rc == CAMPAIGN_OK && !campaign_hashtag_equal(made.ptr, value)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "the value of 'hashtag' is not a hashtag: '%.64s' would be '%.64s' "
		                   "(letters, digits and '_' only, starting with a letter)",
		                   value, made.ptr);
		rc = CAMPAIGN_EINVALID;
	}
	campaign_buf_dispose(&made);
	return rc;
}

int
render_values_check(const campaign_param *values, size_t n, campaign_diags *diags)
{
	int status = CAMPAIGN_OK;
	for (size_t i = 0; i < n && status != CAMPAIGN_ENOMEM; i++) {
		const char *key = values[i].key, *value = values[i].value;
		int rc = CAMPAIGN_OK;
		if (strcmp(key, "url") == 0)
			rc = check_url(value, diags);
		else if (strcmp(key, "phone") == 0)
			rc = check_phone(value, diags);
		else if (strcmp(key, "phone_e164") == 0)
			rc = check_e164(key, value, "", diags);
		else if (strcmp(key, "tel") == 0)
			rc = check_e164(key, value, "tel:", diags);
		else if (strcmp(key, "hashtag") == 0)
			rc = check_hashtag(value, diags);
		if (rc && (status == CAMPAIGN_OK || rc == CAMPAIGN_ENOMEM))
			status = rc;
	}
	return status;
}
