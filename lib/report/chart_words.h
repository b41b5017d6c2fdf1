/*
 * The words a report's chart prints, in the campaign's language (the
 * languages of text/i18n.c, whose table is for flyers; English for others).
 */
#ifndef CAMPAIGN_REPORT_CHART_WORDS_H
#define CAMPAIGN_REPORT_CHART_WORDS_H

struct chart_words {
	const char *tag;
	const char *title;       /* "Responses by placement" */
	const char *legend[3];   /* visits, calls, posts: the parts of a response */
	const char *more;        /* "and {n} more placements" (one {n}) */
	const char *none;        /* "No responses counted yet" */
	const char *shared;      /* "hashtag of {n}": the row of a tag an event's placements share */
	const char *per_response; /* "cost per response, {n}" ({n}: the currency's code) */
};

const struct chart_words *campaign__chart_words(const char *language);

#endif
