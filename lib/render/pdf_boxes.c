/* Page boxes and reproducible metadata, written with qpdf. */
#include "render/pdf_boxes.h"
#include "render/pdf_colour.h"
#include "util/date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qpdf/qpdf-c.h>

#include "campaign/status.h"

static qpdf_oh
box_array(qpdf_data q, const double v[4])
{
	qpdf_oh arr = qpdf_oh_new_array(q);
	for (int i = 0; i < 4; i++) {
		/* Four decimals of a point: far below anything a printer sees, and stable text. */
		qpdf_oh n = qpdf_oh_new_real_from_double(q, v[i], 4);
		qpdf_oh_append_item(q, arr, n);
		qpdf_oh_release(q, n);
	}
	return arr;
}

static int
failed(qpdf_data q, const char *step, campaign_diags *diags)
{
	const char *why = "unknown error";
	if (qpdf_has_error(q)) {
		qpdf_error e = qpdf_get_error(q);
		why = qpdf_get_error_full_text(q, e);
	}
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
	                   "cannot finish the PDF (%s): qpdf: %s", step, why);
	return CAMPAIGN_EIO;
}

int
campaign__pdf_finish(const char *in, size_t len, const struct pdf_boxes *boxes, long long now,
                     campaign_buf *out, campaign_diags *diags)
{
	struct pdf_finish how = { boxes, boxes ? 1 : 0, 0, now, NULL };
	return campaign__pdf_finish_pages(&how, in, len, -1, out, -1, diags);
}

/* qpdf opens files by name; ours are descriptors (the scratch file has no name). */
static void
fd_path(int fd, char path[32])
{
	snprintf(path, 32, "/proc/self/fd/%d", fd);
}

static int
read_input(qpdf_data q, const char *in, size_t len, int in_fd)
{
	if (in_fd < 0)
		return qpdf_read_memory(q, "flyer.pdf", in, (unsigned long long)len, NULL);
	char path[32];
	fd_path(in_fd, path);
	return qpdf_read(q, path, NULL);
}

static int
init_output(qpdf_data q, int out_fd)
{
	if (out_fd < 0)
		return qpdf_init_write_memory(q);
	char path[32];
	fd_path(out_fd, path);
	return qpdf_init_write(q, path);
}

/* Copies qpdf's output buffer into out (malloc'd, NUL-terminated). */
static int
copy_output(qpdf_data q, campaign_buf *out)
{
	size_t n = qpdf_get_buffer_length(q);
	const unsigned char *buf = qpdf_get_buffer(q);
	out->ptr = malloc(n + 1);
	if (!out->ptr)
		return CAMPAIGN_ENOMEM;
	memcpy(out->ptr, buf, n);
	out->ptr[n] = '\0';
	out->size = n;
	return CAMPAIGN_OK;
}

/* The boxes on every page: one for all, or one per page (a combined set of flyers). */
static int
set_boxes(qpdf_data q, const struct pdf_boxes *boxes, size_t nboxes)
{
	int pages = qpdf_get_num_pages(q);
	if (pages < 0)
		return -1;
	for (int i = 0; i < pages; i++) {
		qpdf_oh page = qpdf_get_page_n(q, (size_t)i);
		const struct pdf_boxes *b = &boxes[(size_t)i < nboxes ? (size_t)i : nboxes - 1];
		qpdf_oh trim = box_array(q, b->trim), bleed = box_array(q, b->bleed);
		qpdf_oh_replace_key(q, page, "/TrimBox", trim);
		qpdf_oh_replace_key(q, page, "/BleedBox", bleed);
		qpdf_oh_release(q, trim);
		qpdf_oh_release(q, bleed);
		qpdf_oh_release(q, page);
	}
	return 0;
}

int
campaign__pdf_finish_pages(const struct pdf_finish *how, const char *in, size_t len, int in_fd,
                           campaign_buf *out, int out_fd, campaign_diags *diags)
{
	if (out) {
		out->ptr = NULL;
		out->size = 0;
	}
	qpdf_data q = qpdf_init();
	if (!q)
		return CAMPAIGN_ENOMEM;
	/* Errors come back to us as diagnostics; qpdf must not print them to stderr. */
	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	int rc = CAMPAIGN_OK;
	if (read_input(q, in, len, in_fd) & QPDF_ERRORS) {
		rc = failed(q, "reading cairo's output", diags);
		goto done;
	}
	if (how->boxes && how->nboxes && how->boxes->set &&
	    set_boxes(q, how->boxes, how->nboxes) < 0) {
		rc = failed(q, "counting pages", diags);
		goto done;
	}
	rc = campaign__pdf_colour_pass(q, how->profile, diags);
	if (rc)
		goto done;
	/*
	 * cairo 1.16 writes its dates without the "D:" prefix the PDF date
	 * syntax asks for (ISO 32000-1 7.9.4); write them again, or not at all.
	 */
	char date[CAMPAIGN__PDF_DATE_SIZE];
	int dated = how->now >= 0 && campaign__pdf_info_date(how->now, date, sizeof(date)) == 0;
	qpdf_set_info_key(q, "/CreationDate", dated ? date : NULL);
	qpdf_set_info_key(q, "/ModDate", dated ? date : NULL);
	if (qpdf_has_error(q)) {
		rc = failed(q, "setting the page boxes", diags);
		goto done;
	}
	if (init_output(q, out_fd) & QPDF_ERRORS) {
		rc = failed(q, "writing", diags);
		goto done;
	}
	/* The /ID from the content, not from the clock and a random number. */
	qpdf_set_deterministic_ID(q, QPDF_TRUE);
	/*
	 * Copy cairo's streams as they are: by default qpdf inflates and
	 * deflates every stream again, which was a third of the time of a
	 * thousand-flyer build and gains nothing (cairo compresses them already).
	 */
	qpdf_set_decode_level(q, qpdf_dl_none);
	/* A set of a thousand pages has thousands of small objects; packed, about 8 % smaller. */
	if (how->object_streams)
		qpdf_set_object_stream_mode(q, qpdf_o_generate);
	if (qpdf_write(q) & QPDF_ERRORS) {
		rc = failed(q, "writing", diags);
		goto done;
	}
	if (out_fd < 0)
		rc = copy_output(q, out);
done:
	qpdf_cleanup(&q);
	return rc;
}

/* Whether snprintf's result n says the whole text fitted in size bytes; if not, dst is emptied. */
static int
fitted(int n, char *dst, size_t size)
{
	if (n >= 0 && (size_t)n < size)
		return 0;
	if (size)
		dst[0] = '\0';
	return -1;
}

/* The instant's fields; an empty date when the clock is out of the calendar's four-digit years. */
static int
split(long long seconds, struct date_time *t, char *dst, size_t size)
{
	if (campaign__time_split(seconds, t) == 0)
		return 0;
	return fitted(-1, dst, size);
}

int
campaign__pdf_date(long long seconds, char *dst, size_t size)
{
	struct date_time t;
	if (split(seconds, &t, dst, size))
		return -1;
	return fitted(snprintf(dst, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.date.year, t.date.month,
	                       t.date.day, t.hour, t.minute, t.second),
	              dst, size);
}

int
campaign__pdf_info_date(long long seconds, char *dst, size_t size)
{
	struct date_time t;
	if (split(seconds, &t, dst, size))
		return -1;
	return fitted(snprintf(dst, size, "D:%04d%02d%02d%02d%02d%02dZ", t.date.year, t.date.month,
	                       t.date.day, t.hour, t.minute, t.second),
	              dst, size);
}
