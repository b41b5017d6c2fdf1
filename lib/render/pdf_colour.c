/*
 * The colour pass over a whole PDF through qpdf's C API: every page's
 * content, the Form XObjects and tiling patterns they use (each once, however
 * many pages share it), the blending space of their transparency groups, and
 * the output intent. The streams themselves go through the C++ token filter.
 */
#include "render/pdf_colour.h"

#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "render/output_profile.h"

struct walk {
	qpdf_data q;
	const campaign_output_profile *profile;
	campaign_diags *diags;
	long long *seen; /* object id << 16 | generation of every stream queued */
	size_t nseen, cap_seen;
	qpdf_oh *todo;   /* Form XObjects and tiling patterns still to rewrite */
	size_t ntodo, cap_todo;
};

static int
grow(void **array, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t cap2 = *cap ? *cap * 2 : 16;
	void *a = realloc(*array, cap2 * size);
	if (!a)
		return -1;
	*array = a;
	*cap = cap2;
	return 0;
}

/*
 * The value at key of dict when dict is a dictionary, else a null. (qpdf
 * warns of a key asked of anything else, on stderr when the object has no
 * place in the file.)
 */
static qpdf_oh
key_of(qpdf_data q, qpdf_oh dict, const char *key)
{
	return qpdf_oh_is_dictionary(q, dict) ? qpdf_oh_get_key(q, dict, key) : qpdf_oh_new_null(q);
}

/* Queues oh (a stream) unless it was queued before; 1 queued, 0 not, -1 out of memory. */
static int
queue_once(struct walk *w, qpdf_oh oh)
{
	long long id = (long long)qpdf_oh_get_object_id(w->q, oh) << 16 |
	               (long long)qpdf_oh_get_generation(w->q, oh);
	for (size_t i = 0; i < w->nseen; i++)
		if (w->seen[i] == id)
			return 0;
	if (grow((void **)&w->seen, &w->cap_seen, w->nseen, sizeof(*w->seen)) ||
	    grow((void **)&w->todo, &w->cap_todo, w->ntodo, sizeof(*w->todo)))
		return -1;
	w->seen[w->nseen++] = id;
	w->todo[w->ntodo++] = oh;
	return 1;
}

/* Whether a resource is drawn with content of its own: a Form XObject or a tiling pattern. */
static int
has_content(qpdf_data q, qpdf_oh oh)
{
	if (!qpdf_oh_is_stream(q, oh))
		return 0;
	qpdf_oh dict = qpdf_oh_get_dict(q, oh);
	qpdf_oh subtype = qpdf_oh_get_key(q, dict, "/Subtype");
	qpdf_oh pattern = qpdf_oh_get_key(q, dict, "/PatternType");
	int yes = qpdf_oh_is_name_and_equals(q, subtype, "/Form") ||
	          (qpdf_oh_is_integer(q, pattern) && qpdf_oh_get_int_value(q, pattern) == 1);
	qpdf_oh_release(q, subtype);
	qpdf_oh_release(q, pattern);
	qpdf_oh_release(q, dict);
	return yes;
}

/* Queues the forms and tiling patterns a /Resources dictionary names. */
static int
queue_resources(struct walk *w, qpdf_oh resources)
{
	static const char *const kinds[] = { "/XObject", "/Pattern" };
	for (size_t k = 0; k < 2; k++) {
		qpdf_oh dict = key_of(w->q, resources, kinds[k]);
		if (!qpdf_oh_is_dictionary(w->q, dict)) {
			qpdf_oh_release(w->q, dict);
			continue;
		}
		/* Nothing below starts another key iteration, which would end this one. */
		int rc = CAMPAIGN_OK;
		qpdf_oh_begin_dict_key_iter(w->q, dict);
		while (rc == CAMPAIGN_OK && qpdf_oh_dict_more_keys(w->q)) {
			qpdf_oh v = qpdf_oh_get_key(w->q, dict, qpdf_oh_dict_next_key(w->q));
			int queued = has_content(w->q, v) ? queue_once(w, v) : 0;
			if (queued <= 0)
				qpdf_oh_release(w->q, v);
			if (queued < 0)
				rc = CAMPAIGN_ENOMEM;
		}
		qpdf_oh_release(w->q, dict);
		if (rc)
			return rc;
	}
	return CAMPAIGN_OK;
}

