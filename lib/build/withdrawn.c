#include "build/withdrawn.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "build/build_captions.h"
#include "build/build_entries.h"
#include "build/manifest.h"
#include "build/output_set.h"
#include "campaign/status.h"
#include "io/open_input.h"
#include "io/generation.h"
#include "io/read_file.h"
#include "plan/plan_internal.h"
#include "util/date.h"

/*
 * The files of a placement that can be withdrawn: where they live, and their
 * manifest bits. A social image is either file, as its format was: the
 * manifest names the one there (MANIFEST_JPEG, manifest.h).
 */
static const struct {
	const char *dir;
	const char *ext;
	unsigned bit;
} kinds[] = {
	{ "flyers", ".pdf", MANIFEST_PDF },
	{ "flyers", ".png", MANIFEST_PNG },
	{ "qr", ".png", MANIFEST_QR_PNG },
	{ "qr", ".svg", MANIFEST_QR_SVG },
	{ "social", ".png", MANIFEST_SOCIAL },
	{ "social", ".jpg", MANIFEST_SOCIAL | MANIFEST_JPEG },
	{ "captions", ".txt", MANIFEST_CAPTION },
};

/* Whether a placement's files (MANIFEST_* bits) hold kind k's file: a social image in its format. */
static int
holds_kind(unsigned files, size_t k)
{
	unsigned mask = kinds[k].bit & MANIFEST_SOCIAL ? kinds[k].bit | MANIFEST_JPEG : kinds[k].bit;
	return (files & mask) == kinds[k].bit;
}

/* The directories of those files, each with its counterpart in withdrawn/. */
static const char *const side_names[] = { "flyers", "qr", "social", "captions" };
#define SIDES (sizeof(side_names) / sizeof(side_names[0]))

/* A social image is its template's, as a flyer is: both go when the template does. */
#define FLYER_BITS (MANIFEST_PDF | MANIFEST_PNG | MANIFEST_SOCIAL)
#define QR_BITS (MANIFEST_QR_PNG | MANIFEST_QR_SVG)

/* The regular files of one directory, sorted, to look names up in. */
struct names {
	char **v;
	size_t n;
};

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
names_free(struct names *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
	s->v = NULL;
	s->n = 0;
}

/*
 * Opens parent/name without following a symbolic link: *fd is -1 when it
 * does not exist. A symbolic link there is refused, as everywhere in the
 * output directory.
 */
static int
open_dir(int parent, const char *name, const char *label, int *fd, campaign_diags *diags)
{
	*fd = parent < 0 ? -1 : openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (*fd >= 0 || parent < 0 || errno == ENOENT)
		return CAMPAIGN_OK;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0,
	                   errno == ELOOP || errno == ENOTDIR
	                   ? "is a symbolic link or not a directory; refusing to write through it"
	                   : "cannot open the directory: %s", strerror(errno));
	return CAMPAIGN_EIO;
}

static int
read_names(int fd, struct names *s)
{
	s->v = NULL;
	s->n = 0;
	if (fd < 0)
		return CAMPAIGN_OK;
	int copy = dup(fd);
	DIR *d = copy >= 0 ? fdopendir(copy) : NULL;
	if (!d) {
		if (copy >= 0)
			close(copy);
		return CAMPAIGN_ENOMEM;
	}
	/* The copy shares fd's offset, which another reader may have left at the end. */
	rewinddir(d);
	size_t cap = 0;
	int rc = CAMPAIGN_OK;
	for (struct dirent *e; rc == CAMPAIGN_OK && (e = readdir(d));) {
		if (e->d_name[0] == '.' || (e->d_type != DT_REG && e->d_type != DT_UNKNOWN))
			continue;
		if (s->n == cap) {
			cap = cap ? cap * 2 : 64;
			char **grown = realloc(s->v, cap * sizeof(*grown));
			if (!grown) {
				rc = CAMPAIGN_ENOMEM;
				break;
			}
			s->v = grown;
		}
		if (!(s->v[s->n] = strdup(e->d_name)))
			rc = CAMPAIGN_ENOMEM;
		else
			s->n++;
	}
	closedir(d);
	if (s->n > 1)
		qsort(s->v, s->n, sizeof(*s->v), cmp_names);
	return rc;
}

static int
has(const struct names *s, const char *name)
{
	return s->n && bsearch(&name, s->v, s->n, sizeof(*s->v), cmp_names) != NULL;
}

/* One directory of files in circulation and its withdrawn counterpart. */
struct side {
	const char *name; /* "flyers" or "qr" */
	struct generation *next; /* its next version, which the withdrawn files leave out */
	int fd;           /* the current directory (borrowed from next); -1: absent */
	struct names files;
	int old_out_fd;   /* the current withdrawn/NAME; -1: absent */
	int out_fd;       /* withdrawn/NAME in the next version, made when the first file goes; -1 until then */
	struct names out_files;
};

