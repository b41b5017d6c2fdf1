/*
 * Short codes (internal): the path of a placement's short link on the
 * organization's own domain, "https://go.example.org/k7m3xq".
 *
 * The alphabet is the digits 2-9 and the lower-case letters without i, l
 * and o: nothing a reader can take for another character (0/O, 1/l/I), and
 * one case only, so codes are unique under case folding by construction
 * (nginx's `map` compares plain strings ignoring case) and a code typed in
 * capitals still resolves. No word nginx gives a meaning in a `map`
 * (default, hostnames, include, volatile) can be spelled in it.
 *
 * A code is made from a seed (the campaign's slug and the placement's id)
 * and an attempt number, through a fixed hash: the same spec and ledger
 * always give the same codes, and a taken code is passed over by trying
 * the next attempt. Pure: no I/O, no global state; thread-safe.
 */
#ifndef CAMPAIGN_SHORT_CODE_H
#define CAMPAIGN_SHORT_CODE_H

#include <stddef.h>

#define SHORT_CODE_ALPHABET "23456789abcdefghjkmnpqrstuvwxyz"
#define SHORT_CODE_MIN 4
#define SHORT_CODE_MAX 12
#define SHORT_CODE_DEFAULT 6

/*
 * The code of attempt `attempt` for seed (seed_len bytes), length
 * characters (SHORT_CODE_MIN to SHORT_CODE_MAX), into out (length + 1 bytes).
 */
void campaign__short_code_make(const char *seed, size_t seed_len, unsigned long attempt,
                               unsigned length, char *out);

/*
 * text folded as codes compare: ASCII letters lower-cased, into out (cap
 * bytes). @return 0, or -1 when text is longer than SHORT_CODE_MAX or holds
 * anything but ASCII letters and digits (it is no code).
 */
int campaign__short_code_fold(const char *text, char *out, size_t cap);

/* 1 when code is SHORT_CODE_MIN to SHORT_CODE_MAX characters of the alphabet, else 0. */
int campaign__short_code_valid(const char *code);

/* 1 when text holds a character codes never do because it looks like another (0 O 1 l I i o). */
int campaign__short_code_has_lookalike(const char *text);

#endif
