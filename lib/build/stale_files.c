#include "build/stale_files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/status.h"
#include "build/build_entries.h"
#include "build/manifest.h"
#include "build/output_set.h"
#include "build/shard_made_from.h"
#include "io/open_input.h"
#include "io/outdir.h"
#include "io/read_file.h"
#include "plan/manifest_read.h"
#include "util/str_map.h"
#include "util/strbuf.h"

/* A manifest we wrote holds a few hundred bytes a placement; this is far past a million. */
#define OLD_MANIFEST_MAX ((size_t)2 * 1024 * 1024 * 1024)

/* What the manifest in place says each placement's files were made from. */
struct made_from_map {
	struct str_map ids; /* id -> index into made */
	char (*made)[BUILD_MADE_FROM_SIZE];
	size_t count, cap;
	int nomem;
};

/*
 * Records that id's files were made from made. Two shards' files that
 * disagree about one placement vouch for nothing: which of them made the
 * file there cannot be told, so its entry becomes one no build matches.
 */
static int
insert(void *ctx, const char *id, size_t id_len, const char *made)
{
	struct made_from_map *m = ctx;
	const size_t *at = campaign__str_map_find(&m->ids, id, id_len);
	if (at) {
		if (memcmp(m->made[*at], made, BUILD_MADE_FROM_SIZE) != 0)
			memset(m->made[*at], 0, BUILD_MADE_FROM_SIZE);
		return 0;
	}
	if (m->count == m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 256;
		void *grown = realloc(m->made, cap * sizeof(*m->made));
		if (!grown)
			return m->nomem = 1;
		m->made = grown;
		m->cap = cap;
	}
	if (!campaign__str_map_insert(&m->ids, id, id_len, m->count, NULL))
		return m->nomem = 1;
	memcpy(m->made[m->count++], made, BUILD_MADE_FROM_SIZE);
	return 0;
}

static int
remember(void *ctx, json_t *placement, const struct manifest_placement *values, size_t i, size_t offset)
{
	(void)placement;
	(void)i;
	(void)offset;
	const char *id = values->id;
	const char *made = values->made_from;
	/* A placement listed without it (a manifest of an older version) vouches for nothing. */
	if (!id || !made || strlen(made) != BUILD_MADE_FROM_SIZE - 1)
		return 0;
	return insert(ctx, id, strlen(id), made);
}

/*
 * Reads the manifest in place. One that is missing, damaged or not ours
 * leaves the map empty: nothing it lists can be vouched for.
 */
static int
read_old_manifest(const struct outdir *out, struct made_from_map *m)
{
	const char *why = NULL;
	int fd = campaign__open_input_at(out->fd, "manifest.json", O_NOFOLLOW, &why);
	if (fd < 0)
		return errno == ENOMEM ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
	struct strbuf text;
	campaign__strbuf_init(&text, OLD_MANIFEST_MAX);
	int rc = campaign__read_all(fd, &text);
	close(fd);
	if (rc == CAMPAIGN_OK &&
	    campaign__manifest_each_placement(text.ptr ? text.ptr : "", text.len, remember, m) !=
	            MANIFEST_READ_OK) {
		campaign__str_map_free(&m->ids);
		campaign__str_map_init(&m->ids);
		m->count = 0;
	}
	campaign__strbuf_free(&text);
	if (rc == CAMPAIGN_ENOMEM || m->nomem)
		return CAMPAIGN_ENOMEM;
	return CAMPAIGN_OK;
}

