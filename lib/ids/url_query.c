/*
 * Query values: percent-encoding for the values we add, decoding, and the
 * decoded utm_* parameters of a URL for comparing two URLs. Pure: no I/O,
 * no global state.
 */
#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "ids/url.h"
#include "util/utf8.h"

static const char hex_digits[] = "0123456789ABCDEF";

int
campaign__url_encode_component(struct strbuf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		/*
		 * Only the unreserved set stays bare: '+' would read back as a space in
		 * analytics (form decoding), and '&', '=', '#', '/' would change the URL's
		 * structure or depend on the reader. %20 rather than '+' for a space is
		 * the one spelling every reader agrees on.
		 */
		if (g_ascii_isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
			campaign__strbuf_addc(out, (char)c);
		} else {
			char esc[3] = { '%', hex_digits[c >> 4], hex_digits[c & 15] };
			campaign__strbuf_add(out, esc, 3);
		}
	}
	return out->status;
}

int
campaign__url_decode(struct strbuf *out, const char *s, size_t len, int plus_is_space)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '%' && i + 2 < len &&
		    g_ascii_isxdigit(s[i + 1]) && g_ascii_isxdigit(s[i + 2])) {
			c = (char)(g_ascii_xdigit_value(s[i + 1]) * 16 + g_ascii_xdigit_value(s[i + 2]));
			i += 2;
		} else if (c == '+' && plus_is_space) {
			c = ' ';
		}
		campaign__strbuf_addc(out, c);
	}
	return out->status;
}

void
campaign__url_params_free(struct url_param *params, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		free(params[i].key);
		free(params[i].value);
	}
	free(params);
}

/* Decoded and NFC-normalized; bytes that are not UTF-8 are compared as they are. */
static char *
decode_value(const char *s, size_t len, int lower)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	if (campaign__url_decode(&b, s, len, 1) != CAMPAIGN_OK) {
		campaign__strbuf_free(&b);
		return NULL;
	}
	size_t n = 0;
	char *text = campaign__strbuf_detach(&b, &n);
	if (!text)
		return NULL;
	if (memchr(text, '\0', n)) {
		/*
		 * "vk%00" decodes to "vk" and a NUL, which a C string cuts to "vk",
		 * the issued value: a visit no flyer printed counted as vk-post's.
		 * Kept as written behind U+0001, which no spec value can hold (a
		 * control character), so it equals nothing issued, and a key so
		 * kept is no utm_* key.
		 */
		free(text);
		text = malloc(len + 2);
		if (!text)
			return NULL;
		text[0] = '\x01';
		memcpy(text + 1, s, len);
		text[len + 1] = '\0';
		n = len + 1;
	}
	if (lower)
		for (size_t i = 0; i < n; i++)
			text[i] = g_ascii_tolower(text[i]);
	if (campaign__utf8_validate(text, n) == n && text[0] != '\x01') {
		gchar *nfc = g_utf8_normalize(text, (gssize)n, G_NORMALIZE_NFC);
		if (nfc) {
			char *copy = strdup(nfc);
			g_free(nfc);
			free(text);
			text = copy;
		}
	}
	return text;
}

static int
compare_keys(const void *a, const void *b)
{
	return strcmp(((const struct url_param *)a)->key, ((const struct url_param *)b)->key);
}

static int
has_key(const struct url_param *params, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(params[i].key, key) == 0)
			return 1;
	return 0;
}

/* The query's utm_* parameters (utm nonzero) or all the others, decoded and sorted by key. */
static int
query_params(const char *text, int utm, struct url_param **out, size_t *count)
{
	*out = NULL;
	*count = 0;
	size_t end = strcspn(text, "#");
	const char *q = memchr(text, '?', end);
	if (!q)
		return CAMPAIGN_OK;
	struct url_param *params = NULL;
	size_t n = 0, cap = 0;
	const char *p = q + 1;
	const char *stop = text + end;
	while (p <= stop) {
		const char *amp = memchr(p, '&', (size_t)(stop - p));
		const char *seg_end = amp ? amp : stop;
		const char *eq = memchr(p, '=', (size_t)(seg_end - p));
		char *key = NULL, *value = NULL;
		if (eq && eq > p && (key = decode_value(p, (size_t)(eq - p), 1)) == NULL)
			goto nomem;
		if (key && (strncmp(key, "utm_", 4) == 0) == utm && !has_key(params, n, key)) {
			value = decode_value(eq + 1, (size_t)(seg_end - eq - 1), 0);
			if (!value) {
				free(key);
				goto nomem;
			}
		}
		if (value && value[0]) {
			if (n == cap) {
				cap = cap ? cap * 2 : 8;
				struct url_param *grown = realloc(params, cap * sizeof(*grown));
				if (!grown) {
					free(key);
					free(value);
					goto nomem;
				}
				params = grown;
			}
			params[n].key = key;
			params[n].value = value;
			n++;
		} else {
			free(key);
			free(value);
		}
		p = seg_end + 1;
	}
	if (n)
		qsort(params, n, sizeof(*params), compare_keys);
	*out = params;
	*count = n;
	return CAMPAIGN_OK;

nomem:
	campaign__url_params_free(params, n);
	return CAMPAIGN_ENOMEM;
}

int
campaign__url_utm_params(const char *text, struct url_param **out, size_t *count)
{
	return query_params(text, 1, out, count);
}

int
campaign__url_other_params(const char *text, struct url_param **out, size_t *count)
{
	return query_params(text, 0, out, count);
}

int
campaign__url_params_equal(const struct url_param *a, size_t na, const struct url_param *b,
                           size_t nb)
{
	if (na != nb)
		return 0;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i].key, b[i].key) != 0 || strcmp(a[i].value, b[i].value) != 0)
			return 0;
	return 1;
}
