/*
 * Every public header, in a C99 translation unit compiled with -pedantic
 * -Werror (libinput's build-pedantic.c): a program written to an older
 * standard or stricter flags than ours must still compile against them.
 * The cairo headers are included as a program drawing with cairo would.
 */
#include <campaign/campaign.h>
#include <campaign/qr_cairo.h>
#include <campaign/render_cairo.h>

#if !CAMPAIGN_VERSION_CHECK(0, 1, 0)
#error "CAMPAIGN_VERSION_CHECK"
#endif

int
main(void)
{
	/* The initializers are constant expressions in C99 too. */
	static const campaign_qr_options qr = CAMPAIGN_QR_OPTIONS_INIT;
	static const campaign_spec_options spec = CAMPAIGN_SPEC_OPTIONS_INIT;
	static const campaign_placement placement = CAMPAIGN_PLACEMENT_INIT;
	static const campaign_build_options build = CAMPAIGN_BUILD_OPTIONS_INIT;
	campaign_buf buf = CAMPAIGN_BUF_INIT;
	(void)buf;
	return qr.version == CAMPAIGN_QR_OPTIONS_VERSION && spec.version && placement.qr == -1 &&
	       build.version && campaign_version_number() == CAMPAIGN_VERSION_NUMBER ? 0 : 1;
}
