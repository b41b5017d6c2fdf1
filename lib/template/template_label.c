/*
 * A template's page named after a label product (`page: {label: "Avery
 * L7163"}`): its size is the label's, read from gLabels' product database,
 * so no one types 99.1 x 38.1 mm in by hand.
 */
#include "campaign/impose.h"
#include "campaign/status.h"
#include "template/labels.h"
#include "template/template_model.h"
#include "text/yaml_schema.h"

void
campaign__tpl_load_label(campaign_template *t, struct schema *s, const struct yaml_node *label)
{
	if (label->kind != YAML_NODE_SCALAR) {
		campaign__schema_error(s, label, "'label' must be a label product's name such as \"Avery L7163\"");
		return;
	}
	campaign_diags *why = NULL;
	if (campaign_diags_new(&why)) {
		campaign__schema_nomem(s);
		return;
	}
	/* The library reads no environment: the package's folder, as campaign_labels_list() by default. */
	struct label_product p;
	int rc = campaign__label_product_find(&p, CAMPAIGN_LABELS_DIR, label->text, why);
	const campaign_diag *d = campaign_diags_count(why) ? campaign_diags_get(why, 0) : NULL;
	if (rc == CAMPAIGN_ENOMEM)
		campaign__schema_nomem(s);
	else if (rc)
		campaign__schema_error(s, label, "%s%s%s", d && d->file && d->line ? d->file : "",
		                       d && d->file && d->line ? ": " : "", d ? d->message : "no such label product");
	campaign_diags_free(why);
	if (rc)
		return;
	t->size_name = campaign__arena_strdup(&t->arena, p.name);
	if (!t->size_name)
		campaign__schema_nomem(s);
	t->width = p.shape.w;
	t->height = p.shape.h;
}
