/*
 * campaign render --sample: a template filled with sample values in each
 * script the built-in designs are checked in, for a quick look.
 */
#ifndef CLI_RENDER_SAMPLE_H
#define CLI_RENDER_SAMPLE_H

#include <stddef.h>

#include <campaign/campaign.h>

/* The languages, one per script: Latin, Cyrillic, Arabic. NULL-terminated. */
extern const char *const render_sample_languages[];

/* Most values one sample has. */
#define RENDER_SAMPLE_MAX 8

/* Writes the sample values of lang into out (RENDER_SAMPLE_MAX of room); returns how many. */
size_t render_sample_values(const char *lang, campaign_param *out);

/*
 * "flyer.png" and "ru" give "flyer-ru.png", the file of one language.
 * @return 0, or -1 when it does not fit in size.
 */
int render_sample_path(char *dst, size_t size, const char *out, const char *lang);

#endif
