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

static long
parse_date_prefix(const char *s)
{
	int y, m, d;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) || s[7] != '-' ||
	    digits(s + 8, 2, &d))
		return -1;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return -1;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m == 2 && d == 29 && !leap)
		return -1;
	return days_from_civil(y, (unsigned)m, (unsigned)d);
}

long
campaign__date_parse(const char *iso)
{
	if (strlen(iso) != 10)
		return -1;
	return parse_date_prefix(iso);
}

void
campaign__date_format(long days, char out[11])
{
	long y;
	unsigned m, d;
	civil_from_days(days, &y, &m, &d);
	/* Day numbers come from dates we parsed, so the year has four digits. */
	out[0] = (char)('0' + (y / 1000) % 10);
	out[1] = (char)('0' + (y / 100) % 10);
	out[2] = (char)('0' + (y / 10) % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
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
campaign__instant_parse(const char *iso, int64_t *seconds)
{
	long days = parse_date_prefix(iso);
	if (days < 0)
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
		if (h > 23 || min > 59 || sec > 60)
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
