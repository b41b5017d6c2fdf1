/* Each shard's fingerprints, kept under a name of its own: see shard_made_from.h. */
#include "build/shard_made_from.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "build/build_entries.h"
#include "build/manifest.h"
#include "io/atomic_file.h"
#include "io/open_input.h"
#include "io/outdir.h"
#include "io/read_file.h"
#include "util/strbuf.h"

/* Written out whenever this much is buffered: a million lines need not be held. */
#define FLUSH_AT ((size_t)64 * 1024)
/* A shard's file holds about 40 bytes a placement; this is far past a million. */
#define FILE_MAX ((size_t)512 * 1024 * 1024)

void
campaign__shard_made_from_name(char name[SHARD_MADE_FROM_NAME_SIZE], unsigned index,
                               unsigned count)
{
	snprintf(name, SHARD_MADE_FROM_NAME_SIZE, "shard-%u-of-%u.made_from", index + 1, count);
}

static int
flush(struct manifest_out *mo)
{
	if (mo->buf.status != CAMPAIGN_OK)
		return CAMPAIGN_ENOMEM;
	if ((mo->err = campaign__write_all(mo->fd, mo->buf.ptr ? mo->buf.ptr : "", mo->buf.len)))
		return CAMPAIGN_EIO;
	mo->buf.len = 0;
	return CAMPAIGN_OK;
}

int
campaign__shard_made_from_write(struct manifest_out *mo, const struct build_entries *entries,
                                const unsigned char *present,
                                const struct withdrawn_list *withdrawn, campaign_diags *diags)
{
	(void)withdrawn; /* a withdrawn placement's files are not gathered */
	const struct build_campaign *c = campaign__entries_campaign(entries);
	struct entry_reader reader = { 0 };
	int rc = CAMPAIGN_OK;
	for (size_t i = 0; i < campaign__entries_count(entries) && rc == CAMPAIGN_OK; i++) {
		if (!present[i])
			continue;
		const struct build_entry *e = NULL;
		if ((rc = campaign__entries_read(entries, i, &reader, &e, diags)))
			break;
		char made_from[BUILD_MADE_FROM_SIZE];
		campaign__entry_made_from(e, c, made_from);
		campaign__strbuf_addf(&mo->buf, "%s\t%s\n", e->p.id, made_from);
		if (mo->buf.len >= FLUSH_AT)
			rc = flush(mo);
	}
	campaign__entry_reader_free(&reader);
	return rc == CAMPAIGN_OK ? flush(mo) : rc;
}

/* Whether name is shard-K-of-N.made_from, K and N written as numbers. */
static int
is_shard_file(const char *name)
{
	unsigned k = 0, n = 0;
	int end = 0;
	if (sscanf(name, "shard-%u-of-%u.made_from%n", &k, &n, &end) != 2 || name[end] != '\0')
		return 0;
	char again[SHARD_MADE_FROM_NAME_SIZE];
	campaign__shard_made_from_name(again, k - 1, n);
	return k >= 1 && k <= n && strcmp(again, name) == 0;
}

/* Each "ID<TAB>16 hex digits" line of text to fn. */
static int
each_line(const char *text, size_t len, shard_made_from_fn fn, void *ctx)
{
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			break; /* a last line cut short: written by no build of ours */
		const char *tab = memchr(p, '\t', (size_t)(nl - p));
		size_t made_len = tab ? (size_t)(nl - tab - 1) : 0;
		if (tab && tab > p && made_len == BUILD_MADE_FROM_SIZE - 1 &&
		    strspn(tab + 1, "0123456789abcdef") >= made_len) {
			char made[BUILD_MADE_FROM_SIZE];
			memcpy(made, tab + 1, made_len);
			made[made_len] = '\0';
			if (fn(ctx, p, (size_t)(tab - p), made))
				return CAMPAIGN_ENOMEM;
		}
		p = nl + 1;
	}
	return CAMPAIGN_OK;
}

int
campaign__shard_made_from_each(const struct outdir *out, shard_made_from_fn fn, void *ctx)
{
	int dfd = openat(out->fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *dir = dfd >= 0 ? fdopendir(dfd) : NULL;
	if (!dir) {
		if (dfd >= 0)
			close(dfd);
		return CAMPAIGN_OK; /* nothing can be read: nothing is vouched for */
	}
	int rc = CAMPAIGN_OK;
	struct dirent *ent;
	while (rc == CAMPAIGN_OK && (ent = readdir(dir)) != NULL) {
		if (!is_shard_file(ent->d_name))
			continue;
		const char *why = NULL;
		int fd = campaign__open_input_at(out->fd, ent->d_name, O_NOFOLLOW, &why);
		if (fd < 0)
			continue;
		struct strbuf text;
		campaign__strbuf_init(&text, FILE_MAX);
		int read = campaign__read_all(fd, &text);
		close(fd);
		if (read == CAMPAIGN_ENOMEM)
			rc = CAMPAIGN_ENOMEM;
		else if (read == CAMPAIGN_OK)
			rc = each_line(text.ptr ? text.ptr : "", text.len, fn, ctx);
		campaign__strbuf_free(&text);
	}
	closedir(dir);
	return rc;
}
