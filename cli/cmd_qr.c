/*
 * campaign qr: one QR code to a PNG, SVG or PDF file, or (--batch) one code
 * per line of a file into a directory, in one process.
 *
 * Exit codes: malformed options (an unknown unit, ECC letter or extension)
 * are usage errors (2); well-formed values that cannot be honoured (a DPI
 * out of range, a code too small to scan, a payload too long) are invalid
 * input (1); a file that cannot be read or written is 3.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "interrupt.h"
#include "qr_args.h"
#include "qr_batch.h"

/* Far beyond the 2,953 bytes a QR code can hold, so the error still says how long the data is. */
#define DATA_MAX ((size_t)1024 * 1024)

static const struct opt_spec opts[] = {
	{ "output", 'o', OPT_VALUE, "FILE",
	  "the file to write; .png, .svg or .pdf (with --batch: a directory)" },
	{ "ecc", 'e', OPT_VALUE, "L|M|Q|H", "error correction level (default M)" },
	{ "size", 's', OPT_VALUE, "LENGTH",
	  "printed width, quiet zone included: 30mm, 3cm, 1.2in, 85pt, 400px" },
	{ "module", 0, OPT_VALUE, "LENGTH",
	  "printed module size instead of --size (default 0.5mm)" },
	{ "dpi", 'd', OPT_VALUE, "N", "PNG resolution, 72 to 2400 (default 300)" },
	{ "border", 'b', OPT_VALUE, "N",
	  "quiet zone in modules (default 4; less draws a warning)" },
	{ "min-version", 0, OPT_VALUE, "N",
	  "smallest QR version, 1 to 40 (default: the smallest that fits)" },
	{ "eci", 0, OPT_VALUE, "auto|utf8|none",
	  "mark the data as UTF-8 (default auto: when not ASCII)" },
	{ "distance", 0, OPT_VALUE, "LENGTH",
	  "scanning distance; warn when the code is narrower than a tenth of it" },
	{ "batch", 0, OPT_VALUE, "FILE",
	  "one code per line of FILE ('-': stdin), written as DIR/NNNN.EXT" },
	{ "format", 'f', OPT_VALUE, "png|svg|pdf",
	  "with --batch: the format to write (default png)" },
	{ "jobs", 'j', OPT_VALUE, "N",
	  "with --batch: threads to use (default: one per processor)" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

/* Reads all of f, at most DATA_MAX bytes. Returns 0, or an exit code after printing why. */
static int
read_all(FILE *f, const char *name, campaign_buf *out)
{
	size_t cap = 4096, len = 0;
	char *p = malloc(cap);
	while (p) {
		if (len == cap) {
			char *q = cap < DATA_MAX + 1 ? realloc(p, cap * 2) : NULL;
			if (!q)
				break;
			p = q;
			cap *= 2;
		}
		size_t want = cap - len;
		if (len + want > DATA_MAX + 1)
			want = DATA_MAX + 1 - len;
		size_t n = fread(p + len, 1, want, f);
		len += n;
		if (n < want || len > DATA_MAX)
			break;
	}
	if (!p) {
		fprintf(stderr, "campaign: error: out of memory\n");
		return EXIT_ENV;
	}
	if (ferror(f)) {
		cli_error("%s: error: cannot read: %s\n", name, strerror(errno));
		free(p);
		return EXIT_ENV;
	}
	if (len > DATA_MAX) {
		cli_error("%s: error: data is longer than %zu bytes\n", name, DATA_MAX);
		free(p);
		return EXIT_INVALID;
	}
	/* One final line end is the shell's, not the payload's: `echo URL | campaign qr -`. */
	if (len > 0 && p[len - 1] == '\n')
		len--;
	if (len > 0 && p[len - 1] == '\r')
		len--;
	/* Nor is a byte order mark (Notepad's UTF-8): stripped as the batch list's is. */
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		memmove(p, p + 3, len - 3);
		len -= 3;
	}
	out->ptr = p;
	out->size = len;
	return EXIT_OK;
}

/* The format named by the extension of path, or 0. */
static campaign_qr_format
format_of_path(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return 0;
	return qr_args_format(dot + 1);
}

static void
note_snapped(const char *path, const campaign_qr_geometry *g, const campaign_qr_options *o,
             campaign_diags *diags)
{
	if (!g->snapped)
		return;
	char asked[64];
	if (o->size_mm > 0)
		snprintf(asked, sizeof(asked), "%.1f mm asked", o->size_mm);
	else
		snprintf(asked, sizeof(asked), "%.2f mm modules asked", o->module_mm);
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, path, 0, 0,
	                   "printed size %.1f mm (%d px at %d dpi), %s: modules snapped to "
	                   "%d px = %.3f mm",
	                   g->size_mm, g->size_px, g->dpi, asked, g->module_px, g->module_mm);
}

