#include "util/date.h"

#include <string.h>

/* Howard Hinnant's days_from_civil: exact for every Gregorian date. */
static long
days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void
civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (long)yoe + era * 400 + (*m <= 2);
}

static int
digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* The date at the start of s (the first 10 characters); 0 or -1. */
static int
parse_date_prefix(const char *s, long *days)
{
	int y, m, d;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) || s[7] != '-' ||
	    digits(s + 8, 2, &d))
		return -1;
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < DATE_YEAR_MIN || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] + (m == 2 && is_leap(y)))
		return -1;
	*days = days_from_civil(y, (unsigned)m, (unsigned)d);
	return 0;
}

int
campaign__date_parse(const char *iso, long *days)
{
	if (strlen(iso) != 10)
		return -1;
	return parse_date_prefix(iso, days);
}

int
campaign__date_valid(const char *iso)
{
	long days;
	return campaign__date_parse(iso, &days) == 0;
}

void
campaign__date_to_civil(long days, struct date_civil *out)
{
	long y;
	unsigned m, d;
	civil_from_days(days, &y, &m, &d);
	out->year = (int)y;
	out->month = (int)m;
	out->day = (int)d;
	/* 1970-01-01 was a Thursday (3 counting from Monday). */
	long w = (days + 3) % 7;
	out->weekday = (int)(w < 0 ? w + 7 : w);
}

int
campaign__date_parse_civil(const char *iso, struct date_civil *out)
{
	long days;
	if (campaign__date_parse(iso, &days))
		return -1;
	campaign__date_to_civil(days, out);
	return 0;
}

int
campaign__date_in_range(long days)
{
	return days >= days_from_civil(DATE_YEAR_MIN, 1, 1) &&
	       days <= days_from_civil(DATE_YEAR_MAX, 12, 31);
}

void
campaign__date_format(long days, char out[11])
{
	struct date_civil c;
	campaign__date_to_civil(days, &c);
	int y = c.year;
	out[0] = (char)('0' + (y / 1000) % 10);
	out[1] = (char)('0' + (y / 100) % 10);
	out[2] = (char)('0' + (y / 10) % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + c.month / 10);
	out[6] = (char)('0' + c.month % 10);
	out[7] = '-';
	out[8] = (char)('0' + c.day / 10);
	out[9] = (char)('0' + c.day % 10);
	out[10] = '\0';
}

long
campaign__date_from_epoch(int64_t seconds)
{
	int64_t days = seconds / 86400;
	if (seconds % 86400 < 0)
		days--;
	return (long)days;
}

int
campaign__time_split(int64_t seconds, struct date_time *out)
{
	/* Outside these bounds the day number itself could overflow a long on 32 bits. */
	if (seconds < -(int64_t)86400 * 800000 || seconds > (int64_t)86400 * 3000000)
		return -1;
	long days = campaign__date_from_epoch(seconds);
	if (!campaign__date_in_range(days))
		return -1;
	campaign__date_to_civil(days, &out->date);
	int64_t rem = seconds - (int64_t)days * 86400;
	out->hour = (int)(rem / 3600);
	out->minute = (int)(rem % 3600 / 60);
	out->second = (int)(rem % 60);
	return 0;
}

int
campaign__time_of_day_valid(const char *t)
{
	int h, m;
	if (strlen(t) != 5 || digits(t, 2, &h) || t[2] != ':' || digits(t + 3, 2, &m))
		return 0;
	return h < 24 && m < 60;
}

int
campaign__instant_parse(const char *iso, int64_t *seconds)
{
	long days;
	if (strlen(iso) < 10 || parse_date_prefix(iso, &days))
		return -1;
	const char *p = iso + 10;
	int h = 0, min = 0, sec = 0, off = 0;
	if (*p == 'T' || *p == ' ') {
		if (digits(p + 1, 2, &h) || p[3] != ':' || digits(p + 4, 2, &min))
			return -1;
		p += 6;
		if (*p == ':') {
			if (digits(p + 1, 2, &sec))
				return -1;
			p += 3;
		}
		/*
		 * No second 60: Unix time has no leap seconds, so "23:59:60" could only
		 * be read as the next day's midnight, an instant the user did not write.
		 */
		if (h > 23 || min > 59 || sec > 59)
			return -1;
		if (*p == 'Z') {
			p++;
		} else if (*p == '+' || *p == '-') {
			int oh, om;
			if (digits(p + 1, 2, &oh) || p[3] != ':' || digits(p + 4, 2, &om) || oh > 23 || om > 59)
				return -1;
			off = (oh * 60 + om) * 60 * (*p == '+' ? 1 : -1);
			p += 6;
		}
	}
	if (*p)
		return -1;
	*seconds = (int64_t)days * 86400 + h * 3600 + min * 60 + sec - off;
	return 0;
}
