/*
 * A small reader for the handful of date forms exports use; the calendar
 * itself is util/date.c's. Pure ASCII scanning: no strptime, no locale,
 * no TZ.
 */
#include "trace_time.h"

#include <stdio.h>
#include <string.h>

#include "util/date.h"

const char *
campaign__trace_time_format_name(enum trace_time_format format)
{
	switch (format) {
	case TRACE_TIME_ISO: return "YYYY-MM-DD HH:MM:SS";
	case TRACE_TIME_DMY_DOTS: return "DD.MM.YYYY HH:MM:SS";
	case TRACE_TIME_DMY_SLASHES: return "DD/MM/YYYY HH:MM:SS";
	case TRACE_TIME_MDY_SLASHES: return "MM/DD/YYYY HH:MM:SS";
	case TRACE_TIME_EPOCH: return "Unix time";
	case TRACE_TIME_UNKNOWN: break;
	}
	return "unknown";
}

/* Reads 1 to `most` digits; the number of digits read (0: none). */
static int
digits(const char **s, int most, int *value)
{
	int n = 0;
	*value = 0;
	while (n < most && **s >= '0' && **s <= '9') {
		*value = *value * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

/* "HH:MM[:SS][.fraction]" after a 'T' or spaces, or nothing; 0 or -1. */
static int
clock_part(const char **s, int *seconds_of_day)
{
	*seconds_of_day = 0;
	if (**s == 'T' || **s == ' ') {
		while (**s == 'T' || **s == ' ')
			(*s)++;
	} else {
		return 0;
	}
	if (**s == '\0')
		return 0;
	int h, m, sec = 0;
	if (digits(s, 2, &h) < 1 || *(*s)++ != ':' || digits(s, 2, &m) != 2 || h > 23 || m > 59)
		return -1;
	if (**s == ':' && (++(*s), digits(s, 2, &sec) != 2 || sec > 60))
		return -1;
	if (**s == '.' || **s == ',') {
		(*s)++;
		int ignored;
		while (digits(s, 9, &ignored) > 0)
			;
	}
	*seconds_of_day = h * 3600 + m * 60 + (sec == 60 ? 59 : sec);
	return 0;
}

/* "", "Z", "UTC", "+03:00", "+0300", "+03" after optional spaces; minutes east of UTC. */
static int
zone_part(const char *s, int *offset, int *has_zone)
{
	while (*s == ' ')
		s++;
	*has_zone = 1;
	if (strcmp(s, "Z") == 0 || strcmp(s, "UTC") == 0 || strcmp(s, "GMT") == 0) {
		*offset = 0;
		return 0;
	}
	if (*s == '\0') {
		*has_zone = 0;
		return 0;
	}
	if (*s != '+' && *s != '-')
		return -1;
	int sign = *s++ == '-' ? -1 : 1, h, m = 0;
	if (digits(&s, 2, &h) != 2 || h > 14)
		return -1;
	if (*s == ':')
		s++;
	if (*s && (digits(&s, 2, &m) != 2 || m > 59))
		return -1;
	*offset = sign * (h * 60 + m);
	return *s == '\0' ? 0 : -1;
}

static int
epoch(const char *text, int64_t *seconds)
{
	size_t n = strlen(text);
	if (n < 9 || n > 13 || strspn(text, "0123456789") != n)
		return -1;
	long long v;
	if (sscanf(text, "%lld", &v) != 1)
		return -1;
	*seconds = n >= 12 ? v / 1000 : v; /* 12 or 13 digits: milliseconds */
	return 0;
}

/* The date part; sets the format it has (ambiguous slashes: -1). */
static int
date_part(const char **s, enum trace_time_format want, enum trace_time_format *got,
          int *y, int *mo, int *d)
{
	int a, b, c;
	const char *p = *s;
	if (digits(&p, 4, &a) == 4 && *p == '-') {
		p++;
		if (digits(&p, 2, &b) != 2 || *p++ != '-' || digits(&p, 2, &c) != 2)
			return -1;
		*got = TRACE_TIME_ISO, *y = a, *mo = b, *d = c;
	} else {
		p = *s;
		if (digits(&p, 2, &a) < 1 || (*p != '.' && *p != '/'))
			return -1;
		char sep = *p++;
		if (digits(&p, 2, &b) < 1 || *p++ != sep || digits(&p, 4, &c) != 4)
			return -1;
		*y = c;
		if (sep == '.')
			*got = TRACE_TIME_DMY_DOTS;
		else if (want == TRACE_TIME_DMY_SLASHES || want == TRACE_TIME_MDY_SLASHES)
			*got = want;
		else if (a > 12)
			*got = TRACE_TIME_DMY_SLASHES;
		else if (b > 12)
			*got = TRACE_TIME_MDY_SLASHES;
		else
			return -1; /* 03/04/2026: April or March? Not guessed. */
		int day_first = *got != TRACE_TIME_MDY_SLASHES;
		*d = day_first ? a : b;
		*mo = day_first ? b : a;
	}
	*s = p;
	return 0;
}

int
campaign__trace_time_parse(const char *text, int utc_offset_minutes,
                           enum trace_time_format *format, int64_t *seconds)
{
	if (!text)
		return -1;
	while (*text == ' ')
		text++;
	if ((*format == TRACE_TIME_UNKNOWN || *format == TRACE_TIME_EPOCH) && epoch(text, seconds) == 0) {
		*format = TRACE_TIME_EPOCH;
		return 0;
	}
	enum trace_time_format got;
	int y, mo, d, tod, offset = utc_offset_minutes, has_zone;
	const char *p = text;
	if (date_part(&p, *format, &got, &y, &mo, &d) ||
	    (*format != TRACE_TIME_UNKNOWN && got != *format) || clock_part(&p, &tod) ||
	    zone_part(p, &offset, &has_zone))
		return -1;
	char iso[48]; /* room for any int, so the format cannot be cut */
	long days;
	snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, mo, d);
	if (campaign__date_parse(iso, &days))
		return -1;
	*format = got;
	*seconds = (int64_t)days * 86400 + tod - (int64_t)offset * 60;
	return 0;
}
