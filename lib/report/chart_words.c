#include "chart_words.h"

#include <string.h>
#include <strings.h>

static const struct chart_words words[] = {
	{ "en", "Responses by placement", { "visits", "calls", "posts" },
	  "and {n} more placements", "No responses counted yet", "hashtag of {n}",
	  "cost per response, {n}" },
	{ "ru", "Отклики по размещениям", { "визиты", "звонки", "публикации" },
	  "и ещё размещений: {n}", "Откликов пока нет", "хештег события {n}",
	  "стоимость отклика, {n}" },
	{ "uk", "Відгуки за розміщеннями", { "візити", "дзвінки", "публікації" },
	  "і ще розміщень: {n}", "Відгуків поки немає", "хештег події {n}",
	  "вартість відгуку, {n}" },
	{ "be", "Водгукі па размяшчэннях", { "візіты", "званкі", "публікацыі" },
	  "і яшчэ размяшчэнняў: {n}", "Водгукаў пакуль няма", "хэштэг падзеі {n}",
	  "кошт водгуку, {n}" },
	{ "nl", "Reacties per plaatsing", { "bezoeken", "oproepen", "berichten" },
	  "en nog {n} plaatsingen", "Nog geen reacties geteld", "hashtag van {n}",
	  "kosten per reactie, {n}" },
	{ "de", "Reaktionen nach Platzierung", { "Besuche", "Anrufe", "Beiträge" },
	  "und {n} weitere Platzierungen", "Noch keine Reaktionen gezählt", "Hashtag von {n}",
	  "Kosten pro Reaktion, {n}" },
	{ "fr", "Réponses par emplacement", { "visites", "appels", "publications" },
	  "et {n} autres emplacements", "Aucune réponse comptée pour l’instant", "hashtag de {n}",
	  "coût par réponse, {n}" },
	{ "es", "Respuestas por ubicación", { "visitas", "llamadas", "publicaciones" },
	  "y {n} ubicaciones más", "Aún no se han contado respuestas", "hashtag de {n}",
	  "coste por respuesta, {n}" },
	{ "it", "Risposte per posizionamento", { "visite", "chiamate", "post" },
	  "e altri {n} posizionamenti", "Nessuna risposta contata finora", "hashtag di {n}",
	  "costo per risposta, {n}" },
	{ "pl", "Odzew według miejsc", { "wizyty", "połączenia", "posty" },
	  "i jeszcze {n} miejsc", "Nie policzono jeszcze odzewu", "hasztag wydarzenia {n}",
	  "koszt odzewu, {n}" },
	{ "ar", "الاستجابات حسب الموضع", { "الزيارات", "المكالمات", "المنشورات" },
	  "و{n} مواضع أخرى", "لم تُحسب أي استجابات بعد", "وسم {n}",
	  "تكلفة الاستجابة، {n}" },
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
