/*
 * Every public header compiled as C++ (libinput's build-cxx.cc): the
 * declarations have C linkage (CAMPAIGN_BEGIN_DECLS) and nothing in them is
 * C-only, so a C++ program links the library as it is.
 */
#include <campaign/campaign.h>
#include <campaign/qr_cairo.h>
#include <campaign/render_cairo.h>

int
main(void)
{
	campaign_qr_options qr = CAMPAIGN_QR_OPTIONS_INIT;
	campaign_utm utm = CAMPAIGN_UTM_INIT;
	campaign_event event = CAMPAIGN_EVENT_INIT;
	campaign_placement placement = CAMPAIGN_PLACEMENT_INIT;
	campaign_build_options build = CAMPAIGN_BUILD_OPTIONS_INIT;
	campaign_buf buf = CAMPAIGN_BUF_INIT;
	(void)qr;
	(void)utm;
	(void)event;
	(void)placement;
	(void)build;
	(void)buf;
	return campaign_version_number() == CAMPAIGN_VERSION_NUMBER ? 0 : 1;
}
