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

static size_t *
limit_named(campaign_spec_load_options *o, const char *name, size_t len)
{
	static const struct {
		const char *name;
		size_t offset;
	} limits[] = {
		{ "rows", offsetof(campaign_spec_load_options, max_table_rows) },
		{ "table-bytes", offsetof(campaign_spec_load_options, max_table_bytes) },
		{ "columns", offsetof(campaign_spec_load_options, max_table_columns) },
		{ "field-bytes", offsetof(campaign_spec_load_options, max_field_bytes) },
		{ "spec-bytes", offsetof(campaign_spec_load_options, max_spec_bytes) },
		{ "spec-values", offsetof(campaign_spec_load_options, max_spec_values) },
		{ "ledger-bytes", offsetof(campaign_spec_load_options, max_ledger_bytes) },
		{ "registry-bytes", offsetof(campaign_spec_load_options, max_registry_bytes) },
	};
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++)
		if (strlen(limits[i].name) == len && strncmp(limits[i].name, name, len) == 0)
			return (size_t *)((char *)o + limits[i].offset);
	return NULL;
}

static int
parse_limit(const struct cli_command *cmd, const char *text, campaign_spec_load_options *o)
{
	const char *eq = strchr(text, '=');
	size_t *field = eq ? limit_named(o, text, (size_t)(eq - text)) : NULL;
	if (!field)
		return usage_error(cmd, "--limit takes NAME=N with NAME one of rows, table-bytes, "
		                        "columns, field-bytes, spec-bytes, spec-values, ledger-bytes, "
		                        "registry-bytes; not '%s'", text);
	char *end;
	errno = 0;
	unsigned long long n = eq[1] >= '0' && eq[1] <= '9' ? strtoull(eq + 1, &end, 10) : 0;
	/* Half the address space: anything larger could not be held anyway. */
	if (eq[1] < '0' || eq[1] > '9' || *end || errno || n < 1 || n > SIZE_MAX / 2)
		return usage_error(cmd, "--limit %.*s needs a whole number from 1 up, not '%s'",
		                   (int)(eq - text), text, eq + 1);
	*field = (size_t)n;
	return 0;
}

int
spec_load_args_parse(const struct cli_command *cmd, const struct opt_result *res,
                     struct spec_load_args *args)
{
	campaign_spec_load_options init = CAMPAIGN_SPEC_LOAD_OPTIONS_INIT;
	args->opts = init;
	args->dirs = NULL;
	size_t n = 0;
	const char *const *dirs = opt_all(cmd, res, "allow-path", &n);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(dirs[i], &st) != 0 || !S_ISDIR(st.st_mode))
			return usage_error(cmd, "--allow-path: '%s' is not a folder", dirs[i]);
	}
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
	size_t m = 0;
	const char *const *limits = opt_all(cmd, res, "limit", &m);
	for (size_t i = 0; i < m; i++) {
		int rc = parse_limit(cmd, limits[i], &args->opts);
		if (rc) {
			spec_load_args_free(args);
			return rc;
		}
	}
	return 0;
}

void
spec_load_args_free(struct spec_load_args *args)
{
	free(args->dirs);
	args->dirs = NULL;
	args->opts.allowed_dirs = NULL;
}
