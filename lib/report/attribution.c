/*
 * The public face of attribution: options, model names, and the two ways to
 * share a conversion (per touch, per channel). The path is built by
 * attribution_path.c, the model's weights by attribution_models.c, the units
 * by apportion.c.
 */
#include <stdlib.h>
#include <string.h>

#include "apportion.h"
#include "attribution_internal.h"
#include "attribution_models.h"
#include "attribution_path.h"
#include "campaign/attribution.h"
#include "campaign/status.h"
#include "core/options.h"
#include "core/versions.h"
#include "util/suggest.h"

/* A longer path is not one person's: a hostile or broken input. */
#define MAX_TOUCHES ((size_t)1 << 20)
#define MAX_HALF_LIFE_DAYS 3650

static const campaign_attribution_options defaults = CAMPAIGN_ATTRIBUTION_OPTIONS_INIT;

static const char *const model_names[CAMPAIGN_ATTRIBUTION_MODEL_COUNT + 1] = {
	[CAMPAIGN_ATTRIBUTION_FIRST_TOUCH] = "first-touch",
	[CAMPAIGN_ATTRIBUTION_LAST_TOUCH] = "last-touch",
	[CAMPAIGN_ATTRIBUTION_LAST_SIGNIFICANT] = "last-significant",
	[CAMPAIGN_ATTRIBUTION_LINEAR] = "linear",
	[CAMPAIGN_ATTRIBUTION_POSITION_BASED] = "position-based",
	[CAMPAIGN_ATTRIBUTION_TIME_DECAY] = "time-decay",
	[CAMPAIGN_ATTRIBUTION_SEEDS] = "seeds",
	NULL,
};

CAMPAIGN_API int
campaign_attribution_options_init(campaign_attribution_options *options, unsigned int version)
{
	return campaign__struct_init(options, version, &defaults, campaign__sizes_attribution_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_attribution_options));
}

CAMPAIGN_API const char *
campaign_attribution_model_name(campaign_attribution_model model)
{
	if ((unsigned)model >= CAMPAIGN_ATTRIBUTION_MODEL_COUNT)
		return NULL;
	return model_names[model];
}

CAMPAIGN_API int
campaign_attribution_model_parse(const char *name, campaign_attribution_model *model,
                                 campaign_diags *diags)
{
	for (unsigned m = 0; name && m < CAMPAIGN_ATTRIBUTION_MODEL_COUNT; m++) {
		if (strcmp(name, model_names[m]) == 0) {
			*model = (campaign_attribution_model)m;
			return CAMPAIGN_OK;
		}
	}
	const char *hint = name ? campaign__suggest(name, model_names) : NULL;
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "unknown attribution model '%s'%s%s%s (the models: first-touch, "
	                   "last-touch, last-significant, linear, position-based, time-decay, seeds)",
	                   name ? name : "(null)", hint ? "; did you mean '" : "", hint ? hint : "",
	                   hint ? "'?" : "");
	return CAMPAIGN_EINVALID;
}

static int
invalid(campaign_diags *diags, const char *what)
{
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0, "%s", what);
	return CAMPAIGN_EINVALID;
}

int
campaign__attribution_check(campaign_attribution_options *opts, const campaign_attribution_options *options,
                const campaign_touch *touches, size_t touch_count, int64_t total,
                const void *out, campaign_diags *diags)
{
	if (CAMPAIGN__OPTIONS_TAKE(opts, options, &defaults, campaign__sizes_attribution_options,
	                           "campaign_attribution_options", diags))
		return CAMPAIGN_EINVALID;
	if (!campaign_attribution_model_name(opts->model))
		return invalid(diags, "campaign_attribution_options: model is not one of the models");
	if (opts->half_life_days < 1 || opts->half_life_days > MAX_HALF_LIFE_DAYS)
		return invalid(diags, "campaign_attribution_options: half_life_days must be 1 to 3650");
	if (total < 0 || total > CAMPAIGN_ATTRIBUTION_MAX_TOTAL)
		return invalid(diags, "attribution: the total must be 0 to 10^15 units");
	if (touch_count > MAX_TOUCHES)
		return invalid(diags, "attribution: a path of more than 1,048,576 touches is not one person's");
	if ((touch_count && !touches) || !out)
		return invalid(diags, "attribution: touches and the output must not be NULL");
	for (size_t i = 0; i < touch_count; i++)
		if ((unsigned)touches[i].kind > CAMPAIGN_TOUCH_SAVED_PAGE)
			return invalid(diags, "attribution: a touch's kind is not one of campaign_touch_kind");
	return CAMPAIGN_OK;
}

int
campaign__attribution_weigh(struct attribution_path *path, uint64_t **weights,
           const campaign_attribution_options *opts, const campaign_touch *touches,
           size_t touch_count, int64_t conversion_time)
{
	*weights = NULL;
	if (campaign__attribution_path(path, opts, touches, touch_count, conversion_time,
	                               campaign__attribution_skips(opts)))
		return CAMPAIGN_ENOMEM;
	if (path->count == 0) {
		campaign__attribution_path_free(path);
		return CAMPAIGN_ENOTFOUND;
	}
	*weights = malloc(path->count * sizeof(**weights));
	if (!*weights) {
		campaign__attribution_path_free(path);
		return CAMPAIGN_ENOMEM;
	}
	campaign__attribution_weights(opts, touches, path, *weights);
	return CAMPAIGN_OK;
}

CAMPAIGN_API int
campaign_attribute(const campaign_attribution_options *options, const campaign_touch *touches,
                   size_t touch_count, int64_t conversion_time, int64_t total, int64_t *shares,
                   campaign_diags *diags)
{
	campaign_attribution_options opts;
	int rc = campaign__attribution_check(&opts, options, touches, touch_count, total, shares, diags);
	if (rc)
		return rc;
	struct attribution_path path;
	uint64_t *weights;
	rc = campaign__attribution_weigh(&path, &weights, &opts, touches, touch_count, conversion_time);
	if (rc == CAMPAIGN_OK) {
		int64_t *amounts = malloc(path.count * sizeof(*amounts));
		if (!amounts || campaign__apportion(weights, path.count, total, amounts)) {
			rc = CAMPAIGN_ENOMEM;
		} else {
			memset(shares, 0, touch_count * sizeof(*shares));
			for (size_t k = 0; k < path.count; k++)
				shares[path.order[k]] = amounts[k];
		}
		free(amounts);
		free(weights);
		campaign__attribution_path_free(&path);
	}
	if (rc == CAMPAIGN_ENOTFOUND)
		memset(shares, 0, touch_count * sizeof(*shares));
	return campaign__attribution_report(rc, diags);
}

int
campaign__attribution_report(int rc, campaign_diags *diags)
{
	if (rc == CAMPAIGN_ENOMEM)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOMEM, NULL, 0, 0,
		                   "attribution: out of memory");
	return rc;
}
