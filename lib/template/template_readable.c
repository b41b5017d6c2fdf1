/* The smallest text a template may print and still be read: see template_model.h. */
#include "template/template_model.h"

#include <stdio.h>

/* Fine print at arm's length: the floor of shrink-to-fit too, and shipped print templates go to 7 pt. */
#define PRINT_READABLE_PT 6.0
/*
 * An image is shown scaled to a screen: a 1080 px post on a phone about
 * 400 px wide, a 1200 px banner in a mail 600 px wide. Below a hundredth of
 * its width a letter is shown under 4 px high there. The shipped social
 * templates use a thirtieth and more.
 */
#define PIXEL_READABLE_WIDTHS 100.0

double
campaign__tpl_readable_pt(const campaign_template *t)
{
	return t->pixel_page ? t->width / PIXEL_READABLE_WIDTHS : PRINT_READABLE_PT;
}

const char *
campaign__tpl_readable_why(const campaign_template *t, char *buf, size_t size)
{
	if (t->pixel_page)
		snprintf(buf, size, "%g pt (%g px), a hundredth of the image's width: shown on a phone's "
		         "screen, smaller letters are a few pixels high", campaign__tpl_readable_pt(t),
		         campaign__tpl_readable_pt(t) / PT_PER_PX);
	else
		snprintf(buf, size, "%g pt, the smallest print read at arm's length",
		         campaign__tpl_readable_pt(t));
	return buf;
}
