/*
 * libcampaign: the campaign spec.
 *
 * A campaign_spec is the in-memory form of one YAML campaign spec (see
 * campaign-spec(5)): the campaign, its events and its placements, with every
 * `rows:` placement already expanded into one placement per CSV row.
 *
 * Thread-safety: a campaign_spec is immutable after loading and may be read
 * from several threads at once.
 */
#ifndef CAMPAIGN_SPEC_H
#define CAMPAIGN_SPEC_H

#include <campaign/common.h>
#include <campaign/diag.h>

CAMPAIGN_BEGIN_DECLS

typedef struct campaign_spec campaign_spec;

/**
 * An event, as written in the spec. Strings are UTF-8 and owned by the spec;
 * optional ones are NULL when absent.
 */
typedef struct campaign_event {
	const char *id;
	const char *title;
	const char *date;     /**< YYYY-MM-DD */
	const char *time;     /**< HH:MM, or NULL */
	const char *venue;    /**< or NULL */
	const char *landing;  /**< overrides the campaign's landing, or NULL */
	const char *hashtag;  /**< text the event's hashtag is built from, or NULL */
} campaign_event;

/**
 * A placement: one concrete place where people meet the campaign. Placements
 * made from a `rows:` table have their `{{row.NAME}}` placeholders replaced,
 * and carry their row. Strings are owned by the spec; optional ones are NULL.
 */
typedef struct campaign_placement {
	const char *id;
	const char *event;            /**< id of its event */
	const char *source;           /**< utm_source */
	const char *medium;           /**< utm_medium */
	const char *content;          /**< utm_content, or NULL */
	const char *term;             /**< utm_term, or NULL */
	const char *source_platform;  /**< utm_source_platform (GA4), or NULL */
	const char *creative_format;  /**< utm_creative_format (GA4), or NULL */
	const char *marketing_tactic; /**< utm_marketing_tactic (GA4), or NULL */
	const char *landing;          /**< overrides the event's landing, or NULL */
	const char *template_name;    /**< built-in template name or path, or NULL */
	const char *hashtag;          /**< text its hashtag is built from (scope placement), or NULL */
	int phone;                    /**< nonzero: assign a tracking number */
	int qr;                       /**< nonzero: draw a QR code */
	const campaign_param *params; /**< custom URL parameters, in spec order */
	size_t param_count;
	const char *rows_file;        /**< the CSV it came from, or NULL */
	unsigned long row_number;     /**< 1-based data row in rows_file, or 0 */
	const campaign_param *row;    /**< the row's columns, header order */
	size_t row_count;
} campaign_placement;

/**
 * Loads and checks a spec file. Every problem found is added to diags; the
 * load keeps going after an error where it can, so one call reports them all.
 * `rows:` tables are read relative to the spec's directory.
 *
 * @param[out] out receives the spec on success (NULL otherwise); release it
 *             with campaign_spec_free().
 * @param path the spec file.
 * @param diags receives diagnostics; may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when the spec has errors;
 *         CAMPAIGN_EIO when the spec or a table cannot be read;
 *         CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_load_file(campaign_spec **out, const char *path,
                                         campaign_diags *diags);

/**
 * Loads a spec from memory.
 * @param yaml the text, len bytes (need not be NUL-terminated).
 * @param name the file name used in diagnostics (e.g. "<stdin>"); may be NULL.
 * @param base_dir the directory `rows:` and other relative paths are read
 *        from; NULL means the current directory.
 * @return as campaign_spec_load_file().
 */
CAMPAIGN_API int campaign_spec_load_string(campaign_spec **out, const char *yaml, size_t len,
                                           const char *name, const char *base_dir,
                                           campaign_diags *diags);

/** Frees a spec. Accepts NULL. */
CAMPAIGN_API void campaign_spec_free(campaign_spec *spec);

/** The campaign's display name. Borrowed from the spec. */
CAMPAIGN_API const char *campaign_spec_name(const campaign_spec *spec);

/** The campaign's slug (given, or made from the name). Borrowed. */
CAMPAIGN_API const char *campaign_spec_slug(const campaign_spec *spec);

/** The campaign's language tag, e.g. "ru". Borrowed. */
CAMPAIGN_API const char *campaign_spec_language(const campaign_spec *spec);

/** The campaign's default landing URL, or NULL when every event has its own. */
CAMPAIGN_API const char *campaign_spec_landing(const campaign_spec *spec);

/** The number of events. */
CAMPAIGN_API size_t campaign_spec_event_count(const campaign_spec *spec);

/** The i-th event in spec order, or NULL when out of range. Borrowed. */
CAMPAIGN_API const campaign_event *campaign_spec_event(const campaign_spec *spec, size_t i);

/** The event with this id, or NULL. Borrowed. */
CAMPAIGN_API const campaign_event *campaign_spec_find_event(const campaign_spec *spec,
                                                            const char *id);

/** The number of placements, after `rows:` expansion. */
CAMPAIGN_API size_t campaign_spec_placement_count(const campaign_spec *spec);

/** The i-th placement in spec order, or NULL when out of range. Borrowed. */
CAMPAIGN_API const campaign_placement *campaign_spec_placement(const campaign_spec *spec,
                                                               size_t i);

CAMPAIGN_END_DECLS

#endif
