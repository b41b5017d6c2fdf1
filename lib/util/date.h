/*
 * Civil dates as day numbers (days since 1970-01-01, proleptic Gregorian),
 * for ledger arithmetic such as "released + 90 days". Pure.
 */
#ifndef CAMPAIGN_UTIL_DATE_H
#define CAMPAIGN_UTIL_DATE_H

#include <stdint.h>

/* The day number of an ISO date "YYYY-MM-DD"; -1 on a malformed or impossible date. */
long campaign__date_parse(const char *iso);

/* Writes "YYYY-MM-DD" for a day number into out (11 bytes). */
void campaign__date_format(long days, char out[11]);

/* The day (UTC) of a Unix time. */
long campaign__date_from_epoch(int64_t seconds);

/*
 * Parses an ISO 8601 instant: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" with an
 * optional "Z" or "+HH:MM"/"-HH:MM" offset (no offset means UTC).
 * @return 0 and *seconds (Unix time), or -1.
 */
int campaign__instant_parse(const char *iso, int64_t *seconds);

#endif
