/* Built-in templates: by name in the directories the caller gives. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "core/options.h"
#include "core/versions.h"
#include "template/image_limits.h"
#include "template/template_model.h"
#include "util/strbuf.h"
#include "util/suggest.h"

int
campaign__template_is_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n > 5 && strcmp(s + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(s + n - 4, ".yml") == 0);
}

/* A name: lowercase letters, digits, '-', '_' and '.', not starting with '.'. */
static int
name_ok(const char *s, size_t n)
{
	if (n == 0 || n > 64 || s[0] == '.')
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") >= n;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Template names, malloc'd; v has room for a NULL after the last (the suggester's end). */
struct names {
	char **v;
	size_t n;
};

static void
names_free(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/*
 * Collects the names of *.yaml in dirs, sorted and unique, however many
 * there are: a listing cut at a fixed count (256, before) left the
 * built-in templates out of `campaign templates` without a word once a
 * user's directory held that many.
 */
static int
collect(struct names *l, const char *const *dirs)
{
	size_t cap = 0;
	l->v = NULL;
	l->n = 0;
	for (size_t d = 0; dirs && dirs[d]; d++) {
		DIR *dir = opendir(dirs[d]);
		if (!dir)
			continue;
		struct dirent *ent;
		while ((ent = readdir(dir)) != NULL) {
			size_t n = strlen(ent->d_name);
			if (n <= 5 || strcmp(ent->d_name + n - 5, ".yaml") != 0 || !name_ok(ent->d_name, n - 5))
				continue;
			char *copy = NULL;
			if (l->n + 1 >= cap) {
				size_t more = cap ? cap * 2 : 64;
				char **v = realloc(l->v, more * sizeof(*v));
				if (v) {
					l->v = v;
					cap = more;
				}
			}
			if (l->n + 1 < cap)
				copy = strndup(ent->d_name, n - 5);
			if (!copy) {
				closedir(dir);
				return CAMPAIGN_ENOMEM;
			}
			l->v[l->n++] = copy;
		}
		closedir(dir);
	}
	if (!l->n)
		return CAMPAIGN_OK;
	qsort(l->v, l->n, sizeof(*l->v), cmp_str);
	/* One name, however many directories have it (the first directory's is the one opened). */
	size_t kept = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (kept && strcmp(l->v[kept - 1], l->v[i]) == 0)
			free(l->v[i]);
		else
			l->v[kept++] = l->v[i];
	}
	l->n = kept;
	l->v[l->n] = NULL;
	return CAMPAIGN_OK;
}

int
campaign_template_list(campaign_buf *out, const char *const *search_dirs)
{
	struct names names;
	int rc = collect(&names, search_dirs);
	struct strbuf b;
	campaign__strbuf_init(&b, 0);
	for (size_t i = 0; rc == CAMPAIGN_OK && i < names.n; i++)
		campaign__strbuf_addf(&b, "%s\n", names.v[i]);
	names_free(&names);
	if (rc) {
		campaign__strbuf_free(&b);
		return rc;
	}
	if (b.len == 0) {
		out->ptr = NULL;
		out->size = 0;
		return CAMPAIGN_OK;
	}
	return campaign__strbuf_to_buf(&b, out);
}

int
campaign__template_open_at(campaign_template **out, const char *name_or_path,
                           const char *const *search_dirs, const struct image_limits *limits,
                           campaign_diags *diags, const char *file, unsigned long line,
                           unsigned long column)
{
	*out = NULL;
	if (campaign__template_is_path(name_or_path))
		return campaign__template_load_file(out, name_or_path, limits, diags);
	if (name_ok(name_or_path, strlen(name_or_path))) {
		for (size_t d = 0; search_dirs && search_dirs[d]; d++) {
			struct strbuf p;
			campaign__strbuf_init(&p, 8192);
			campaign__strbuf_addf(&p, "%s/%s.yaml", search_dirs[d], name_or_path);
			/*
			 * Anything there is found, a FIFO or a directory too: the loader says
			 * what it is, where "no template; did you mean" the same name would not.
			 * lstat(), so that a looping or dangling link is found too, and its
			 * read says why ("Too many levels of symbolic links"), as `campaign
			 * templates` lists its name.
			 */
			struct stat st;
			int found = p.status == CAMPAIGN_OK && lstat(campaign__strbuf_cstr(&p), &st) == 0;
			int rc = found ? campaign__template_load_file(out, campaign__strbuf_cstr(&p), limits, diags)
			               : CAMPAIGN_OK;
			campaign__strbuf_free(&p);
			if (found)
				return rc;
		}
	}
	struct names names;
	const char *none[] = { NULL };
	if (collect(&names, search_dirs) != CAMPAIGN_OK) {
		names_free(&names);
		names.v = NULL;
		names.n = 0;
	}
	size_t count = names.n;
	/*
	 * With built-in templates there to choose from, a name that is none of
	 * them is a mistake in the input (exit 1), with the nearest name; with
	 * none at all, the installation is what is missing (exit 3).
	 */
	int status = count ? CAMPAIGN_EINVALID : CAMPAIGN_EMISSING;
	const char *hint = strlen(name_or_path) < 64
		? campaign__suggest(name_or_path, names.v ? (const char *const *)names.v : none) : NULL;
	if (hint)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, status, file, line, column,
		                   "no built-in template '%.64s'; did you mean '%s'?", name_or_path, hint);
	else if (count)
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, status, file, line, column,
		                   "no built-in template '%.64s' (run 'campaign templates' for the list)",
		                   name_or_path);
	else
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, status, file, line, column,
		                   "no built-in template '%.64s': no template directory has any "
		                   "template (is libcampaign installed?)", name_or_path);
	names_free(&names);
	return status;
}

int
campaign_template_open(campaign_template **out, const char *name_or_path,
                       const char *const *search_dirs, campaign_diags *diags)
{
	return campaign__template_open_at(out, name_or_path, search_dirs, NULL, diags, NULL, 0, 0);
}

int
campaign_template_open_ext(campaign_template **out, const char *name_or_path,
                           const char *const *search_dirs,
                           const campaign_template_load_options *opts, campaign_diags *diags)
{
	*out = NULL;
	struct image_limits limits;
	if (campaign__image_limits_take(&limits, opts, diags))
		return CAMPAIGN_EINVALID;
	return campaign__template_open_at(out, name_or_path, search_dirs, &limits, diags, NULL, 0, 0);
}

int
campaign_template_load_options_init(campaign_template_load_options *opts, unsigned int version)
{
	static const campaign_template_load_options init = CAMPAIGN_TEMPLATE_LOAD_OPTIONS_INIT;
	return campaign__struct_init(opts, version, &init, campaign__sizes_template_load_options,
	                             CAMPAIGN__VERSIONS(campaign__sizes_template_load_options));
}

#ifndef CAMPAIGN_TEMPLATES_DIR
#error "meson defines CAMPAIGN_TEMPLATES_DIR"
#endif

const char *
campaign_templates_dir(void)
{
	return CAMPAIGN_TEMPLATES_DIR;
}
