/* Values from a table's row, checked before the first write: see row_values.h. */
#include "build/row_values.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "plan/plan_internal.h"
#include "spec/spec_paths.h"
#include "template/image_cache.h"
#include "template/image_decode.h"
#include "template/template_units.h"
#include "text/csv.h"
#include "util/path_inside.h"
#include "util/strbuf.h"

/*
 * The file a row's cell names: relative to the table's own folder, so a
 * table keeps working when it is moved with its photos beside it.
 * base_dir: the spec's folder, which rows_file is relative to.
 */
static int
row_image_path(const char *base_dir, const char *rows_file, const char *value, struct strbuf *out)
{
	campaign__strbuf_reset(out);
	if (value[0] == '/')
		return campaign__strbuf_adds(out, value);
	if (rows_file[0] != '/' && base_dir && base_dir[0] && strcmp(base_dir, ".") != 0)
		campaign__strbuf_addf(out, "%s/", base_dir);
	const char *slash = strrchr(rows_file, '/');
	if (slash)
		campaign__strbuf_addf(out, "%.*s/", (int)(slash - rows_file), rows_file);
	return campaign__strbuf_adds(out, value);
}

/* Where a cell's problem is reported: its line and column, or the table's row when not kept. */
struct cell_report {
	campaign_diags *diags;
	const char *csv;      /* the table as its reader named it */
	struct csv_pos at;    /* 0:0 for a row given in code */
	const char *tpl_file; /* the element that uses the cell */
	struct yaml_pos elem;
	const char *kind;
	const char *key;      /* the element's key the cell gives: src, fill, color */
};

static void CAMPAIGN_PRINTF(3, 4)
cell_error(const struct cell_report *r, int status, const char *fmt, ...)
{
	char what[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	campaign_diags_add(r->diags, CAMPAIGN_SEVERITY_ERROR, status, r->csv, r->at.line, r->at.column,
	                   "%s; the %s at %s:%lu:%lu takes its '%s' from this cell", what, r->kind,
	                   r->tpl_file, r->elem.line, r->elem.column, r->key);
}

static int
check_color(const struct cell_report *r, const char *value)
{
	struct tpl_color c;
	if (campaign__tpl_row_color(value, &c) == 0)
		return CAMPAIGN_OK;
	if (campaign__tpl_color(value, &c) == 0)
		cell_error(r, CAMPAIGN_EINVALID, "'%.32s' is fully transparent (alpha 00): it would print "
		           "nothing", value);
	else
		cell_error(r, CAMPAIGN_EINVALID, "'%.32s' is not a colour #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K)",
		           value);
	return CAMPAIGN_EINVALID;
}

static int
check_image(struct flyer_templates *t, const struct campaign_spec *spec, const struct cell_report *r,
            const char *rows_file, const char *value)
{
	if (!value[0]) {
		cell_error(r, CAMPAIGN_EINVALID, "the cell names no image file");
		return CAMPAIGN_EINVALID;
	}
	struct strbuf full;
	campaign__strbuf_init(&full, 8192);
	if (row_image_path(t->base_dir, rows_file, value, &full) != CAMPAIGN_OK) {
		campaign__strbuf_free(&full);
		cell_error(r, CAMPAIGN_EINVALID, "the image path is too long");
		return CAMPAIGN_EINVALID;
	}
	/* Kept to the folders the spec's own paths may name, as `rows:` itself is. */
	char *real = campaign__path_resolve(campaign__strbuf_cstr(&full), 0);
	int outside = real && !campaign__spec_real_path_allowed(spec, real);
	free(real);
	if (outside) {
		cell_error(r, CAMPAIGN_EINVALID, "the image '%.200s' is outside the spec's folder: a "
		           "table may name only files in the spec's folder or below it (allow another "
		           "folder with --allow-path DIR)", value);
		campaign__strbuf_free(&full);
		return CAMPAIGN_EINVALID;
	}
	const struct tpl_image *img = NULL;
	char why[IMAGE_WHY_SIZE];
	int rc = campaign__image_cache_load(t->row_images, campaign__strbuf_cstr(&full), &img, why,
	                                    sizeof(why));
	/* A missing file is the environment's fault, as a template's missing image is (exit 3). */
	if (rc == CAMPAIGN_EIO)
		cell_error(r, CAMPAIGN_EIO, "cannot read the image '%.200s': %s",
		           campaign__strbuf_cstr(&full), why);
	else if (rc == CAMPAIGN_EINVALID)
		cell_error(r, CAMPAIGN_EINVALID, "the image '%.200s' %s", value, why);
	campaign__strbuf_free(&full);
	return rc == CAMPAIGN_EIO ? CAMPAIGN_EINVALID : rc;
}

int
campaign__row_values_check(struct flyer_templates *t, const campaign_plan *plan, size_t i,
                           const struct template_slot *slot, campaign_diags *diags)
{
	const struct spec_placement *sp = plan->items[i].sp;
	const campaign_placement *p = &sp->pub;
	const campaign_template *tpl = slot->tpl;
	if (!p->rows_file)
		return CAMPAIGN_OK; /* a {{row.NAME}} without a table is check_values()'s to report */
	struct strbuf csv;
	campaign__strbuf_init(&csv, 0);
	if (campaign__spec_path_into(plan->spec, p->rows_file, &csv) != CAMPAIGN_OK) {
		campaign__strbuf_free(&csv);
		return CAMPAIGN_ENOMEM;
	}
	int rc = CAMPAIGN_OK;
	for (size_t k = 0; k < tpl->count && rc != CAMPAIGN_ENOMEM; k++) {
		const struct tpl_elem *e = &tpl->elems[k];
		const char *from = e->src_from ? e->src_from : e->fill_from ? e->fill_from : e->color_from;
		if (!from)
			continue;
		size_t len;
		const char *column = campaign__tpl_row_column(from, &len);
		size_t c = 0;
		while (c < p->row_count && !(strlen(p->row[c].key) == len &&
		                             memcmp(p->row[c].key, column, len) == 0))
			c++;
		if (c == p->row_count)
			continue; /* no such column: check_values() says so, with a hint */
		struct cell_report r = { diags, campaign__strbuf_cstr(&csv),
		                         campaign__spec_row_at(sp, c), tpl->file,
		                         e->pos, e->kind_name,
		                         e->src_from ? "src" : e->fill_from ? "fill" : "color" };
		const char *value = p->row[c].value;
		int one = e->src_from ? check_image(t, plan->spec, &r, p->rows_file, value)
		                      : check_color(&r, value);
		if (one && rc != CAMPAIGN_ENOMEM)
			rc = one;
	}
	campaign__strbuf_free(&csv);
	return rc;
}

const struct tpl_image *
campaign__row_image(void *ctx, const struct tpl_elem *e, const char *value)
{
	const struct row_images *ri = ctx;
	(void)e;
	if (!ri->rows_file || !ri->templates->row_images)
		return NULL;
	struct strbuf full;
	campaign__strbuf_init(&full, 8192);
	const struct tpl_image *img = NULL;
	if (row_image_path(ri->templates->base_dir, ri->rows_file, value, &full) == CAMPAIGN_OK)
		img = campaign__image_cache_find(ri->templates->row_images, campaign__strbuf_cstr(&full));
	campaign__strbuf_free(&full);
	return img;
}
