/*
 * Tags in use, compared as social networks compare them (without case), and
 * the suffixes that make a taken tag unique.
 *
 * Pure: no I/O, no global state, no locale.
 */
#include "campaign/hashtag.h"

#include <glib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/hashtag_hint.h"
#include "ids/hashtag_internal.h"
#include "text/unichar.h"
#include "util/strbuf.h"
#include "text/textquote.h"
#include "util/utf8.h"

/* No 0/O, 1/l/I (nor i, o): a suffix is read off paper and typed by hand. */
static const char suffix_alphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";
#define SUFFIX_BASE (sizeof(suffix_alphabet) - 1)
/* Suffixes of one to three characters; beyond that a tag is no longer short. */
#define SUFFIX_TRIES (SUFFIX_BASE + SUFFIX_BASE * SUFFIX_BASE + \
                      SUFFIX_BASE * SUFFIX_BASE * SUFFIX_BASE)
#define QUOTE_MAX 40

static const char *
strip_hash(const char *tag)
{
	return tag[0] == '#' ? tag + 1 : tag;
}

/* Removes, in place, the characters that show nothing (text/unichar.h). */
static void
drop_ignorables(char *s)
{
	char *to = s;
	for (const char *p = s; *p;) {
		const char *next = g_utf8_next_char(p);
		if (!campaign__unichar_is_ignorable(g_utf8_get_char(p)))
			for (const char *c = p; c < next; c++)
				*to++ = *c;
		p = next;
	}
	*to = '\0';
}

/* Lowercase ASCII: the key of an ASCII tag, which NFKC leaves as it is. */
static char *
ascii_key(const char *tag, size_t len)
{
	char *key = malloc(len + 1);
	if (!key)
		return NULL;
	for (size_t i = 0; i <= len; i++)
		key[i] = tag[i] >= 'A' && tag[i] <= 'Z' ? (char)(tag[i] - 'A' + 'a') : tag[i];
	return key;
}

char *
campaign__hashtag_key(const char *tag)
{
	if (!tag)
		return NULL;
	tag = strip_hash(tag);
	size_t len = strlen(tag);
	if (len == 0 || campaign__utf8_validate(tag, len) != len)
		return NULL;
	size_t ascii = 0;
	while (ascii < len && (unsigned char)tag[ascii] < 0x80)
		ascii++;
	/*
	 * Most tags, and a ledger's worth of them at every build: no normalizing
	 * (the look-alike fold below maps other scripts onto Latin, never Latin
	 * onto anything, so an ASCII tag's key is its ASCII case fold).
	 */
	if (ascii == len)
		return ascii_key(tag, len);
	/*
	 * Unicode's compatibility caseless match (NFKD, fold), without the
	 * characters that show nothing, as UAX #31 compares identifiers
	 * (fullwidth "Ｒａｌｌｙ", bold "𝐑𝐚𝐥𝐥𝐲" and "Ral<U+034F>ly" are "rally");
	 * then the Cyrillic and Greek letters printed like Latin ones folded,
	 * since tags are compared as they look on paper; then NFKC as the one
	 * form to compare. For ordinary text NFKC is NFC, so the tags ledgers
	 * hold compare as they did before.
	 */
	gchar *nfkd = g_utf8_normalize(tag, (gssize)len, G_NORMALIZE_NFKD);
	if (nfkd)
		drop_ignorables(nfkd);
	gchar *folded = nfkd ? g_utf8_casefold(nfkd, -1) : NULL;
	if (folded)
		campaign__hashtag_fold_lookalikes(folded);
	gchar *nfkc = folded ? g_utf8_normalize(folded, -1, G_NORMALIZE_NFKC) : NULL;
	char *key = nfkc ? strdup(nfkc) : NULL;
	g_free(nfkc);
	g_free(folded);
	g_free(nfkd);
	return key;
}

int
campaign_hashtag_equal(const char *a, const char *b)
{
	char *ka = campaign__hashtag_key(a);
	char *kb = campaign__hashtag_key(b);
	int equal = ka && kb && strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return equal;
}

struct campaign_hashtag_set {
	char **slots; /* keys; NULL marks a free slot */
	size_t cap;   /* a power of two, or 0 */
	size_t count;
	struct hashtag_hints *hints; /* where make_unique's search goes on; NULL at first */
};

