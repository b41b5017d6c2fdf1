/*
 * libcampaign: the campaign spec.
 *
 * A campaign_spec is the in-memory form of one YAML campaign spec (see
 * campaign-spec(5)): the campaign, its events and its placements, with every
 * `rows:` placement already expanded into one placement per CSV row.
 *
 * A spec is loaded from YAML (campaign_spec_load_file(),
 * campaign_spec_load_string()) or built in code, without YAML:
 *
 *	#include <campaign/campaign.h>
 *
 *	campaign_spec *
 *	rally_spec(campaign_diags *diags)
 *	{
 *		campaign_spec_options so = CAMPAIGN_SPEC_OPTIONS_INIT;
 *		so.landing = "https://example.org/rally";
 *		campaign_spec *spec = NULL;
 *		if (campaign_spec_new(&spec, "Rally 2026", &so, diags) != CAMPAIGN_OK)
 *			return NULL;
 *		campaign_event ev = CAMPAIGN_EVENT_INIT;
 *		ev.id = "rally";
 *		ev.title = "Rally";
 *		ev.date = "2026-12-05";
 *		campaign_placement pl = CAMPAIGN_PLACEMENT_INIT;
 *		pl.id = "flyer-gate-a";
 *		pl.event = "rally";
 *		pl.source = "flyer";
 *		pl.medium = "print";
 *		if (campaign_spec_add_event(spec, &ev, diags) != CAMPAIGN_OK ||
 *		    campaign_spec_add_placement(spec, &pl, diags) != CAMPAIGN_OK) {
 *			campaign_spec_free(spec);
 *			return NULL;
 *		}
 *		return spec;
 *	}
 *
 * Each call checks what it adds by the loader's rules (ids that are safe
 * file names and unique, an event that exists, landing URLs, dates, allowed
 * values) and reports problems in diags without a file or position; a call
 * that fails leaves the spec as it was. A loaded spec may be extended the
 * same way.
 *
 * Thread-safety: a campaign_spec is immutable after loading (or once a
 * program stops adding to it) and may then be read from several threads at
 * once. While it is being built it must be used by one thread at a time.
 * Adding an event or a placement invalidates the campaign_event and
 * campaign_placement pointers returned before, and the plans, lookups and
 * builds made from the spec: free those first.
 */
#ifndef CAMPAIGN_SPEC_H
#define CAMPAIGN_SPEC_H

#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/hashtag.h>
#include <campaign/utm.h>

CAMPAIGN_BEGIN_DECLS

/** A campaign: its settings, events and placements (opaque). */
typedef struct campaign_spec campaign_spec;

/** The current version of campaign_event. */
#define CAMPAIGN_EVENT_VERSION 1

/**
 * An event, as written in the spec. Strings are UTF-8 and owned by the spec;
 * optional ones are NULL when absent. Also the input of
 * campaign_spec_add_event(), where the strings are the caller's (copied):
 * initialize it with CAMPAIGN_EVENT_INIT, then set the fields.
 */
typedef struct campaign_event {
	unsigned int version; /**< CAMPAIGN_EVENT_VERSION */
	const char *id;       /**< a safe file name, unique among the events */
	const char *title;    /**< display title, any language */
	const char *date;     /**< YYYY-MM-DD */
	const char *time;     /**< HH:MM, or NULL */
	const char *venue;    /**< or NULL */
	const char *landing;  /**< overrides the campaign's landing, or NULL */
	const char *hashtag;  /**< text the event's hashtag is built from, or NULL */
} campaign_event;

/** Initializer: every field unset. */
#define CAMPAIGN_EVENT_INIT { CAMPAIGN_EVENT_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Initializes an event to CAMPAIGN_EVENT_INIT, for bindings.
 * @param version CAMPAIGN_EVENT_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_event_init(campaign_event *event, unsigned int version);

