/*
 * A build's placements, one record each, in a scratch file or in memory.
 *
 * A record is a sequence of fields in a fixed order (put_entry() and
 * get_entry() must agree): a string is its length as 4 bytes, then its
 * bytes and a NUL, or 0xFFFFFFFF for NULL; a number is 8 bytes. Both in the
 * machine's byte order: the file lives as long as one build.
 */
#include "build/build_entries.h"

#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "campaign/version.h"
#include "plan/plan_internal.h"
#include "io/atomic_file.h"

#define NULL_STRING UINT32_MAX
/* Records are written to the file in batches of about this size. */
#define WRITE_BATCH (64 * 1024)

struct build_entries {
	int fd;              /* the scratch file, or -1: the records are in mem */
	struct strbuf mem;   /* in memory: every record; in a file: the batch not yet written */
	uint64_t *offsets;   /* count + 1: where record i starts; the last is the end */
	size_t count;
	struct build_campaign campaign;
	char *strings;       /* the campaign's strings, one block */
	char *label;         /* the scratch file's directory in diagnostics, or NULL */
};

static void
put_string(struct strbuf *b, const char *s)
{
	size_t len = s ? strlen(s) : 0;
	/* A longer string cannot come from a spec (each file is far smaller); refuse, never cut. */
	if (s && len >= NULL_STRING) {
		b->status = CAMPAIGN_ETOOLONG;
		return;
	}
	uint32_t n = s ? (uint32_t)len : NULL_STRING;
	campaign__strbuf_add(b, &n, sizeof(n));
	if (s)
		campaign__strbuf_add(b, s, len + 1);
}

static void
put_number(struct strbuf *b, uint64_t v)
{
	campaign__strbuf_add(b, &v, sizeof(v));
}

static void
put_params(struct strbuf *b, const campaign_param *params, size_t count)
{
	put_number(b, count);
	for (size_t i = 0; i < count; i++) {
		put_string(b, params[i].key);
		put_string(b, params[i].value);
	}
}

/*
 * The text fields of an entry, in record order: put_entry() writes them
 * and get_entry() reads them through this one list, so the two cannot
 * disagree. The event's are there, NULL, for a placement without one.
 */
#define TEXT_FIELDS 34

static void
text_fields(struct build_entry *x, const char **f[TEXT_FIELDS])
{
	campaign_assignment *a = &x->a;
	campaign_placement *p = &x->p;
	campaign_event *e = &x->e;
	const char **all[TEXT_FIELDS] = {
		&a->utm_source, &a->utm_medium, &a->utm_campaign, &a->utm_content, &a->utm_term, &a->url,
		&a->hashtag, &a->phone, &a->phone_display, &a->tel, &a->issued, &a->short_code, &a->short_url,
		&p->id, &p->event, &p->source, &p->medium, &p->content, &p->term, &p->source_platform,
		&p->creative_format, &p->marketing_tactic, &p->landing, &p->template_name, &p->hashtag,
		&p->rows_file,
		&e->id, &e->title, &e->date, &e->time, &e->venue, &e->landing, &e->hashtag,
		&x->x.language,
	};
	memcpy(f, all, sizeof(all));
}

static void
put_entry(struct strbuf *b, const struct campaign_spec *plan_spec, const struct plan_item *item)
{
	const campaign_placement *p = item->pub.placement;
	struct build_entry x = { .a = item->pub, .p = *p };
	if (item->pub.event)
		x.e = *item->pub.event;
	campaign__values_placement_of(&x.x, plan_spec, item->sp);
	/* The record's event is the one its flyer prints: in its edition's words. */
	if (x.x.event_title)
		x.e.title = x.x.event_title;
	if (x.x.event_venue)
		x.e.venue = x.x.event_venue;
	const char **texts[TEXT_FIELDS];
	text_fields(&x, texts);
	for (size_t i = 0; i < TEXT_FIELDS; i++)
		put_string(b, *texts[i]);
	put_number(b, item->pub.event != NULL);
	put_number(b, (uint64_t)x.a.phone_state);
	put_number(b, (uint64_t)(int64_t)p->phone);
	put_number(b, (uint64_t)(int64_t)p->qr);
	put_number(b, p->copies);
	put_number(b, (uint64_t)p->image_format);
	put_number(b, p->row_number);
	put_params(b, p->params, p->param_count);
	put_params(b, p->row, p->row_count);
	for (int l = 0; l < VALUES_VAR_LEVELS; l++)
		put_params(b, x.x.vars[l], x.x.var_count[l]);
	put_number(b, item->sp->at[PF_NODE].line);
	put_number(b, item->sp->at[PF_NODE].column);
}

/* Reads a record's fields in put_entry()'s order; any overrun sets bad. */
struct cursor {
	const char *p, *end;
	int bad;   /* the record is damaged */
	int nomem;
};

