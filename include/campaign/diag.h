/*
 * libcampaign: diagnostics.
 *
 * Calls that read user input take a campaign_diags sink (which may be NULL)
 * and append one entry per problem, with its position in the input where
 * there is one. Loading and validation keep going after an error where they
 * safely can, so one call reports every problem of a file.
 *
 * Positions: `line` and `column` are 1-based; a column counts Unicode code
 * points (not bytes) from the start of the line, so `имя: x` has `x` at
 * column 6. 0 means "no position" (the whole file, or no file at all).
 *
 * Thread-safety: a campaign_diags must be used by one thread at a time.
 */
#ifndef CAMPAIGN_DIAG_H
#define CAMPAIGN_DIAG_H

#include <campaign/common.h>

CAMPAIGN_BEGIN_DECLS

/** How bad a diagnostic is. */
typedef enum campaign_severity {
	CAMPAIGN_SEVERITY_NOTE = 0,
	CAMPAIGN_SEVERITY_WARNING = 1,
	CAMPAIGN_SEVERITY_ERROR = 2
} campaign_severity;

/** One diagnostic. Owned by its campaign_diags; strings are UTF-8. */
typedef struct campaign_diag {
	campaign_severity severity; /**< note, warning or error */
	/** The campaign_status this problem maps to (CAMPAIGN_OK for notes). */
	int status;
	/** The file at fault, or NULL. */
	const char *file;
	/** 1-based line, or 0 when there is no position. */
	unsigned long line;
	/** 1-based column in code points, or 0 when there is no position. */
	unsigned long column;
	/** What is wrong, one sentence without a trailing period. */
	const char *message;
} campaign_diag;

/** A sink of diagnostics (opaque): one call's, or a whole program's. */
typedef struct campaign_diags campaign_diags;

/**
 * Creates an empty diagnostics sink.
 * @param[out] out receives the sink; release it with campaign_diags_free().
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_diags_new(campaign_diags **out);

/** Frees a sink and every diagnostic in it. Accepts NULL. */
CAMPAIGN_API void campaign_diags_free(campaign_diags *diags);

/** Removes every diagnostic, keeping the sink for reuse. */
CAMPAIGN_API void campaign_diags_clear(campaign_diags *diags);

/** The number of diagnostics collected so far. */
CAMPAIGN_API size_t campaign_diags_count(const campaign_diags *diags);

/**
 * The i-th diagnostic, in the order they were reported.
 * @return a pointer valid until the sink is cleared or freed, or NULL when
 *         i is out of range.
 */
CAMPAIGN_API const campaign_diag *campaign_diags_get(const campaign_diags *diags, size_t i);

/** The number of diagnostics of severity CAMPAIGN_SEVERITY_ERROR. */
CAMPAIGN_API size_t campaign_diags_error_count(const campaign_diags *diags);

/**
 * Adds a diagnostic; used by the library and available to callers that want
 * to report their own problems through the same channel.
 * @param file may be NULL; copied.
 * @return CAMPAIGN_OK or CAMPAIGN_ENOMEM (the sink keeps what it had).
 */
CAMPAIGN_API int campaign_diags_add(campaign_diags *diags, campaign_severity severity,
                                    int status, const char *file, unsigned long line,
                                    unsigned long column, const char *fmt, ...)
	CAMPAIGN_PRINTF(7, 8);

/**
 * The candidate nearest to `word` by edit distance, when close enough to be
 * a plausible typo ("meduim" for "medium"), for did-you-mean hints.
 * @param candidates a NULL-terminated array.
 * @return one of the candidates (borrowed), or NULL.
 */
CAMPAIGN_API const char *campaign_suggest(const char *word, const char *const *candidates);

CAMPAIGN_END_DECLS

#endif