/* Whether the regular file name of dir would be carried over into g. */
static int
would_carry(const struct generation *g, const char *name)
{
	struct stat st;
	/* A file withdrawn (withdrawn.h) leaves already, and is said so there. */
	return g->current_fd >= 0 && fstatat(g->current_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	       S_ISREG(st.st_mode) && !campaign__generation_has(g, name) &&
	       !campaign__generation_will_drop(g, name);
}

struct dropped {
	char first[4400];
	size_t count;
};

/* Whether the files in place of entry e were made from what this build makes them from. */
static int
made_the_same(const struct made_from_map *old, const struct build_entry *e,
              const struct build_campaign *c)
{
	char made_from[BUILD_MADE_FROM_SIZE];
	campaign__entry_made_from(e, c, made_from);
	const size_t *at = campaign__str_map_find(&old->ids, e->p.id, strlen(e->p.id));
	return at && memcmp(old->made[*at], made_from, BUILD_MADE_FROM_SIZE) == 0;
}

/* Leaves the files of entry e that are carried over and made from something else. */
static int
drop_entry(struct output_set *set, int same, const struct build_entry *e, struct dropped *d)
{
	/* Every name its files may have: the social image as a PNG and as a JPEG. */
	const unsigned variants[] = { ~(unsigned)MANIFEST_JPEG, MANIFEST_SOCIAL | MANIFEST_JPEG };
	for (size_t v = 0; v < sizeof(variants) / sizeof(variants[0]) && !same; v++) {
		struct manifest_files f;
		campaign__manifest_files_of(variants[v], e->p.id, &f);
		for (int k = 0; k < MANIFEST_KINDS; k++) {
			if (!(variants[v] & campaign__manifest_kinds[k].bit))
				continue;
			struct generation *g = campaign__output_set_dir(set, campaign__manifest_kinds[k].dir);
			const char *name = strchr(f.buf[k], '/') + 1;
			if (!would_carry(g, name))
				continue;
			if (campaign__generation_drop(g, name))
				return CAMPAIGN_ENOMEM;
			if (!d->count++)
				snprintf(d->first, sizeof(d->first), "%s/%s", g->label, name);
		}
	}
	return CAMPAIGN_OK;
}

static void
report(const struct dropped *d, int from_shards, campaign_diags *diags)
{
	char more[64] = "";
	if (d->count > 1)
		snprintf(more, sizeof(more), " (and %zu more file%s)", d->count - 1, d->count > 2 ? "s" : "");
	if (from_shards)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, d->first, 0, 0,
		                   "left out of the output set and the manifest%s: no shard's "
		                   "shard-K-of-N.made_from says it was made from these values (the spec "
		                   "changed between the shards and this --collect, the shards disagree, "
		                   "or that file was not gathered); build its shard again to have it",
		                   more);
	else
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, d->first, 0, 0,
		                   "left out of the output set and the manifest%s: this build does not "
		                   "make it again (--only, --format) and it was made from other values "
		                   "(the spec changed since, or the manifest does not list it); build it "
		                   "again to have it",
		                   more);
}

/*
 * Calls each(ctx, i, e, same) for every entry, same saying whether its
 * files in place were made from this build's values (see the header).
 */
static int
each_entry(const struct outdir *out, const struct build_entries *entries, int from_shards,
           int (*each)(void *ctx, size_t i, const struct build_entry *e, int same), void *ctx,
           campaign_diags *diags)
{
	struct made_from_map old = { 0 };
	campaign__str_map_init(&old.ids);
	int rc = from_shards ? campaign__shard_made_from_each(out, insert, &old)
	                     : read_old_manifest(out, &old);
	if (rc == CAMPAIGN_OK && old.nomem)
		rc = CAMPAIGN_ENOMEM;
	struct entry_reader reader = { 0 };
	const struct build_campaign *c = campaign__entries_campaign(entries);
	for (size_t i = 0; i < campaign__entries_count(entries) && rc == CAMPAIGN_OK; i++) {
		const struct build_entry *e = NULL;
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		rc = each(ctx, i, e, made_the_same(&old, e, c));
	}
	campaign__entry_reader_free(&reader);
	campaign__str_map_free(&old.ids);
	free(old.made);
	return rc;
}

struct drop_ctx {
	struct output_set *set;
	struct dropped d;
};

static int
drop_one(void *ctx, size_t i, const struct build_entry *e, int same)
{
	struct drop_ctx *dc = ctx;
	(void)i;
	return drop_entry(dc->set, same, e, &dc->d);
}

int
campaign__stale_files_drop(struct output_set *set, const struct outdir *out,
                           const struct build_entries *entries, int from_shards,
                           campaign_diags *diags)
{
	int any = 0;
	for (int i = 0; i < OUTPUT_DIRS; i++)
		any |= i != OUTPUT_WITHDRAWN && set->dirs[i].current_fd >= 0;
	if (!any)
		return CAMPAIGN_OK; /* nothing to carry over: a first build */
	struct drop_ctx dc = { set, { .count = 0 } };
	int rc = each_entry(out, entries, from_shards, drop_one, &dc, diags);
	if (rc == CAMPAIGN_OK && dc.d.count)
		report(&dc.d, from_shards, diags);
	return rc;
}

static int
mark_one(void *ctx, size_t i, const struct build_entry *e, int same)
{
	(void)e;
	((unsigned char *)ctx)[i] = !same;
	return CAMPAIGN_OK;
}

int
campaign__stale_files_mark(const struct outdir *out, const struct build_entries *entries,
                           int from_shards, unsigned char *stale, campaign_diags *diags)
{
	return each_entry(out, entries, from_shards, mark_one, stale, diags);
}
