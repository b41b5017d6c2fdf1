#include "build/ledger_file.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/atomic_file.h"
#include "io/open_input.h"

/* A sink's answer when the file differs: not a failure, and not a campaign_status (those are <= 0). */
#define DIFFERS 1

struct compare {
	int fd;
	char block[16384];
};

/* Whether the file's next len bytes are text. */
static int
compare_take(void *ctx, const char *text, size_t len)
{
	struct compare *c = ctx;
	while (len) {
		size_t want = len < sizeof(c->block) ? len : sizeof(c->block);
		ssize_t n = read(c->fd, c->block, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0 || memcmp(c->block, text, (size_t)n) != 0)
			return DIFFERS;
		text += n;
		len -= (size_t)n;
	}
	return CAMPAIGN_OK;
}

/* Whether the file holds exactly the ledger's text; a file that cannot be read does not. */
static int
file_holds_ledger(int dirfd, const char *name, const struct ledger *l, const char *path,
                  campaign_diags *diags, int *rc)
{
	struct compare c;
	c.fd = campaign__open_input_at(dirfd, name, 0, NULL);
	if (c.fd < 0)
		return 0;
	struct strbuf work;
	campaign__strbuf_init(&work, LEDGER_MAX_BYTES);
	struct ledger_sink sink = { compare_take, &c };
	int got = campaign__ledger_serialize_to(l, &work, &sink, path, diags);
	campaign__strbuf_free(&work);
	/* Nothing after the end either: the file is not longer. */
	int same = got == CAMPAIGN_OK && read(c.fd, c.block, 1) == 0;
	close(c.fd);
	*rc = got == DIFFERS ? CAMPAIGN_OK : got;
	return same;
}

struct write_out {
	int fd;
	int err;
};

static int
write_take(void *ctx, const char *text, size_t len)
{
	struct write_out *w = ctx;
	w->err = campaign__write_all(w->fd, text, len);
	return w->err ? CAMPAIGN_EIO : CAMPAIGN_OK;
}

int
campaign__ledger_write_file(int dirfd, const char *name, const struct ledger *l, int exists,
                            const char *path, int *written, campaign_diags *diags)
{
	*written = 0;
	int rc = CAMPAIGN_OK;
	if (exists && file_holds_ledger(dirfd, name, l, path, diags, &rc))
		return CAMPAIGN_OK;
	if (rc)
		return rc;
	struct atomic_file f;
	if ((rc = campaign__atomic_open(&f, dirfd, name, diags)))
		return rc;
	struct write_out out = { f.fd, 0 };
	struct ledger_sink sink = { write_take, &out };
	struct strbuf work;
	campaign__strbuf_init(&work, LEDGER_MAX_BYTES);
	rc = campaign__ledger_serialize_to(l, &work, &sink, path, diags);
	campaign__strbuf_free(&work);
	if (rc) {
		if (out.err) /* the same words as campaign__atomic_write()'s */
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, name, 0, 0,
			                   "cannot write: %s", strerror(out.err));
		campaign__atomic_discard(&f);
		return rc;
	}
	rc = campaign__atomic_commit(&f, diags);
	*written = rc == CAMPAIGN_OK;
	return rc;
}
