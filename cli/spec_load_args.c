/* --allow-path and --limit: see spec_load_args.h. */
#include "spec_load_args.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "exit.h"

/* Which options struct a limit is a field of; as bits, which ones a command reads. */
enum limit_of { OF_SPEC = 1, OF_TEMPLATE = 2 };

static const struct limit {
	const char *name;
	enum limit_of of;
	size_t offset;
	size_t ceiling; /* the largest value: beyond it a usage error */
} limits[] = {
	{ "rows", OF_SPEC, offsetof(campaign_spec_load_options, max_table_rows), SIZE_MAX / 2 },
	{ "table-bytes", OF_SPEC, offsetof(campaign_spec_load_options, max_table_bytes), SIZE_MAX / 2 },
	{ "columns", OF_SPEC, offsetof(campaign_spec_load_options, max_table_columns), SIZE_MAX / 2 },
	{ "field-bytes", OF_SPEC, offsetof(campaign_spec_load_options, max_field_bytes), SIZE_MAX / 2 },
	{ "spec-bytes", OF_SPEC, offsetof(campaign_spec_load_options, max_spec_bytes), SIZE_MAX / 2 },
	{ "spec-values", OF_SPEC, offsetof(campaign_spec_load_options, max_spec_values), SIZE_MAX / 2 },
	{ "ledger-bytes", OF_SPEC, offsetof(campaign_spec_load_options, max_ledger_bytes), SIZE_MAX / 2 },
	{ "registry-bytes", OF_SPEC, offsetof(campaign_spec_load_options, max_registry_bytes),
	  SIZE_MAX / 2 },
	/* The library's ceilings: cairo's largest image, its largest buffer. */
	{ "image-side", OF_TEMPLATE, offsetof(campaign_template_load_options, max_image_side),
	  CAMPAIGN_TEMPLATE_IMAGE_SIDE_CEILING },
	{ "image-pixels", OF_TEMPLATE, offsetof(campaign_template_load_options, max_image_pixels),
	  CAMPAIGN_TEMPLATE_IMAGE_PIXELS_CEILING },
	{ "image-bytes", OF_TEMPLATE, offsetof(campaign_template_load_options, max_image_bytes),
	  CAMPAIGN_TEMPLATE_IMAGE_BYTES_CEILING },
};

static const struct limit *
limit_named(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++)
		if (strlen(limits[i].name) == len && strncmp(limits[i].name, name, len) == 0)
			return &limits[i];
	return NULL;
}

/* The names of the limits of the kinds in `of`, comma-separated, into dst. */
static const char *
limit_names(unsigned of, char *dst, size_t size)
{
	size_t used = 0;
	dst[0] = '\0';
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]) && used < size; i++)
		if (limits[i].of & of)
			used += (size_t)snprintf(dst + used, size - used, "%s%s", used ? ", " : "",
			                         limits[i].name);
	return dst;
}

/*
 * One --limit NAME=N into spec or tpl; `reads` says which of the two the
 * command uses (OF_* bits): a limit of the other is refused, not ignored,
 * since a limit that changes nothing would let the user think it did.
 */
static int
parse_limit(const struct cli_command *cmd, const char *text, campaign_spec_load_options *spec,
            campaign_template_load_options *tpl, unsigned reads)
{
	const char *eq = strchr(text, '=');
	const struct limit *l = eq ? limit_named(text, (size_t)(eq - text)) : NULL;
	char names[256];
	if (!l)
		return usage_error(cmd, "--limit takes NAME=N with NAME one of %s; not '%s'",
		                   limit_names(reads, names, sizeof(names)), text);
	if (!(l->of & reads))
		return usage_error(cmd, "--limit %s: campaign %s reads no %s, so it takes none of "
		                   "their limits; its limits are %s", l->name, cmd->name,
		                   l->of == OF_SPEC ? "spec" : "template images",
		                   limit_names(reads, names, sizeof(names)));
	char *end;
	errno = 0;
	unsigned long long n = eq[1] >= '0' && eq[1] <= '9' ? strtoull(eq + 1, &end, 10) : 0;
	if (eq[1] < '0' || eq[1] > '9' || *end || errno || n < 1 || n > l->ceiling) {
		/* Half the address space: anything larger could not be held anyway, so no number shown. */
		if (l->ceiling == SIZE_MAX / 2)
			return usage_error(cmd, "--limit %s needs a whole number from 1 up, not '%s'",
			                   l->name, eq + 1);
		return usage_error(cmd, "--limit %s needs a whole number from 1 to %zu, not '%s'",
		                   l->name, l->ceiling, eq + 1);
	}
	void *base = l->of == OF_SPEC ? (void *)spec : (void *)tpl;
	*(size_t *)((char *)base + l->offset) = (size_t)n;
	return 0;
}