/** The file format of an online placement's image (its template in pixels), `image_format:`. */
typedef enum campaign_image_format {
	CAMPAIGN_IMAGE_PNG = 0, /**< social/<id>.png (the default) */
	CAMPAIGN_IMAGE_JPEG = 1 /**< social/<id>.jpg: baseline JFIF, quality 90, 4:2:0, on white */
} campaign_image_format;

/** The current version of campaign_placement. */
#define CAMPAIGN_PLACEMENT_VERSION 1

/**
 * A placement: one concrete place where people meet the campaign. Placements
 * made from a `rows:` table have their `{{row.NAME}}` placeholders replaced,
 * and carry their row. Strings are owned by the spec; optional ones are NULL.
 * Also the input of campaign_spec_add_placement(), where the strings and
 * arrays are the caller's (copied): initialize it with
 * CAMPAIGN_PLACEMENT_INIT, then set the fields.
 */
typedef struct campaign_placement {
	unsigned int version;         /**< CAMPAIGN_PLACEMENT_VERSION */
	const char *id;               /**< a safe file name, unique among the placements */
	const char *event;            /**< id of its event, or NULL: the campaign's own (no date) */
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
	/**
	 * Nonzero: draw a QR code. As input, -1 (CAMPAIGN_PLACEMENT_INIT) means
	 * the spec's default: a QR code when there is a template.
	 */
	int qr;
	const campaign_param *params; /**< custom URL parameters, in spec order */
	size_t param_count;           /**< entries in params */
	const char *rows_file;        /**< the CSV it came from, or NULL */
	unsigned long row_number;     /**< 1-based data row in rows_file, or 0 */
	const campaign_param *row;    /**< the row's columns, header order */
	size_t row_count;             /**< entries in row */
	/**
	 * What it cost, or NULL: an amount with an optional ISO 4217 currency
	 * ("12000", "49.90 EUR", "12000 RUB"); every cost of a campaign in one
	 * currency (campaign_spec_currency()). The report divides it by the
	 * placement's responses and conversions.
	 */
	const char *cost;
	/** Copies to print (`copies:`), for step-and-repeat sheets (impose.h); 0: not said. */
	unsigned long copies;
	/** Its social image's format (`image_format:`); ignored for a template in print units. */
	campaign_image_format image_format;
} campaign_placement;

/** Initializer: every field unset, no phone, the default QR code rule. */
#define CAMPAIGN_PLACEMENT_INIT                                                          \
	{ CAMPAIGN_PLACEMENT_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
	  NULL, NULL, NULL, 0, -1, NULL, 0, NULL, 0, NULL, 0, NULL, 0, CAMPAIGN_IMAGE_PNG }

/**
 * Initializes a placement to CAMPAIGN_PLACEMENT_INIT, for bindings.
 * @param version CAMPAIGN_PLACEMENT_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_placement_init(campaign_placement *placement, unsigned int version);

/**
 * Loads and checks a spec file. Every problem found is added to diags; the
 * load keeps going after an error where it can, so one call reports them all.
 * `rows:` tables are read relative to the spec's directory. The files a spec
 * names must lie in its folder or below it, and the default limits hold
 * (campaign_spec_load_file_ext() sets others).
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
 *        from; NULL means the current directory. The files the spec names
 *        must lie in it or below it, as for campaign_spec_load_file().
 * @return as campaign_spec_load_file().
 */
CAMPAIGN_API int campaign_spec_load_string(campaign_spec **out, const char *yaml, size_t len,
                                           const char *name, const char *base_dir,
                                           campaign_diags *diags);

/** The current version of campaign_spec_load_options. */
#define CAMPAIGN_SPEC_LOAD_OPTIONS_VERSION 1

