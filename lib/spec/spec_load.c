/* Loading a spec from YAML (file or memory): the top of the loader, above its stages. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "campaign/spec.h"
#include "campaign/status.h"
#include "core/diag_internal.h"
#include "io/read_file.h"
#include "spec/spec_load.h"
#include "spec/spec_paths.h"
#include "core/options.h"
#include "core/versions.h"
#include "util/strbuf.h"
#include "text/yaml_doc.h"

static const char *const top_keys[] = { "campaign", "events", "placements", NULL };

static void
load_document(struct campaign_spec *spec, struct schema *s, const struct yaml_node *root)
{
	if (!root) {
		campaign__schema_error(s, NULL, "the spec is empty; it needs 'campaign', 'events' and 'placements'");
		return;
	}
	if (campaign__schema_map(s, root, "the spec", top_keys))
		return;
	const struct yaml_node *campaign = campaign__schema_get(s, root, "campaign", 1, "the spec");
	campaign__spec_load_campaign(spec, s, campaign);
	/* A shop's promotion or a membership drive has no dated event. */
	const struct yaml_node *events = campaign__schema_get(s, root, "events", 0, "the spec");
	if (events)
		campaign__spec_load_events(spec, s, events);
	const struct yaml_node *placements = campaign__schema_get(s, root, "placements", 1, "the spec");
	if (placements && s->status != CAMPAIGN_ENOMEM)
		campaign__spec_load_placements(spec, s, placements);
	campaign__spec_trim_placements(spec);
}

/* The directory part of path ("." for a bare name). */
static const char *
dir_of(struct arena *arena, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return ".";
	if (slash == path)
		return "/";
	return campaign__arena_strndup(arena, path, (size_t)(slash - path));
}

static int
load(campaign_spec **out, const char *yaml, size_t len, const char *name, const char *base_dir,
     struct spec_load_rules *rules, campaign_diags *diags)
{
	*out = NULL;
	campaign_spec *spec = campaign__spec_alloc();
	if (!spec)
		return CAMPAIGN_ENOMEM;
	spec->file = campaign__arena_strdup(&spec->arena, name ? name : "<spec>");
	spec->base_dir = base_dir ? campaign__arena_strdup(&spec->arena, base_dir) : ".";
	if (!spec->file || !spec->base_dir) {
		campaign_spec_free(spec);
		return CAMPAIGN_ENOMEM;
	}
	size_t first_diag = campaign_diags_count(diags);
	struct yaml_doc doc;
	int rc = campaign__yaml_doc_parse_limited(&doc, yaml, len, spec->file, &rules->limits, diags);
	if (rc && !doc.root) {
		campaign_spec_free(spec);
		return rc;
	}
	struct schema s = { .status = rc, .file = spec->file, .diags = diags, .arena = &spec->arena };
	spec->rules = rules;
	spec->max_ledger_bytes = rules->limits.ledger_bytes;
	spec->max_registry_bytes = rules->limits.registry_bytes;
	spec->record_limits_raisable = rules->limits.raisable;
	load_document(spec, &s, doc.root);
	if (s.status == CAMPAIGN_OK && campaign__spec_keep_roots(spec))
		s.status = CAMPAIGN_ENOMEM;
	spec->rules = NULL; /* the caller's, gone after the load */
	campaign__yaml_doc_free(&doc);
	campaign__diags_sort(diags, first_diag);
	if (s.status != CAMPAIGN_OK) {
		campaign_spec_free(spec);
		return s.status;
	}
	*out = spec;
	return CAMPAIGN_OK;
}

int
campaign_spec_load_string(campaign_spec **out, const char *yaml, size_t len, const char *name,
                          const char *base_dir, campaign_diags *diags)
{
	*out = NULL;
	struct spec_load_rules rules;
	int rc = campaign__spec_rules_init(&rules, base_dir ? base_dir : ".", NULL, diags);
	rules.limits.raisable = 0; /* this call takes no options to raise them with */
	if (rc == CAMPAIGN_OK)
		rc = load(out, yaml, len, name, base_dir, &rules, diags);
	campaign__spec_rules_free(&rules);
	return rc;
}

int
campaign_spec_load_file(campaign_spec **out, const char *path, campaign_diags *diags)
{
	return campaign_spec_load_file_ext(out, path, NULL, diags);
}

int
campaign_spec_load_options_init(campaign_spec_load_options *opts, unsigned int version)
{
	static const campaign_spec_load_options init = CAMPAIGN_SPEC_LOAD_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_spec_load_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_spec_load_options));
}

int
campaign_spec_load_file_ext(campaign_spec **out, const char *path,
                            const campaign_spec_load_options *opts, campaign_diags *diags)
{
	*out = NULL;
	char *buf = NULL;
	size_t len = 0;
	struct arena scratch = { 0 };
	const char *base = dir_of(&scratch, path);
	struct spec_load_rules rules;
	int rc = base ? campaign__spec_rules_init(&rules, base, opts, diags) : CAMPAIGN_ENOMEM;
	if (rc) {
		campaign__arena_free(&scratch);
		return rc;
	}
	size_t max = rules.limits.yaml_bytes;
	/*
	 * Read one byte past the YAML limit, so the parser reports the size with
	 * its own message. read_file's own diagnostic goes to a private sink:
	 * the size is reported in the spec's words, and the caller's sink keeps
	 * what it held.
	 */
	campaign_diags *mine = NULL;
	rc = campaign_diags_new(&mine);
	if (rc == CAMPAIGN_OK)
		rc = campaign__read_file(path, max < SIZE_MAX ? max + 1 : max, &buf, &len, mine, NULL, 0, 0);
	if (rc == CAMPAIGN_EINVALID) {
		char hint[96];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 1, 1,
		                   "the file is too large; the limit is %zu bytes%s", max,
		                   campaign__text_limit_hint(&rules.limits, "spec-bytes", hint, sizeof(hint)));
	} else {
		campaign__diags_copy(diags, mine);
	}
	campaign_diags_free(mine);
	if (rc == CAMPAIGN_OK)
		rc = load(out, buf, len, path, base, &rules, diags);
	campaign__spec_rules_free(&rules);
	campaign__arena_free(&scratch);
	free(buf);
	return rc;
}