int
campaign_hashtag_set_new(campaign_hashtag_set **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? CAMPAIGN_OK : CAMPAIGN_ENOMEM;
}

void
campaign_hashtag_set_free(campaign_hashtag_set *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->cap; i++)
		free(set->slots[i]);
	free(set->slots);
	campaign__hashtag_hints_free(set->hints);
	free(set);
}

size_t
campaign_hashtag_set_count(const campaign_hashtag_set *set)
{
	return set ? set->count : 0;
}

static uint64_t
hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The slot holding key, or the free slot where it would go. Requires cap > 0. */
static size_t
find_slot(const campaign_hashtag_set *set, const char *key)
{
	size_t i = (size_t)hash(key) & (set->cap - 1);
	while (set->slots[i] && strcmp(set->slots[i], key) != 0)
		i = (i + 1) & (set->cap - 1);
	return i;
}

static int
grow(campaign_hashtag_set *set)
{
	size_t cap = set->cap ? set->cap * 2 : 64;
	if (cap > SIZE_MAX / sizeof(char *))
		return CAMPAIGN_ENOMEM;
	campaign_hashtag_set bigger = { calloc(cap, sizeof(char *)), cap, set->count, set->hints };
	if (!bigger.slots)
		return CAMPAIGN_ENOMEM;
	for (size_t i = 0; i < set->cap; i++)
		if (set->slots[i])
			bigger.slots[find_slot(&bigger, set->slots[i])] = set->slots[i];
	free(set->slots);
	*set = bigger;
	return CAMPAIGN_OK;
}

static int
contains_key(const campaign_hashtag_set *set, const char *key)
{
	return set->cap && set->slots[find_slot(set, key)] != NULL;
}

/* Adds key, taking ownership of it in every case. */
static int
add_key(campaign_hashtag_set *set, char *key)
{
	if (contains_key(set, key)) {
		free(key);
		return CAMPAIGN_OK;
	}
	/* At most half full, so probes stay short. */
	if ((set->count + 1) * 2 > set->cap && grow(set) != CAMPAIGN_OK) {
		free(key);
		return CAMPAIGN_ENOMEM;
	}
	set->slots[find_slot(set, key)] = key;
	set->count++;
	return CAMPAIGN_OK;
}

static int
is_valid_tag_text(const char *tag)
{
	if (!tag)
		return 0;
	tag = strip_hash(tag);
	size_t len = strlen(tag);
	return len > 0 && campaign__utf8_validate(tag, len) == len;
}

int
campaign_hashtag_set_add(campaign_hashtag_set *set, const char *tag)
{
	if (!set || !is_valid_tag_text(tag))
		return CAMPAIGN_EINVALID;
	char *key = campaign__hashtag_key(tag);
	if (!key)
		return CAMPAIGN_ENOMEM;
	return add_key(set, key);
}

int
campaign_hashtag_set_contains(const campaign_hashtag_set *set, const char *tag)
{
	if (!set || !set->count)
		return 0;
	char *key = campaign__hashtag_key(tag);
	int found = key && contains_key(set, key);
	free(key);
	return found;
}

/* The k-th suffix (k >= 1): "2" ... "z", "22" ... in bijective base 31. */
static void
suffix_for(size_t k, char buf[8])
{
	char rev[8];
	size_t n = 0;
	while (k > 0 && n < 7) {
		k--;
		rev[n++] = suffix_alphabet[k % SUFFIX_BASE];
		k /= SUFFIX_BASE;
	}
	for (size_t i = 0; i < n; i++)
		buf[i] = rev[n - 1 - i];
	buf[n] = '\0';
}

/* body cut to at most room code points, without trailing '_' (no "Rally__2"). */
static size_t
prefix_bytes(const char *body, size_t room)
{
	size_t bytes = strlen(body);
	if ((size_t)g_utf8_strlen(body, -1) > room)
		bytes = (size_t)(g_utf8_offset_to_pointer(body, (glong)room) - body);
	while (bytes > 1 && body[bytes - 1] == '_')
		bytes--;
	return bytes;
}

static int
unique_fail(campaign_diags *diags, const char *body, const char *why, size_t max_length)
{
	char quoted[QUOTE_MAX * 4 + 8];
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "hashtag '#%s' %s %zu characters",
	                   campaign__quote_into(quoted, sizeof(quoted), body, QUOTE_MAX), why,
	                   max_length);
	return CAMPAIGN_EINVALID;
}

