/*
 * The short links' redirect table (internal), for the web server that
 * serves the organization's short-link domain, in five forms: an nginx
 * `map`, an Apache `RewriteMap` text file, a Caddy site block of `redir`
 * lines, a Netlify-style `_redirects`, and CSV. Each is written into the
 * output set (output_set.h), so it is switched in with the flyers and the
 * manifest or not at all.
 *
 * Every code of the ledger is there, a withdrawn placement's and a
 * reissued issue's too: their flyers are still out there, so their codes
 * keep leading to the URL they were issued with (its UTM values still
 * name the placement in analytics, and resolve and report know it from
 * the ledger). Redirects are 302, not 301: a browser does not cache them,
 * so every scan reaches the short-link host's access log (campaign
 * report counts it) and a changed table applies at once.
 */
#ifndef CAMPAIGN_REDIRECTS_H
#define CAMPAIGN_REDIRECTS_H

#include "campaign/diag.h"
#include "campaign/plan.h"
#include "build/output_set.h"

/* The files, in the output directory, in the order of OUTPUT_REDIRECTS_*. */
extern const char *const campaign__redirect_files[OUTPUT_REDIRECT_FILES];

/*
 * Writes the five files of plan's short links (none when its spec has no
 * `short:`) as sealed files of set.
 * @return CAMPAIGN_OK, CAMPAIGN_EIO (reported), CAMPAIGN_ENOMEM.
 */
int campaign__redirects_write(struct output_set *set, const campaign_plan *plan, campaign_diags *diags);

#endif
