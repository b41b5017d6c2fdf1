/*
 * campaign_build(): identifiers first, then the ledger, then the assets, then
 * the manifest. That order is the crash-safety argument:
 * the ledger is the write-ahead log, durable before any asset shows a newly
 * assigned number, so a crash at any point leaves every printed number
 * recorded and a re-run reproduces the same assignments. The assets and the
 * manifest are made as the next output set, hidden, and switched in as a
 * whole only after the ledger (output_set.h): a crash between the two leaves
 * the previous set beside a ledger that already has this build's numbers,
 * from which the next build makes this set again; the other order could
 * show a number on paper that no ledger records. Before the flyers,
 * the plan is written down to a scratch file (build_entries.h) and let go,
 * so drawing a big campaign does not hold it.
 */
#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/build.h"
#include "campaign/plan.h"
#include "campaign/qr.h"
#include "campaign/status.h"
#include "core/clock.h"
#include "core/options.h"
#include "core/versions.h"
#include "build/build_captions.h"
#include "build/build_entries.h"
#include "build/build_flyers.h"
#include "build/collect_check.h"
#include "build/flyer_templates.h"
#include "plan/ledger.h"
#include "build/ledger_file.h"
#include "build/manifest.h"
#include "build/destinations.h"
#include "build/build_sheets.h"
#include "build/output_set.h"
#include "build/redirects.h"
#include "build/shard_made_from.h"
#include "build/stale_files.h"
#include "build/withdrawn.h"
#include "io/outdir.h"
#include "io/record_path.h"
#include "io/open_input.h"
#include "plan/plan_internal.h"
#include "qr/qr_writer.h"
#include "spec/spec_load.h"
#include "template/image_limits.h"
#include "io/atomic_file.h"
#include "io/file_holds.h"
#include "io/read_file.h"
#include "util/lookalike.h"
#include "io/lockfile.h"
#include "util/strbuf.h"
#include "util/str_map.h"
#include "util/suggest.h"

struct build {
	/* A shard's shard-K-of-N.made_from: the output set keeps the name's pointer until the switch. */
	char shard_made_from[SHARD_MADE_FROM_NAME_SIZE];
	const struct campaign_spec *spec;  /* NULL once released */
	struct campaign_spec *owned_spec;  /* campaign_build_take()'s, freed when released */
	const campaign_build_options *opts; /* the caller's, as this version, with the clock set */
	campaign_diags *diags;
	campaign_plan *plan;               /* NULL once released */
	struct build_entries *entries;     /* the plan written down, for the flyers and manifest */
	struct flyer_templates templates;  /* loaded before anything is written */
	struct image_limits image_limits;  /* opts->template_load, checked first */
	char *ledger_path;
	int ledger_dirfd;
	struct lockfile ledger_lock;
	char *registry_path;              /* NULL without a shared registry */
	int registry_dirfd;
	struct lockfile registry_lock;
	struct outdir out;
	struct output_set set; /* the next flyers/, qr/, social/, captions/, withdrawn/, manifest: switched in as a whole */
	char *out_path;
	unsigned char *selected; /* per placement: write its files */
	unsigned char *present;  /* per placement: MANIFEST_* bits of the files that exist */
	struct withdrawn_list withdrawn; /* placements out of circulation, for the manifest */
};

/*
 * Opens the directory of path (a ledger or registry) into *dirfd and takes
 * the lock beside it, PATH.lock, waiting up to wait_ms for another build to
 * let go. The lock file is never replaced, unlike the file it guards.
 */
static int
lock_beside(struct build *b, const char *path, const char *what, long wait_ms, int *dirfd,
            struct lockfile *lock)
{
	const char *slash = strrchr(path, '/');
	char dir[4096];
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", (int)(slash == path ? 1 : slash - path), path);
	*dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (*dirfd < 0) {
		campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot open the %s's directory: %s", what, strerror(errno));
		return CAMPAIGN_EIO;
	}
	char lock_name[300], label[4200];
	const char *base = slash ? slash + 1 : path;
	snprintf(lock_name, sizeof(lock_name), "%s.lock", base);
	snprintf(label, sizeof(label), "%s.lock", path);
	int rc = campaign__lock_acquire_wait(lock, *dirfd, lock_name, label, wait_ms, b->diags);
	/* A build killed while it wrote the file left its temp file; only ours go. */
	if (rc == CAMPAIGN_OK)
		campaign__atomic_remove_temps(*dirfd, base);
	return rc;
}