static const char *
get_string(struct cursor *c)
{
	uint32_t n;
	if (c->bad || (size_t)(c->end - c->p) < sizeof(n)) {
		c->bad = 1;
		return NULL;
	}
	memcpy(&n, c->p, sizeof(n));
	c->p += sizeof(n);
	if (n == NULL_STRING)
		return NULL;
	if ((size_t)(c->end - c->p) <= n || c->p[n] != '\0') {
		c->bad = 1;
		return NULL;
	}
	const char *s = c->p;
	c->p += (size_t)n + 1;
	return s;
}

static uint64_t
get_number(struct cursor *c)
{
	uint64_t v = 0;
	if (c->bad || (size_t)(c->end - c->p) < sizeof(v)) {
		c->bad = 1;
		return 0;
	}
	memcpy(&v, c->p, sizeof(v));
	c->p += sizeof(v);
	return v;
}

/* Room for n more pairs in the reader; -1 when out of memory. */
static int
reserve_pairs(struct entry_reader *rd, size_t used, uint64_t n)
{
	if (n <= rd->cap - used)
		return 0;
	size_t cap = rd->cap ? rd->cap : 16;
	while (cap - used < n)
		cap *= 2;
	campaign_param *pairs = realloc(rd->pairs, cap * sizeof(*pairs));
	if (!pairs)
		return -1;
	rd->pairs = pairs;
	rd->cap = cap;
	return 0;
}

/*
 * A params list into the reader's pairs from *used on: its first index.
 * Pointers are made only after the whole record is read, since the pairs
 * may move while they grow.
 */
static size_t
get_params(struct cursor *c, struct entry_reader *rd, size_t *used, size_t *count)
{
	uint64_t n = get_number(c);
	size_t first = *used;
	*count = 0;
	/* Each pair takes at least 8 bytes, which bounds n by what is left. */
	if (c->bad || n > (uint64_t)(c->end - c->p) / 8) {
		c->bad = 1;
		return first;
	}
	if (reserve_pairs(rd, *used, n)) {
		c->nomem = 1;
		return first;
	}
	for (uint64_t i = 0; i < n; i++) {
		rd->pairs[first + i].key = get_string(c);
		rd->pairs[first + i].value = get_string(c);
	}
	*used += (size_t)n;
	*count = (size_t)n;
	return first;
}

static void
get_entry(struct cursor *c, struct entry_reader *rd)
{
	struct build_entry *x = &rd->entry;
	memset(x, 0, sizeof(*x));
	campaign_placement *p = &x->p;
	p->version = CAMPAIGN_PLACEMENT_VERSION;
	x->e.version = CAMPAIGN_EVENT_VERSION;
	const char **texts[TEXT_FIELDS];
	text_fields(x, texts);
	for (size_t i = 0; i < TEXT_FIELDS; i++)
		*texts[i] = get_string(c);
	x->a.placement = p;
	x->a.event = get_number(c) ? &x->e : NULL;
	x->a.phone_state = (campaign_phone_state)get_number(c);
	p->phone = (int)(int64_t)get_number(c);
	p->qr = (int)(int64_t)get_number(c);
	p->copies = (unsigned long)get_number(c);
	p->image_format = get_number(c) ? CAMPAIGN_IMAGE_JPEG : CAMPAIGN_IMAGE_PNG;
	p->row_number = (unsigned long)get_number(c);
	size_t used = 0;
	size_t params = get_params(c, rd, &used, &p->param_count);
	size_t row = get_params(c, rd, &used, &p->row_count);
	size_t vars[VALUES_VAR_LEVELS];
	for (int l = 0; l < VALUES_VAR_LEVELS; l++)
		vars[l] = get_params(c, rd, &used, &x->x.var_count[l]);
	p->params = p->param_count ? rd->pairs + params : NULL;
	p->row = p->row_count ? rd->pairs + row : NULL;
	for (int l = 0; l < VALUES_VAR_LEVELS; l++)
		x->x.vars[l] = x->x.var_count[l] ? rd->pairs + vars[l] : NULL;
	x->line = (unsigned long)get_number(c);
	x->column = (unsigned long)get_number(c);
	if (c->p != c->end)
		c->bad = 1;
}

