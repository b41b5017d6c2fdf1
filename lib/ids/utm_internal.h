/*
 * What the spec loader needs from the UTM module beyond the public API:
 * the names of the UTM fields (for `allowed:` keys and did-you-mean), and
 * building or applying conventions with diagnostics placed at a node of the
 * spec.
 */
#ifndef CAMPAIGN_UTM_INTERNAL_H
#define CAMPAIGN_UTM_INTERNAL_H

#include "campaign/utm.h"
#include "util/strbuf.h"

/*
 * The UTM fields as the spec names them ("source", "medium", ...,
 * "marketing_tactic"), in URL order, NULL-terminated; the URL key of each
 * is "utm_" followed by the name.
 */
extern const char *const campaign__utm_field_names[];

/*
 * campaign_utm_build() appending to a strbuf, with every diagnostic placed
 * at file:line:column (file may be NULL, line and column 0).
 */
int campaign__utm_build_at(struct strbuf *out, const char *base_url, const campaign_utm *utm,
                           campaign_diags *diags, const char *file, unsigned long line,
                           unsigned long column);

/*
 * A landing URL parsed and checked once, for the many links made on it (a
 * table's placements share their landing: parsing it again for each was a
 * quarter of making a million links). NULL when the landing has a problem
 * (campaign__utm_build_at() on it reports what) or out of memory.
 */
struct utm_landing;
struct utm_landing *campaign__utm_landing_new(const char *base_url);
void campaign__utm_landing_free(struct utm_landing *landing);

/* campaign__utm_build_at() on a landing from campaign__utm_landing_new(): the same link. */
int campaign__utm_build_landing(struct strbuf *out, const struct utm_landing *landing,
                                const campaign_utm *utm, campaign_diags *diags, const char *file,
                                unsigned long line, unsigned long column);

/*
 * campaign_utm_apply_conventions() appending to a strbuf, without
 * diagnostics. conv must not be NULL.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (value or separator not UTF-8, or
 *         containing NUL) or the strbuf's failure.
 */
int campaign__utm_conventions_apply(struct strbuf *out, const char *value,
                                    const campaign_utm_conventions *conv);

#endif