static int
qpdf_failed(struct walk *w, const char *what)
{
	const char *why = "unknown error";
	if (qpdf_has_error(w->q))
		why = qpdf_get_error_full_text(w->q, qpdf_get_error(w->q));
	campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
	                   "cannot convert the PDF's colours (%s): qpdf: %s", what, why);
	return CAMPAIGN_EIO;
}

/* Rewrites data through the token filter into stream (replacing its data and filter) when a colour changed. */
static int
rewrite_into(struct walk *w, qpdf_oh stream, const unsigned char *data, size_t len)
{
	struct colour_stream st;
	campaign__colour_stream_init(&st, w->profile);
	unsigned char *out = NULL;
	size_t out_len = 0;
	char why[256] = "";
	int rc = campaign__colour_filter(data, len, &st, &out, &out_len, why, sizeof(why));
	if (rc == CAMPAIGN_EIO)
		campaign_diags_add(w->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, NULL, 0, 0,
		                   "cannot convert the PDF's colours: qpdf: %s", why);
	if (rc == CAMPAIGN_OK && st.rewritten) {
		/* Written unfiltered: qpdf compresses it again as it writes the file. */
		qpdf_oh none = qpdf_oh_new_null(w->q);
		qpdf_oh_replace_stream_data(w->q, stream, out ? out : (const unsigned char *)"", out_len,
		                            none, none);
		qpdf_oh_release(w->q, none);
	}
	free(out);
	return rc;
}

static int
rewrite_stream(struct walk *w, qpdf_oh stream)
{
	unsigned char *data = NULL;
	size_t len = 0;
	QPDF_BOOL decoded = QPDF_FALSE;
	if (qpdf_oh_get_stream_data(w->q, stream, qpdf_dl_generalized, &decoded, &data, &len) !=
	        QPDF_SUCCESS ||
	    !decoded) {
		free(data);
		return qpdf_failed(w, "reading a content stream");
	}
	int rc = rewrite_into(w, stream, data, len);
	free(data);
	return rc;
}

/* A transparency group blends in CMYK, so a K-only black stays K-only when a RIP flattens it. */
static void
blend_in_cmyk(qpdf_data q, qpdf_oh dict)
{
	qpdf_oh group = key_of(q, dict, "/Group");
	qpdf_oh cs = key_of(q, group, "/CS");
	if (qpdf_oh_is_name_and_equals(q, cs, "/DeviceRGB")) {
		qpdf_oh cmyk = qpdf_oh_new_name(q, "/DeviceCMYK");
		qpdf_oh_replace_key(q, group, "/CS", cmyk);
		qpdf_oh_release(q, cmyk);
	}
	qpdf_oh_release(q, cs);
	qpdf_oh_release(q, group);
}

static int
rewrite_page(struct walk *w, qpdf_oh page)
{
	qpdf_oh contents = qpdf_oh_get_key(w->q, page, "/Contents");
	int rc = CAMPAIGN_OK;
	if (qpdf_oh_is_stream(w->q, contents)) {
		rc = rewrite_stream(w, contents);
	} else if (qpdf_oh_is_array(w->q, contents)) {
		/* Several streams are one content (a token may run across them): one new stream holds it. */
		unsigned char *data = NULL;
		size_t len = 0;
		if (qpdf_oh_get_page_content_data(w->q, page, &data, &len) != QPDF_SUCCESS) {
			rc = qpdf_failed(w, "reading a page's content");
		} else {
			qpdf_oh one = qpdf_oh_new_stream(w->q);
			rc = rewrite_into(w, one, data, len);
			if (rc == CAMPAIGN_OK)
				qpdf_oh_replace_key(w->q, page, "/Contents", one);
		}
		free(data);
	}
	qpdf_oh_release(w->q, contents);
	blend_in_cmyk(w->q, page);
	qpdf_oh resources = qpdf_oh_get_key(w->q, page, "/Resources");
	if (rc == CAMPAIGN_OK)
		rc = queue_resources(w, resources);
	qpdf_oh_release(w->q, resources);
	return rc;
}

