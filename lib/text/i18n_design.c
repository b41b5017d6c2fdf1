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
	/*
	 * var.caption: the text posted with an online placement (plan/caption.h).
	 * A line naming a value the placement lacks (a date without an event)
	 * is left out, so one text serves placements with and without one.
	 */
	const char *caption;
} phrases[] = {
	{ "en", "Or visit",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nDetails and registration: {{link}}\n{{hashtag}}" },
	{ "ru", "Или откройте",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nПодробности и регистрация: {{link}}\n{{hashtag}}" },
	{ "uk", "Або відкрийте",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nПодробиці та реєстрація: {{link}}\n{{hashtag}}" },
	{ "be", "Або адкрыйце",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nПадрабязнасці і рэгістрацыя: {{link}}\n{{hashtag}}" },
	{ "nl", "Of ga naar",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nMeer informatie en aanmelden: {{link}}\n{{hashtag}}" },
	{ "de", "Oder besuchen Sie",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nInfos und Anmeldung: {{link}}\n{{hashtag}}" },
	{ "fr", "Ou rendez-vous sur",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nInfos et inscription : {{link}}\n{{hashtag}}" },
	{ "es", "O visita",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nInformación e inscripción: {{link}}\n{{hashtag}}" },
	{ "it", "Oppure visita",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nInformazioni e iscrizioni: {{link}}\n{{hashtag}}" },
	{ "pl", "Lub wejdź na",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nSzczegóły i zapisy: {{link}}\n{{hashtag}}" },
	{ "ar", "أو زوروا",
	  "{{event.title}}\n{{event.date}}\n{{event.venue}}\n\nالتفاصيل والتسجيل: {{link}}\n{{hashtag}}" },
};

/* The phrases of language's primary subtag; English for any other. */
static size_t
find(const char *language)
{
	size_t n = language ? strcspn(language, "-_") : 0;
	for (size_t i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
		if (n == strlen(phrases[i].tag) && strncasecmp(language, phrases[i].tag, n) == 0)
			return i;
	return 0;
}

const char *
campaign__i18n_caption(const char *language)
{
	return phrases[find(language)].caption;
}

const char *
campaign__i18n_design_text(const char *key, const char *language)
{
	if (strcmp(key, "var.visit") != 0)
		return NULL;
	return phrases[find(language)].visit;
}
