/*
 * Label products (internal): sticker and label sheets by name ("Avery
 * L7163"), their paper, the label's shape and where each label sits, read
 * from gLabels' product database (the XML files of Debian's glabels-data)
 * through libxml2, which no other folder uses. Nothing here is typed in by
 * hand: a product is as its maker's file says.
 *
 * The format (gLabels 3, libglabels/xml-template.c): <Template brand part
 * size="A4"|"US-Letter"|"Other" [width height] _description> holding one
 * <Label-rectangle width height round>, <Label-round radius>,
 * <Label-ellipse width height> or <Label-cd radius hole>, with one or more
 * <Layout nx ny x0 y0 dx dy>; or <Template brand part equiv="other part">.
 * Lengths are pt when bare, or carry pt, mm, cm, in; paper names are
 * resolved in paper-sizes.xml beside the product files.
 */
#ifndef CAMPAIGN_LABELS_H
#define CAMPAIGN_LABELS_H

#include <stddef.h>

#include "campaign/common.h"
#include "campaign/diag.h"

enum label_kind { LABEL_NONE, LABEL_RECT, LABEL_ROUND, LABEL_ELLIPSE, LABEL_CD };

/* One label's outline, pt, its box's top-left at the origin. */
struct label_shape {
	enum label_kind kind;
	double w, h;    /* the box; round and cd: the diameter both */
	double radius;  /* rect: corner radius; cd: 0 */
	double hole;    /* cd: the hole's radius; 0 otherwise */
};

/* Labels nx x ny, the first's top-left at (x0, y0), dx and dy apart, pt. */
struct label_layout {
	int nx, ny;
	double x0, y0, dx, dy;
};

/* Layouts one product may have; more is not a product but an attack. */
#define LABEL_LAYOUTS_MAX 16

struct label_product {
	char name[128];        /* "Avery L7163" */
	char paper[64];        /* "A4", "US-Letter", or "Other" */
	char description[128];
	double page_w, page_h; /* pt */
	struct label_shape shape;
	struct label_layout layouts[LABEL_LAYOUTS_MAX];
	size_t nlayouts;
};

/*
 * The product called name (brand and part, case-insensitive, "Avery L7163")
 * in the product files of dir, following equiv="..." to the product it is
 * the same as.
 * @return CAMPAIGN_OK; CAMPAIGN_ENOTFOUND for no such product (reported,
 *         with the nearest names); CAMPAIGN_EMISSING when dir cannot be
 *         read; CAMPAIGN_EINVALID for a product that is not well-formed
 *         (reported at FILE:LINE); CAMPAIGN_ENOMEM.
 */
int campaign__label_product_find(struct label_product *out, const char *dir, const char *name,
                                 campaign_diags *diags);

/* Every product of dir, one a line, as campaign_labels_list() documents. */
int campaign__label_products_list(campaign_buf *out, const char *dir, campaign_diags *diags);

struct schema;
struct yaml_node;
struct campaign_template;

/*
 * A template page's `label:` (a scalar, the product's name): the page gets
 * the label's size and the product's name as its size name; a product that
 * cannot be read is an error at the node.
 */
void campaign__tpl_load_label(struct campaign_template *t, struct schema *s, const struct yaml_node *label);

/* Labels on one sheet of p, every layout. */
size_t campaign__label_count(const struct label_product *p);

#endif
