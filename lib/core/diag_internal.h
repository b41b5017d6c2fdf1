/* Internal diagnostics helpers shared by the loaders. */
#ifndef CAMPAIGN_DIAG_INTERNAL_H
#define CAMPAIGN_DIAG_INTERNAL_H

#include <stdarg.h>

#include "campaign/diag.h"

int campaign__diags_vadd(campaign_diags *diags, campaign_severity severity, int status,
                         const char *file, unsigned long line, unsigned long column,
                         const char *fmt, va_list ap) CAMPAIGN_PRINTF(7, 0);

/*
 * Orders the diagnostics added since index `from` by file (in order of first
 * appearance), then line and column, keeping the order of equal positions.
 */
void campaign__diags_sort(campaign_diags *diags, size_t from);

/* Appends every diagnostic of from to to, in order (to may be NULL). */
void campaign__diags_copy(campaign_diags *to, const campaign_diags *from);

#endif
