#include "campaign/version.h"

const char *
campaign_version_string(void)
{
	return CAMPAIGN_VERSION_STRING;
}

int
campaign_version_number(void)
{
	return CAMPAIGN_VERSION_NUMBER;
}
