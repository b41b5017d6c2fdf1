/*
 * The templates of a build's flyers (internal): loaded and checked from the
 * plan, before the ledger or any file is written, so that a template that
 * cannot be used fails the build with nothing written. Each name is loaded
 * once; the workers then find theirs by name.
 */
#ifndef CAMPAIGN_FLYER_TEMPLATES_H
#define CAMPAIGN_FLYER_TEMPLATES_H

#include <stddef.h>

#include "campaign/plan.h"
#include "campaign/template.h"
#include "text/yaml_doc.h"

struct image_cache;
struct image_limits;

struct template_slot {
	char *name; /* a copy of the spec's name or path: the spec may be gone while flyers are drawn */
	campaign_template *tpl;
	int failed;
	int sheet;  /* the sheet template (--sheet-template), which every drawn placement also fills */
	size_t bad_codes;             /* placements whose QR codes cannot be made with it */
	struct yaml_pos first_unshown; /* where the spec uses it for the first one not reported */
};

struct flyer_templates {
	struct template_slot *slots;
	size_t count;
	unsigned char *drawn; /* per placement: selected, with a template, and every value it prints */
	size_t wanted;        /* placements drawn */
	int status;           /* CAMPAIGN_OK, or the first failure (out of memory first) */
	struct image_cache *row_images; /* the images tables' rows name (row_values.h) */
	char *base_dir;       /* the spec's folder, which its tables are read from */
	const struct image_limits *limits; /* the caller's, for every template's images */
	size_t sheet_slot;    /* the slot of the sheet template; SIZE_MAX when there is none */
};

/*
 * Loads the template of every selected placement that has one. A template
 * that fails is reported, with a note at the spec's `template:` key, and
 * marked failed; the others are still loaded, so one run reports them all.
 * Their images are held to limits (NULL: the defaults), borrowed until free.
 * The sheet template (NULL: none), which each drawn placement's values
 * also fill for its sheets, is loaded as given on the command line.
 * Then every placement's values are checked against what its template
 * prints (the event's time, a tracking number), and the sheet template:
 * each missing one is reported once, where it must be added, and the
 * placement is not drawn.
 * @return t->status.
 */
int campaign__flyer_templates_load(struct flyer_templates *t, const campaign_plan *plan,
                                   const unsigned char *selected, const char *const *template_dirs,
                                   const char *sheet_template, const struct image_limits *limits,
                                   campaign_diags *diags);

/* The slot of the placements' template named name (never the sheet template's), or NULL. */
const struct template_slot *campaign__flyer_templates_find(const struct flyer_templates *t,
                                                           const char *name);

void campaign__flyer_templates_free(struct flyer_templates *t);

#endif
