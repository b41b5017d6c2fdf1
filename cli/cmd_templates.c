/* campaign templates: the built-in templates with their page sizes, as a table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "impose_args.h"
#include "template_dirs.h"

static const struct opt_spec opts[] = {
	{ "labels", 0, OPT_FLAG, NULL, "list the label products of gLabels' database instead" },
	{ NULL, 0, OPT_FLAG, NULL, NULL },
};

/* Width in columns of UTF-8 text: code points, which is right for our names. */
static int
columns(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void
format_mm(char *dst, size_t size, double mm)
{
	/* 148 stays "148", 215.9 keeps its decimal. */
	if (mm == (double)(long)mm)
		snprintf(dst, size, "%ld", (long)mm);
	else
		snprintf(dst, size, "%.1f", mm);
}

/* campaign templates --labels: gLabels' products, one a line, as a table. */
static int
list_labels(void)
{
	campaign_buf list = CAMPAIGN_BUF_INIT;
	campaign_diags *diags = NULL;
	if (campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		return EXIT_ENV;
	}
	int status = campaign_labels_list(&list, getenv(LABELS_DIR_ENV), diags);
	if (status == CAMPAIGN_OK) {
		printf("%-28s %-10s %-22s %-8s %s\n", "PRODUCT", "PAPER", "LABEL", "GRID", "DESCRIPTION");
		for (char *line = list.ptr, *end; line && *line; line = end + 1) {
			end = strchr(line, '\n');
			*end = '\0';
			char *f[5] = { line };
			for (int i = 1; i < 5; i++) {
				f[i] = strchr(f[i - 1], '\t');
				*f[i]++ = '\0';
			}
			printf("%-28s %-10s %-22s %-8s %s\n", f[0], f[1], f[2], f[3], f[4]);
		}
	}
	diag_print_all(diags);
	int rc = status == CAMPAIGN_OK ? EXIT_OK : diag_exit_code(diags, status);
	campaign_buf_dispose(&list);
	campaign_diags_free(diags);
	return rc;
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	if (opt_count(cmd, &res, "labels")) {
		opt_result_free(&res);
		return list_labels();
	}
	const char *dirs[4];
	cli_template_dirs(dirs);
	campaign_buf list = CAMPAIGN_BUF_INIT;
	campaign_diags *diags = NULL;
	if (campaign_template_list(&list, dirs) != CAMPAIGN_OK || campaign_diags_new(&diags) != CAMPAIGN_OK) {
		fprintf(stderr, "campaign: error: out of memory\n");
		rc = EXIT_ENV;
		goto done;
	}
	if (!list.ptr) {
		fprintf(stderr, "campaign templates: error: no templates found in %s\n", dirs[0]);
		rc = EXIT_ENV;
		goto done;
	}
	printf("%-14s %-8s %-16s %-6s %s\n", "NAME", "PAGE", "TRIM (mm)", "BLEED", "DESCRIPTION");
	for (char *name = list.ptr, *end; *name; name = end + 1) {
		end = strchr(name, '\n');
		*end = '\0';
		campaign_template *t = NULL;
		int status = campaign_template_open(&t, name, dirs, diags);
		if (status != CAMPAIGN_OK) {
			/* An unreadable one (exit 3) outranks an invalid one (exit 1). */
			if (exit_code_for_status(status) > rc)
				rc = exit_code_for_status(status);
			continue;
		}
		campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
		campaign_template_get_info(&info, t);
		char w[16], h[16], size[40], bleed[16];
		format_mm(w, sizeof(w), info.width_mm);
		format_mm(h, sizeof(h), info.height_mm);
		snprintf(size, sizeof(size), "%s × %s", w, h);
		format_mm(bleed, sizeof(bleed), info.bleed_mm);
		/* printf pads bytes; "×" is two bytes and one column. */
		printf("%-14s %-8s %s%*s %-6s %s\n", info.name, info.size_name, size,
		       16 - columns(size), "", bleed, info.description ? info.description : "");
		campaign_template_free(t);
	}
	diag_print_all(diags);
done:
	campaign_buf_dispose(&list);
	campaign_diags_free(diags);
	opt_result_free(&res);
	return rc;
}

const struct cli_command cmd_templates = {
	.name = "templates",
	.run = run,
	.summary = "List the built-in templates with their page sizes",
	.usage = "",
	.description = "Prints one line per built-in template: its name (for a placement's\n"
	               "'template:' and for 'campaign render'), the paper, the trim size in\n"
	               "millimetres, the bleed, and what it is for. Set CAMPAIGN_TEMPLATE_DIR\n"
	               "to put a directory of your own templates before the built-in ones.\n"
	               "--labels lists the label products of gLabels' database instead (the\n"
	               "glabels-data package; CAMPAIGN_LABELS_DIR names another folder): the\n"
	               "name for --labels, the paper, the label's size and the grid.",
	.opts = opts,
	.min_args = 0,
	.max_args = 0,
};