/* sized: whether --size or --module was given; the default module needs no note. */
static int
run_single(const struct cli_command *cmd, const char *data_arg, const char *path,
           const campaign_qr_options *o, int sized, campaign_diags *diags)
{
	campaign_qr_format format = format_of_path(path);
	if (!format)
		return usage_error(cmd,
		                   "cannot tell the format of '%s': use a .png, .svg or .pdf "
		                   "file name",
		                   path);
	campaign_buf data = CAMPAIGN_BUF_INIT;
	if (strcmp(data_arg, "-") == 0) {
		int rc = read_all(stdin, "<stdin>", &data);
		if (rc)
			return rc;
	} else {
		data.ptr = (char *)data_arg;
		data.size = strlen(data_arg);
	}
	campaign_qr *qr = NULL;
	int status = campaign_qr_encode(&qr, data.ptr, data.size, o, diags);
	if (status == CAMPAIGN_OK)
		status = campaign_qr_check_print(qr, format, o, path, 0, 0, diags);
	if (status == CAMPAIGN_OK && sized && format == CAMPAIGN_QR_FORMAT_PNG) {
		campaign_qr_geometry g = CAMPAIGN_QR_GEOMETRY_INIT;
		status = campaign_qr_measure(&g, qr, format, o, diags);
		if (status == CAMPAIGN_OK)
			note_snapped(path, &g, o, diags);
	}
	if (status == CAMPAIGN_OK)
		status = campaign_qr_write(AT_FDCWD, path, qr, format, o, diags);
	campaign_qr_free(qr);
	if (data.ptr != data_arg)
		free(data.ptr);
	diag_print_all(diags);
	return diag_exit_code(diags, status);
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	/* A file-size limit should fail the write (EFBIG, exit 3), not kill us mid-file. */
	signal(SIGXFSZ, SIG_IGN);
	campaign_diags *diags = NULL;
	campaign_qr_options o = CAMPAIGN_QR_OPTIONS_INIT;
	const char *output = opt_get(cmd, &res, "output");
	const char *batch = opt_get(cmd, &res, "batch");
	const char *format_name = opt_get(cmd, &res, "format");
	campaign_qr_format format = CAMPAIGN_QR_FORMAT_PNG;
	int jobs = 1;
	if (!output)
		rc = usage_error(cmd, "missing the output file: -o FILE.png|svg|pdf");
	else if (batch && res.nargs > 0)
		rc = usage_error(cmd, "give either DATA or --batch FILE, not both");
	else if (!batch && res.nargs == 0)
		rc = usage_error(cmd, "missing argument: DATA (or '-' to read it from stdin)");
	else if (format_name && !batch)
		rc = usage_error(cmd, "--format is for --batch; otherwise the output's extension "
		                      "gives the format");
	else if (format_name && !(format = qr_args_format(format_name)))
		rc = usage_error(cmd, "unknown format '%s': use png, svg or pdf", format_name);
	if (!rc)
		rc = qr_args_options(cmd, &res, &o);
	if (!rc)
		rc = qr_args_jobs(cmd, &res, &jobs);
	if (rc)
		goto done;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	/* On ^C, the temp files in the output's directory (a new batch directory is hidden till done). */
	if (batch)
		interrupt_watch(output, 0);
	else
		interrupt_watch_file(output);
	if (batch)
		rc = qr_batch_run(batch, output, format, &o, jobs, diags);
	else
		rc = run_single(cmd, res.args[0], output, &o,
		                opt_get(cmd, &res, "size") || opt_get(cmd, &res, "module"), diags);
done:
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

const struct cli_command cmd_qr = {
	.name = "qr",
	.run = run,
	.summary = "Make a QR code as PNG, SVG or PDF",
	.usage = "DATA -o FILE.{png,svg,pdf} [OPTIONS]\n"
	         "       campaign qr --batch FILE -o DIR [OPTIONS]",
	.description =
		"Encodes DATA (bytes; '-' reads stdin, without its final line end) as a QR code\n"
		"with a 4-module quiet zone and writes it crash-safely: the file appears\n"
		"complete or not at all. A PNG is 1-bit with whole pixels per module and its\n"
		"DPI recorded; --size is snapped down to whole pixels, and a note gives the real\n"
		"printed size. SVG and PDF are vector, exactly --size wide, all modules in one\n"
		"path. A module under 0.33 mm is an error, under 0.5 mm a warning.\n"
		"Exit status: 1 invalid data or values, 2 usage, 3 a file cannot be written.",
	.opts = opts,
	.min_args = 0,
	.max_args = 1,
};
