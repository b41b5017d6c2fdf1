/*
 * The few words a flyer prints by itself, in the campaign's language: dates
 * and the built-in texts var.cta, var.call, var.tear (internal). Tables
 * rather than the C library's locales, because a locale may not be
 * installed, and setlocale() would change the whole process.
 */
#ifndef CAMPAIGN_I18N_H
#define CAMPAIGN_I18N_H

#include "util/date.h"
#include "util/strbuf.h"

/* Appends the long date ("5 декабря 2026") or the weekday ("суббота"). */
int campaign__i18n_date_format(struct strbuf *out, const struct date_civil *d, const char *language,
                          int weekday);

/* The month name as it stands in a date ("декабря"; genitive where the language needs it). */
const char *campaign__i18n_month_name(const struct date_civil *d, const char *language);

/* The built-in text for key ("var.cta") in language, or NULL when key has none. */
const char *campaign__i18n_text(const char *key, const char *language);

/* 1 when the language is written right to left (ar, he, fa, ur, ...). */
int campaign__i18n_rtl(const char *language);

/*
 * Whether the built-in dates and phrases have `tag` (its primary subtag);
 * the tags they have, comma-separated, into list (size bytes) when not NULL.
 */
int campaign__i18n_known(const char *tag, char *list, size_t size);

/* campaign__i18n_text() for the designs' own phrases (i18n_design.c): var.visit. */
const char *campaign__i18n_design_text(const char *key, const char *language);

/*
 * The built-in caption of an online placement in language (var.caption, with
 * placeholders; plan/caption.h fills it). Not one of campaign__i18n_keys: a
 * flyer printing it would print its placeholders as written.
 */
const char *campaign__i18n_caption(const char *language);

/* The keys that have built-in texts, NULL-terminated. */
extern const char *const campaign__i18n_keys[];

#endif