static int
open_ledger_dir(struct build *b)
{
	/*
	 * Shards of one campaign start together and all write the same ledger,
	 * holding the lock only briefly: they wait their turn. Any other second
	 * build is a mistake, and stops at once.
	 */
	long wait_ms = b->opts->shard_count > 1 ? 120 * 1000 : 0;
	return lock_beside(b, b->ledger_path, "ledger", wait_ms, &b->ledger_dirfd, &b->ledger_lock);
}

/*
 * The registry is shared by other campaigns' builds, which may run at the
 * same time: they wait their turn, each holding it from planning to
 * writing it. Taken after the ledger's lock, in every build, so two builds
 * can never each hold what the other waits for.
 */
static int
open_registry_dir(struct build *b)
{
	return lock_beside(b, b->registry_path, "registry", 120 * 1000, &b->registry_dirfd,
	                   &b->registry_lock);
}

/*
 * Whether the registry on disk is still the one the plan read. The lock
 * keeps other builds out, but a lock can lie (NFS mounted without locking):
 * then another build may have written it meanwhile, and writing ours over
 * theirs would lose its numbers.
 */
static int
registry_changed(struct build *b)
{
	const struct campaign_plan *plan = b->plan;
	char *buf = NULL;
	size_t len = 0;
	int exists = campaign__input_exists(plan->registry_path);
	if (exists != plan->registry_exists)
		return 1;
	if (!exists)
		return 0;
	campaign_diags *quiet = NULL;
	if (campaign_diags_new(&quiet))
		return 1;
	int rc = campaign__read_file(plan->registry_path,
	                             campaign__plan_record_limit(plan->spec, "registry", NULL), &buf,
	                             &len, quiet, NULL, 0, 0);
	campaign_diags_free(quiet);
	int changed = rc || campaign__plan_text_hash(buf, len) != plan->registry_hash;
	free(buf);
	return changed;
}

/* Writes the registry when it changed, before the ledger: its claims come first. */
static int
write_registry(struct build *b)
{
	const struct campaign_plan *plan = b->plan;
	if (!plan->registry_path)
		return CAMPAIGN_OK;
	struct strbuf text;
	campaign__strbuf_init(&text, campaign__plan_record_limit(plan->spec, "registry", NULL));
	int rc = campaign__registry_serialize(&plan->registry, &text, plan->registry_path, b->diags);
	const char *slash = strrchr(plan->registry_path, '/');
	const char *name = slash ? slash + 1 : plan->registry_path;
	if (rc == CAMPAIGN_OK && (!plan->registry_exists ||
	                          !campaign__file_holds(b->registry_dirfd, name, campaign__strbuf_cstr(&text), text.len))) {
		struct atomic_file f;
		rc = campaign__atomic_open(&f, b->registry_dirfd, name, b->diags);
		if (rc == CAMPAIGN_OK && campaign__write_all(f.fd, campaign__strbuf_cstr(&text), text.len)) {
			campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, plan->registry_path,
			                   0, 0, "cannot write the registry: %s", strerror(errno));
			campaign__atomic_discard(&f);
			rc = CAMPAIGN_EIO;
		} else if (rc == CAMPAIGN_OK && registry_changed(b)) {
			campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, plan->registry_path,
			                   0, 0, "another build changed the registry while this one held its "
			                   "lock, so the lock does not work where the registry is (NFS without "
			                   "locking?); nothing was written: build again, and keep the registry "
			                   "on a local file system");
			campaign__atomic_discard(&f);
			rc = CAMPAIGN_EIO;
		} else if (rc == CAMPAIGN_OK) {
			rc = campaign__atomic_commit(&f, b->diags);
		}
		if (rc == CAMPAIGN_OK)
			rc = campaign__fsync_dir(b->registry_dirfd, ".", plan->registry_path, b->diags);
	}
	campaign__strbuf_free(&text);
	return rc;
}

/* Writes the ledger when it changed; the file on disk is the old one or the new one, never a mix. */
static int
write_ledger(struct build *b)
{
	const char *slash = strrchr(b->ledger_path, '/');
	const char *name = slash ? slash + 1 : b->ledger_path;
	int written = 0;
	int rc = campaign__ledger_write_file(b->ledger_dirfd, name, &b->plan->ledger,
	                                     b->plan->ledger_exists, b->ledger_path, &written, b->diags);
	if (rc == CAMPAIGN_OK && written)
		rc = campaign__fsync_dir(b->ledger_dirfd, ".", b->ledger_path, b->diags);
	return rc;
}

/* Unknown --only ids past this many are counted, not suggested: a suggestion reads every id. */
#define ONLY_SUGGESTED_MAX 20