/** Default limits of a spec and its `rows:` tables (see campaign_spec_load_options). */
#define CAMPAIGN_SPEC_MAX_BYTES ((size_t)16 * 1024 * 1024)
#define CAMPAIGN_SPEC_MAX_VALUES ((size_t)400 * 1000)       /**< YAML values in one spec */
#define CAMPAIGN_TABLE_MAX_BYTES ((size_t)64 * 1024 * 1024) /**< bytes of one table */
#define CAMPAIGN_TABLE_MAX_ROWS ((size_t)1000 * 1000)       /**< data rows of one table */
#define CAMPAIGN_TABLE_MAX_COLUMNS ((size_t)1000)           /**< fields of one row */
#define CAMPAIGN_TABLE_MAX_FIELD ((size_t)64 * 1024)        /**< bytes of one field */
#define CAMPAIGN_LEDGER_MAX_BYTES ((size_t)256 * 1024 * 1024)   /**< bytes of the ledger */
#define CAMPAIGN_REGISTRY_MAX_BYTES ((size_t)256 * 1024 * 1024) /**< bytes of a registry */

/**
 * How a spec file is read: which folders its paths may lead into, and how
 * much it may hold. These belong to whoever runs the build, not to the spec:
 * a spec from someone else cannot widen them.
 */
typedef struct campaign_spec_load_options {
	unsigned int version; /**< CAMPAIGN_SPEC_LOAD_OPTIONS_VERSION */
	/**
	 * Folders, besides the spec's own, that the files a spec names
	 * (`rows:`, `taken:`, `ledger:`, `registry:`, a template given as a path)
	 * may lie in, NULL-terminated; NULL: none. A path is resolved (`..` and
	 * symbolic links followed) and refused with a located error when it
	 * leads outside the spec's folder and every one of these, before the file
	 * is read: a spec must not read, and echo in messages, any file on disk.
	 */
	const char *const *allowed_dirs;
	size_t max_spec_bytes;    /**< "spec-bytes": default CAMPAIGN_SPEC_MAX_BYTES */
	size_t max_spec_values;   /**< "spec-values": default CAMPAIGN_SPEC_MAX_VALUES */
	size_t max_table_bytes;   /**< "table-bytes": default CAMPAIGN_TABLE_MAX_BYTES */
	size_t max_table_rows;    /**< "rows": default CAMPAIGN_TABLE_MAX_ROWS */
	size_t max_table_columns; /**< "columns": default CAMPAIGN_TABLE_MAX_COLUMNS */
	size_t max_field_bytes;   /**< "field-bytes": default CAMPAIGN_TABLE_MAX_FIELD */
	/**
	 * "ledger-bytes" and "registry-bytes": the largest ledger and registry
	 * a plan or build of this spec reads (and, for the registry, writes);
	 * defaults CAMPAIGN_LEDGER_MAX_BYTES and CAMPAIGN_REGISTRY_MAX_BYTES.
	 */
	size_t max_ledger_bytes;
	size_t max_registry_bytes; /**< see max_ledger_bytes */
} campaign_spec_load_options;

/** Initializer: only the spec's folder, the default limits. */
#define CAMPAIGN_SPEC_LOAD_OPTIONS_INIT                                                          \
	{ CAMPAIGN_SPEC_LOAD_OPTIONS_VERSION, NULL, CAMPAIGN_SPEC_MAX_BYTES,                       \
	  CAMPAIGN_SPEC_MAX_VALUES, CAMPAIGN_TABLE_MAX_BYTES, CAMPAIGN_TABLE_MAX_ROWS,             \
	  CAMPAIGN_TABLE_MAX_COLUMNS, CAMPAIGN_TABLE_MAX_FIELD, CAMPAIGN_LEDGER_MAX_BYTES,         \
	  CAMPAIGN_REGISTRY_MAX_BYTES }

/**
 * Initializes options to CAMPAIGN_SPEC_LOAD_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_SPEC_LOAD_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_spec_load_options_init(campaign_spec_load_options *opts,
                                                 unsigned int version);

/**
 * Loads and checks a spec file as campaign_spec_load_file() does, with the
 * folders its paths may use and its limits given. A limit crossed is a
 * located error that names it.
 * @param[out] out receives the spec on success (NULL otherwise); release it
 *             with campaign_spec_free().
 * @param path the spec file.
 * @param opts NULL means CAMPAIGN_SPEC_LOAD_OPTIONS_INIT.
 * @param diags receives diagnostics; may be NULL.
 * @return as campaign_spec_load_file(); CAMPAIGN_EINVALID also for a path
 *         outside the allowed folders, a limit of 0 or an unknown version.
 */
