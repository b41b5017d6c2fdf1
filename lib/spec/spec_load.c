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
	campaign__spec_load_campaign(spec, s, campaign ? campaign : root);
	const struct yaml_node *events = campaign__schema_get(s, root, "events", 1, "the spec");
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
     campaign_diags *diags)
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
	int rc = campaign__yaml_doc_parse(&doc, yaml, len, spec->file, diags);
	if (rc && !doc.root) {
		campaign_spec_free(spec);
		return rc;
	}
	struct schema s = { .status = rc, .file = spec->file, .diags = diags, .arena = &spec->arena };
	load_document(spec, &s, doc.root);
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
	return load(out, yaml, len, name, base_dir, diags);
}

int
campaign_spec_load_file(campaign_spec **out, const char *path, campaign_diags *diags)
{
	*out = NULL;
	char *buf = NULL;
	size_t len = 0;
	/*
	 * Read one byte past the YAML limit, so the parser reports the size with
	 * its own message. read_file's own diagnostic goes to a private sink:
	 * the size is reported in the spec's words, and the caller's sink keeps
	 * what it held.
	 */
	campaign_diags *mine = NULL;
	int rc = campaign_diags_new(&mine);
	if (rc == CAMPAIGN_OK)
		rc = campaign__read_file(path, YAML_DOC_MAX_BYTES + 1, &buf, &len, mine, NULL, 0, 0);
	if (rc == CAMPAIGN_EINVALID)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path, 1, 1,
		                   "the file is too large; the limit is %zu bytes", YAML_DOC_MAX_BYTES);
	else
		campaign__diags_copy(diags, mine);
	campaign_diags_free(mine);
	if (rc)
		return rc;
	struct arena scratch = { 0 };
	const char *base = dir_of(&scratch, path);
	rc = base ? load(out, buf, len, path, base, diags) : CAMPAIGN_ENOMEM;
	campaign__arena_free(&scratch);
	free(buf);
	return rc;
}
