#include "render/pdf_sink.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "campaign/status.h"
#include "io/atomic_file.h"

/* Large enough that a page costs a handful of write() calls, not thousands. */
#define SINK_BATCH (256 * 1024)

void
campaign__pdf_sink_init_memory(struct pdf_sink *s)
{
	*s = (struct pdf_sink){ .fd = -1 };
	campaign__strbuf_init(&s->mem, 0);
}

static int
sink_error(const char *label, const char *what, int err, campaign_diags *diags)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, label, 0, 0, "%s: %s", what,
	                   strerror(err));
	return CAMPAIGN_EIO;
}

int
campaign__pdf_sink_init_file(struct pdf_sink *s, int dirfd, const char *label, campaign_diags *diags)
{
	campaign__pdf_sink_init_memory(s);
	s->buf = malloc(SINK_BATCH);
	s->label = strdup(label);
	if (!s->buf || !s->label) {
		campaign__pdf_sink_free(s);
		return CAMPAIGN_ENOMEM;
	}
	s->fd = campaign__scratch_open(dirfd);
	if (s->fd < 0) {
		int err = errno;
		campaign__pdf_sink_free(s);
		return sink_error(label, "cannot create the scratch file it is made in", err, diags);
	}
	return CAMPAIGN_OK;
}

/* Writes what is batched; the first failure sticks in s->err. */
static void
flush_batch(struct pdf_sink *s)
{
	if (!s->err)
		s->err = campaign__write_all(s->fd, s->buf, s->used);
	s->used = 0;
}

cairo_status_t
campaign__pdf_sink_write(void *closure, const unsigned char *data, unsigned int len)
{
	struct pdf_sink *s = closure;
	if (s->fd < 0)
		return campaign__strbuf_add(&s->mem, data, len) == CAMPAIGN_OK ? CAIRO_STATUS_SUCCESS
		                                                                : CAIRO_STATUS_WRITE_ERROR;
	while (len > 0 && !s->err) {
		size_t n = SINK_BATCH - s->used < len ? SINK_BATCH - s->used : len;
		memcpy(s->buf + s->used, data, n);
		s->used += n;
		data += n;
		len -= (unsigned int)n;
		if (s->used == SINK_BATCH)
			flush_batch(s);
	}
	return s->err ? CAIRO_STATUS_WRITE_ERROR : CAIRO_STATUS_SUCCESS;
}

const char *
campaign__pdf_sink_name(const struct pdf_sink *s)
{
	return s->label ? s->label : "the PDF";
}

int
campaign__pdf_sink_close(struct pdf_sink *s, campaign_diags *diags)
{
	if (s->fd < 0)
		return s->mem.status == CAMPAIGN_OK ? CAMPAIGN_OK
		       : s->mem.status == CAMPAIGN_ENOMEM ? CAMPAIGN_ENOMEM
		                                           : CAMPAIGN_EIO;
	flush_batch(s);
	if (!s->err && lseek(s->fd, 0, SEEK_SET) != 0)
		s->err = errno;
	return s->err ? sink_error(s->label, "cannot write the scratch file it is made in", s->err,
	                           diags)
	              : CAMPAIGN_OK;
}

int
campaign__pdf_sink_explain(const struct pdf_sink *s, int rc)
{
	if (rc == CAMPAIGN_OK || s->mem.status == CAMPAIGN_OK)
		return rc;
	return s->mem.status;
}

void
campaign__pdf_sink_free(struct pdf_sink *s)
{
	campaign__strbuf_free(&s->mem);
	free(s->buf);
	s->buf = NULL;
	free(s->label);
	s->label = NULL;
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
}