/*
 * Candidate k of body in candidate: body (k = 0), or body cut to make room
 * for "_" and the k-th suffix. 0 when the suffix leaves no room (nor will
 * any later one, which is no shorter).
 */
static int
candidate_for(struct strbuf *candidate, const char *body, size_t k, size_t max_length)
{
	campaign__strbuf_reset(candidate);
	if (k == 0) {
		campaign__strbuf_adds(candidate, body);
		return 1;
	}
	char suffix[8];
	suffix_for(k, suffix);
	size_t need = 1 + strlen(suffix);
	if (need >= max_length)
		return 0;
	campaign__strbuf_add(candidate, body, prefix_bytes(body, max_length - need));
	campaign__strbuf_addc(candidate, '_');
	campaign__strbuf_adds(candidate, suffix);
	return 1;
}

/* Adds "#" + candidate to the set and hands it out, unless taken (then 1). */
static int
try_candidate(campaign_buf *out, campaign_hashtag_set *taken, struct strbuf *candidate)
{
	if (candidate->status)
		return candidate->status;
	char *key = campaign__hashtag_key(campaign__strbuf_cstr(candidate));
	if (!key)
		return CAMPAIGN_ENOMEM;
	if (contains_key(taken, key)) {
		free(key);
		return 1;
	}
	int rc = add_key(taken, key);
	if (rc)
		return rc;
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	campaign__strbuf_addc(&b, '#');
	campaign__strbuf_add(&b, candidate->ptr, candidate->len);
	return campaign__strbuf_to_buf(&b, out);
}

int
campaign_hashtag_make_unique(campaign_buf *out, const char *tag, campaign_hashtag_set *taken,
                             size_t max_length, campaign_diags *diags)
{
	if (!taken || !is_valid_tag_text(tag)) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "hashtag to make unique is empty or not valid UTF-8");
		return CAMPAIGN_EINVALID;
	}
	const char *body = strip_hash(tag);
	if (max_length < 1 || max_length > CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT)
		return unique_fail(diags, body, "cannot be made unique: max_length is not "
		                   "between 1 and", (size_t)CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT);
	if ((size_t)g_utf8_strlen(body, -1) > max_length)
		return unique_fail(diags, body, "is longer than max_length", max_length);
	/*
	 * Candidate k is body itself (k = 0) or body with the k-th suffix; the
	 * first free one wins. The hint skips the candidates an earlier call
	 * found taken, so the result is the one a search from 0 would give.
	 */
	size_t k = campaign__hashtag_hint_get(taken->hints, body, max_length);
	struct strbuf candidate;
	campaign__strbuf_init(&candidate, 0);
	int rc = 1;
	for (; rc == 1 && k <= SUFFIX_TRIES; k++) {
		if (!candidate_for(&candidate, body, k, max_length))
			break;
		rc = try_candidate(out, taken, &candidate);
	}
	/* Every candidate before k is now taken, the one handed out too. */
	if ((rc == CAMPAIGN_OK || rc == 1) && k > 1 &&
	    campaign__hashtag_hint_put(&taken->hints, body, max_length, k) != CAMPAIGN_OK) {
		if (rc == CAMPAIGN_OK)
			campaign_buf_dispose(out);
		rc = CAMPAIGN_ENOMEM;
	}
	campaign__strbuf_free(&candidate);
	if (rc == 1 && k > SUFFIX_TRIES) {
		/* Not the length: every suffix is spent (tens of thousands of placements, one text). */
		char quoted[QUOTE_MAX * 4 + 8];
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
		                   "hashtag '#%s' is taken, and so are all %zu of its suffixes (_2 to "
		                   "_zzz): give placements texts of their own (a placeholder of the row "
		                   "in the hashtag's text) or use scope: event",
		                   campaign__quote_into(quoted, sizeof(quoted), body, QUOTE_MAX),
		                   (size_t)SUFFIX_TRIES);
		return CAMPAIGN_EINVALID;
	}
	if (rc == 1)
		return unique_fail(diags, body, "is taken, and no free suffix keeps it within",
		                   max_length);
	return rc;
}
