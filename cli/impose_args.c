/* --sheet, --grid, --gutter, --office, --margin, --labels: see impose_args.h. */
#include "impose_args.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#include "exit.h"

/*
 * "5", "5mm", "0.5cm", "0.2in", "14pt" in mm; 0, or -1. Read by hand: the
 * decimal point is '.' whatever the locale.
 */
static int
parse_length_mm(const char *text, double *mm)
{
	double v = 0, scale = 1;
	int digits = 0, point = 0;
	const char *p = text;
	for (; *p && ((*p >= '0' && *p <= '9') || (*p == '.' && !point)); p++) {
		if (*p == '.') {
			point = 1;
			continue;
		}
		if (++digits > 9)
			return -1;
		if (point)
			scale /= 10;
		v = v * 10 + (*p - '0');
	}
	if (!digits)
		return -1;
	v *= scale;
	static const struct {
		const char *unit;
		double mm;
	} units[] = { { "", 1 }, { "mm", 1 }, { "cm", 10 }, { "in", 25.4 }, { "pt", 25.4 / 72 } };
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(p, units[i].unit) == 0) {
			*mm = v * units[i].mm;
			return 0;
		}
	return -1;
}

static int
parse_grid(const struct cli_command *cmd, const char *text, campaign_impose_options *io)
{
	if (strcmp(text, "auto") == 0)
		return 0;
	char *end;
	long c = strtol(text, &end, 10), r = 0;
	if (end != text && (*end == 'x' || *end == 'X') && end[1] >= '0' && end[1] <= '9') {
		const char *rows = end + 1;
		r = strtol(rows, &end, 10);
	}
	if (*end || c < 1 || c > 100 || r < 1 || r > 100)
		return usage_error(cmd, "--grid must be auto or COLUMNSxROWS from 1x1 to 100x100, not '%s'", text);
	io->columns = (int)c;
	io->rows = (int)r;
	return 0;
}

/*
 * The values the library would refuse once the templates are read (an
 * unknown sheet, a gutter of a metre): a mistyped option is a usage error,
 * as --dpi 0 is, whichever command it is given to.
 */
static int
check_values(const struct cli_command *cmd, const campaign_impose_options *io)
{
	campaign_diags *diags = NULL;
	int rc = campaign_diags_new(&diags);
	if (rc == CAMPAIGN_OK)
		rc = campaign_impose_options_check(io, diags);
	const campaign_diag *d = diags && campaign_diags_count(diags) ? campaign_diags_get(diags, 0) : NULL;
	int status = rc == CAMPAIGN_OK ? 0 : rc == CAMPAIGN_EINVALID && d ? usage_error(cmd, "%s", d->message)
	                                                                   : EXIT_ENV;
	if (status == EXIT_ENV)
		fprintf(stderr, "campaign %s: error: %s\n", cmd->name, campaign_strerror(rc));
	campaign_diags_free(diags);
	return status;
}

int
impose_args(const struct cli_command *cmd, const struct opt_result *res, campaign_impose_options *io,
            int *sheets)
{
	const char *grid = opt_get(cmd, res, "grid"), *gutter = opt_get(cmd, res, "gutter");
	const char *margin = opt_get(cmd, res, "margin");
	io->sheet = opt_get(cmd, res, "sheet");
	io->labels = opt_get(cmd, res, "labels");
	io->labels_dir = getenv(LABELS_DIR_ENV);
	io->office = opt_count(cmd, res, "office") > 0;
	*sheets = io->sheet || io->labels || grid;
	if (io->labels && (io->sheet || grid || gutter))
		return usage_error(cmd, "--labels gives the sheet and the grid: leave out --sheet, --grid and --gutter");
	if (io->labels && io->office)
		return usage_error(cmd, "--labels and --office: a label sheet has neither bleed nor marks anyway");
	if (margin && !io->office)
		return usage_error(cmd, "--margin is the office printer's: give --office too");
	if (grid && parse_grid(cmd, grid, io))
		return EXIT_USAGE;
	if (gutter && parse_length_mm(gutter, &io->gutter_mm))
		return usage_error(cmd, "--gutter must be a length such as 5mm, 0.2in or 0, not '%s'", gutter);
	if (margin && parse_length_mm(margin, &io->margin_mm))
		return usage_error(cmd, "--margin must be a length such as 5mm, 0.2in or 0, not '%s'", margin);
	return check_values(cmd, io);
}
