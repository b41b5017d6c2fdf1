/* Dates and built-in texts in the languages the campaigns are written in. */
#include "text/i18n.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "campaign/render.h"
#include "campaign/status.h"

enum date_order {
	ORDER_DMY,    /* 5 December 2026 */
	ORDER_D_DOT,  /* 5. Dezember 2026 */
	ORDER_D_DE,   /* 5 de diciembre de 2026 */
	ORDER_FR,     /* 1er décembre 2026 */
};

struct language {
	const char *tag;
	enum date_order order;
	const char *months[12];  /* as they stand after a day number */
	const char *weekdays[7]; /* Monday first */
	const char *cta, *call, *tear, *when, *where;
};

static const struct language languages[] = {
	{ "en", ORDER_DMY,
	  { "January", "February", "March", "April", "May", "June", "July", "August", "September",
	    "October", "November", "December" },
	  { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" },
	  "Scan to register", "Call us", "Tear off and take one", "When", "Where" },
	{ "ru", ORDER_DMY,
	  { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
	    "октября", "ноября", "декабря" },
	  { "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье" },
	  "Сканируйте, чтобы зарегистрироваться", "Звоните", "Оторвите и возьмите с собой", "Когда",
	  "Где" },
	{ "uk", ORDER_DMY,
	  { "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
	    "жовтня", "листопада", "грудня" },
	  { "понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя" },
	  "Скануйте, щоб зареєструватися", "Телефонуйте", "Відірвіть і візьміть із собою", "Коли",
	  "Де" },
	{ "be", ORDER_DMY,
	  { "студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня",
	    "верасня", "кастрычніка", "лістапада", "снежня" },
	  { "панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля" },
	  "Скануйце, каб зарэгістравацца", "Тэлефануйце", "Адарвіце і вазьміце з сабой", "Калі",
	  "Дзе" },
	{ "nl", ORDER_DMY,
	  { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
	    "oktober", "november", "december" },
	  { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag" },
	  "Scan om je aan te melden", "Bel ons", "Scheur af en neem mee", "Wanneer", "Waar" },
	{ "de", ORDER_D_DOT,
	  { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
	    "Oktober", "November", "Dezember" },
	  { "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag" },
	  "Scannen und anmelden", "Rufen Sie an", "Abreißen und mitnehmen", "Wann", "Wo" },
	{ "fr", ORDER_FR,
	  { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
	    "octobre", "novembre", "décembre" },
	  { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" },
	  "Scannez pour vous inscrire", "Appelez-nous", "Détachez et emportez", "Quand", "Où" },
	{ "es", ORDER_D_DE,
	  { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
	    "octubre", "noviembre", "diciembre" },
	  { "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo" },
	  "Escanea para inscribirte", "Llámanos", "Arranca y llévate uno", "Cuándo", "Dónde" },
	{ "it", ORDER_DMY,
	  { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
	    "settembre", "ottobre", "novembre", "dicembre" },
	  { "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica" },
	  "Inquadra per registrarti", "Chiamaci", "Strappa e porta con te", "Quando", "Dove" },
	{ "pl", ORDER_DMY,
	  { "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
	    "września", "października", "listopada", "grudnia" },
	  { "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela" },
	  "Zeskanuj, aby się zapisać", "Zadzwoń", "Oderwij i zabierz ze sobą", "Kiedy", "Gdzie" },
	/* Latin digits, as on the phone numbers printed beside the date. */
	{ "ar", ORDER_DMY,
	  { "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
	    "أكتوبر", "نوفمبر", "ديسمبر" },
	  { "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد" },
	  "امسح الرمز للتسجيل", "اتصل بنا", "اقطع قصاصة وخذها معك", "متى", "أين" },
};

const char *const campaign__i18n_keys[] = {
	"var.cta", "var.call", "var.tear", "var.when", "var.where", "var.visit", NULL,
};

int
campaign__i18n_known(const char *tag, char *list, size_t size)
{
	size_t n = tag ? strcspn(tag, "-_") : 0, used = 0;
	int known = 0;
	for (size_t i = 0; i < sizeof(languages) / sizeof(languages[0]); i++) {
		known |= n == strlen(languages[i].tag) && strncasecmp(tag, languages[i].tag, n) == 0;
		if (list && used < size) {
			int w = snprintf(list + used, size - used, "%s%s", i ? ", " : "", languages[i].tag);
			used += w > 0 ? (size_t)w : 0;
		}
	}
	return known;
}

/* The table for a tag: "ru", "ru-RU" and "RU" all give Russian; others English. */
static const struct language *
find(const char *tag)
{
	if (tag) {
		size_t n = strcspn(tag, "-_");
		for (size_t i = 0; i < sizeof(languages) / sizeof(languages[0]); i++)
			if (n == strlen(languages[i].tag) && strncasecmp(tag, languages[i].tag, n) == 0)
				return &languages[i];
	}
	return &languages[0];
}

const char *
campaign__i18n_month_name(const struct date_civil *d, const char *language)
{
	return find(language)->months[d->month - 1];
}

int
campaign__i18n_date_format(struct strbuf *out, const struct date_civil *d, const char *language,
                      int weekday)
{
	const struct language *l = find(language);
	if (weekday)
		return campaign__strbuf_adds(out, l->weekdays[d->weekday]);
	const char *month = l->months[d->month - 1];
	switch (l->order) {
	case ORDER_D_DOT:
		return campaign__strbuf_addf(out, "%d. %s %d", d->day, month, d->year);
	case ORDER_D_DE:
		return campaign__strbuf_addf(out, "%d de %s de %d", d->day, month, d->year);
	case ORDER_FR:
		return campaign__strbuf_addf(out, "%d%s %s %d", d->day, d->day == 1 ? "er" : "", month,
		                             d->year);
	case ORDER_DMY:
		break;
	}
	return campaign__strbuf_addf(out, "%d %s %d", d->day, month, d->year);
}

const char *
campaign__i18n_text(const char *key, const char *language)
{
	const struct language *l = find(language);
	if (strcmp(key, "var.cta") == 0)
		return l->cta;
	if (strcmp(key, "var.call") == 0)
		return l->call;
	if (strcmp(key, "var.tear") == 0)
		return l->tear;
	if (strcmp(key, "var.when") == 0)
		return l->when;
	if (strcmp(key, "var.where") == 0)
		return l->where;
	return campaign__i18n_design_text(key, language);
}

int
campaign_format_date(campaign_buf *out, const char *iso_date, const char *language, int weekday)
{
	struct date_civil d;
	out->ptr = NULL;
	out->size = 0;
	if (campaign__date_parse_civil(iso_date, &d))
		return CAMPAIGN_EINVALID;
	struct strbuf b;
	campaign__strbuf_init(&b, 256);
	campaign__i18n_date_format(&b, &d, language, weekday);
	return campaign__strbuf_to_buf(&b, out);
}

int
campaign__i18n_rtl(const char *language)
{
	static const char *const rtl[] = { "ar", "he", "fa", "ur", "yi", "ps", "sd", "ckb", "dv", "ug", NULL };
	if (!language)
		return 0;
	size_t n = strcspn(language, "-_");
	for (size_t i = 0; rtl[i]; i++)
		if (n == strlen(rtl[i]) && strncasecmp(language, rtl[i], n) == 0)
			return 1;
	return 0;
}
