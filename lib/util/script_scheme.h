/*
 * Links a phone runs or opens on itself rather than visits (javascript:,
 * vbscript:, data:, file:): nothing a printed QR code may carry, whether
 * the template typed it or a value filled it in.
 */
#ifndef CAMPAIGN_UTIL_SCRIPT_SCHEME_H
#define CAMPAIGN_UTIL_SCRIPT_SCHEME_H

/*
 * The scheme text starts with ("javascript:") as a browser reads it:
 * after leading spaces and control characters, with tabs and line breaks
 * inside it ignored ("java\tscript:"), in any case; NULL when it starts
 * with none of them.
 */
const char *campaign__script_scheme(const char *text);

#endif
