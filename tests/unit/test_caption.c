/* Captions of online placements (text/caption.c): lines, links, dates, what a caption may not hold. */
#include <string.h>

#include "harness.h"
#include "campaign/status.h"
#include "text/caption.h"
#include "text/i18n.h"

static const campaign_param with_event[] = {
	{ "event.title", "Rally for fair pay" }, { "event.date", "2026-12-05" },
	{ "event.venue", "Gorky Park" }, { "hashtag", "#Rally" },
	{ "url", "https://example.org/r?utm_source=vk" },
};

/* Without an event: no date, no venue; a short link beside the full one. */
static const campaign_param no_event[] = {
	{ "event.title", "Winter sale" }, { "hashtag", "#WinterSale" },
	{ "url", "https://example.org/s?utm_source=vk" }, { "short_url", "https://go.example.org/ab2cd" },
};

static int
make(struct strbuf *out, const char *text, const campaign_param *v, size_t n, const char *lang)
{
	const char *bad = NULL;
	campaign__strbuf_reset(out);
	return campaign__caption_make(out, text, v, n, lang, &bad);
}

static void
test_caption__built_in_text_in_the_placements_language(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	ASSERT_INT_EQ(make(&b, campaign__i18n_caption("ru"), with_event, 5, "ru"), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b),
	              "Rally for fair pay\n5 декабря 2026\nGorky Park\n\nПодробности и регистрация: "
	              "https://example.org/r?utm_source=vk\n#Rally\n");
	ASSERT_INT_EQ(make(&b, campaign__i18n_caption("en-GB"), with_event, 5, "en-GB"), CAMPAIGN_OK);
	ASSERT_TRUE(strstr(campaign__strbuf_cstr(&b), "\n5 December 2026\n") != NULL);
	campaign__strbuf_free(&b);
}

static void
test_caption__lines_naming_what_is_missing_go_and_link_is_the_short_one(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	ASSERT_INT_EQ(make(&b, campaign__i18n_caption("en"), no_event, 4, "en"), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b),
	              "Winter sale\n\nDetails and registration: https://go.example.org/ab2cd\n#WinterSale\n");
	/* Blank lines at either end and in a row collapse; the end is one newline. */
	ASSERT_INT_EQ(make(&b, "\n\n{{hashtag}}  \n\n\n{{url}}\n\n", no_event, 4, "en"), CAMPAIGN_OK);
	ASSERT_STR_EQ(campaign__strbuf_cstr(&b), "#WinterSale\n\nhttps://example.org/s?utm_source=vk\n");
	campaign__strbuf_free(&b);
}

static void
test_caption__refuses_unknown_names_and_hazards(void)
{
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	ASSERT_INT_EQ(make(&b, "{{hashtg}}", with_event, 5, "en"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(make(&b, "{{hashtag", with_event, 5, "en"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(make(&b, "a\rb", with_event, 5, "en"), CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(make(&b, "a\u202eb", with_event, 5, "en"), CAMPAIGN_EINVALID);
	const campaign_param tab[] = { { "hashtag", "#A\tB" } };
	ASSERT_INT_EQ(make(&b, "{{hashtag}}", tab, 1, "en"), CAMPAIGN_EINVALID);
	struct placeholder_ref link = { "link", 4, 0, 0 }, row = { "row.x", 5, 0, 0 }, bad = { "lnk", 3, 0, 0 };
	ASSERT_TRUE(campaign__caption_name_known(&link));
	ASSERT_TRUE(campaign__caption_name_known(&row));
	ASSERT_TRUE(!campaign__caption_name_known(&bad));
	campaign__strbuf_free(&b);
}

int
main(void)
{
	RUN(test_caption__built_in_text_in_the_placements_language);
	RUN(test_caption__lines_naming_what_is_missing_go_and_link_is_the_short_one);
	RUN(test_caption__refuses_unknown_names_and_hazards);
	return harness_done();
}
