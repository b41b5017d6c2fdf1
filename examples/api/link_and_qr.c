/*
 * A tracked link and its QR code, as a CRM plugin makes one per contact:
 * UTM values through the campaign's naming convention, the UTM-tagged URL,
 * the QR code checked for print and written as a PNG. Every failure prints
 * the library's diagnostics and the status's meaning.
 *
 *	link_and_qr LANDING_URL CONTACT_ID OUT.png
 *
 * prints the URL; OUT.png is a 30 mm code at 300 dpi that decodes to it.
 */
/* POSIX 2008: AT_FDCWD, also under a strict -std=c11. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdio.h>
#include <string.h>

#include <campaign/campaign.h>

static int
report(campaign_diags *diags, int status)
{
	for (size_t i = 0; i < campaign_diags_count(diags); i++)
		fprintf(stderr, "error: %s\n", campaign_diags_get(diags, i)->message);
	fprintf(stderr, "failed: %s\n", campaign_strerror(status));
	return 1;
}

int
main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: %s LANDING_URL CONTACT_ID OUT.png\n", argv[0]);
		return 2;
	}
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK)
		return 1;
	int rc;
	int exit_code = 0;
	campaign_buf content = CAMPAIGN_BUF_INIT;
	campaign_buf url = CAMPAIGN_BUF_INIT;
	campaign_qr *qr = NULL;

	/* "Ivan Petrov 42" -> "ivan_petrov_42": the spec's default convention. */
	rc = campaign_utm_apply_conventions(&content, argv[2], NULL, diags);
	if (rc == CAMPAIGN_OK) {
		campaign_utm utm = CAMPAIGN_UTM_INIT;
		utm.source = "crm";
		utm.medium = "email";
		utm.campaign = "rally_2026";
		utm.content = content.ptr;
		rc = campaign_utm_build(&url, argv[1], &utm, diags);
	}
	if (rc == CAMPAIGN_OK) {
		campaign_qr_options opts = CAMPAIGN_QR_OPTIONS_INIT;
		opts.size_mm = 30;
		opts.dpi = 300;
		rc = campaign_qr_encode(&qr, url.ptr, url.size, &opts, diags);
		/* Would it scan on paper? Too small modules are an error, not a surprise later. */
		if (rc == CAMPAIGN_OK)
			rc = campaign_qr_check_print(qr, CAMPAIGN_QR_FORMAT_PNG, &opts, NULL, 0, 0,
			                             diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign_qr_write(AT_FDCWD, argv[3], qr, CAMPAIGN_QR_FORMAT_PNG, &opts,
			                       diags);
	}
	if (rc == CAMPAIGN_OK)
		printf("%s\n", url.ptr);
	else
		exit_code = report(diags, rc);

	campaign_qr_free(qr);
	campaign_buf_dispose(&url);
	campaign_buf_dispose(&content);
	campaign_diags_free(diags);
	return exit_code;
}