/* FNV-1a, continued from h: a fingerprint, not a defence against crafted input. */
static uint64_t
fnv(uint64_t h, const void *data, size_t len)
{
	const unsigned char *b = data;
	for (size_t i = 0; i < len; i++) {
		h ^= b[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* A string with its end (or its absence) marked, so "ab","c" and "a","bc" differ. */
static uint64_t
fnv_string(uint64_t h, const char *s)
{
	static const unsigned char absent = 0xFF, end = 0;
	return s ? fnv(fnv(h, s, strlen(s)), &end, 1) : fnv(h, &absent, 1);
}

static uint64_t
fnv_params(uint64_t h, const campaign_param *params, size_t count)
{
	uint64_t n = count;
	h = fnv(h, &n, sizeof(n));
	for (size_t i = 0; i < count; i++)
		h = fnv_string(fnv_string(h, params[i].key), params[i].value);
	return h;
}

/*
 * Every field of the record but what changes without changing a file: the
 * placement's place in the spec, and its number's state (new, then kept).
 * Through text_fields(), so a field added to the record is in it too.
 */
void
campaign__entry_made_from(const struct build_entry *e, const struct build_campaign *c,
                          char out[BUILD_MADE_FROM_SIZE])
{
	uint64_t h = 14695981039346656037ULL;
	h = fnv_string(h, "libcampaign " CAMPAIGN_VERSION_STRING);
	h = fnv_string(fnv_string(fnv_string(h, c->name), c->slug), c->language);
	const char **texts[TEXT_FIELDS];
	text_fields((struct build_entry *)e, texts);
	for (size_t i = 0; i < TEXT_FIELDS; i++)
		h = fnv_string(h, *texts[i]);
	int64_t numbers[4] = { e->a.event != NULL, e->p.phone, e->p.qr, (int64_t)e->p.row_number };
	h = fnv(h, numbers, sizeof(numbers));
	/*
	 * A JPEG social image is another file than the PNG: switching the format
	 * makes the old one stale. Only then, so a PNG's made_from stays as it was.
	 */
	if (e->p.image_format != CAMPAIGN_IMAGE_PNG)
		h = fnv_string(h, "image_format jpeg");
	h = fnv_params(fnv_params(h, e->p.params, e->p.param_count), e->p.row, e->p.row_count);
	/* The texts it prints (`vars:`), as resolved: an edited one makes its files stale. */
	for (int l = 0; l < VALUES_VAR_LEVELS; l++)
		for (size_t i = 0; i < e->x.var_count[l]; i++)
			if (campaign__values_var_shown(&e->x, l, i))
				h = fnv_string(fnv_string(h, e->x.vars[l][i].key), e->x.vars[l][i].value);
	snprintf(out, BUILD_MADE_FROM_SIZE, "%016llx", (unsigned long long)h);
}

static int
scratch_error(const struct build_entries *x, campaign_diags *diags, const char *what, int err)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, x->label, 0, 0,
	                   "cannot %s the build's scratch file: %s", what, strerror(err));
	return CAMPAIGN_EIO;
}

/* Writes the batched records to the file (all of them when final). */
static int
flush_batch(struct build_entries *x, int final, campaign_diags *diags)
{
	if (x->fd < 0 || (!final && x->mem.len < WRITE_BATCH))
		return CAMPAIGN_OK;
	int err = campaign__write_all(x->fd, x->mem.ptr ? x->mem.ptr : "", x->mem.len);
	campaign__strbuf_reset(&x->mem);
	return err ? scratch_error(x, diags, "write", err) : CAMPAIGN_OK;
}

static int
copy_campaign(struct build_entries *x, const struct campaign_spec *spec)
{
	const char *from[] = { spec->name, spec->slug, spec->language, spec->file };
	size_t size = 0;
	for (size_t i = 0; i < 4; i++)
		size += from[i] ? strlen(from[i]) + 1 : 0;
	x->strings = malloc(size + 1);
	if (!x->strings)
		return CAMPAIGN_ENOMEM;
	const char **to[] = { &x->campaign.name, &x->campaign.slug, &x->campaign.language,
	                      &x->campaign.file };
	char *at = x->strings;
	for (size_t i = 0; i < 4; i++) {
		if (!from[i])
			continue;
		size_t n = strlen(from[i]) + 1;
		memcpy(at, from[i], n);
		*to[i] = at;
		at += n;
	}
	return CAMPAIGN_OK;
}

static int
write_all_entries(struct build_entries *x, const campaign_plan *plan, campaign_diags *diags)
{
	uint64_t end = 0;
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < x->count && rc == CAMPAIGN_OK; i++) {
		size_t before = x->mem.len;
		x->offsets[i] = end;
		put_entry(&x->mem, plan->spec, &plan->items[i]);
		if (x->mem.status == CAMPAIGN_ETOOLONG) {
			/* A spec's own limits keep records far smaller; say which one if it happens. */
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ETOOLONG, x->label, 0, 0,
			                   "placement '%s' holds too much text to build", plan->items[i].pub.placement->id);
			rc = CAMPAIGN_ETOOLONG;
		} else if (x->mem.status != CAMPAIGN_OK) {
			rc = x->mem.status;
		} else {
			end += x->mem.len - before;
		}
		if (rc == CAMPAIGN_OK)
			rc = flush_batch(x, 0, diags);
	}
	x->offsets[x->count] = end;
	return rc;
}

