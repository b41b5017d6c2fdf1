/*
 * libcampaign: tracked campaign assets from one YAML spec.
 *
 * The umbrella header; include this one. Conventions for the whole API:
 *  - fallible calls return int: CAMPAIGN_OK (0) or a negative campaign_status,
 *    and describe the problem in the campaign_diags passed in (may be NULL);
 *  - `**out` parameters give the caller ownership, released with the type's
 *    own _free() (which accepts NULL); text comes in a campaign_buf released
 *    with campaign_buf_dispose(); getters return borrowed pointers that live
 *    as long as their parent;
 *  - options are versioned structs, started from their _INIT macro (or
 *    _init() function); NULL options mean the defaults, 0 always means 0,
 *    and an optional number not set is CAMPAIGN_UNSET; a struct of an
 *    older version is read as that version;
 *  - all text is UTF-8;
 *  - the library never prints, exits or reads the environment, and reads
 *    the clock only where a `now` is left unset;
 *  - thread-safety is stated on each type: separate handles may be used from
 *    separate threads at once, and immutable ones (a loaded spec, a plan, a
 *    template, an encoded QR code) may be shared;
 *  - global state: none of the library's own. The text and graphics
 *    libraries it uses for flyers keep process-wide caches (fontconfig,
 *    pango's font map), made on first use and released by
 *    campaign_shutdown() (render.h).
 *
 * Versions: CAMPAIGN_VERSION_* and CAMPAIGN_VERSION_CHECK() (version.h) are
 * the headers'; campaign_version_string() is the library's actually loaded.
 * The soname changes only when the ABI breaks (README, "Versioning").
 *
 * Drawing into a caller's cairo context needs <campaign/qr_cairo.h> or
 * <campaign/render_cairo.h>, which are not included here, so that no other
 * program needs cairo's headers.
 */
#ifndef CAMPAIGN_CAMPAIGN_H
#define CAMPAIGN_CAMPAIGN_H

#include <campaign/attribution.h>
#include <campaign/build.h>
#include <campaign/common.h>
#include <campaign/diag.h>
#include <campaign/hashtag.h>
#include <campaign/impose.h>
#include <campaign/phone.h>
#include <campaign/plan.h>
#include <campaign/qr.h>
#include <campaign/report.h>
#include <campaign/render.h>
#include <campaign/resolve.h>
#include <campaign/spec.h>
#include <campaign/status.h>
#include <campaign/template.h>
#include <campaign/utm.h>
#include <campaign/version.h>

#endif