CAMPAIGN_API int campaign_spec_load_file_ext(campaign_spec **out, const char *path,
                                             const campaign_spec_load_options *opts,
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

/**
 * The ISO 4217 code the placements' costs are in ("RUB"): the spec's
 * `currency:`, else the one the costs name; NULL when no placement has a cost.
 * @param[out] digits may be NULL; receives the digits after the point (2 for RUB, 0 for JPY).
 */
CAMPAIGN_API const char *campaign_spec_currency(const campaign_spec *spec, int *digits);

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

/* A spec built in code. */

/** The current version of campaign_spec_options. */
#define CAMPAIGN_SPEC_OPTIONS_VERSION 1

/**
 * The `campaign:` section of a spec built in code, less the blocks that have
 * their own setters (conventions, hashtag, phones). Strings are UTF-8 and
 * borrowed for the call (copied).
 */
typedef struct campaign_spec_options {
	unsigned int version;     /**< CAMPAIGN_SPEC_OPTIONS_VERSION */
	/** A safe file name (see campaign_spec_add_event()); NULL: made from the name. */
	const char *slug;
	/** Language tag for dates and texts ("ru", "ar-EG"); NULL: "en". */
	const char *language;
	/** Default landing URL (absolute http or https); NULL: every event or placement has its own. */
	const char *landing;
	/**
	 * utm_campaign; NULL: the slug if given, else the name, through the
	 * naming conventions (so `campaign utm --campaign NAME` gives the same).
	 */
	const char *utm_campaign;
	const char *utm_id;               /**< utm_id, or NULL */
	const char *utm_source_platform;  /**< utm_source_platform (GA4), or NULL */
	const char *utm_creative_format;  /**< utm_creative_format (GA4), or NULL */
	const char *utm_marketing_tactic; /**< utm_marketing_tactic (GA4), or NULL */
	/** The ledger file, relative to base_dir; NULL: "<slug>.ledger". */
	const char *ledger;
	/**
	 * The directory relative paths are read from (the ledger, template
	 * paths, the hashtag `taken` list), as a loaded spec's own directory;
	 * NULL: the working directory.
	 */
	const char *base_dir;
} campaign_spec_options;

/** Initializer: every field unset. */
#define CAMPAIGN_SPEC_OPTIONS_INIT \
	{ CAMPAIGN_SPEC_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Initializes options to CAMPAIGN_SPEC_OPTIONS_INIT, for bindings.
 * @param version CAMPAIGN_SPEC_OPTIONS_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_spec_options_init(campaign_spec_options *opts, unsigned int version);

/**
 * Starts a spec in code: a campaign with no events and no placements, the
 * default naming conventions and hashtag rules, and no phone pool, as a
 * YAML spec that leaves those keys out.
 *
 * @param[out] out receives the spec (NULL on failure); release it with
 *             campaign_spec_free().
 * @param name the campaign's display name, UTF-8, not empty.
 * @param opts NULL means CAMPAIGN_SPEC_OPTIONS_INIT.
 * @param diags receives one error per problem, without a file or position;
 *        may be NULL.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID when the name is missing or no slug
 *         can be made from it, a string is not UTF-8 or longer than 64 KiB,
 *         the slug is not a safe file name, the language is not a language
 *         tag, the landing is not an http(s) URL, the ledger is "", or opts
 *         has an unknown version; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_new(campaign_spec **out, const char *name,
                                   const campaign_spec_options *opts, campaign_diags *diags);

/**
 * Sets the naming convention of UTM values (the spec's `conventions:` case,
 * separator and transliterate).
 * @param conv NULL means CAMPAIGN_UTM_CONVENTIONS_INIT; its separator must
 *        be one of "_", "-", ".", "~" (characters a URL keeps as they are);
 *        NULL means "_".
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for another separator or an unknown
 *         version (the spec is unchanged); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_set_conventions(campaign_spec *spec,
                                               const campaign_utm_conventions *conv,
                                               campaign_diags *diags);

/** The UTM fields an allowed list may constrain (`conventions: allowed:`). */
typedef enum campaign_spec_utm_field {
	CAMPAIGN_SPEC_UTM_SOURCE = 0,
	CAMPAIGN_SPEC_UTM_MEDIUM = 1,
	CAMPAIGN_SPEC_UTM_CAMPAIGN = 2,
	CAMPAIGN_SPEC_UTM_CONTENT = 3,
	CAMPAIGN_SPEC_UTM_TERM = 4
} campaign_spec_utm_field;

/**
 * Sets the values allowed for one UTM field; any other value is an error
 * when identifiers are computed (campaign_plan_new()). The entries pass
 * through the naming convention too, so "Print" admits "print".
 * @param values `count` UTF-8 strings, copied; count 0 removes the list.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for an unknown field, a NULL, empty
 *         or non-UTF-8 entry (the spec is unchanged); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_set_allowed(campaign_spec *spec, campaign_spec_utm_field field,
                                           const char *const *values, size_t count,
                                           campaign_diags *diags);

/** Whether hashtags belong to events or to placements (`hashtag: scope:`). */
typedef enum campaign_spec_hashtag_scope {
	CAMPAIGN_SPEC_HASHTAG_EVENT = 0,    /**< one tag per event, shared by its placements */
	CAMPAIGN_SPEC_HASHTAG_PLACEMENT = 1 /**< one tag per placement */
} campaign_spec_hashtag_scope;

/** The current version of campaign_spec_hashtag. */
#define CAMPAIGN_SPEC_HASHTAG_VERSION 1

/** The spec's `hashtag:` block. Strings are borrowed for the call (copied). */
typedef struct campaign_spec_hashtag {
	unsigned int version; /**< CAMPAIGN_SPEC_HASHTAG_VERSION */
	/**
	 * The text tags are made from, with placeholders: {{campaign.name}},
	 * {{campaign.slug}}, {{event.id}}, {{event.title}}, {{event.venue}},
	 * {{event.date}}, and for scope placement {{placement.id}},
	 * {{placement.source}}, {{placement.medium}}, {{placement.content}},
	 * {{placement.term}}. NULL: "{{event.title}}".
	 */
	const char *from;
	campaign_spec_hashtag_scope scope; /**< one tag per event or per placement */
	campaign_hashtag_style style;      /**< camel or lower */
	campaign_hashtag_script script;    /**< the text's letters, or Latin */
	/** At most this many code points after the '#', 2 to 139 (X's limit). */
	size_t max_length;
	/** A file of tags in use (see campaign_hashtag_set_add_list()), relative to base_dir; or NULL. */
	const char *taken;
} campaign_spec_hashtag;

/** The spec's defaults: from the event's title, one tag per event, camel, script kept, 30. */
#define CAMPAIGN_SPEC_HASHTAG_INIT                                                      \
	{ CAMPAIGN_SPEC_HASHTAG_VERSION, NULL, CAMPAIGN_SPEC_HASHTAG_EVENT,                \
	  CAMPAIGN_HASHTAG_STYLE_CAMEL, CAMPAIGN_HASHTAG_SCRIPT_KEEP,                      \
	  CAMPAIGN_HASHTAG_DEFAULT_MAX_LENGTH, NULL }

/**
 * Initializes a hashtag block to CAMPAIGN_SPEC_HASHTAG_INIT, for bindings.
 * @param version CAMPAIGN_SPEC_HASHTAG_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_spec_hashtag_init(campaign_spec_hashtag *hashtag,
                                            unsigned int version);

/**
 * Sets how hashtags are made.
 * @param hashtag NULL means CAMPAIGN_SPEC_HASHTAG_INIT.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (the spec is unchanged) for an
 *         unknown version, scope, style or script, a max_length out of range,
 *         a `from` text that is not UTF-8 or names a placeholder its scope
 *         does not have, an empty `taken`; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_set_hashtag(campaign_spec *spec,
                                           const campaign_spec_hashtag *hashtag,
                                           campaign_diags *diags);

/** The current version of campaign_spec_phones. */
#define CAMPAIGN_SPEC_PHONES_VERSION 1

/** The spec's `phones:` block. Strings are borrowed for the call (copied). */
typedef struct campaign_spec_phones {
	unsigned int version;      /**< CAMPAIGN_SPEC_PHONES_VERSION */
	unsigned int country_code; /**< required: the calling code national numbers get, 1 to 999 */
	const char *trunk_prefix;  /**< 1 to 3 digits ("8"), or NULL */
	/** The print form, each X a national digit ("+7 (XXX) XXX-XX-XX"); NULL: E.164. */
	const char *display;
	/** Days a released number stays unused, 0 to 3650; default 90. */
	unsigned int quarantine_days;
	/** The tracking numbers, as people write them; copied. At least one. */
	const char *const *pool;
	size_t pool_count; /**< entries in pool */
} campaign_spec_phones;

/** Initializer: no country code (it must be set), quarantine 90 days, no pool. */
#define CAMPAIGN_SPEC_PHONES_INIT { CAMPAIGN_SPEC_PHONES_VERSION, 0, NULL, NULL, 90, NULL, 0 }

/**
 * Initializes a phones block to CAMPAIGN_SPEC_PHONES_INIT, for bindings.
 * @param version CAMPAIGN_SPEC_PHONES_VERSION.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for an unknown version.
 */
CAMPAIGN_API int campaign_spec_phones_init(campaign_spec_phones *phones, unsigned int version);

/**
 * Sets the pool of tracking numbers, which placements with `phone` set
 * draw from. Every number is normalized with the country code and trunk
 * prefix now, and the display mask checked, so a bad entry is reported
 * here rather than at the first plan.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (the spec is unchanged, every
 *         problem reported) for an unknown version, a country code out of
 *         range, a bad trunk prefix or mask, an empty pool, an entry that is
 *         not a phone number, or a number given twice; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_set_phones(campaign_spec *spec, const campaign_spec_phones *phones,
                                          campaign_diags *diags);

/**
 * Adds an event, copying its strings.
 *
 * Checked as the loader checks an `events:` entry: id, title and date are
 * required; the id is a safe file name (ASCII letters, digits, '-', '_',
 * '.', 1 to 64 characters, no "..", not starting with '-' or '.', not ending
 * with '.', not a Windows device name) and unique among the events even
 * ignoring case; the date is a real day written YYYY-MM-DD; the time is
 * "HH:MM"; the landing an http(s) URL; every string UTF-8 of at most
 * 64 KiB.
 *
 * @param event event->version must be CAMPAIGN_EVENT_VERSION.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (the spec is unchanged, every
 *         problem reported); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_add_event(campaign_spec *spec, const campaign_event *event,
                                         campaign_diags *diags);

/**
 * Adds a placement, copying its strings, params and row.
 *
 * Checked as the loader checks a `placements:` entry: id, event, source and
 * medium are required; the id is a safe file name unique among the
 * placements even ignoring case; the event was added before; some landing
 * is set (the placement's, its event's or the campaign's) and each is an
 * http(s) URL; `phone` needs campaign_spec_set_phones() first; no field
 * holds a "{{" placeholder (the caller fills its own values in); a param
 * key is not empty, not given twice and not one of the utm_* keys that have
 * a field; a row (for a template's {{row.NAME}}) has non-empty keys; every
 * string is UTF-8 of at most 64 KiB. A qr of -1 becomes 1 when there is a
 * template, else 0. rows_file and row_number are kept as given, so
 * diagnostics of later stages name the row.
 *
 * @param placement placement->version must be CAMPAIGN_PLACEMENT_VERSION.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID (the spec is unchanged, every
 *         problem reported); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_spec_add_placement(campaign_spec *spec,
                                             const campaign_placement *placement,
                                             campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
