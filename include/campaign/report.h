/*
 * libcampaign: closing the loop, responses traced back to placements.
 *
 * A report counts what each placement brought in: visits and scans of its
 * link, calls to its number, posts with its hashtag. It reads the traces
 * where people have them (a server's access log, a web analytics export, a
 * telephony provider's call log, a list of posts) or takes them one by one
 * from a program, and attributes each through the same rules as
 * campaign_lookup_find(), the ledger's released placements included: a
 * withdrawn flyer's number keeps ringing for months, and its calls count
 * for the placement that printed it.
 *
 * Counting rules:
 *  - visits: every visit whose URL carries a placement's UTM values;
 *    scans are the visits of placements printed on paper (medium print,
 *    outdoor, offline, ooh, poster, flyer, sticker or qr);
 *  - calls: total; callers, the distinct numbers that called; answered;
 *    target calls, answered and at least target_call_seconds long, a
 *    caller's repeat within repeat_call_hours not counted again (a second
 *    call about the same flyer is not a new lead);
 *  - posts: each post once per placement whose hashtag it carries; a tag
 *    shared by an event's placements (the spec's event scope) counts for
 *    the event, one shared by the whole campaign for the campaign;
 *  - conversions (a sign-up, a lead, a deal): counted for the placement the
 *    conversion itself names (its UTM values or the number called), and
 *    shared among the placements of the person's path by every attribution
 *    model of <campaign/attribution.h>: the person's earlier calls (their
 *    number is the person key) and conversions, and the conversion's own
 *    placement, last. Credit is in hundredths of a conversion and each
 *    conversion's shares sum to exactly 100.
 * A trace that names no placement, or several with nothing to choose
 * between them, is counted as unattributed, never guessed.
 *
 * Reading files: a line that cannot be read is skipped and counted, with
 * the first few line numbers and why; only a file that is mostly unreadable
 * is an error. Memory grows with placements and people, never with lines.
 * A report never writes: not the ledger, not the registry.
 *
 * Thread-safety: a report is used by one thread at a time.
 */
#ifndef CAMPAIGN_REPORT_H
#define CAMPAIGN_REPORT_H

#include <stdint.h>

#include <campaign/attribution.h>
#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/plan.h>

CAMPAIGN_BEGIN_DECLS

/** The counts of a report, for its traces so far (opaque). */
typedef struct campaign_report campaign_report;

/** The current version of campaign_report_options. */
#define CAMPAIGN_REPORT_OPTIONS_VERSION 1

/** How calls are counted. */
typedef struct campaign_report_options {
	unsigned int version;             /**< CAMPAIGN_REPORT_OPTIONS_VERSION */
	unsigned int target_call_seconds; /**< a target call lasts at least this; default 30 */
	/**
	 * a caller's next target call to the same placement within this many
	 * hours is not counted as a target call again; 0 counts every one.
	 * Default 24.
	 */
	unsigned int repeat_call_hours;
	/**
	 * the time zone of times a file writes without one, in minutes east of
	 * UTC (180 for Moscow), -840 to 840; times with a zone ("Z", "+03:00",
	 * an access log's) keep theirs. Default 0 (UTC).
	 */
	int utc_offset_minutes;
} campaign_report_options;

/** Initializer with the defaults. */
#define CAMPAIGN_REPORT_OPTIONS_INIT { CAMPAIGN_REPORT_OPTIONS_VERSION, 30, 24, 0 }

/**
 * Initializes options to CAMPAIGN_REPORT_OPTIONS_INIT, for bindings.
 * @return CAMPAIGN_OK, or CAMPAIGN_EINVALID for NULL or an unknown version.
 */
CAMPAIGN_API int campaign_report_options_init(campaign_report_options *options,
                                              unsigned int version);

/**
 * An empty report over a plan's placements and the placements its ledger
 * records as released.
 * @param[out] out release with campaign_report_free(). The plan must outlive it.
 * @param options NULL for the defaults.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for bad options; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_new(campaign_report **out, const campaign_plan *plan,
                                     const campaign_report_options *options,
                                     campaign_diags *diags);

/** Frees a report. Accepts NULL. */
CAMPAIGN_API void campaign_report_free(campaign_report *report);

