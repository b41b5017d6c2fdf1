/* Sample values for campaign render --sample: a short title, a venue, a link, a number, a tag per script. */
#include "render_sample.h"

#include <stdio.h>
#include <string.h>

const char *const render_sample_languages[] = { "en", "ru", "ar", NULL };

static const struct {
	const char *lang, *title, *venue, *phone, *hashtag;
} samples[] = {
	{ "en", "Riverside Clean-up Day", "Riverside Park, north gate", "+44 20 7946 0018",
	  "#RiversideCleanUp" },
	{ "ru", "Митинг за достойную зарплату", "Парк Горького, Москва", "+7 (495) 123-45-01",
	  "#МитингЗаЗарплату" },
	{ "ar", "مسيرة من أجل أجر عادل", "ساحة التحرير، القاهرة", "+20 2 1234 5601", "#أجر_عادل" },
};

size_t
render_sample_values(const char *lang, campaign_param *out)
{
	size_t i = 0;
	while (i + 1 < sizeof(samples) / sizeof(samples[0]) && strcmp(samples[i].lang, lang) != 0)
		i++;
	size_t n = 0;
	out[n++] = (campaign_param){ "event.title", samples[i].title };
	out[n++] = (campaign_param){ "event.date", "2026-12-05" };
	out[n++] = (campaign_param){ "event.time", "12:00" };
	out[n++] = (campaign_param){ "event.venue", samples[i].venue };
	/* A host in Cyrillic and UTM parameters, so {{url_display}} shows what it leaves out. */
	out[n++] = (campaign_param){ "url", "https://xn--j1adfnc.xn--p1ai/rally?utm_source=flyer&"
	                                    "utm_medium=print&utm_campaign=sample" };
	out[n++] = (campaign_param){ "phone", samples[i].phone };
	out[n++] = (campaign_param){ "hashtag", samples[i].hashtag };
	return n;
}

int
render_sample_path(char *dst, size_t size, const char *out, const char *lang)
{
	const char *dot = strrchr(out, '.');
	int n = snprintf(dst, size, "%.*s-%s%s", (int)(dot - out), out, lang, dot);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}