int
campaign__entries_write(struct build_entries **out, const campaign_plan *plan, int dirfd,
                        const char *label, campaign_diags *diags)
{
	*out = NULL;
	struct build_entries *x = calloc(1, sizeof(*x));
	if (!x)
		return CAMPAIGN_ENOMEM;
	x->fd = -1;
	x->count = plan->count;
	campaign__strbuf_init(&x->mem, dirfd >= 0 ? STRBUF_DEFAULT_MAX : SIZE_MAX);
	x->offsets = malloc((x->count + 1) * sizeof(*x->offsets));
	int rc = x->offsets ? copy_campaign(x, plan->spec) : CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK && label && !(x->label = strdup(label)))
		rc = CAMPAIGN_ENOMEM;
	if (rc == CAMPAIGN_OK && dirfd >= 0 && (x->fd = campaign__scratch_open(dirfd)) < 0)
		rc = scratch_error(x, diags, "create", errno);
	if (rc == CAMPAIGN_OK)
		rc = write_all_entries(x, plan, diags);
	if (rc == CAMPAIGN_OK)
		rc = flush_batch(x, 1, diags);
	if (rc) {
		campaign__entries_free(x);
		return rc;
	}
	*out = x;
	return CAMPAIGN_OK;
}

size_t
campaign__entries_count(const struct build_entries *x)
{
	return x ? x->count : 0;
}

const struct build_campaign *
campaign__entries_campaign(const struct build_entries *x)
{
	return &x->campaign;
}

/*
 * Readers read ahead: a manifest reads every record in order, and a
 * system call per record of a hundred bytes was a tenth of its time.
 */
#define READ_AHEAD (256 * 1024)

/* Record i's bytes: in memory, or from the file through the reader's read-ahead. */
static int
load_record(const struct build_entries *x, size_t i, struct entry_reader *rd, const char **data,
            size_t *len, campaign_diags *diags)
{
	uint64_t at = x->offsets[i];
	*len = (size_t)(x->offsets[i + 1] - at);
	if (x->fd < 0) {
		*data = x->mem.ptr + at;
		return CAMPAIGN_OK;
	}
	if (rd->data && at >= rd->data_at && at - rd->data_at + *len <= rd->data_len) {
		*data = rd->data + (at - rd->data_at);
		return CAMPAIGN_OK;
	}
	/* What is left of the file from the record on, at most the read-ahead (or the record). */
	uint64_t rest = x->offsets[x->count] - at;
	size_t want = *len > READ_AHEAD ? *len : rest < READ_AHEAD ? (size_t)rest : READ_AHEAD;
	if (want > rd->data_cap) {
		char *p = realloc(rd->data, want);
		if (!p)
			return CAMPAIGN_ENOMEM;
		rd->data = p;
		rd->data_cap = want;
	}
	rd->data_len = 0; /* nothing valid until the whole record is in */
	size_t got = 0;
	while (got < want) {
		ssize_t n = pread(x->fd, rd->data + got, want - got, (off_t)(at + got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n == 0 && got >= *len)
			break; /* the file ends after the record: only what follows it is missing */
		if (n <= 0)
			return scratch_error(x, diags, "read", n < 0 ? errno : EIO);
		got += (size_t)n;
	}
	rd->data_at = at;
	rd->data_len = got;
	*data = rd->data;
	return CAMPAIGN_OK;
}

int
campaign__entries_read(const struct build_entries *x, size_t i, struct entry_reader *rd,
                       const struct build_entry **out, campaign_diags *diags)
{
	*out = NULL;
	if (i >= x->count)
		return CAMPAIGN_EINVALID;
	const char *data = NULL;
	size_t len = 0;
	int rc = load_record(x, i, rd, &data, &len, diags);
	if (rc)
		return rc;
	struct cursor c = { data, data + len, 0, 0 };
	get_entry(&c, rd);
	if (c.nomem)
		return CAMPAIGN_ENOMEM;
	/* Only a file changed under the build can do this; say so rather than draw garbage. */
	if (c.bad)
		return scratch_error(x, diags, "read", EIO);
	*out = &rd->entry;
	return CAMPAIGN_OK;
}

void
campaign__entry_reader_free(struct entry_reader *rd)
{
	free(rd->data);
	free(rd->pairs);
	memset(rd, 0, sizeof(*rd));
}

void
campaign__entries_free(struct build_entries *x)
{
	if (!x)
		return;
	if (x->fd >= 0)
		close(x->fd);
	campaign__strbuf_free(&x->mem);
	free(x->offsets);
	free(x->strings);
	free(x->label);
	free(x);
}
