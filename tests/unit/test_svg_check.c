/*
 * What an SVG may refer to before librsvg sees it (template/svg_check.c):
 * the references a designer's file has pass, every way out of the file or
 * its folder is refused with its reason. The CLI corpus has the hostile
 * files whole; these are the edges, one reference each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "campaign/campaign.h"
#include "harness.h"
#include "template/image_decode.h"
#include "template/svg_check.h"

#define DIR "data/artwork"

/* The check of an <svg> holding body; why gets the reason. */
static int
check(const char *body, char *why)
{
	char *svg = g_strdup_printf("<svg xmlns=\"http://www.w3.org/2000/svg\" "
	                            "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" "
	                            "height=\"10\">%s</svg>", body);
	int rc = campaign__svg_check(svg, strlen(svg), DIR, &campaign__image_limits_default, why, IMAGE_WHY_SIZE);
	g_free(svg);
	return rc;
}

/* A data: URI of the file at path, base64. */
static char *
data_uri(const char *type, const char *path)
{
	gchar *bytes = NULL;
	gsize n = 0;
	ASSERT_TRUE(g_file_get_contents(path, &bytes, &n, NULL));
	gchar *b64 = g_base64_encode((const guchar *)bytes, n);
	char *uri = g_strdup_printf("<image href=\"data:%s;base64,%s\" width=\"5\" height=\"5\"/>", type, b64);
	g_free(b64);
	g_free(bytes);
	return uri;
}

static void
test_svg_check__what_a_designer_hands_over_passes(void)
{
	char *png = data_uri("image/png", "data/templates/good/logo.png");
	const char *const ok[] = {
		"<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" style=\"fill: url('#g')\"/>",
		"<use xlink:href=\"#g\"/>",
		"<image href=\"photo.jpg\" width=\"5\" height=\"5\"/>",
		"<image href=\"./photo.jpg#part\" width=\"5\" height=\"5\"/>",
		/* a link is never fetched to draw the image */
		"<a href=\"https://example.org/\"><rect width=\"5\" height=\"5\"/></a>",
		"<style>rect { fill: url(#g); }</style>",
		"<style><![CDATA[ rect { fill: url(\"#g\"); } ]]></style>",
		png,
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		char why[IMAGE_WHY_SIZE] = "";
		int rc = check(ok[i], why);
		if (rc)
			printf("# %s: %s\n", ok[i], why);
		ASSERT_INT_EQ(rc, CAMPAIGN_OK);
	}
	g_free(png);
}

static void
test_svg_check__every_way_out_is_refused_with_its_reason(void)
{
	char *svg_data = data_uri("image/svg+xml", DIR "/logo.svg");
	const struct {
		const char *body;
		const char *why;
	} refused[] = {
		{ "<image href=\"https://example.org/x.png\"/>", "refers to 'https://example.org/x.png' outside its own folder" },
		{ "<image xlink:href=\"file:///etc/hostname\"/>", "refers to 'file:///etc/hostname' outside its own folder" },
		{ "<image href=\"/etc/hostname\"/>", "refers to '/etc/hostname' outside its own folder" },
		{ "<image href=\"../templates/good/logo.png\"/>", "refers to '../templates/good/logo.png', which is outside the SVG's folder" },
		{ "<image href=\"missing.png\"/>", "refers to 'missing.png', which is not a file in the SVG's folder" },
		/* another SVG would not be checked: only rasters, themselves within the limits */
		{ "<use href=\"logo.svg#g\"/>", "refers to 'logo.svg', which is not a PNG or JPEG file" },
		{ svg_data, "refers to an embedded image, which is not a PNG or JPEG file" },
		{ "<image href=\"data:image/png,plain\"/>", "has a data: URI that is not a base64 PNG or JPEG" },
		{ "<rect fill=\"url(other.svg#g)\"/>", "uses 'url(other.svg#g)' outside the file" },
		{ "<style>rect { fill: url(http://example.org/p.svg#g); }</style>", "uses 'url(http://example.org/p.svg#g)' outside the file" },
		{ "<style>@import url(#x);</style>", "imports a stylesheet (@import)" },
		{ "<style>@IMPORT 'x.css';</style>", "imports a stylesheet (@import)" },
		{ "<style>rect { fill: \\75 rl(x.svg#g); }</style>", "escapes CSS with a backslash" },
		{ "<rect style=\"fill: URL(x.svg#g)\"/>", "uses 'URL(x.svg#g)' outside the file" },
		{ "<rect style=\"fill: \\75 rl(x.svg#g)\"/>", "escapes CSS with a backslash" },
		{ "<include href=\"x.svg\"/>", "includes other files (XInclude)" },
		{ "<text>&nbsp;</text>", "is not well-formed XML" },
		/* fonts are the machine's, filters take minutes: neither is artwork for print */
		{ "<g>\n<text>Rally</text></g>", "has text (<text> at line 2)" },
		{ "<flowRoot><flowPara>Rally</flowPara></flowRoot>", "has text (<flowRoot> at line 1)" },
		{ "<text><include href=\"x.svg\"/></text>", "includes other files (XInclude)" },
		{ "<filter id=\"f\"><feTurbulence numOctaves=\"1000\"/></filter>", "has a filter (<filter> at line 1)" },
	};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		char why[IMAGE_WHY_SIZE] = "";
		ASSERT_INT_EQ(check(refused[i].body, why), CAMPAIGN_EINVALID);
		if (strncmp(why, refused[i].why, strlen(refused[i].why)) != 0)
			printf("# %s: %s\n", refused[i].body, why);
		ASSERT_INT_EQ(strncmp(why, refused[i].why, strlen(refused[i].why)), 0);
	}
	g_free(svg_data);
}

static void
test_svg_check__prolog_entities_and_stylesheets(void)
{
	const struct {
		const char *doc;
		int rc;
	} docs[] = {
		/* the DOCTYPE every Inkscape file has: an external DTD, never loaded */
		{ "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
		  "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg/>", CAMPAIGN_OK },
		{ "<!DOCTYPE svg [<!ENTITY a \"b\">]><svg/>", CAMPAIGN_EINVALID },
		{ "<?xml-stylesheet href=\"http://example.org/s.css\"?><svg/>", CAMPAIGN_EINVALID },
	};
	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		char why[IMAGE_WHY_SIZE] = "";
		ASSERT_INT_EQ(campaign__svg_check(docs[i].doc, strlen(docs[i].doc), DIR, &campaign__image_limits_default, why, sizeof(why)),
		              docs[i].rc);
	}
}

int
main(void)
{
	RUN(test_svg_check__what_a_designer_hands_over_passes);
	RUN(test_svg_check__every_way_out_is_refused_with_its_reason);
	RUN(test_svg_check__prolog_entities_and_stylesheets);
	int rc = harness_done();
	campaign_shutdown();
	return rc;
}
