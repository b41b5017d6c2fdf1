/*
 * A batch from a CSV file, as a print pipeline runs one: every row of a
 * contact list becomes a placement of a spec built in code (so ids are
 * checked as safe file names and unique, and URLs unique), the plan gives
 * each its tracking URL, and one QR code per contact is written into a
 * directory with a single flush to disk for the whole batch.
 *
 *	batch_from_csv CONTACTS.csv OUT_DIR
 *
 * CONTACTS.csv has a header line and rows "id,name" (no quoted fields in
 * this example). Writes OUT_DIR/<id>.png and prints "id,url" per row.
 */
/* POSIX 2008: O_DIRECTORY, also under a strict -std=c11. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <campaign/campaign.h>

/* Adds one placement per data row; the spec copies every string it is given. */
static int
add_rows(campaign_spec *spec, FILE *csv, campaign_diags *diags)
{
	char line[1024];
	unsigned long row = 0;
	if (!fgets(line, sizeof(line), csv))
		return CAMPAIGN_EINVALID;
	while (fgets(line, sizeof(line), csv)) {
		line[strcspn(line, "\r\n")] = '\0';
		char *comma = strchr(line, ',');
		if (!comma)
			continue;
		*comma = '\0';
		campaign_param columns[] = { { "id", line }, { "name", comma + 1 } };
		campaign_placement p = CAMPAIGN_PLACEMENT_INIT;
		p.id = line;
		p.event = "rally";
		p.source = "letter";
		p.medium = "print";
		p.content = line;
		p.qr = 1;
		/* Kept with the placement, so later diagnostics name the row. */
		p.rows_file = "contacts.csv";
		p.row_number = ++row;
		p.row = columns;
		p.row_count = 2;
		int rc = campaign_spec_add_placement(spec, &p, diags);
		if (rc)
			return rc;
	}
	return CAMPAIGN_OK;
}

static int
write_codes(const campaign_plan *plan, const char *dir, campaign_diags *diags)
{
	int dirfd = open(dir, O_RDONLY | O_DIRECTORY);
	if (dirfd < 0) {
		perror(dir);
		return CAMPAIGN_EIO;
	}
	campaign_qr_writer *w = NULL;
	int rc = campaign_qr_writer_new(&w, dirfd, dir);
	campaign_qr_options opts = CAMPAIGN_QR_OPTIONS_INIT;
	opts.size_mm = 25;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < campaign_plan_count(plan); i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		campaign_qr *qr = NULL;
		rc = campaign_qr_encode(&qr, a->url, strlen(a->url), &opts, diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign_qr_writer_add(w, a->placement->id, qr, CAMPAIGN_QR_FORMAT_PNG,
			                            &opts, diags);
		campaign_qr_free(qr);
		if (rc == CAMPAIGN_OK)
			printf("%s,%s\n", a->placement->id, a->url);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_writer_commit(w, diags);
	campaign_qr_writer_free(w);
	close(dirfd);
	return rc;
}

int
main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s CONTACTS.csv OUT_DIR\n", argv[0]);
		return 2;
	}
	FILE *csv = fopen(argv[1], "r");
	if (!csv) {
		perror(argv[1]);
		return 1;
	}
	campaign_diags *diags = NULL;
	campaign_spec *spec = NULL;
	campaign_plan *plan = NULL;
	int rc = campaign_diags_new(&diags);

	campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
	so.landing = "https://union.example/join";
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_new(&spec, "Rally 2026", &so, diags);
	campaign_event event = CAMPAIGN_EVENT_INIT;
	event.id = "rally";
	event.title = "Rally";
	event.date = "2026-12-05";
	if (rc == CAMPAIGN_OK)
		rc = campaign_spec_add_event(spec, &event, diags);
	if (rc == CAMPAIGN_OK)
		rc = add_rows(spec, csv, diags);
	if (rc == CAMPAIGN_OK) {
		campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
		po.now = 1796083200;
		po.ledger_path = "/nonexistent/batch.ledger";
		rc = campaign_plan_new(&plan, spec, &po, diags);
	}
	if (rc == CAMPAIGN_OK)
		rc = write_codes(plan, argv[2], diags);
	for (size_t i = 0; diags && i < campaign_diags_count(diags); i++)
		fprintf(stderr, "%s\n", campaign_diags_get(diags, i)->message);
	if (rc)
		fprintf(stderr, "failed: %s\n", campaign_strerror(rc));

	campaign_plan_free(plan);
	campaign_spec_free(spec);
	campaign_diags_free(diags);
	fclose(csv);
	return rc == CAMPAIGN_OK ? 0 : 1;
}