static void
report_unknown_only(struct build *b, const char *id, size_t n)
{
	struct suggester near;
	campaign__suggester_init(&near, id);
	for (size_t j = 0; j < n; j++)
		campaign__suggester_offer(&near, campaign_plan_get(b->plan, j)->placement->id);
	const char *best = campaign__suggester_best(&near);
	/* A look-alike letter reads as the right id: name it, as for a spec's keys. */
	char note[128];
	campaign__nonascii_note(id, note, sizeof(note));
	campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "--only: no placement '%.64s'%s in %s%s%s%s", id, note,
	                   b->spec->file ? b->spec->file : "the spec", /* NULL: built in code */
	                   best ? "; did you mean '" : "", best ? best : "", best ? "'?" : "");
}

/*
 * Marks the placements --only names, found through a hash of the ids: a
 * list of 100,000 ids against as many placements was 10^10 comparisons.
 */
static int
select_only(struct build *b, size_t n)
{
	const campaign_build_options *o = b->opts;
	struct str_map ids;
	campaign__str_map_init(&ids);
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < n; i++) {
		const char *id = campaign_plan_get(b->plan, i)->placement->id;
		if (!campaign__str_map_insert(&ids, id, strlen(id), i, NULL))
			rc = CAMPAIGN_ENOMEM;
	}
	size_t unknown = 0;
	for (size_t k = 0; rc != CAMPAIGN_ENOMEM && k < o->only_count; k++) {
		const size_t *at = campaign__str_map_find(&ids, o->only[k], strlen(o->only[k]));
		if (at) {
			b->selected[*at] = 1;
			continue;
		}
		if (unknown++ < ONLY_SUGGESTED_MAX)
			report_unknown_only(b, o->only[k], n);
		rc = CAMPAIGN_EINVALID;
	}
	if (unknown > ONLY_SUGGESTED_MAX)
		campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "--only: %zu more ids are not placements of %s either",
		                   unknown - ONLY_SUGGESTED_MAX,
		                   b->spec->file ? b->spec->file : "the spec");
	campaign__str_map_free(&ids);
	return rc;
}

static int
select_placements(struct build *b)
{
	size_t n = campaign_plan_count(b->plan);
	b->selected = calloc(n + 1, 1);
	if (!b->selected)
		return CAMPAIGN_ENOMEM;
	const campaign_build_options *o = b->opts;
	int rc = CAMPAIGN_OK;
	if (o->collect) {
		/* The files gathered from the shards decide what the manifest and proof show. */
		for (size_t i = 0; i < n; i++) {
			char name[96];
			const char *id = campaign_plan_get(b->plan, i)->placement->id;
			snprintf(name, sizeof(name), "flyers/%s.pdf", id);
			b->selected[i] = campaign__outdir_has_file(&b->out, name);
			snprintf(name, sizeof(name), "flyers/%s.png", id);
			b->selected[i] |= campaign__outdir_has_file(&b->out, name);
			struct manifest_files f;
			campaign__manifest_files_of(campaign__manifest_social_bits(
			                                    campaign_plan_get(b->plan, i)->placement),
			                            id, &f);
			b->selected[i] |= campaign__outdir_has_file(&b->out, f.social);
		}
		return rc;
	}
	if (!o->only)
		memset(b->selected, 1, n);
	if (o->only && (rc = select_only(b, n)))
		return rc;
	if (o->shard_count > 1) {
		/* Round robin, so every shard gets its share of each template's placements. */
		for (size_t i = 0; i < n; i++)
			if (i % o->shard_count != o->shard_index)
				b->selected[i] = 0;
	}
	return rc;
}

static int
write_qr_codes(struct build *b)
{
	const struct generation *next = &b->set.dirs[OUTPUT_QR];
	char label[4200];
	snprintf(label, sizeof(label), "%s/qr", b->out_path);
	campaign_qr_writer *w = NULL;
	int rc = campaign_qr_writer_new_private(&w, next->fd, label);
	if (rc == CAMPAIGN_OK)
		campaign__qr_writer_reuse_from(w, next->current_fd);
	campaign_qr_options qo = CAMPAIGN_QR_OPTIONS_INIT;
	qo.dpi = (int)b->opts->dpi;
	qo.now = b->opts->now;
	for (size_t i = 0; rc == CAMPAIGN_OK && i < campaign_plan_count(b->plan); i++) {
		const campaign_assignment *a = campaign_plan_get(b->plan, i);
		if (!b->selected[i] || !a->placement->qr || !a->url)
			continue;
		campaign_qr *qr = NULL;
		rc = campaign_qr_encode(&qr, a->url, strlen(a->url), &qo, b->diags);
		if (rc == CAMPAIGN_OK)
			rc = campaign_qr_writer_add(w, a->placement->id, qr,
			                            CAMPAIGN_QR_FORMATS_PNG | CAMPAIGN_QR_FORMATS_SVG, &qo, b->diags);
		campaign_qr_free(qr);
	}
	if (rc == CAMPAIGN_OK)
		rc = campaign_qr_writer_commit(w, b->diags);
	campaign_qr_writer_free(w);
	return rc;
}

