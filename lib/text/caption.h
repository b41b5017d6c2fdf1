/*
 * The caption of an online placement (internal): the text whoever posts it
 * copies with its image, in the placement's language. It is a template of
 * `{{placeholders}}` (the built-in var.caption, or the spec's `vars:
 * {caption: ...}`) filled line by line from the placement's values; a line
 * that names a value the placement lacks (the date of a placement without
 * an event) is left out rather than printed half empty. Pure.
 */
#ifndef CAMPAIGN_CAPTION_H
#define CAMPAIGN_CAPTION_H

#include <stddef.h>

#include "campaign/common.h"
#include "text/placeholder.h"
#include "util/strbuf.h"

/*
 * Whether a caption may name ref: any name campaign-template(5) defines, a
 * `var.` or `row.` name, and `link` (a value "link" the caller gives, as
 * people read it; else the short link when the campaign has them, else
 * the full link).
 */
int campaign__caption_name_known(const struct placeholder_ref *ref);

/*
 * Appends the caption made from text with values (a template's values:
 * "url", "hashtag", "event.date" as YYYY-MM-DD, "var.NAME"...) in language
 * to out: UTF-8, LF line ends, no blank lines at either end, ending with
 * one newline; blank lines in a row become one.
 * @return CAMPAIGN_OK; CAMPAIGN_EINVALID for a name it does not know or a
 *         character other than LF that is a control or bidi character (a
 *         checked spec gives neither: *bad says what); CAMPAIGN_ENOMEM.
 */
int campaign__caption_make(struct strbuf *out, const char *text, const campaign_param *values,
                           size_t count, const char *language, const char **bad);

#endif
