#include "campaign/status.h"

const char *
campaign_strerror(int status)
{
	switch (status) {
	case CAMPAIGN_OK: return "success";
	case CAMPAIGN_EINVALID: return "input is invalid";
	case CAMPAIGN_ENOTFOUND: return "not found";
	case CAMPAIGN_EEXHAUSTED: return "phone pool exhausted";
	case CAMPAIGN_ETOOLONG: return "data too long";
	case CAMPAIGN_EIO: return "input/output error";
	case CAMPAIGN_EMISSING: return "a required resource is missing";
	case CAMPAIGN_ENOMEM: return "out of memory";
	}
	return "unknown status";
}