/* Every --limit of the command line; as for parse_limit(). */
static int
parse_limits(const struct cli_command *cmd, const struct opt_result *res,
             campaign_spec_load_options *spec, campaign_template_load_options *tpl, unsigned reads)
{
	size_t m = 0;
	const char *const *all = opt_all(cmd, res, "limit", &m);
	for (size_t i = 0; i < m; i++) {
		int rc = parse_limit(cmd, all[i], spec, tpl, reads);
		if (rc)
			return rc;
	}
	return 0;
}

int
template_limit_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                          campaign_template_load_options *tpl)
{
	campaign_template_load_options init = CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT;
	*tpl = init;
	return parse_limits(cmd, res, NULL, tpl, OF_TEMPLATE);
}

/* Every value of the repeatable option `name` must be a folder: a usage error names the first that is not. */
static int
all_folders(const struct cli_command *cmd, const struct opt_result *res, const char *name)
{
	size_t n = 0;
	const char *const *dirs = opt_all(cmd, res, name, &n);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(dirs[i], &st) != 0 || !S_ISDIR(st.st_mode))
			return usage_error(cmd, "--%s: '%s' is not a folder", name, dirs[i]);
	}
	return 0;
}

int
image_dirs_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                      campaign_template_load_options *tpl)
{
	size_t n = 0;
	tpl->image_dirs = opt_all(cmd, res, "allow-images", &n);
	return all_folders(cmd, res, "allow-images");
}

/* As spec_load_args_parse(), for a command that reads the kinds of limits in `reads`. */
static int
load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                struct spec_load_args *args, unsigned reads)
{
	campaign_spec_load_options init = CAMPAIGN_SPEC_LOAD_OPTIONS_INIT;
	campaign_template_load_options tpl = CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT;
	args->opts = init;
	args->tpl = tpl;
	args->dirs = NULL;
	size_t n = 0;
	const char *const *dirs = opt_all(cmd, res, "allow-path", &n);
	int rc = all_folders(cmd, res, "allow-path");
	if (rc)
		return rc;
	if (n) {
		args->dirs = calloc(n + 1, sizeof(*args->dirs));
		if (!args->dirs) {
			fprintf(stderr, "campaign: error: out of memory\n");
			return EXIT_ENV;
		}
		for (size_t i = 0; i < n; i++)
			args->dirs[i] = dirs[i];
		args->opts.allowed_dirs = args->dirs;
	}
	rc = parse_limits(cmd, res, &args->opts, &args->tpl, reads);
	/*
	 * Only --allow-images, never the spec's folder: a template may come from
	 * someone else (a download beside campaign.yaml), and its literal src:
	 * must not reach the spec's files. Images the spec names itself, a
	 * {{row.NAME}} cell, are kept to the spec's folders by the build.
	 */
	if (rc == 0 && (reads & OF_TEMPLATE))
		rc = image_dirs_args_parse(cmd, res, &args->tpl);
	if (rc)
		spec_load_args_free(args);
	return rc;
}

int
spec_load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                     struct spec_load_args *args)
{
	return load_args_parse(cmd, res, args, OF_SPEC | OF_TEMPLATE);
}

int
spec_only_load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                          struct spec_load_args *args)
{
	return load_args_parse(cmd, res, args, OF_SPEC);
}

void
spec_load_args_free(struct spec_load_args *args)
{
	free(args->dirs);
	args->dirs = NULL;
	args->opts.allowed_dirs = NULL;
	args->tpl.image_dirs = NULL;
}
