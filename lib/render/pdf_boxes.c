/* The dates of the last pass (pdf_finish.cc is the pass itself). */
#include "render/pdf_boxes.h"
#include "util/date.h"

#include <stdio.h>

/* Whether snprintf's result n says the whole text fitted in size bytes; if not, dst is emptied. */
static int
fitted(int n, char *dst, size_t size)
{
	if (n >= 0 && (size_t)n < size)
		return 0;
	if (size)
		dst[0] = '\0';
	return -1;
}

/* The instant's fields; an empty date when the clock is out of the calendar's four-digit years. */
static int
split(long long seconds, struct date_time *t, char *dst, size_t size)
{
	if (campaign__time_split(seconds, t) == 0)
		return 0;
	return fitted(-1, dst, size);
}

int
campaign__pdf_date(long long seconds, char *dst, size_t size)
{
	struct date_time t;
	if (split(seconds, &t, dst, size))
		return -1;
	return fitted(snprintf(dst, size, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.date.year, t.date.month,
	                       t.date.day, t.hour, t.minute, t.second),
	              dst, size);
}

int
campaign__pdf_info_date(long long seconds, char *dst, size_t size)
{
	struct date_time t;
	if (split(seconds, &t, dst, size))
		return -1;
	return fitted(snprintf(dst, size, "D:%04d%02d%02d%02d%02d%02dZ", t.date.year, t.date.month,
	                       t.date.day, t.hour, t.minute, t.second),
	              dst, size);
}