/*
 * Which files of every placement the output set will hold: written by this
 * build or carried over from an earlier one, in the next flyers/ and qr/.
 */
static int
collect_files(struct build *b)
{
	size_t n = campaign__entries_count(b->entries);
	b->present = calloc(n + 1, 1);
	if (!b->present)
		return CAMPAIGN_ENOMEM;
	/* A directory that holds nothing needs no look: a million placements without files. */
	const struct generation *dirs[MANIFEST_KINDS];
	unsigned kinds = 0;
	for (int k = 0; k < MANIFEST_KINDS; k++) {
		dirs[k] = campaign__output_set_dir(&b->set, campaign__manifest_kinds[k].dir);
		if (!campaign__generation_empty(dirs[k]))
			kinds |= campaign__manifest_kinds[k].bit;
	}
	struct entry_reader reader = { 0 };
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < n && rc == CAMPAIGN_OK && kinds; i++) {
		const struct build_entry *e = NULL;
		if ((rc = campaign__entries_read(b->entries, i, &reader, &e, b->diags)))
			break;
		/* Its social image in its format: one in the other format is stale (build_entries.c). */
		unsigned jpeg = campaign__manifest_social_bits(&e->p) & MANIFEST_JPEG;
		struct manifest_files f;
		campaign__manifest_files_of(kinds | jpeg, e->p.id, &f);
		for (int k = 0; k < MANIFEST_KINDS; k++)
			if ((kinds & campaign__manifest_kinds[k].bit) &&
			    campaign__generation_has(dirs[k], strchr(f.buf[k], '/') + 1))
				b->present[i] |= (unsigned char)campaign__manifest_kinds[k].bit;
		if (b->present[i] & MANIFEST_SOCIAL)
			b->present[i] |= (unsigned char)jpeg;
	}
	campaign__entry_reader_free(&reader);
	return rc;
}

/* One manifest document, streamed into its temp file, sealed for the switch. */
static int
write_manifest_file(struct build *b, const char *name, enum output_set_file which,
                    int (*make)(struct manifest_out *, const struct build_entries *,
                                const unsigned char *, const struct withdrawn_list *,
                                campaign_diags *))
{
	struct atomic_file f;
	int rc = campaign__atomic_open(&f, b->out.fd, name, b->diags);
	if (rc)
		return rc;
	struct manifest_out out = { .fd = f.fd, .csv_raw = b->opts->csv_raw };
	campaign__strbuf_init(&out.buf, 0);
	rc = make(&out, b->entries, b->present, &b->withdrawn, b->diags);
	campaign__strbuf_free(&out.buf);
	if (rc == CAMPAIGN_EIO && out.err) /* otherwise reading the entries failed, reported */
		campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, name, 0, 0,
		                   "cannot write: %s", strerror(out.err));
	if (rc) {
		campaign__atomic_discard(&f);
		return rc;
	}
	rc = campaign__atomic_seal(&f, b->diags);
	if (rc == CAMPAIGN_OK)
		campaign__output_set_add_file(&b->set, which, &f);
	return rc;
}

/* A shard's: the fingerprints of its files, under a name no other shard's files have. */
static int
write_shard_made_from(struct build *b)
{
	campaign__shard_made_from_name(b->shard_made_from, b->opts->shard_index, b->opts->shard_count);
	return write_manifest_file(b, b->shard_made_from, OUTPUT_SHARD_MADE_FROM,
	                           campaign__shard_made_from_write);
}

static int
write_manifest(struct build *b)
{
	int rc = CAMPAIGN_OK;
	if (b->opts->shard_count > 1 && !b->opts->collect)
		rc = write_shard_made_from(b);
	if (rc == CAMPAIGN_OK)
		rc = write_manifest_file(b, "manifest.json", OUTPUT_JSON, campaign__manifest_json);
	if (rc == CAMPAIGN_OK)
		rc = write_manifest_file(b, "manifest.csv", OUTPUT_CSV, campaign__manifest_csv);
	return rc;
}

