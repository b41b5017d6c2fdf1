/*
 * campaign templates: the built-in templates with their family, page size,
 * and the fields and built-in texts each prints, as a table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#include "cmd.h"
#include "diag_print.h"
#include "exit.h"
#include "impose_args.h"
#include "spec_load_args.h"
#include "template_dirs.h"

static const struct opt_spec opts[] = {
	{ "labels", 0, OPT_FLAG, NULL, "list the label products of gLabels' database instead" },
	/* Listing opens each template, which reads its images. */
	TEMPLATE_LIMIT_OPT_SPEC,
	ALLOW_IMAGES_OPT_SPEC,
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

/*
 * The family of a built-in template, from its name: FAMILY-KIND-SIZE
 * ("calm-flyer-a5"), or KIND-SIZE for the first family, bold ("flyer-a5");
 * "-" for a name that follows neither (a template of your own).
 */
static void
family_of(const char *name, char *dst, size_t size)
{
	static const char *const kinds[] = { "flyer-", "poster-", "tearoff-", "social-", NULL };
	for (size_t i = 0; kinds[i]; i++) {
		size_t n = strlen(kinds[i]);
		if (strncmp(name, kinds[i], n) == 0) {
			snprintf(dst, size, "bold");
			return;
		}
		const char *at = strstr(name, kinds[i]);
		if (at && at > name && at[-1] == '-' && !memchr(name, '-', (size_t)(at - 1 - name))) {
			snprintf(dst, size, "%.*s", (int)(at - 1 - name), name);
			return;
		}
	}
	snprintf(dst, size, "-");
}

/* The page: millimetres of trim for paper, pixels for a social image (a page given in px, at 96 per inch). */
static void
format_size(char *dst, size_t size, const campaign_template_info *info)
{
	char w[16], h[16];
	if (strcmp(info->size_name, "pixels") == 0) {
		snprintf(dst, size, "%.0f × %.0f px", info->width_mm / 25.4 * 96, info->height_mm / 25.4 * 96);
		return;
	}
	format_mm(w, sizeof(w), info->width_mm);
	format_mm(h, sizeof(h), info->height_mm);
	snprintf(dst, size, "%s × %s mm", w, h);
}

/* What the template prints: the fields a placement provides, then the texts a spec may change. */
static void
print_uses(const campaign_template *t)
{
	campaign_buf names = CAMPAIGN_BUF_INIT;
	if (campaign_template_placeholders(&names, t) != CAMPAIGN_OK)
		return;
	for (int texts = 0; texts < 2; texts++) {
		printf("    %s", texts ? "texts: " : "fields:");
		int any = 0;
		for (const char *line = names.ptr; *line; line = strchr(line, '\n') + 1) {
			int n = (int)(strchr(line, '\n') - line);
			if ((strncmp(line, "var.", 4) == 0) == texts) {
				printf(" %.*s", n, line);
				any = 1;
			}
		}
		printf("%s\n", any ? "" : " -");
	}
	campaign_buf_dispose(&names);
}

static int
run(const struct cli_command *cmd, int argc, char **argv)
{
	struct opt_result res;
	int rc = opt_parse(cmd, argc, argv, &res);
	if (rc)
		return rc < 0 ? EXIT_OK : rc;
	campaign_template_load_options load;
	if ((rc = template_limit_args_parse(cmd, &res, &load)) != 0 ||
	    (rc = image_dirs_args_parse(cmd, &res, &load)) != 0) {
		opt_result_free(&res);
		return rc;
	}
	if (opt_count(cmd, &res, "labels")) {
		/* gLabels' products have no images: a limit or a folder would be ignored. */
		const char *ignored = opt_count(cmd, &res, "limit")          ? "--limit"
		                      : opt_count(cmd, &res, "allow-images") ? "--allow-images"
		                                                             : NULL;
		rc = ignored ? usage_error(cmd, "--labels reads no images: give %s without it", ignored)
		             : list_labels();
		opt_result_free(&res);
		return rc;
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
		cli_error("campaign templates: error: no templates found in %s\n", dirs[0]);
		rc = EXIT_ENV;
		goto done;
	}
	printf("%-21s %-8s %-7s %-17s %-6s %s\n", "NAME", "FAMILY", "PAGE", "SIZE", "BLEED", "DESCRIPTION");
	for (char *name = list.ptr, *end; *name; name = end + 1) {
		end = strchr(name, '\n');
		*end = '\0';
		campaign_template *t = NULL;
		int status = campaign_template_open_ext(&t, name, dirs, &load, diags);
		if (status != CAMPAIGN_OK) {
			/* An unreadable one (exit 3) outranks an invalid one (exit 1). */
			if (exit_code_for_status(status) > rc)
				rc = exit_code_for_status(status);
			continue;
		}
		campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
		campaign_template_get_info(&info, t);
		char family[32], size[48], bleed[16];
		family_of(info.name, family, sizeof(family));
		format_size(size, sizeof(size), &info);
		format_mm(bleed, sizeof(bleed), info.bleed_mm);
		/* printf pads bytes; "×" is two bytes and one column. */
		printf("%-21s %-8s %-7s %s%*s %-6s %s\n", info.name, family, info.size_name, size,
		       17 - columns(size), "", bleed, info.description ? info.description : "");
		print_uses(t);
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
	.summary = "List the built-in templates: family, page size, what each prints",
	.usage = "",
	.description = "Prints a line per built-in template: its name (for a placement's\n"
	               "'template:' and for 'campaign render'), its family (bold, calm, minimal:\n"
	               "the first word of the name, none for bold), the paper, the trim size in\n"
	               "millimetres (a social image's in pixels), the bleed, and what it is\n"
	               "for; then the fields it prints, which a placement must provide, and\n"
	               "the built-in texts (var.*) it prints, which a spec may change. Set\n"
	               "CAMPAIGN_TEMPLATE_DIR to put a directory of your own templates before\n"
	               "the built-in ones.\n"
	               "--labels lists the label products of gLabels' database instead (the\n"
	               "glabels-data package; CAMPAIGN_LABELS_DIR names another folder): the\n"
	               "name for --labels, the paper, the label's size and the grid.\n"
	               "--limit sets the limits of the templates' images, as render's does;\n"
	               "--allow-images DIR lets them use images in DIR too, as render's does.",
	.opts = opts,
	.min_args = 0,
	.max_args = 0,
};
