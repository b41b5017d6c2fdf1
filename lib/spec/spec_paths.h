/*
 * What one load of a spec may read (internal): the folders its paths may
 * lead into and the limits of its document and tables. Set by the caller
 * (campaign_spec_load_options), attached to the spec while it loads.
 */
#ifndef CAMPAIGN_SPEC_PATHS_H
#define CAMPAIGN_SPEC_PATHS_H

#include "campaign/spec.h"
#include "spec/spec_model.h"
#include "text/text_limits.h"
#include "text/yaml_schema.h"

struct spec_load_rules {
	struct text_limits limits;
	char **roots;       /* real paths: the spec's folder, then each allowed one */
	size_t root_count;
	/* The last template path checked, and its verdict: a table's rows share one. */
	const char *last_template;
	int last_template_ok;
};

/*
 * Takes opts (NULL: the defaults) for a spec whose relative paths start at
 * base_dir. Reports an unknown version or a limit of 0.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID or CAMPAIGN_ENOMEM.
 */
int campaign__spec_rules_init(struct spec_load_rules *r, const char *base_dir,
                              const campaign_spec_load_options *opts, campaign_diags *diags);
void campaign__spec_rules_free(struct spec_load_rules *r);

/* The limits of the load under way, or the defaults outside one. */
const struct text_limits *campaign__spec_limits(const struct campaign_spec *spec);

/*
 * Whether the file path, as the spec's key `key` names it at `at`, lies in
 * an allowed folder (after `..` and symbolic links). A path outside is
 * reported there and gives 0; one that cannot be resolved gives 1, and the
 * read that follows reports why. may_be_new: the file may not exist yet
 * (a ledger, a registry); its folder is checked.
 */
int campaign__spec_path_allowed(struct campaign_spec *spec, struct schema *s, struct yaml_pos at,
                                const char *path, const char *key, int may_be_new);

/* The same for a placement's `template:` when it is a path (not a built-in name). */
int campaign__spec_template_allowed(struct campaign_spec *spec, struct schema *s, struct yaml_pos at,
                                    const char *name_or_path);

/*
 * Keeps the allowed folders in the spec, for the files a build reads from
 * its tables' cells after the load. -1 when out of memory.
 */
int campaign__spec_keep_roots(struct campaign_spec *spec);

/*
 * Whether the real path `real` lies in a folder the spec was allowed; a
 * spec built in code keeps none, and names its own files: 1.
 */
int campaign__spec_real_path_allowed(const struct campaign_spec *spec, const char *real);

#endif
