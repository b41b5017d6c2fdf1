/* Gathered shards checked for completeness before --collect writes: see collect_check.h. */
#include "build/collect_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "campaign/status.h"
#include "build/build_captions.h"
#include "build/file_whole.h"
#include "build/manifest.h"
#include "util/strbuf.h"

/* Names listed in the message before "and N more". */
#define NAMES_SHOWN 5

/* The MANIFEST_* kinds placement a would have, whatever the formats asked. */
static unsigned
kinds_expected(const campaign_assignment *a)
{
	unsigned kinds = 0;
	if (a->placement->template_name)
		kinds |= MANIFEST_PDF | MANIFEST_PNG | campaign__manifest_social_bits(a->placement);
	if (a->placement->qr && a->url)
		kinds |= MANIFEST_QR_PNG | MANIFEST_QR_SVG;
	if (campaign__caption_online(a))
		kinds |= MANIFEST_CAPTION;
	return kinds;
}

/* Files a template draws: flyers, or an image to post. */
#define DRAWN_KINDS (MANIFEST_PDF | MANIFEST_PNG | MANIFEST_SOCIAL)

/*
 * Of what a placement would have, what it lacks. Its template makes either
 * flyers or a social image, and templates are not loaded yet to say which:
 * what the other placements of the same template have (drawn) says it; when
 * none of them has either, any of the two is missing.
 */
static unsigned
kinds_missing(unsigned wanted, unsigned present, unsigned drawn)
{
	if (drawn & MANIFEST_SOCIAL)
		wanted &= ~(unsigned)(MANIFEST_PDF | MANIFEST_PNG);
	else if (drawn & (MANIFEST_PDF | MANIFEST_PNG))
		wanted &= ~(unsigned)MANIFEST_SOCIAL;
	return wanted & ~present & ~(unsigned)MANIFEST_JPEG; /* a format, not a file */
}

/* Templates by name with the drawn kinds their placements have: a few names, so a list. */
struct template_kinds {
	const char **names;
	unsigned *kinds;
	size_t count;
};

static unsigned *
template_kinds_of(struct template_kinds *t, const char *name)
{
	for (size_t k = 0; k < t->count; k++)
		if (strcmp(t->names[k], name) == 0)
			return &t->kinds[k];
	t->names[t->count] = name;
	t->kinds[t->count] = 0;
	return &t->kinds[t->count++];
}

/* The MANIFEST_* kinds placement a has in out, among those it would have. */
static unsigned
kinds_present(const struct outdir *out, const campaign_assignment *a)
{
	struct manifest_files f;
	campaign__manifest_files_of(kinds_expected(a), a->placement->id, &f);
	unsigned kinds = 0;
	for (int k = 0; k < MANIFEST_KINDS; k++)
		if ((kinds_expected(a) & campaign__manifest_kinds[k].bit) &&
		    campaign__outdir_has_file(out, f.buf[k]))
			kinds |= campaign__manifest_kinds[k].bit;
	return kinds;
}

/* "shard 2/3, shard 3/3" or "'a', 'b' and 4 more": the first few of what is missing. */
static void
name_missing(struct strbuf *msg, const campaign_plan *plan, const unsigned char *missing,
             unsigned shard_count)
{
	size_t n = campaign_plan_count(plan), shown = 0, more = 0;
	if (shard_count > 1) {
		for (unsigned s = 0; s < shard_count; s++) {
			size_t i = s;
			while (i < n && !missing[i])
				i += shard_count;
			if (i >= n)
				continue;
			if (shown++ < NAMES_SHOWN)
				campaign__strbuf_addf(msg, "%sshard %u/%u", shown > 1 ? ", " : "", s + 1, shard_count);
			else
				more++;
		}
	} else {
		for (size_t i = 0; i < n; i++) {
			if (!missing[i])
				continue;
			if (shown++ < NAMES_SHOWN)
				campaign__strbuf_addf(msg, "%s'%s'", shown > 1 ? ", " : "",
				                      campaign_plan_get(plan, i)->placement->id);
			else
				more++;
		}
	}
	if (more)
		campaign__strbuf_addf(msg, " and %zu more", more);
}