static int
rewrite_queued(struct walk *w)
{
	int rc = CAMPAIGN_OK;
	while (rc == CAMPAIGN_OK && w->ntodo > 0) {
		qpdf_oh form = w->todo[--w->ntodo];
		rc = rewrite_stream(w, form);
		qpdf_oh dict = qpdf_oh_get_dict(w->q, form);
		blend_in_cmyk(w->q, dict);
		qpdf_oh resources = qpdf_oh_get_key(w->q, dict, "/Resources");
		if (rc == CAMPAIGN_OK)
			rc = queue_resources(w, resources);
		qpdf_oh_release(w->q, resources);
		qpdf_oh_release(w->q, dict);
		qpdf_oh_release(w->q, form);
	}
	return rc;
}

static void
set_key(qpdf_data q, qpdf_oh dict, const char *key, qpdf_oh value)
{
	qpdf_oh_replace_key(q, dict, key, value);
	qpdf_oh_release(q, value);
}

/* The profile as the PDF's output intent (PDF/X's GTS_PDFX, ISO 15930), its bytes an ICC stream. */
static void
add_output_intent(qpdf_data q, const campaign_output_profile *profile)
{
	size_t len;
	const char *bytes = campaign__output_profile_bytes(profile, &len);
	qpdf_oh icc = qpdf_oh_new_stream(q);
	qpdf_oh none = qpdf_oh_new_null(q);
	qpdf_oh_replace_stream_data(q, icc, (const unsigned char *)bytes, len, none, none);
	qpdf_oh_release(q, none);
	qpdf_oh icc_dict = qpdf_oh_get_dict(q, icc);
	set_key(q, icc_dict, "/N", qpdf_oh_new_integer(q, 4));
	qpdf_oh_release(q, icc_dict);
	qpdf_oh intent = qpdf_oh_new_dictionary(q);
	set_key(q, intent, "/Type", qpdf_oh_new_name(q, "/OutputIntent"));
	set_key(q, intent, "/S", qpdf_oh_new_name(q, "/GTS_PDFX"));
	set_key(q, intent, "/OutputConditionIdentifier", qpdf_oh_new_string(q, "Custom"));
	set_key(q, intent, "/Info", qpdf_oh_new_string(q, campaign__output_profile_name(profile)));
	set_key(q, intent, "/DestOutputProfile", icc);
	qpdf_oh intents = qpdf_oh_new_array(q);
	qpdf_oh_append_item(q, intents, intent);
	qpdf_oh_release(q, intent);
	qpdf_oh root = qpdf_get_root(q);
	set_key(q, root, "/OutputIntents", intents);
	qpdf_oh_release(q, root);
}

int
campaign__pdf_colour_pass(qpdf_data q, const campaign_output_profile *profile, campaign_diags *diags)
{
	struct walk w = { .q = q, .profile = profile, .diags = diags };
	int pages = qpdf_get_num_pages(q);
	int rc = pages < 0 ? qpdf_failed(&w, "counting pages") : CAMPAIGN_OK;
	for (int i = 0; rc == CAMPAIGN_OK && i < pages; i++) {
		qpdf_oh page = qpdf_get_page_n(q, (size_t)i);
		rc = rewrite_page(&w, page);
		qpdf_oh_release(q, page);
		if (rc == CAMPAIGN_OK)
			rc = rewrite_queued(&w);
	}
	if (rc == CAMPAIGN_OK && profile)
		add_output_intent(q, profile);
	if (rc == CAMPAIGN_OK && qpdf_has_error(q))
		rc = qpdf_failed(&w, "rewriting");
	free(w.seen);
	free(w.todo);
	return rc;
}
