/* The template loader's stages (internal). */
#ifndef CAMPAIGN_TEMPLATE_LOAD_H
#define CAMPAIGN_TEMPLATE_LOAD_H

#include "template/template_model.h"
#include "text/yaml_schema.h"

/* Reads one item of `elements:` into e; returns 0, or -1 when it is unusable (reported). */
int campaign__tpl_load_element(campaign_template *t, struct schema *s, const struct yaml_node *item,
                               struct tpl_elem *e);

/*
 * Checks the placeholders of text (at node `at`): each must be well formed
 * and of the contract's families (campaign.*, event.*, placement.*, row.*,
 * url, phone, phone_e164, tel, hashtag, var.*). Reported at `at`.
 */
void campaign__tpl_check_placeholders(struct schema *s, const struct yaml_node *at, const char *text);

/*
 * Loads the PNG at path (relative to t->base_dir) into the template, refusing
 * big files and images before decoding them. Reported at `at`.
 * Returns the image, or NULL.
 */
const struct tpl_image *campaign__tpl_load_image(campaign_template *t, struct schema *s,
                                                 const struct yaml_node *at, const char *path);

/*
 * Whether the value v at key is taken from a table's row: 1 and *from (the
 * whole "{{row.NAME}}") when it is, 0 when it holds no placeholder, -1 when
 * it holds another (reported at v).
 */
int campaign__tpl_from_row(struct schema *s, const struct yaml_node *v, const char *key,
                           const char **from);

/* Reads the template's `colours:` defaults (template_colours.c), if any, into t. */
void campaign__tpl_load_colours(campaign_template *t, struct schema *s, const struct yaml_node *root);

/*
 * Whether the value v at key is one of the template's `colours:`, written
 * "{{var.NAME}}": 1, with *color its default and *var its "var.NAME"; 0
 * when it is not written so; -1 when NAME has no default (reported at v).
 */
int campaign__tpl_from_colours(const campaign_template *t, struct schema *s, const struct yaml_node *v,
                               const char *key, struct tpl_color *color, const char **var);

/* Frees what campaign__tpl_load_image() allocated outside the arena. */
void campaign__tpl_free_images(campaign_template *t);

/*
 * Warns (located at its colour) about each text whose colour has almost no
 * contrast with the filled rect or the paper under it.
 */
void campaign__tpl_check_contrast(const campaign_template *t, campaign_diags *diags);

/*
 * Parses a Pango font description and returns its size in pt; -1 when it
 * has no size (reported at `at`), or the size is out of range (reported).
 */
double campaign__tpl_font_size(struct schema *s, const struct yaml_node *at, const char *font);

#endif