struct move_ctx {
	const char *path; /* the output directory, for messages */
	struct generation *withdrawn; /* the next version of withdrawn/ */
	struct side sides[SIDES];
	campaign_diags *diags;
};

static size_t
side_index(const char *dir)
{
	size_t i = 0;
	while (i + 1 < SIDES && strcmp(side_names[i], dir) != 0)
		i++;
	return i;
}

static struct side *
side_of(struct move_ctx *m, const char *dir)
{
	return &m->sides[side_index(dir)];
}

/*
 * Takes one file out of circulation: the next version of its directory
 * leaves it out, and the next version of withdrawn/ links it. Nothing
 * moves until the output set is switched, so a build that fails withdraws
 * nothing.
 */
static int
move_file(struct move_ctx *m, struct side *s, const char *name)
{
	int rc = campaign__generation_drop(s->next, name);
	if (rc == CAMPAIGN_OK && s->out_fd < 0)
		rc = campaign__generation_subdir(m->withdrawn, s->name, &s->out_fd, m->diags);
	if (rc)
		return rc;
	char label[4200];
	snprintf(label, sizeof(label), "%s/%s/%s", m->path, s->name, name);
	return campaign__generation_adopt(s->fd, name, s->out_fd, label, m->diags);
}

static int
add_item(struct withdrawn_list *list, const char *id, const char *event,
         enum withdrawn_reason reason, long left, unsigned files)
{
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		struct withdrawn *grown = realloc(list->items, cap * sizeof(*grown));
		if (!grown)
			return CAMPAIGN_ENOMEM;
		list->items = grown;
		list->cap = cap;
	}
	struct withdrawn *w = &list->items[list->count];
	w->id = strdup(id);
	w->event = event ? strdup(event) : NULL;
	w->reason = reason;
	w->left = left;
	w->files = (unsigned char)files;
	if (!w->id || (event && !w->event)) {
		free(w->id);
		free(w->event);
		return CAMPAIGN_ENOMEM;
	}
	list->count++;
	return CAMPAIGN_OK;
}

static const char *
reason_text(enum withdrawn_reason reason)
{
	switch (reason) {
	case WITHDRAWN_LEFT: return "it left the campaign";
	case WITHDRAWN_NO_TEMPLATE: return "it has no template any more";
	case WITHDRAWN_NO_QR: return "it has no QR code any more";
	case WITHDRAWN_NO_CAPTION: return "it is not online any more";
	}
	return "";
}

/* Moves the files of kinds `wanted` of one placement; lists it when it has any in withdrawn/. */
static int
withdraw_one(struct move_ctx *m, struct withdrawn_list *list, const char *id, const char *event,
             enum withdrawn_reason reason, long left, unsigned wanted)
{
	unsigned moved = 0, there = 0;
	char moved_names[512] = "";
	size_t len = 0;
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		if (!(kinds[k].bit & wanted))
			continue;
		struct side *s = side_of(m, kinds[k].dir);
		char name[96];
		snprintf(name, sizeof(name), "%s%s", id, kinds[k].ext);
		int here = s->fd >= 0 && has(&s->files, name);
		if (here) {
			int rc = move_file(m, s, name);
			if (rc)
				return rc;
			moved |= kinds[k].bit;
			int w = snprintf(moved_names + len, sizeof(moved_names) - len, "%s%s/%s",
			                 len ? ", " : "", s->name, name);
			len += w > 0 && (size_t)w < sizeof(moved_names) - len ? (size_t)w : 0;
		}
		/* This very file: the .png's bit is within the .jpg's. */
		if (here || has(&s->out_files, name))
			there |= kinds[k].bit;
	}
	if (moved) {
		char day[11] = "";
		if (left >= 0)
			campaign__date_format(left, day);
		campaign_diags_add(m->diags, CAMPAIGN_SEVERITY_NOTE, CAMPAIGN_OK, m->path, 0, 0,
		                   "withdrew placement '%s' (%s%s%s): %s moved into withdrawn/", id,
		                   reason_text(reason), left >= 0 ? " on " : "", day, moved_names);
	}
	return there ? add_item(list, id, event, reason, left, there) : CAMPAIGN_OK;
}

