/*
 * The naive reference for the PNG benchmark: the benchmark flyer drawn with
 * plain cairo + pango + libqrencode into one image surface per flyer, saved
 * with cairo_surface_write_to_png (libpng's default filters and
 * compression), one flyer after another. What a program written in an
 * afternoon does; libcampaign is measured against it.
 *
 *   naive_png FLYERS.csv OUTDIR [DPI]     (title,text,phone,url; no quoted commas)
 */
#include <cairo.h>
#include <pango/pangocairo.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MM(x) ((x) * 72.0 / 25.4)

static void
text(cairo_t *cr, const char *s, const char *font, double x, double y, double w)
{
	PangoLayout *layout = pango_cairo_create_layout(cr);
	PangoFontDescription *fd = pango_font_description_from_string(font);
	pango_layout_set_font_description(layout, fd);
	pango_layout_set_width(layout, (int)(w * PANGO_SCALE));
	pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
	pango_layout_set_text(layout, s, -1);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, layout);
	pango_font_description_free(fd);
	g_object_unref(layout);
}

static void
qr(cairo_t *cr, const char *data, double x, double y, double size)
{
	QRcode *code = QRcode_encodeString(data, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	double m = size / (code->width + 8);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_rectangle(cr, x, y, size, size);
	cairo_fill(cr);
	cairo_set_source_rgb(cr, 0, 0, 0);
	for (int r = 0; r < code->width; r++)
		for (int c = 0; c < code->width; c++)
			if (code->data[r * code->width + c] & 1)
				cairo_rectangle(cr, x + (c + 4) * m, y + (r + 4) * m, m, m);
	cairo_fill(cr);
	QRcode_free(code);
}

int
main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: naive_png FLYERS.csv OUTDIR [DPI]\n");
		return 2;
	}
	double dpi = argc > 3 ? atof(argv[3]) : 300;
	FILE *f = fopen(argv[1], "r");
	if (!f)
		return 3;
	char line[1024];
	int n = 0;
	int w = (int)(148 / 25.4 * dpi + 0.5), h = (int)(210 / 25.4 * dpi + 0.5);
	fgets(line, sizeof(line), f); /* header */
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		char *title = strtok(line, ","), *body = strtok(NULL, ","), *phone = strtok(NULL, ",");
		char *url = strtok(NULL, ",");
		if (!title || !body || !phone || !url)
			continue;
		cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
		cairo_t *cr = cairo_create(s);
		cairo_scale(cr, dpi / 72.0, dpi / 72.0);
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		cairo_set_source_rgb(cr, 0xc0 / 255.0, 0x39 / 255.0, 0x2b / 255.0);
		cairo_rectangle(cr, 0, 0, MM(148), MM(40));
		cairo_fill(cr);
		cairo_set_source_rgb(cr, 1, 1, 1);
		text(cr, title, "DejaVu Sans Bold 28", MM(10), MM(12), MM(128));
		cairo_set_source_rgb(cr, 0, 0, 0);
		text(cr, body, "DejaVu Sans 14", MM(10), MM(52), MM(128));
		text(cr, phone, "DejaVu Sans Bold 22", MM(10), MM(72), MM(128));
		qr(cr, url, MM(44), MM(100), MM(60));
		char path[4096];
		snprintf(path, sizeof(path), "%s/%04d.png", argv[2], ++n);
		if (cairo_surface_write_to_png(s, path) != CAIRO_STATUS_SUCCESS)
			return 3;
		cairo_destroy(cr);
		cairo_surface_destroy(s);
	}
	fclose(f);
	return 0;
}
