/*
 * libcampaign: hashtags.
 *
 * A hashtag is how a person with no signal takes a campaign home: they write
 * it down and search it later. So a tag is short, made only of letters,
 * digits and '_' (what social networks accept), starts with a letter, and is
 * unique under case folding, since networks match tags case-insensitively,
 * and under compatibility folding, since a reader cannot tell fullwidth or
 * bold letters, or characters that show nothing, from the plain text.
 *
 * Form: every tag the library returns starts with '#' ("#МитингЗаЗарплату"),
 * the form printed on flyers and written to the manifest; every function
 * that takes a tag accepts it with or without the '#'. Lengths (max_length)
 * count code points after NFC, without the '#'.
 *
 * Case mapping and folding are Unicode's default, locale-independent ones,
 * so a build gives the same tags on every machine: Turkish dotted and
 * dotless i are not special-cased ("İstanbul" and "istanbul" are different
 * tags, as in Unicode's default case folding), German "ß" folds to "ss".
 *
 * Making tags is pure (no I/O, no global state); a campaign_hashtag_set must
 * be used by one thread at a time.
 */
#ifndef CAMPAIGN_HASHTAG_H
#define CAMPAIGN_HASHTAG_H

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

/** How the words of the text are joined. */
typedef enum campaign_hashtag_style {
	/**
	 * Each word starts with a capital letter, the rest of the word as written
	 * ("митинг за МРОТ" -> "#МитингЗаМРОТ"); a text written all in capitals
	 * is lowercased first, so a poster title stays readable
	 * ("МИТИНГ ЗА ЗАРПЛАТУ" -> "#МитингЗаЗарплату").
	 */
	CAMPAIGN_HASHTAG_STYLE_CAMEL = 0,
	/**
	 * All lowercase, words joined with nothing ("#митингзазарплату"): the
	 * same tag as the camel one for a network, which compares without case,
	 * so switching styles never splits the counts of one campaign.
	 */
	CAMPAIGN_HASHTAG_STYLE_LOWER = 1
} campaign_hashtag_style;

/** Which letters the tag is written in. */
typedef enum campaign_hashtag_script {
	/** The letters of the text (Cyrillic, Arabic, Latin with diacritics...). */
	CAMPAIGN_HASHTAG_SCRIPT_KEEP = 0,
	/**
	 * Plain Latin: Cyrillic is transliterated (ICAO Doc 9303, as on
	 * passports), diacritics are removed, other decimal digits become 0-9.
	 * A letter of a script with no transliteration (Arabic, Greek...) is an
	 * error, never silently dropped.
	 */
	CAMPAIGN_HASHTAG_SCRIPT_LATIN = 1
} campaign_hashtag_script;

/** The current version of campaign_hashtag_options. */
#define CAMPAIGN_HASHTAG_OPTIONS_VERSION 1
/** The default max_length, as in the spec. */
#define CAMPAIGN_HASHTAG_DEFAULT_MAX_LENGTH 30
/** The largest max_length accepted: longer tags cannot be copied by hand anyway. */
#define CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT 200

/**
 * Options for campaign_hashtag_make(). Initialize with
 * CAMPAIGN_HASHTAG_OPTIONS_INIT or campaign_hashtag_options_init(), then
 * set the fields.
 */
typedef struct campaign_hashtag_options {
	unsigned int version;           /**< CAMPAIGN_HASHTAG_OPTIONS_VERSION */
	campaign_hashtag_style style;   /**< how words are joined */
	campaign_hashtag_script script; /**< which letters */
	/** At most this many code points after the '#': 1 to CAMPAIGN_HASHTAG_MAX_LENGTH_LIMIT. */
	size_t max_length;
} campaign_hashtag_options;

/** Camel style, script kept, at most 30 code points. */
#define CAMPAIGN_HASHTAG_OPTIONS_INIT                                                  \
	{ CAMPAIGN_HASHTAG_OPTIONS_VERSION, CAMPAIGN_HASHTAG_STYLE_CAMEL,                \
	  CAMPAIGN_HASHTAG_SCRIPT_KEEP, CAMPAIGN_HASHTAG_DEFAULT_MAX_LENGTH }

/**
 * Initializes options to CAMPAIGN_HASHTAG_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_HASHTAG_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_hashtag_options_init(campaign_hashtag_options *opts,
                                               unsigned int version);

/**
 * Builds a hashtag from a text ("Митинг за достойную зарплату!" ->
 * "#МитингЗаДостойнуюЗарплату").
 *
 * The text is NFC-normalized, with letters and digits in another typeface or
 * width (mathematical bold, fullwidth, halfwidth: Unicode's <font>, <wide>
 * and <narrow> forms) made plain, so that the tag is the word a reader
 * types (and transliterated for the Latin script). The rest of NFKC is not
 * applied: it would change what a text says ("№" would become "No").
 * Words are runs of letters, digits, '_' and the combining marks on them;
 * everything else separates words (spaces, punctuation, emoji), except an
 * apostrophe between two letters and the characters that show nothing
 * (Unicode's Default_Ignorable_Code_Point: ZWNJ, soft hyphen, the combining
 * grapheme joiner, Hangul fillers, variation selectors; and other format
 * characters), which are dropped inside the word ("don't" -> "Dont").
 * Words are joined as the style says. Leading '_' are dropped. A text whose
 * first word starts with a digit ("1 Мая") is an error rather than a tag
 * silently cut to "#Мая": write the number later or in words. When the tag
 * is longer than max_length it is cut after the last whole word that fits,
 * or inside the first word when even that one does not fit.
 *
 * @param[out] out receives the tag, starting with '#'; release it with
 *             campaign_buf_dispose(). Untouched on failure.
 * @param text UTF-8, NUL-terminated, at most 4096 bytes.
 * @param opts NULL means CAMPAIGN_HASHTAG_OPTIONS_INIT.
 * @param diags receives one error on failure, without a position; may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when the text is not valid UTF-8,
 *         too long, has no letters, starts with a digit, has a letter with no
 *         Latin form under CAMPAIGN_HASHTAG_SCRIPT_LATIN, or the options are
 *         invalid; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_hashtag_make(campaign_buf *out, const char *text,
                                       const campaign_hashtag_options *opts,
                                       campaign_diags *diags);

/**
 * As campaign_hashtag_make(), reporting the error at a place in a file (the
 * YAML node the text came from).
 * @param file may be NULL; copied. @param line, column 1-based, or 0 for none.
 */