/**
 * Counts one visit of `url` (absolute, or a path with its query as a server
 * logs it: "/rally?utm_source=...").
 * @return CAMPAIGN_OK when attributed; CAMPAIGN_ENOTFOUND when it names no
 *         placement or several (counted as unattributed, no diagnostic);
 *         CAMPAIGN_EINVALID when it carries no UTM value at all (not a
 *         campaign's visit: not counted), with a diagnostic; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_add_visit(campaign_report *report, int64_t time, const char *url,
                                           campaign_diags *diags);

/** One call, as a call log has it. */
typedef struct campaign_call {
	int64_t time;       /**< when it started, in seconds since the Unix epoch */
	const char *called; /**< the number dialled, in any written form */
	const char *caller; /**< the caller's number, or NULL when hidden */
	/** seconds of conversation, or -1 when the log does not say */
	long duration;
	/** 1 answered, 0 missed, -1 unknown (then: answered when duration > 0) */
	int answered;
} campaign_call;

/**
 * Counts one call to call->called.
 * @return CAMPAIGN_OK when attributed; CAMPAIGN_ENOTFOUND when the number
 *         is no placement's; CAMPAIGN_EINVALID when it is no phone number,
 *         with a diagnostic; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_add_call(campaign_report *report, const campaign_call *call,
                                          campaign_diags *diags);

/** One conversion, as a CRM's lead or deal export or a form's has it. */
typedef struct campaign_conversion {
	int64_t time;       /**< when, in seconds since the Unix epoch */
	/**
	 * who: a phone number (then the person's calls are their path) or any
	 * other key (a CRM id, an e-mail: their earlier conversions are); NULL
	 * when unknown
	 */
	const char *person;
	/** the UTM values it came with, as a link or a bare query; NULL when none */
	const char *url;
	/** the tracking number the person called, in any written form; NULL when none */
	const char *called;
} campaign_conversion;

/**
 * Counts one conversion (see the rules at the top of this file).
 * @return CAMPAIGN_OK when a placement got credit, directly or through the
 *         person's path; CAMPAIGN_ENOTFOUND when none did; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_add_conversion(campaign_report *report,
                                                const campaign_conversion *conversion,
                                                campaign_diags *diags);

/**
 * Counts one post: every hashtag in `text` that is a placement's, an
 * event's or the campaign's (compared as networks do, without case).
 * @return CAMPAIGN_OK when at least one tag was attributed;
 *         CAMPAIGN_ENOTFOUND when none was; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_add_post(campaign_report *report, int64_t time, const char *text,
                                          campaign_diags *diags);

/** The file formats campaign_report_read() takes. */
typedef enum campaign_trace_format {
	/** A web server's access log, the "combined" format of nginx and Apache. */
	CAMPAIGN_TRACE_ACCESS_LOG = 1,
	/**
	 * A web analytics export: GA4's "Traffic acquisition" CSV (Session
	 * source / medium, Session campaign, Sessions...), or any CSV with
	 * utm_source, utm_medium, utm_campaign (and utm_content, utm_term)
	 * columns and optionally a count (sessions, visits); one row one visit
	 * without it.
	 */
	CAMPAIGN_TRACE_ANALYTICS = 2,
	/** A call log CSV: the number called, the caller, start, duration, status. */
	CAMPAIGN_TRACE_CALLS = 3,
	/** Posts or mentions, CSV with the post's text (and its time). */
	CAMPAIGN_TRACE_POSTS = 4,
	/**
	 * Conversions (CSV): a CRM's lead or deal export (Bitrix24's has UTM
	 * fields and the contact's phone) or a form's: time, person (or phone),
	 * the UTM values and/or the number called.
	 */
	CAMPAIGN_TRACE_CONVERSIONS = 5
} campaign_trace_format;

/** A line of an input that was skipped, and why. */
typedef struct campaign_report_problem {
	unsigned long line; /**< 1-based */
	const char *reason; /**< "no number in the 'To' column" */
} campaign_report_problem;