static int
output_path(struct build *b)
{
	struct strbuf p;
	campaign__strbuf_init(&p, 4096);
	if (b->opts->output_dir)
		campaign__strbuf_adds(&p, b->opts->output_dir);
	else
		campaign__strbuf_addf(&p, "out/%s", b->spec->slug);
	while (p.len > 1 && p.ptr[p.len - 1] == '/')
		p.ptr[--p.len] = '\0';
	if (p.status == CAMPAIGN_ETOOLONG) {
		/* The cap, not memory: a path no system call would take (ENAMETOOLONG). */
		const char *dir = b->opts->output_dir ? b->opts->output_dir : b->spec->slug;
		campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
		                   "the output directory's path is too long: %zu bytes, at most 4095 "
		                   "('%.40s...')", strlen(dir), dir);
		campaign__strbuf_free(&p);
		return CAMPAIGN_EIO;
	}
	if (p.status != CAMPAIGN_OK) {
		campaign__strbuf_free(&p);
		return CAMPAIGN_ENOMEM;
	}
	b->out_path = campaign__strbuf_detach(&p, NULL);
	return CAMPAIGN_OK;
}

static void
release_spec(struct build *b)
{
	campaign_spec_free(b->owned_spec);
	b->owned_spec = NULL;
	b->spec = NULL;
}

/*
 * Writes down what the flyers and the manifest need of every placement
 * (into a scratch file in dirfd, or memory for -1), then lets the plan go,
 * and the spec when the build owns it: what stays is 8 bytes a placement.
 */
static int
write_down_plan(struct build *b, int dirfd)
{
	int rc = campaign__entries_write(&b->entries, b->plan, dirfd, b->out_path, b->diags);
	if (rc)
		return rc;
	campaign_plan_free(b->plan);
	b->plan = NULL;
	if (b->owned_spec)
		release_spec(b);
#ifdef __GLIBC__
	/*
	 * glibc keeps freed memory in the process: the plan's blocks sit below
	 * later allocations, so the heap cannot shrink from its top. This hands
	 * their pages back to the system (madvise), rather than keep them while
	 * the flyers are drawn by workers that allocate from arenas of their
	 * own. A dry run (dirfd -1) keeps its entries in memory: nothing to gain.
	 */
	if (dirfd >= 0)
		malloc_trim(0);
#endif
	return CAMPAIGN_OK;
}

/*
 * --collect's proof sheet shows what the output set will hold: a placement
 * whose gathered files no shard made from these values loses them
 * (stale_files.h), so it is not drawn on the proof either.
 */
static int
leave_stale_out_of_proof(struct build *b)
{
	size_t n = campaign__entries_count(b->entries);
	unsigned char *stale = calloc(n + 1, 1);
	if (!stale)
		return CAMPAIGN_ENOMEM;
	int rc = campaign__stale_files_mark(&b->out, b->entries, 1, stale, b->diags);
	/* One entry per placement of the plan (which is let go by now), as drawn has. */
	for (size_t i = 0; rc == CAMPAIGN_OK && i < n; i++)
		if (stale[i] && b->templates.drawn[i]) {
			b->templates.drawn[i] = 0;
			b->templates.wanted--;
		}
	free(stale);
	return rc;
}

static int
load_templates(struct build *b)
{
	return campaign__flyer_templates_load(&b->templates, b->plan, b->selected, b->opts->template_dirs,
	                                      b->opts->sheet_template, &b->image_limits, b->diags);
}

/*
 * Makes every flyer and writes nothing: a dry run, or a build whose
 * templates failed, so that one run still reports every other flyer's
 * problems. Returns the first failure.
 */
static int
check_flyers(struct build *b)
{
	if (!b->templates.drawn)
		load_templates(b);
	if (b->templates.status == CAMPAIGN_ENOMEM)
		return CAMPAIGN_ENOMEM;
	/*
	 * No flyer to draw: the records are not needed. Held in memory beside
	 * the plan, they took a million placements' validate to 1.1 GB.
	 */
	if (b->templates.wanted == 0)
		return b->templates.status;
	int rc = write_down_plan(b, -1);
	if (rc)
		return rc;
	struct flyer_job check = { .entries = b->entries, .templates = &b->templates, .opts = b->opts,
	                           .diags = b->diags };
	return campaign__build_flyers(&check);
}