/*
 * Every file present that is cut short, each an error up to NAMES_SHOWN and
 * then their count: how many there are.
 */
static size_t
report_cut_short(const struct outdir *out, const char *out_path, const campaign_plan *plan,
                 const unsigned *present, campaign_diags *diags)
{
	size_t n = campaign_plan_count(plan), found = 0;
	for (size_t i = 0; i < n; i++) {
		if (!present[i])
			continue;
		/* Named as kinds_present() found them: the expected kinds say a social image's format. */
		const campaign_assignment *a = campaign_plan_get(plan, i);
		struct manifest_files f;
		campaign__manifest_files_of(kinds_expected(a), a->placement->id, &f);
		for (int k = 0; k < MANIFEST_KINDS; k++) {
			const char *why = (present[i] & campaign__manifest_kinds[k].bit)
			                          ? campaign__file_cut_short(out->fd, f.buf[k])
			                          : NULL;
			if (why && found++ < NAMES_SHOWN) {
				char path[4200];
				snprintf(path, sizeof(path), "%s/%s", out_path, f.buf[k]);
				campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EMISSING, path, 0, 0,
				                   "--collect: this file is cut short (it %s): copy it again "
				                   "from its shard", why);
			}
		}
	}
	if (found)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EMISSING, out_path, 0, 0,
		                   "--collect: %zu gathered file%s cut short; nothing was written", found,
		                   found == 1 ? " is" : "s are");
	return found;
}

int
campaign__collect_check(const struct outdir *out, const char *out_path, const campaign_plan *plan,
                        unsigned shard_count, campaign_diags *diags)
{
	size_t n = campaign_plan_count(plan);
	unsigned *present = calloc(n + 1, sizeof(*present));
	unsigned char *missing = calloc(n + 1, 1);
	if (!present || !missing) {
		free(present);
		free(missing);
		return CAMPAIGN_ENOMEM;
	}
	struct template_kinds tk = { calloc(n + 1, sizeof(*tk.names)), calloc(n + 1, sizeof(*tk.kinds)), 0 };
	if (!tk.names || !tk.kinds) {
		free(tk.names);
		free(tk.kinds);
		free(present);
		free(missing);
		return CAMPAIGN_ENOMEM;
	}
	unsigned kinds_found = 0;
	for (size_t i = 0; i < n; i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		present[i] = kinds_present(out, a);
		kinds_found |= present[i];
		if (a->placement->template_name)
			*template_kinds_of(&tk, a->placement->template_name) |= present[i] & DRAWN_KINDS;
	}
	size_t placements_missing = 0;
	for (size_t i = 0; i < n; i++) {
		const campaign_assignment *a = campaign_plan_get(plan, i);
		unsigned wanted = kinds_expected(a) & kinds_found;
		unsigned drawn = a->placement->template_name
		                         ? *template_kinds_of(&tk, a->placement->template_name)
		                         : 0;
		missing[i] = kinds_missing(wanted, present[i], drawn) != 0;
		placements_missing += missing[i];
	}
	free(tk.names);
	free(tk.kinds);
	int rc = CAMPAIGN_OK;
	if (placements_missing) {
		struct strbuf msg;
		campaign__strbuf_init(&msg, 1024);
		name_missing(&msg, plan, missing, shard_count);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EMISSING, out_path, 0, 0,
		                   "--collect: the files of %zu placement%s are missing (%s); gather every "
		                   "shard's files here first%s; nothing was written",
		                   placements_missing, placements_missing == 1 ? "" : "s",
		                   campaign__strbuf_cstr(&msg),
		                   shard_count > 1 ? "" : " (--shards N names the shards they belong to)");
		campaign__strbuf_free(&msg);
		rc = CAMPAIGN_EMISSING;
	} else if (report_cut_short(out, out_path, plan, present, diags)) {
		rc = CAMPAIGN_EMISSING;
	}
	free(present);
	free(missing);
	return rc;
}
