/*
 * Which column of an export holds what: named by the user ("called=To")
 * or found by the names exports use (To, Called number, Номер...).
 */
#ifndef CAMPAIGN_REPORT_COLUMNS_H
#define CAMPAIGN_REPORT_COLUMNS_H

#include <stddef.h>

#include "export_csv.h"

struct strbuf;

struct column_role {
	const char *name;            /* as the user names it: "called" */
	const char *const *aliases;  /* headers that hold it, compared without case; NULL-terminated */
	int required;
};

/*
 * Chooses a column for each role: the user's `spec` ("called=To,caller=From",
 * may be NULL) first, then the aliases. index[i] is the column of roles[i],
 * or -1 when an optional role has none. `how` gets "called='To', caller='From'".
 * @return 0; or -1 with why set ("no column for 'called' ...", an unknown
 *         role name in spec, a column spec names that the header lacks).
 */
int campaign__columns_choose(const struct column_role *roles, size_t n, const char *spec,
                             const struct export_record *header, long *index,
                             struct strbuf *how, char *why, size_t why_size);

#endif
