/* Named paper sizes: ISO 216 A and B series, and the North American sizes. */
#include <strings.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "template_units.h"

static const struct {
	const char *name;
	double w, h; /* mm, portrait */
} sizes[] = {
	{ "A0", 841, 1189 }, { "A1", 594, 841 }, { "A2", 420, 594 }, { "A3", 297, 420 },
	{ "A4", 210, 297 },  { "A5", 148, 210 }, { "A6", 105, 148 }, { "A7", 74, 105 },
	{ "B0", 1000, 1414 }, { "B1", 707, 1000 }, { "B2", 500, 707 }, { "B3", 353, 500 },
	{ "B4", 250, 353 },  { "B5", 176, 250 }, { "B6", 125, 176 }, { "B7", 88, 125 },
	/* 8.5 x 11 in, 8.5 x 14 in, 11 x 17 in */
	{ "Letter", 215.9, 279.4 }, { "Legal", 215.9, 355.6 }, { "Tabloid", 279.4, 431.8 },
};

const char *const campaign__page_size_names[] = {
	"A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "B0", "B1", "B2", "B3", "B4", "B5", "B6", "B7",
	"Letter", "Legal", "Tabloid", NULL,
};

int
campaign__page_size(const char *name, double *w_mm, double *h_mm, const char **canonical)
{
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		if (strcasecmp(sizes[i].name, name) == 0) {
			*w_mm = sizes[i].w;
			*h_mm = sizes[i].h;
			if (canonical)
				*canonical = sizes[i].name;
			return 0;
		}
	return -1;
}

int
campaign_page_size(double *width_mm, double *height_mm, const char *name)
{
	if (!name || campaign__page_size(name, width_mm, height_mm, NULL))
		return CAMPAIGN_EINVALID;
	return CAMPAIGN_OK;
}