static int
run(struct build *b)
{
	int rc = CAMPAIGN_OK;
	/* A bad limit is the caller's mistake: said before any file is opened. */
	if ((rc = campaign__image_limits_take(&b->image_limits, b->opts->template_load, b->diags)))
		return rc;
	b->ledger_path = campaign__ledger_path_for(b->spec, b->opts->ledger_path, b->diags);
	if (!b->ledger_path)
		return CAMPAIGN_ENOMEM;
	if ((rc = output_path(b)))
		return rc;
	if (campaign__registry_path_for(b->spec, b->opts->registry_path, &b->registry_path))
		return CAMPAIGN_ENOMEM;
	if ((rc = campaign__record_path_follow(&b->ledger_path, "ledger", b->diags)) ||
	    (b->registry_path &&
	     (rc = campaign__record_path_follow(&b->registry_path, "registry", b->diags))))
		return rc;
	if (b->registry_path && campaign__record_path_same(b->ledger_path, b->registry_path)) {
		/* It would wait two minutes for its own lock, then damage both. */
		campaign_diags_add(b->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, b->registry_path, 0,
		                   0, "the registry and the ledger are one file: a registry is shared by "
		                   "campaigns, a ledger belongs to one; give each a file of its own");
		return CAMPAIGN_EINVALID;
	}
	/* The locks come before the plan reads the files, so two builds cannot both assign. */
	if (!b->opts->dry_run && (rc = open_ledger_dir(b)))
		return rc;
	if (!b->opts->dry_run && b->registry_path && (rc = open_registry_dir(b)))
		return rc;
	campaign_plan_options po = CAMPAIGN_PLAN_OPTIONS_INIT;
	po.now = b->opts->now;
	po.ledger_path = b->ledger_path;
	po.reissue = b->opts->reissue;
	po.reissue_count = b->opts->reissue_count;
	po.registry_path = b->registry_path;
	if ((rc = campaign_plan_new(&b->plan, b->spec, &po, b->diags)))
		return rc;
	/*
	 * The --only names are checked like the plan, before anything is
	 * created; --collect selects by the files in the output directory, so
	 * only after opening it.
	 */
	if (!b->opts->collect && (rc = select_placements(b)))
		return rc;
	/* Sheets that cannot be made (an unknown size, a label product not found) fail before any write. */
	if ((rc = campaign__sheet_options_check(b->opts, b->diags)))
		return rc;
	/* A caption that cannot be made fails before any write, a dry run's too. */
	if (!b->opts->collect && (rc = campaign__captions_check(b->plan, b->selected, b->diags)))
		return rc;
	if (b->opts->dry_run)
		return check_flyers(b);
	/* A template that cannot be used fails the build before anything is written. */
	if (!b->opts->collect && load_templates(b))
		return check_flyers(b);
	/* A --combine path that cannot be written fails now, not after the ledger and every flyer. */
	if (b->opts->combine &&
	    (rc = campaign__destinations_check_combine(b->opts->combine, b->spec->file, b->ledger_path,
	                                               b->registry_path, b->out_path, b->diags)))
		return rc;
	if (b->opts->combine && !b->opts->collect &&
	    (rc = campaign__atomic_check(AT_FDCWD, b->opts->combine, b->diags)))
		return rc;
	/* An input the build would write over fails it now, before anything is written. */
	if (!b->opts->collect &&
	    (rc = campaign__destinations_check_inputs(b->spec, b->opts->combine, b->out_path, b->diags)))
		return rc;
	if ((rc = campaign__outdir_open(&b->out, b->out_path, b->diags)))
		return rc;
	/* Under its lock: the hidden directories of a build that was killed are garbage. */
	campaign__output_set_clean(&b->out);
	if (b->opts->collect && ((rc = select_placements(b)) ||
	                         (rc = campaign__collect_check(&b->out, b->out_path, b->plan,
	                                                       b->opts->shard_count, b->diags))))
		return rc;
	if (b->opts->collect && load_templates(b))
		return check_flyers(b);
	struct destinations where = {
		.plan = b->plan, .selected = b->selected, .drawn = b->templates.drawn,
		.templates = &b->templates,
		.formats = b->opts->formats, .qr = !b->opts->collect, .flyers = !b->opts->collect,
		.proof = b->opts->shard_count <= 1 || b->opts->collect,
		.short_links = b->spec->shortlink.base != NULL,
		.shard = b->opts->shard_count > 1 && !b->opts->collect,
		.shard_index = b->opts->shard_index, .shard_count = b->opts->shard_count,
	};
	if ((rc = campaign__destinations_check(&b->out, &where, b->diags)))
		return rc;
	if ((rc = write_registry(b)))
		return rc;
	campaign__lock_release(&b->registry_lock);
	if ((rc = write_ledger(b)))
		return rc;
	/* The ledger is durable: the assets need no lock on it (shards wait for it). */
	campaign__lock_release(&b->ledger_lock);
	/*
	 * Everything from here on goes into the next output set, hidden until
	 * the switch at the end: a failure or a kill before it leaves the
	 * previous set whole, and the next build makes this one again from the
	 * ledger (output_set.h).
	 */
	unsigned formats = b->opts->formats;
	int writes_qr = !b->opts->collect && (formats & CAMPAIGN_FORMAT_QR);
	if ((rc = campaign__output_set_begin(&b->set, &b->out, writes_qr, b->diags)))
		return rc;
	if ((rc = campaign__withdraw(&b->withdrawn, &b->set, b->plan, b->diags)))
		return rc;
	if (writes_qr && (rc = write_qr_codes(b)))
		return rc;
	/* From the plan's ledger, which write_down_plan() lets go: every code issued, withdrawn ones too. */
	if ((rc = campaign__redirects_write(&b->set, b->plan, b->diags)))
		return rc;
	if ((rc = write_down_plan(b, b->out.fd)))
		return rc;
	/* Text, not an asset of a format: any format writes them, --format none (the manifest alone) not. */
	if (!b->opts->collect && formats != CAMPAIGN_FORMAT_NONE &&
	    (rc = campaign__captions_write(&b->set, b->entries, b->selected, b->out_path, b->diags)))
		return rc;
	/* Whether a collect has flyers at all, before those no shard made from these values go. */
	size_t flyers = b->templates.wanted;
	if (b->opts->collect && (rc = leave_stale_out_of_proof(b)))
		return rc;
	struct flyer_job job = { .entries = b->entries, .templates = &b->templates, .opts = b->opts,
	                         .out = &b->out, .out_path = b->out_path, .diags = b->diags,
	                         .set = &b->set, .flyers_fd = b->set.dirs[OUTPUT_FLYERS].fd,
	                         .flyers_current_fd = b->set.dirs[OUTPUT_FLYERS].current_fd,
	                         .sheets_fd = b->set.dirs[OUTPUT_SHEETS].fd,
	                         .sheets_current_fd = b->set.dirs[OUTPUT_SHEETS].current_fd,
	                         .social_fd = b->set.dirs[OUTPUT_SOCIAL].fd,
	                         .social_current_fd = b->set.dirs[OUTPUT_SOCIAL].current_fd,
	                         .proof_only = b->opts->collect,
	                         .no_proof = b->opts->shard_count > 1 && !b->opts->collect };
	if ((rc = campaign__build_flyers(&job)))
		return rc;
	/*
	 * What this build did not write or withdraw stays: --only's others, files
	 * put there by hand; a placement's file only while it shows this build's values.
	 * --collect's files come from the shards' directories, copied over each other
	 * with only the last manifest surviving: each shard's own fingerprints say.
	 */
	if ((rc = campaign__stale_files_drop(&b->set, &b->out, b->entries, b->opts->collect,
	                                     b->diags)) ||
	    (rc = campaign__output_set_carry(&b->set, OUTPUT_FLYERS, b->diags)) ||
	    (!campaign__sheets_replace_whole(b->opts) &&
	     (rc = campaign__output_set_carry(&b->set, OUTPUT_SHEETS, b->diags))) ||
	    (rc = campaign__output_set_carry(&b->set, OUTPUT_QR, b->diags)) ||
	    (rc = campaign__output_set_carry(&b->set, OUTPUT_SOCIAL, b->diags)) ||
	    (rc = campaign__output_set_carry(&b->set, OUTPUT_CAPTIONS, b->diags)))
		return rc;
	/* A collect that draws no proof: an older one would approve flyers the set has not. */
	if (b->opts->collect && !b->set.sealed[OUTPUT_PROOF])
		campaign__output_set_remove_file(
			&b->set, OUTPUT_PROOF, "proof.pdf",
			flyers ? "the collected output set holds no flyer made from these values, so there "
			         "is nothing to approve (build the shards again)"
			       : "no placement has a template any more, so there is no flyer to approve");
	if ((rc = collect_files(b)))
		return rc;
	if ((rc = campaign__withdraw_restored(&b->set, b->entries, b->present, b->diags)) ||
	    (rc = campaign__output_set_carry(&b->set, OUTPUT_WITHDRAWN, b->diags)))
		return rc;
	if ((rc = write_manifest(b)))
		return rc;
	return campaign__output_set_switch(&b->set, b->diags);
}

