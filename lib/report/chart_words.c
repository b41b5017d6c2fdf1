#include "chart_words.h"

#include <string.h>
#include <strings.h>

static const struct chart_words words[] = {
	{ "en", "Responses by placement", { "visits", "calls", "posts", "conversions" },
	  "and {n} more placements", "No responses counted yet", "hashtag of {n}" },
	{ "ru", "Отклики по размещениям", { "визиты", "звонки", "публикации", "конверсии" },
	  "и ещё размещений: {n}", "Откликов пока нет", "хештег события {n}" },
	{ "uk", "Відгуки за розміщеннями", { "візити", "дзвінки", "публікації", "конверсії" },
	  "і ще розміщень: {n}", "Відгуків поки немає", "хештег події {n}" },
	{ "be", "Водгукі па размяшчэннях", { "візіты", "званкі", "публікацыі", "канверсіі" },
	  "і яшчэ размяшчэнняў: {n}", "Водгукаў пакуль няма", "хэштэг падзеі {n}" },
	{ "nl", "Reacties per plaatsing", { "bezoeken", "oproepen", "berichten", "conversies" },
	  "en nog {n} plaatsingen", "Nog geen reacties geteld", "hashtag van {n}" },
	{ "de", "Reaktionen nach Platzierung", { "Besuche", "Anrufe", "Beiträge", "Conversions" },
	  "und {n} weitere Platzierungen", "Noch keine Reaktionen gezählt", "Hashtag von {n}" },
	{ "fr", "Réponses par emplacement", { "visites", "appels", "publications", "conversions" },
	  "et {n} autres emplacements", "Aucune réponse comptée pour l’instant", "hashtag de {n}" },
	{ "es", "Respuestas por ubicación", { "visitas", "llamadas", "publicaciones", "conversiones" },
	  "y {n} ubicaciones más", "Aún no se han contado respuestas", "hashtag de {n}" },
	{ "it", "Risposte per posizionamento", { "visite", "chiamate", "post", "conversioni" },
	  "e altri {n} posizionamenti", "Nessuna risposta contata finora", "hashtag di {n}" },
	{ "pl", "Odzew według miejsc", { "wizyty", "połączenia", "posty", "konwersje" },
	  "i jeszcze {n} miejsc", "Nie policzono jeszcze odzewu", "hasztag wydarzenia {n}" },
	{ "ar", "الاستجابات حسب الموضع", { "الزيارات", "المكالمات", "المنشورات", "التحويلات" },
	  "و{n} مواضع أخرى", "لم تُحسب أي استجابات بعد", "وسم {n}" },
};

const struct chart_words *
campaign__chart_words(const char *language)
{
	size_t n = language ? strcspn(language, "-_") : 0;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (n == strlen(words[i].tag) && strncasecmp(language, words[i].tag, n) == 0)
			return &words[i];
	return &words[0];
}
