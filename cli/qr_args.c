#include "qr_args.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <campaign/campaign.h>

#include "clock.h"
#include "exit.h"

campaign_qr_format
qr_args_format(const char *name)
{
	if (strcasecmp(name, "png") == 0)
		return CAMPAIGN_QR_FORMAT_PNG;
	if (strcasecmp(name, "svg") == 0)
		return CAMPAIGN_QR_FORMAT_SVG;
	if (strcasecmp(name, "pdf") == 0)
		return CAMPAIGN_QR_FORMAT_PDF;
	return 0;
}

/* "30mm", "3cm", "1.2in", "85pt", "400px" (at dpi) in mm; -1 when malformed. */
static int
parse_length(const char *s, int dpi, double *mm)
{
	static const struct {
		const char *unit;
		double mm;
	} units[] = {
		{ "mm", 1.0 }, { "cm", 10.0 }, { "in", 25.4 }, { "pt", 25.4 / 72.0 }, { "px", 0.0 },
	};
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	/* No number, or NaN, infinity or hexadecimal: none is a length. */
	for (const char *p = s; p < end; p++)
		if (strchr("nNxX", *p))
			return -1;
	if (end == s)
		return -1;
	/* Too large for a number is still a length: infinite, for the range check to refuse. */
	if (errno == ERANGE && fabs(v) >= 1.0)
		v = v < 0 ? -HUGE_VAL : HUGE_VAL;
	else if (errno)
		return -1;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(end, units[i].unit) != 0)
			continue;
		*mm = v * (units[i].mm > 0 ? units[i].mm : 25.4 / dpi);
		return 0;
	}
	return -1;
}

/* A whole number; -1 when malformed. */
static int
parse_int(const char *s, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (end == s || *end || errno || v < -1000000 || v > 1000000)
		return -1;
	*out = (int)v;
	return 0;
}

static int
length_opt(const struct cli_command *cmd, const struct opt_result *res, const char *name, int dpi,
           double *mm)
{
	const char *v = opt_get(cmd, res, name);
	if (!v)
		return 0;
	if (parse_length(v, dpi, mm) != 0)
		return usage_error(cmd,
		                   "invalid length '%s' for --%s: use a number with mm, cm, in, "
		                   "pt or px, as in 30mm",
		                   v, name);
	if (!(*mm > 0))
		return usage_error(cmd, "--%s must be positive, not %s", name, v);
	if (!isfinite(*mm))
		return usage_error(cmd, "--%s is far too large: %s", name, v);
	/* The printed size of a code or a module: no code is larger (a scanning distance may be). */
	if (strcmp(name, "distance") != 0 && *mm > CAMPAIGN_QR_SIZE_MAX_MM)
		return usage_error(cmd, "--%s must be at most %gmm, not %s", name, CAMPAIGN_QR_SIZE_MAX_MM, v);
	/* The library's range (qr_check.c): a kilometre is already no poster's. */
	if (*mm >= 1e9)
		return usage_error(cmd, "--%s must be under 1000 km, not %s", name, v);
	return 0;
}

static int
int_opt(const struct cli_command *cmd, const struct opt_result *res, const char *name, int *out)
{
	const char *v = opt_get(cmd, res, name);
	if (v && parse_int(v, out) != 0)
		return usage_error(cmd, "invalid number '%s' for --%s", v, name);
	return 0;
}

int
qr_args_options(const struct cli_command *cmd, const struct opt_result *res, campaign_qr_options *o)
{
	/* The reproducible-builds convention, so two runs give byte-identical PDFs. */
	int64_t now = -1;
	int rc = cli_source_date_epoch(cmd->name, &now);
	if (rc)
		return rc;
	if (now >= 0)
		o->now = now;
	const char *ecc = opt_get(cmd, res, "ecc");
	if (ecc && campaign_qr_ecc_parse(&o->ecc, ecc) != CAMPAIGN_OK)
		return usage_error(cmd, "unknown error correction level '%s': use L, M, Q or H",
		                   ecc);
	const char *eci = opt_get(cmd, res, "eci");
	if (eci) {
		if (strcmp(eci, "auto") == 0)
			o->eci = CAMPAIGN_QR_ECI_AUTO;
		else if (strcmp(eci, "utf8") == 0)
			o->eci = CAMPAIGN_QR_ECI_UTF8;
		else if (strcmp(eci, "none") == 0)
			o->eci = CAMPAIGN_QR_ECI_NONE;
		else
			return usage_error(cmd, "unknown ECI mode '%s': use auto, utf8 or none",
			                   eci);
	}
	rc = int_opt(cmd, res, "dpi", &o->dpi);
	if (!rc)
		rc = int_opt(cmd, res, "border", &o->border);
	if (!rc)
		rc = int_opt(cmd, res, "min-version", &o->min_version);
	if (rc)
		return rc;
	/* Checked for every format, since px lengths are converted with it. */
	if (o->dpi < CAMPAIGN_QR_DPI_MIN || o->dpi > CAMPAIGN_QR_DPI_MAX)
		return usage_error(cmd, "--dpi must be a whole number from %d to %d, not '%s'",
		                   CAMPAIGN_QR_DPI_MIN, CAMPAIGN_QR_DPI_MAX, opt_get(cmd, res, "dpi"));
	/* Ranges the help states are checked here, as usage errors like --dpi's. */
	if (o->border < 0 || o->border > CAMPAIGN_QR_BORDER_MAX)
		return usage_error(cmd, "--border must be a whole number from 0 to %d, not '%s'",
		                   CAMPAIGN_QR_BORDER_MAX, opt_get(cmd, res, "border"));
	if (o->min_version < 0 || o->min_version > 40)
		return usage_error(cmd, "--min-version must be a whole number from 1 to 40, not '%s'",
		                   opt_get(cmd, res, "min-version"));
	if (opt_get(cmd, res, "size") && opt_get(cmd, res, "module"))
		return usage_error(cmd, "give --size or --module, not both");
	rc = length_opt(cmd, res, "size", o->dpi, &o->size_mm);
	if (!rc)
		rc = length_opt(cmd, res, "module", o->dpi, &o->module_mm);
	if (!rc)
		rc = length_opt(cmd, res, "distance", o->dpi, &o->distance_mm);
	return rc;
}

int
qr_args_jobs(const struct cli_command *cmd, const struct opt_result *res, int *jobs)
{
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	*jobs = online < 1 ? 1 : online > 64 ? 64 : (int)online;
	int rc = int_opt(cmd, res, "jobs", jobs);
	if (rc)
		return rc;
	if (*jobs < 1 || *jobs > 64)
		return usage_error(cmd, "--jobs must be a whole number from 1 to 64, not '%s'",
		                   opt_get(cmd, res, "jobs"));
	return 0;
}
