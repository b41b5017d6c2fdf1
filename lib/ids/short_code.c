/* Short codes from a seeded hash, in an alphabet without look-alikes (short_code.h). */
#include "ids/short_code.h"

#include <stdint.h>
#include <string.h>

/*
 * FNV-1a, then splitmix64's finalizer to spread its bits: fixed functions,
 * so codes do not change between versions or machines. 31^12 < 2^64, so one
 * value holds the digits of the longest code.
 */
static uint64_t
mix(const char *seed, size_t len, unsigned long attempt)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)seed[i];
		h *= 0x100000001b3ULL;
	}
	for (int i = 0; i < 8; i++) {
		h ^= (uint64_t)((attempt >> (8 * i)) & 0xFF);
		h *= 0x100000001b3ULL;
	}
	h += 0x9e3779b97f4a7c15ULL;
	h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
	h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
	return h ^ (h >> 31);
}

void
campaign__short_code_make(const char *seed, size_t seed_len, unsigned long attempt, unsigned length,
                          char *out)
{
	static const char alphabet[] = SHORT_CODE_ALPHABET;
	const uint64_t radix = sizeof(alphabet) - 1;
	uint64_t v = mix(seed, seed_len, attempt);
	for (unsigned i = 0; i < length; i++) {
		out[i] = alphabet[v % radix];
		v /= radix;
	}
	out[length] = '\0';
}

int
campaign__short_code_fold(const char *text, char *out, size_t cap)
{
	size_t n = strlen(text);
	if (n > SHORT_CODE_MAX || n + 1 > cap)
		return -1;
	for (size_t i = 0; i < n; i++) {
		char c = text[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return -1;
		out[i] = c;
	}
	out[n] = '\0';
	return 0;
}

int
campaign__short_code_valid(const char *code)
{
	size_t n = strlen(code);
	return n >= SHORT_CODE_MIN && n <= SHORT_CODE_MAX &&
	       strspn(code, SHORT_CODE_ALPHABET) == n;
}

int
campaign__short_code_has_lookalike(const char *text)
{
	return strpbrk(text, "0O1lIio") != NULL;
}
