/* Loading a spec (file or memory), and the public getters. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "campaign/spec.h"
#include "campaign/status.h"
#include "diag_internal.h"
#include "spec_load.h"
#include "util/strbuf.h"
#include "yaml_doc.h"

static const char *const top_keys[] = { "campaign", "events", "placements", NULL };

int
campaign__read_file(const char *path, size_t max, char **out, size_t *len, campaign_diags *diags,
                    const char *cited_in, unsigned long line, unsigned long column)
{
	*out = NULL;
	*len = 0;
	/* Name the file where it was cited, so the user sees which line asked for it. */
	const char *file = cited_in ? cited_in : path;
	if (!cited_in)
		line = column = 0;
	FILE *f = fopen(path, "rb");
	if (!f) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': %s", path, strerror(errno));
		return CAMPAIGN_EIO;
	}
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(f);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': it is a directory", path);
		return CAMPAIGN_EIO;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, max);
	char chunk[65536];
	size_t n;
	int rc = CAMPAIGN_OK;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		rc = campaign__strbuf_add(&b, chunk, n);
		if (rc)
			break;
	}
	if (rc == CAMPAIGN_OK && ferror(f)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, file, line, column,
		                   "cannot read '%s': %s", path, strerror(errno));
		rc = CAMPAIGN_EIO;
	} else if (rc == CAMPAIGN_ETOOLONG) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file, line, column,
		                   "'%s' is too large: the limit is %zu bytes", path, max);
		rc = CAMPAIGN_EINVALID;
	}
	fclose(f);
	if (rc) {
		campaign__strbuf_free(&b);
		return rc;
	}
	*out = campaign__strbuf_detach(&b, len);
	return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

static int
is_under_base_dir(const struct campaign_spec *spec, const char *path)
{
	return path[0] != '/' && spec->base_dir && spec->base_dir[0] && strcmp(spec->base_dir, ".") != 0;
}

int
campaign__spec_path_into(const struct campaign_spec *spec, const char *path, struct strbuf *out)
{
	if (!is_under_base_dir(spec, path))
		return campaign__strbuf_adds(out, path);
	return campaign__strbuf_addf(out, "%s/%s", spec->base_dir, path);
}

const char *
campaign__spec_path(struct campaign_spec *spec, const char *path)
{
	if (!is_under_base_dir(spec, path))
		return path;
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__spec_path_into(spec, path, &b);
	const char *joined = b.status == CAMPAIGN_OK
		? campaign__arena_strndup(&spec->arena, campaign__strbuf_cstr(&b), b.len) : NULL;
	campaign__strbuf_free(&b);
	return joined;
}

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

static const char *
event_id_at(const void *spec, size_t i)
{
	return ((const campaign_spec *)spec)->events[i].pub.id;
}

static const char *
placement_id_at(const void *spec, size_t i)
{
	return ((const campaign_spec *)spec)->placements[i].pub.id;
}

campaign_spec *
campaign__spec_alloc(void)
{
	campaign_spec *spec = calloc(1, sizeof(*spec));
	if (spec) {
		campaign__id_index_init(&spec->event_index, event_id_at, spec);
		campaign__id_index_init(&spec->placement_index, placement_id_at, spec);
	}
	return spec;
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

void
campaign_spec_free(campaign_spec *spec)
{
	if (!spec)
		return;
	free(spec->events);
	free(spec->placements);
	campaign__id_index_free(&spec->event_index);
	campaign__id_index_free(&spec->placement_index);
	campaign__arena_free(&spec->arena);
	free(spec);
}

const char *
campaign_spec_name(const campaign_spec *spec)
{
	return spec->name;
}

const char *
campaign_spec_slug(const campaign_spec *spec)
{
	return spec->slug;
}

const char *
campaign_spec_language(const campaign_spec *spec)
{
	return spec->language;
}

const char *
campaign_spec_landing(const campaign_spec *spec)
{
	return spec->landing;
}

size_t
campaign_spec_event_count(const campaign_spec *spec)
{
	return spec ? spec->event_count : 0;
}

const campaign_event *
campaign_spec_event(const campaign_spec *spec, size_t i)
{
	return spec && i < spec->event_count ? &spec->events[i].pub : NULL;
}

const campaign_event *
campaign_spec_find_event(const campaign_spec *spec, const char *id)
{
	if (!spec || !id)
		return NULL;
	size_t at = campaign__id_index_find(&spec->event_index, id);
	if (at != SIZE_MAX && strcmp(spec->events[at].pub.id, id) == 0)
		return &spec->events[at].pub;
	/*
	 * Only when events equal but for case were loaded (a spec already in
	 * error) can another one match exactly; otherwise a ledger written
	 * before an event was renamed in case would scan for every entry.
	 */
	if (at == SIZE_MAX || !spec->event_index.folded_duplicates)
		return NULL;
	for (size_t i = 0; i < spec->event_count; i++)
		if (spec->events[i].pub.id && strcmp(spec->events[i].pub.id, id) == 0)
			return &spec->events[i].pub;
	return NULL;
}

size_t
campaign_spec_placement_count(const campaign_spec *spec)
{
	return spec ? spec->placement_count : 0;
}

const campaign_placement *
campaign_spec_placement(const campaign_spec *spec, size_t i)
{
	return spec && i < spec->placement_count ? &spec->placements[i].pub : NULL;
}
