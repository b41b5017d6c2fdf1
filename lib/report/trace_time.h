/*
 * Times as exports write them: ISO 8601 (with a space or a 'T'), the
 * European DD.MM.YYYY, slashed dates (day or month first, told apart by a
 * value over 12 and then kept for the file), Unix seconds or milliseconds.
 */
#ifndef CAMPAIGN_REPORT_TRACE_TIME_H
#define CAMPAIGN_REPORT_TRACE_TIME_H

#include <stdint.h>

enum trace_time_format {
	TRACE_TIME_UNKNOWN = 0, /* not known yet: detected from the first value read */
	TRACE_TIME_ISO,
	TRACE_TIME_DMY_DOTS,
	TRACE_TIME_DMY_SLASHES,
	TRACE_TIME_MDY_SLASHES,
	TRACE_TIME_EPOCH,
};

/* "YYYY-MM-DD HH:MM:SS" and the like, for a report's "how it was read". */
const char *campaign__trace_time_format_name(enum trace_time_format format);

/*
 * Reads text as a time. *format is the file's format so far: UNKNOWN takes
 * the one text has (a slashed date with both numbers up to 12 is ambiguous
 * and is not read), any other is required. A time without a zone is at
 * utc_offset_minutes from UTC.
 * @return 0 and *seconds (Unix time), or -1.
 */
int campaign__trace_time_parse(const char *text, int utc_offset_minutes,
                               enum trace_time_format *format, int64_t *seconds);

#endif