/** What was read from one input file. */
typedef struct campaign_report_input {
	const char *path;
	campaign_trace_format format;
	/**
	 * how it was read, for the reader to check: the columns used, the
	 * delimiter, the date format and time zone ("CSV ';', called='To',
	 * caller='From', time='Start' (DD.MM.YYYY HH:MM, UTC)").
	 */
	const char *how;
	uint64_t lines;        /**< lines (records) read, the header and comments left out */
	uint64_t attributed;   /**< counted for a placement, an event or the campaign */
	uint64_t unattributed; /**< a trace of the campaign that names no single placement */
	uint64_t ignored;      /**< not the campaign's (a log line without UTM values, a bot) */
	uint64_t skipped;      /**< could not be read */
	const campaign_report_problem *problems; /**< the first skipped lines, in order */
	size_t problem_count;                    /**< entries in problems (at most 5) */
} campaign_report_input;

/**
 * Reads a file of traces and counts them. `columns` names the columns of a
 * CSV where the defaults do not find them, as NAME=COLUMN pairs separated
 * by commas ("called=To,caller=From,duration=Talk time"); NULL to find them
 * by their usual names (and GA4's). The names: for calls called, caller,
 * time, duration, status; for posts text, time; for analytics source,
 * medium, campaign, content, term, count; for conversions time, person,
 * phone, source, medium, campaign, content, term, called. CSV files may be separated by
 * ',', ';' or tabs (detected from the header), in UTF-8 with or without a
 * BOM, with CRLF or LF line ends; lines starting with '#' before the
 * header (GA4's preamble) are skipped. A CSV in UTF-16 or UTF-32 (a byte
 * order mark, or the NUL bytes of its header) is CAMPAIGN_EINVALID at its
 * line 1, the encoding named.
 * @return CAMPAIGN_OK, also when lines were skipped (see
 *         campaign_report_input); CAMPAIGN_EIO when the file cannot be read;
 *         CAMPAIGN_EINVALID when a needed column is missing or most lines
 *         cannot be read, reported at the file; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_read(campaign_report *report, campaign_trace_format format,
                                      const char *path, const char *columns,
                                      campaign_diags *diags);

/** The number of input files read so far. */
CAMPAIGN_API size_t campaign_report_input_count(const campaign_report *report);
/** The i-th input file read, or NULL when i is out of range. Borrowed from the report. */
CAMPAIGN_API const campaign_report_input *campaign_report_input_get(const campaign_report *report,
                                                                    size_t i);

/** What a row of the report counted. */
typedef struct campaign_report_counts {
	uint64_t visits;       /**< visits of the link */
	uint64_t scans;        /**< of those, visits of a link printed on paper */
	uint64_t calls;        /**< calls to the number */
	uint64_t callers;      /**< distinct numbers that called */
	uint64_t answered;     /**< calls answered */
	uint64_t target_calls; /**< answered, long enough, not a repeat */
	uint64_t posts;        /**< posts with the hashtag */
	uint64_t conversions;  /**< conversions that named the placement themselves */
	/**
	 * conversions credited by each attribution model (indexed by
	 * campaign_attribution_model), in hundredths of a conversion
	 */
	uint64_t credit[CAMPAIGN_ATTRIBUTION_MODEL_COUNT];
} campaign_report_counts;

/** One row of the report: a placement, or an event's or the campaign's shared tag. */
typedef struct campaign_report_row {
	/** the placement's id; NULL for a row of an event's or the campaign's own tag */
	const char *placement;
	const char *event;  /**< the event's id; NULL for the campaign's row */
	const char *source; /**< utm_source, or NULL for a tag's row */
	const char *medium; /**< utm_medium, or NULL for a tag's row */
	/** 1 for a placement no longer in the spec (the ledger's released ones) */
	int withdrawn;
	campaign_report_counts counts;
	/**
	 * the placement's `cost:` in minor units of campaign_report_currency()
	 * (kopecks, cents), or -1 when it has none (and for tag rows)
	 */
	int64_t cost;
} campaign_report_row;

/**
 * The number of rows: every placement of the plan, in its order, then the
 * withdrawn placements and the shared tags that were counted, in the order
 * of their first trace.
 */
