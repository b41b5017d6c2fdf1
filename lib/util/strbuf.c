#include "util/strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"

void
campaign__strbuf_init(struct strbuf *b, size_t max)
{
	memset(b, 0, sizeof(*b));
	b->max = max ? max : STRBUF_DEFAULT_MAX;
}

void
campaign__strbuf_free(struct strbuf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->status = CAMPAIGN_OK;
}

void
campaign__strbuf_reset(struct strbuf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
	b->status = CAMPAIGN_OK;
}

void
campaign__strbuf_truncate(struct strbuf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->ptr[len] = '\0';
	}
}

static int
grow(struct strbuf *b, size_t extra)
{
	if (b->status != CAMPAIGN_OK)
		return b->status;
	if (extra > b->max - b->len) {
		b->status = CAMPAIGN_ETOOLONG;
		return b->status;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return CAMPAIGN_OK;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	char *p = realloc(b->ptr, cap);
	if (!p) {
		b->status = CAMPAIGN_ENOMEM;
		return b->status;
	}
	b->ptr = p;
	b->cap = cap;
	return CAMPAIGN_OK;
}

int
campaign__strbuf_add(struct strbuf *b, const void *data, size_t n)
{
	int rc = grow(b, n);
	if (rc)
		return rc;
	if (n)
		memcpy(b->ptr + b->len, data, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return CAMPAIGN_OK;
}

int
campaign__strbuf_adds(struct strbuf *b, const char *s)
{
	return campaign__strbuf_add(b, s, strlen(s));
}

int
campaign__strbuf_addc(struct strbuf *b, char c)
{
	return campaign__strbuf_add(b, &c, 1);
}

int
campaign__strbuf_vaddf(struct strbuf *b, const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0) {
		if (b->status == CAMPAIGN_OK)
			b->status = CAMPAIGN_EINVALID;
		return b->status;
	}
	int rc = grow(b, (size_t)n);
	if (rc)
		return rc;
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return CAMPAIGN_OK;
}

int
campaign__strbuf_addf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = campaign__strbuf_vaddf(b, fmt, ap);
	va_end(ap);
	return rc;
}

const char *
campaign__strbuf_cstr(const struct strbuf *b)
{
	return b->ptr ? b->ptr : "";
}

char *
campaign__strbuf_detach(struct strbuf *b, size_t *len)
{
	if (!b->ptr && grow(b, 0) == CAMPAIGN_OK)
		b->ptr[0] = '\0';
	char *p = b->ptr;
	if (len)
		*len = b->len;
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

int
campaign__strbuf_to_buf(struct strbuf *b, campaign_buf *out)
{
	if (b->status != CAMPAIGN_OK) {
		int rc = b->status;
		campaign__strbuf_free(b);
		return rc;
	}
	size_t len = 0;
	char *p = campaign__strbuf_detach(b, &len);
	if (!p)
		return CAMPAIGN_ENOMEM;
	out->ptr = p;
	out->size = len;
	return CAMPAIGN_OK;
}

void
campaign_buf_dispose(campaign_buf *buf)
{
	if (!buf)
		return;
	free(buf->ptr);
	buf->ptr = NULL;
	buf->size = 0;
}
