#include "core/options.h"

#include <string.h>

#include "campaign/status.h"

int
campaign__version_known(unsigned int version, unsigned int current)
{
	return version >= 1 && version <= current;
}

int
campaign__options_copy(void *dst, const void *src, const void *defaults, const size_t *sizes,
                       unsigned int current)
{
	memcpy(dst, defaults, sizes[current]);
	if (!src)
		return CAMPAIGN_OK;
	unsigned int version;
	memcpy(&version, src, sizeof(version));
	if (!campaign__version_known(version, current))
		return CAMPAIGN_EINVALID;
	memcpy(dst, src, sizes[version]);
	memcpy(dst, &current, sizeof(current));
	return CAMPAIGN_OK;
}

int
campaign__options_take(void *dst, const void *src, const void *defaults, const size_t *sizes,
                       unsigned int current, const char *what, campaign_diags *diags)
{
	if (campaign__options_copy(dst, src, defaults, sizes, current) == CAMPAIGN_OK)
		return CAMPAIGN_OK;
	unsigned int version;
	memcpy(&version, src, sizeof(version));
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, NULL, 0, 0,
	                   "%s of unknown version %u (this library knows 1 to %u)", what, version,
	                   current);
	return CAMPAIGN_EINVALID;
}

int
campaign__struct_give(void *dst, const void *full, const size_t *sizes, unsigned int current)
{
	unsigned int version;
	memcpy(&version, dst, sizeof(version));
	if (!campaign__version_known(version, current))
		return CAMPAIGN_EINVALID;
	memcpy(dst, full, sizes[version]);
	memcpy(dst, &version, sizeof(version));
	return CAMPAIGN_OK;
}

int
campaign__struct_init(void *dst, unsigned int version, const void *defaults, const size_t *sizes,
                      unsigned int current)
{
	if (!dst || !campaign__version_known(version, current))
		return CAMPAIGN_EINVALID;
	memcpy(dst, defaults, sizes[version]);
	memcpy(dst, &version, sizeof(version));
	return CAMPAIGN_OK;
}
