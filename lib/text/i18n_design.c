/*
 * The built-in texts the designs print besides i18n.c's: kept apart so that
 * a phrase a template needs joins here without touching the date tables.
 * Each key has a text in every language i18n.c has; English for any other.
 */
#include <string.h>
#include <strings.h>

#include "text/i18n.h"

static const struct {
	const char *tag;
	/* var.visit: the label before the link as text, for those who cannot scan */
	const char *visit;
} phrases[] = {
	{ "en", "Or visit" },
	{ "ru", "Или откройте" },
	{ "uk", "Або відкрийте" },
	{ "be", "Або адкрыйце" },
	{ "nl", "Of ga naar" },
	{ "de", "Oder besuchen Sie" },
	{ "fr", "Ou rendez-vous sur" },
	{ "es", "O visita" },
	{ "it", "Oppure visita" },
	{ "pl", "Lub wejdź na" },
	{ "ar", "أو زوروا" },
};

const char *
campaign__i18n_design_text(const char *key, const char *language)
{
	if (strcmp(key, "var.visit") != 0)
		return NULL;
	size_t n = language ? strcspn(language, "-_") : 0;
	for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
		if (n == strlen(phrases[i].tag) && strncasecmp(language, phrases[i].tag, n) == 0)
			return phrases[i].visit;
	return phrases[0].visit;
}