/* Both kinds of build; owned_spec is spec when the build takes it, or NULL. */
static int
build(campaign_buf *out_dir, const campaign_spec *spec, campaign_spec *owned_spec,
      const campaign_build_options *opts, campaign_diags *diags)
{
	static const campaign_build_options defaults = CAMPAIGN_BUILD_OPTIONS_INIT;
	campaign_build_options o;
	if (!spec) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "campaign_build: no spec given");
		return CAMPAIGN_EINVALID;
	}
	if (CAMPAIGN__OPTIONS_TAKE(&o, opts, &defaults, campaign__sizes_build_options,
	                           "campaign_build_options", diags) ||
	    campaign__clock_take(o.now, &o.now, diags)) {
		campaign_spec_free(owned_spec);
		return CAMPAIGN_EINVALID;
	}
	opts = &o;
	char problem[160] = "";
	if (opts->dpi < CAMPAIGN_RENDER_DPI_MIN || opts->dpi > CAMPAIGN_RENDER_DPI_MAX)
		snprintf(problem, sizeof(problem), "the resolution must be from %d to %d dpi, not %u",
		         CAMPAIGN_RENDER_DPI_MIN, CAMPAIGN_RENDER_DPI_MAX, opts->dpi);
	else if (opts->jobs < 1)
		snprintf(problem, sizeof(problem), "jobs must be at least 1");
	else if (opts->shard_count < 1)
		snprintf(problem, sizeof(problem), "shard_count must be at least 1 (1: no sharding)");
	else if (opts->formats & ~(unsigned)CAMPAIGN_FORMAT_ALL)
		snprintf(problem, sizeof(problem), "unknown formats 0x%x", opts->formats & ~(unsigned)CAMPAIGN_FORMAT_ALL);
	else if (opts->png_compression != CAMPAIGN_PNG_SMALL && opts->png_compression != CAMPAIGN_PNG_FAST)
		snprintf(problem, sizeof(problem), "unknown PNG compression %d", (int)opts->png_compression);
	else if (opts->dry_run && opts->collect)
		/* --collect writes the manifest of files already built; a dry run writes nothing. */
		snprintf(problem, sizeof(problem), "a dry run cannot collect: leave out --dry-run or --collect");
	else if (opts->shard_index >= opts->shard_count)
		snprintf(problem, sizeof(problem), "shard %u does not exist in %u shards (they are 0 to %u)",
		         opts->shard_index, opts->shard_count, opts->shard_count - 1);
	if (problem[0]) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "%s", problem);
		campaign_spec_free(owned_spec);
		return CAMPAIGN_EINVALID;
	}
	struct build b = { .spec = spec, .owned_spec = owned_spec, .opts = opts, .diags = diags,
	                   .ledger_dirfd = -1, .registry_dirfd = -1 };
	b.out.fd = -1;
	int rc = run(&b);
	if (rc == CAMPAIGN_OK && out_dir) {
		out_dir->ptr = b.out_path;
		out_dir->size = strlen(b.out_path);
		b.out_path = NULL;
	}
	campaign__output_set_free(&b.set);
	if (rc == CAMPAIGN_OK)
		campaign__outdir_close(&b.out);
	else
		campaign__outdir_abandon(&b.out);
	campaign__lock_release(&b.registry_lock);
	campaign__lock_release(&b.ledger_lock);
	if (b.ledger_dirfd >= 0)
		close(b.ledger_dirfd);
	if (b.registry_dirfd >= 0)
		close(b.registry_dirfd);
	free(b.registry_path);
	campaign__entries_free(b.entries);
	campaign__withdrawn_free(&b.withdrawn);
	campaign__flyer_templates_free(&b.templates);
	campaign_plan_free(b.plan);
	release_spec(&b);
	free(b.ledger_path);
	free(b.out_path);
	free(b.selected);
	free(b.present);
	return rc;
}

int
campaign_build(campaign_buf *out_dir, const campaign_spec *spec, const campaign_build_options *opts,
               campaign_diags *diags)
{
	return build(out_dir, spec, NULL, opts, diags);
}

int
campaign_build_take(campaign_buf *out_dir, campaign_spec *spec, const campaign_build_options *opts,
                    campaign_diags *diags)
{
	return build(out_dir, spec, spec, opts, diags);
}

int
campaign_build_options_init(campaign_build_options *opts, unsigned int version)
{
	static const campaign_build_options init = CAMPAIGN_BUILD_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_build_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_build_options));
}