CAMPAIGN_API size_t campaign_report_row_count(const campaign_report *report);
/** The i-th row, or NULL when i is out of range. Borrowed from the report. */
CAMPAIGN_API const campaign_report_row *campaign_report_row_get(const campaign_report *report,
                                                                size_t i);
/**
 * The currency of the rows' costs (an ISO 4217 code, the spec's), or NULL
 * when no placement has a cost.
 * @param[out] digits may be NULL; receives its decimals (2 for RUB).
 */
CAMPAIGN_API const char *campaign_report_currency(const campaign_report *report, int *digits);

/** Every row's counts added up; unattributed traces are not in it. */
CAMPAIGN_API void campaign_report_totals(const campaign_report *report,
                                         campaign_report_counts *totals);

/** The forms campaign_report_write() writes. */
typedef enum campaign_report_format {
	/**
	 * Aligned text for a terminal: the placements, then the counts by
	 * event, by source and by medium, and the total. When placements have
	 * a cost, every form adds what they cost, cost per response (visits +
	 * calls + posts) and cost per conversion, in the currency's decimals:
	 * exact integer division rounded half up to the minor unit (0.5
	 * kopeck up), "-" (CSV: empty, JSON: null) where there is no cost or
	 * nothing to divide by. A group's cost is its placements' that have
	 * one, divided by those placements' responses and conversions only.
	 */
	CAMPAIGN_REPORT_TABLE = 1,
	/**
	 * CSV (RFC 4180, CRLF), one line per row of the report: level
	 * (placement, event-tag, campaign-tag), placement, event, source,
	 * medium, withdrawn (0 or 1), then the counts, each model's credit,
	 * and with costs currency, cost, cost_per_response and
	 * cost_per_conversion. A cell a spreadsheet
	 * would run as a formula gets a leading apostrophe, as in manifest.csv.
	 */
	CAMPAIGN_REPORT_CSV = 2,
	/**
	 * JSON: "placements" (the rows), "events", "sources", "media" (the
	 * counts grouped), "total", and "inputs" (each file read: path, format,
	 * how, the line counts, the first problems), and "currency": null, or
	 * with costs {"code", "digits"} and in every row and group "cost":
	 * {"minor", "per_response_minor", "per_conversion_minor"}, integers in
	 * minor units or null.
	 */
	CAMPAIGN_REPORT_JSON = 3
} campaign_report_format;

/**
 * Writes the report in one of its forms.
 * @param[out] out receives the text (UTF-8); release with campaign_buf_dispose().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for an unknown format; CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_write(campaign_buf *out, const campaign_report *report,
                                       campaign_report_format format, campaign_diags *diags);

/** The forms of campaign_report_chart(). */
typedef enum campaign_chart_format {
	CAMPAIGN_CHART_PNG = 1, /**< 1200 pixels wide, for a message or a slide */
	CAMPAIGN_CHART_SVG = 2  /**< the same as vectors, for a web page or print */
} campaign_chart_format;

/**
 * The report as a chart people would rather look at than read: one bar per
 * placement with any response (the 30 longest; a line counts the rest),
 * longest first, its responses (visits, calls, posts) stacked in three
 * colours, their number at its end, and where placements have a cost, a
 * column of cost per response (a placement that cost something and
 * brought nothing keeps its row, with no bar); under a title and a legend
 * in `language` (a BCP 47 tag; the languages of the built-in flyer texts,
 * else English), mirrored for a language written right to left.
 * @param title a line under the heading (the campaign's name), or NULL.
 * @param[out] out receives the PNG or SVG bytes; release with campaign_buf_dispose().
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID; CAMPAIGN_EMISSING when a character
 *         of the title or a label has no font that can draw it (the chart
 *         would show a box); CAMPAIGN_ENOMEM.
 */
CAMPAIGN_API int campaign_report_chart(campaign_buf *out, const campaign_report *report,
                                       campaign_chart_format format, const char *title,
                                       const char *language, campaign_diags *diags);

CAMPAIGN_END_DECLS

#endif
