/*
 * The calendar (internal), the only one in the library: civil dates as day
 * numbers (days since 1970-01-01, proleptic Gregorian) for ledger
 * arithmetic such as "released + 90 days", ISO 8601 dates and instants,
 * weekdays, and the breakdown of a Unix time for PDF dates. Pure: no
 * gmtime(), no TZ, no locale.
 *
 * Every date the library reads or writes has a four-digit year between
 * DATE_YEAR_MIN and DATE_YEAR_MAX, so what one part writes (a ledger, a PDF
 * date) another part reads back.
 */
#ifndef CAMPAIGN_UTIL_DATE_H
#define CAMPAIGN_UTIL_DATE_H

#include <stdint.h>

/* The years a date may have: four digits, within the Gregorian calendar's modern use. */
#define DATE_YEAR_MIN 1900
#define DATE_YEAR_MAX 9999

/* A calendar day: month 1-12, day 1-31, weekday 0 = Monday. */
struct date_civil {
	int year, month, day;
	int weekday;
};

/* A calendar day and a time of day, UTC. */
struct date_time {
	struct date_civil date;
	int hour, minute, second;
};

/* Reads an ISO date "YYYY-MM-DD" that exists, in the year range; 0, or -1 for anything else. */
int campaign__date_parse(const char *iso, long *days);

/* 1 when iso is such a date. */
int campaign__date_valid(const char *iso);

/* The same, as its year, month, day and weekday. */
int campaign__date_parse_civil(const char *iso, struct date_civil *out);

/* The calendar day of a day number. */
void campaign__date_to_civil(long days, struct date_civil *out);

/* 1 when the day number's year is in the range, so it can be written and read back. */
int campaign__date_in_range(long days);

/* Writes "YYYY-MM-DD" for a day number into out. Requires campaign__date_in_range(days). */
void campaign__date_format(long days, char out[11]);

/* The day (UTC) of a Unix time. */
long campaign__date_from_epoch(int64_t seconds);

/*
 * The calendar day and time of day (UTC) of a Unix time.
 * @return 0, or -1 when its year is out of the range (out unchanged).
 */
int campaign__time_split(int64_t seconds, struct date_time *out);

/* 1 when text is a time of day "HH:MM" (24 hours). */
int campaign__time_of_day_valid(const char *text);

/*
 * Parses an ISO 8601 instant: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" with an
 * optional "Z" or "+HH:MM"/"-HH:MM" offset (no offset means UTC). A leap
 * second (SS = 60) is refused: Unix time cannot name it.
 * @return 0 and *seconds (Unix time), or -1.
 */
int campaign__instant_parse(const char *iso, int64_t *seconds);

#endif