int
campaign__withdraw(struct withdrawn_list *list, struct output_set *set, const campaign_plan *plan,
                   campaign_diags *diags)
{
	memset(list, 0, sizeof(*list));
	struct move_ctx m = { .path = set->out->path, .withdrawn = &set->dirs[OUTPUT_WITHDRAWN],
	                      .diags = diags };
	for (size_t i = 0; i < SIDES; i++)
		m.sides[i] = (struct side){ .name = side_names[i],
		                            .next = campaign__output_set_dir(set, side_names[i]) };
	int rc = CAMPAIGN_OK;
	char label[4200];
	for (size_t i = 0; i < SIDES; i++) {
		struct side *s = &m.sides[i];
		s->fd = s->next->current_fd;
		s->old_out_fd = s->out_fd = -1;
		if (rc == CAMPAIGN_OK)
			rc = read_names(s->fd, &s->files);
		snprintf(label, sizeof(label), "%s/withdrawn/%s", m.path, s->name);
		if (rc == CAMPAIGN_OK)
			rc = open_dir(m.withdrawn->current_fd, s->name, label, &s->old_out_fd, diags);
		if (rc == CAMPAIGN_OK)
			rc = read_names(s->old_out_fd, &s->out_files);
	}
	/* Placements that left: the current issue in the ledger is released. */
	const struct ledger *ledger = &plan->ledger;
	for (size_t i = 0; i < ledger->count && rc == CAMPAIGN_OK; i++) {
		const struct ledger_entry *e = &ledger->entries[i];
		if (e->released >= 0 && campaign__ledger_is_current(ledger, e))
			rc = withdraw_one(&m, list, e->id, e->event, WITHDRAWN_LEFT, e->released,
			                  FLYER_BITS | QR_BITS | MANIFEST_CAPTION);
	}
	/* Placements in the campaign that no longer have a flyer or a QR code. */
	for (size_t i = 0; i < plan->count && rc == CAMPAIGN_OK; i++) {
		const campaign_placement *p = plan->items[i].pub.placement;
		if (!p->template_name)
			rc = withdraw_one(&m, list, p->id, p->event, WITHDRAWN_NO_TEMPLATE, -1, FLYER_BITS);
		if (!p->qr && rc == CAMPAIGN_OK)
			rc = withdraw_one(&m, list, p->id, p->event, WITHDRAWN_NO_QR, -1, QR_BITS);
		if (!campaign__caption_online(&plan->items[i].pub) && rc == CAMPAIGN_OK)
			rc = withdraw_one(&m, list, p->id, p->event, WITHDRAWN_NO_CAPTION, -1, MANIFEST_CAPTION);
	}
	for (size_t i = 0; i < SIDES; i++) {
		struct side *s = &m.sides[i];
		names_free(&s->files);
		names_free(&s->out_files);
		if (s->old_out_fd >= 0)
			close(s->old_out_fd);
		if (s->out_fd >= 0)
			close(s->out_fd);
	}
	if (rc)
		campaign__withdrawn_free(list);
	return rc;
}

int
campaign__withdraw_restored(struct output_set *set, const struct build_entries *entries,
                            const unsigned char *present, campaign_diags *diags)
{
	struct generation *next = &set->dirs[OUTPUT_WITHDRAWN];
	if (next->current_fd < 0)
		return CAMPAIGN_OK;
	int fds[SIDES];
	struct names files[SIDES];
	const char *const *dirs = side_names;
	for (size_t i = 0; i < SIDES; i++) {
		fds[i] = -1;
		files[i] = (struct names){ 0 };
	}
	size_t listed = 0;
	int rc = CAMPAIGN_OK;
	char label[4200];
	for (size_t i = 0; i < SIDES && rc == CAMPAIGN_OK; i++) {
		snprintf(label, sizeof(label), "%s/withdrawn/%s", set->out->path, dirs[i]);
		rc = open_dir(next->current_fd, dirs[i], label, &fds[i], diags);
		if (rc == CAMPAIGN_OK)
			rc = read_names(fds[i], &files[i]);
		listed += files[i].n;
	}
	/* Withdrawn copies are rare: the placements are read back only when there are some. */
	struct entry_reader reader = { 0 };
	for (size_t i = 0; listed && rc == CAMPAIGN_OK && i < campaign__entries_count(entries); i++) {
		if (!present[i])
			continue;
		const struct build_entry *e = NULL;
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]) && rc == CAMPAIGN_OK; k++) {
			size_t d = side_index(kinds[k].dir);
			char name[96], path[128];
			snprintf(name, sizeof(name), "%s%s", e->p.id, kinds[k].ext);
			snprintf(path, sizeof(path), "%s/%s", dirs[d], name);
			/* In circulation again: its withdrawn copy is left out of the next withdrawn/. */
			if (holds_kind(present[i], k) && has(&files[d], name))
				rc = campaign__generation_drop(next, path);
		}
	}
	campaign__entry_reader_free(&reader);
	for (size_t i = 0; i < SIDES; i++) {
		names_free(&files[i]);
		if (fds[i] >= 0)
			close(fds[i]);
	}
	return rc;
}

void
campaign__withdrawn_free(struct withdrawn_list *list)
{
	for (size_t i = 0; i < list->count; i++) {
		free(list->items[i].id);
		free(list->items[i].event);
	}
	free(list->items);
	memset(list, 0, sizeof(*list));
}