CAMPAIGN_API int campaign_hashtag_make_at(campaign_buf *out, const char *text,
                                          const campaign_hashtag_options *opts,
                                          const char *file, unsigned long line,
                                          unsigned long column, campaign_diags *diags);

/**
 * Whether two tags are the same for a social network or on paper: equal
 * after removing one leading '#', compatibility decomposition (fullwidth
 * "ＲＡＬＬＹ" is "RALLY"), removing the Default_Ignorable_Code_Point
 * characters (they show nothing: "Ral<U+034F>ly" is "Rally"), Unicode full
 * case folding, folding the Cyrillic and Greek letters printed like Latin
 * ones into them (Unicode's confusables.txt: "Rаlly" with a Cyrillic 'а' is
 * "Rally") and NFKC, as UAX #31 compares identifiers ("#Rally", "RALLY" and
 * "rally" are equal; so are "Straße" and "STRASSE"). For tags of ordinary
 * text NFKC is NFC, so tags compare as before this folding was added.
 * @return 1 when equal, 0 otherwise (also when either is NULL or not UTF-8).
 */
CAMPAIGN_API int campaign_hashtag_equal(const char *a, const char *b);

/**
 * A set of tags compared as campaign_hashtag_equal() does: the tags already
 * in use (the `taken` list, the ledger's, the ones made so far).
 */
typedef struct campaign_hashtag_set campaign_hashtag_set;

/**
 * Creates an empty set.
 * @param[out] out receives the set; release it with campaign_hashtag_set_free().
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_hashtag_set_new(campaign_hashtag_set **out);

/** Frees a set. Accepts NULL. */
CAMPAIGN_API void campaign_hashtag_set_free(campaign_hashtag_set *set);

/**
 * Adds a tag ('#' optional); adding a tag already there is not an error.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when tag is NULL, empty or not
 *         UTF-8; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_hashtag_set_add(campaign_hashtag_set *set, const char *tag);

/** 1 when a tag equal to tag is in the set, 0 otherwise. */
CAMPAIGN_API int campaign_hashtag_set_contains(const campaign_hashtag_set *set,
                                               const char *tag);

/** The number of distinct tags in the set. */
CAMPAIGN_API size_t campaign_hashtag_set_count(const campaign_hashtag_set *set);

/**
 * Makes a tag unique against a set, then adds the result to the set.
 *
 * A tag not in the set is returned as it is. A taken one gets "_" and a
 * suffix from the alphabet "23456789abcdefghjkmnpqrstuvwxyz" (no 0/O,
 * 1/l/I, which are confused on paper): the first free of "_2", "_3", ...
 * "_z", "_22", ... ("#Rally" -> "#Rally_2"). When the result would exceed
 * max_length the end of the tag is cut to make room. Deterministic: the same
 * tags added in the same order give the same results.
 *
 * @param[out] out receives the tag, starting with '#'; release it with
 *             campaign_buf_dispose(). Untouched on failure.
 * @param tag a tag ('#' optional) of at most max_length code points, as made
 *        by campaign_hashtag_make().
 * @param taken the tags in use; the result is added to it.
 * @param max_length as in campaign_hashtag_options.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when tag is empty, not UTF-8 or
 *         longer than max_length, or no free suffix fits in max_length;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_hashtag_make_unique(campaign_buf *out, const char *tag,
                                              campaign_hashtag_set *taken,
                                              size_t max_length, campaign_diags *diags);

/**
 * Adds the tags of a `taken` list held in memory.
 *
 * Format: UTF-8 (a leading BOM is skipped), one tag per line (lines end in
 * LF, CRLF or a lone CR), '#' optional,
 * spaces around it ignored; blank lines are ignored; a line starting with
 * ';', or with '#' followed by a space or nothing, is a comment
 * ("# from VK, 2025"), whereas "#Rally" is a tag. A tag is letters, digits,
 * '_' and combining marks; it may start with a digit (networks allow
 * "#2026Rally" and it must still never be produced). Every invalid line is
 * reported at NAME:LINE:COLUMN (the first wrong character) and skipped; the
 * valid ones are added.
 *
 * @param name the file name for diagnostics; may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when a line is invalid (all are
 *         reported); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_hashtag_set_add_list(campaign_hashtag_set *set, const char *text,
                                               size_t len, const char *name,
                                               campaign_diags *diags);

/**
 * Reads a `taken` list file (see campaign_hashtag_set_add_list()) into a
 * set. This one function of the module does I/O.
 * @return as campaign_hashtag_set_add_list(), or CAMPAIGN_EIO when the file
 *         cannot be read (reported at the path), or CAMPAIGN_EINVALID when it
 *         is larger than 16 MiB.
 */
CAMPAIGN_API int campaign_hashtag_set_load_file(campaign_hashtag_set *set, const char *path,
                                                campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
