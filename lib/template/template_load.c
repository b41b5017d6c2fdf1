/* Loading a template: the document, its page, and the list of elements. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>
#include <sys/stat.h>

#include "campaign/status.h"
#include "campaign/template.h"
#include "core/options.h"
#include "core/versions.h"
#include "core/diag_internal.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "template/template_load.h"
#include "template/template_units.h"
#include "template/labels.h"
#include "util/strbuf.h"
#include "util/suggest.h"

static const char *const top_keys[] = { "template", "description", "page", "colours", "elements", NULL };
static const char *const page_keys[] = { "size", "orientation", "bleed", "marks", "safe", "mirror_rtl",
	                                 "label", NULL };
static const char *const orientation_choices[] = { "portrait", "landscape", NULL };

/* Most elements a template may have: a page is designed by hand, not generated. */
#define TEMPLATE_MAX_ELEMENTS 500
#define TEMPLATE_MAX_COPIES 2000

/* Whether a length is given in px ("1080px"), as a social image's page is. */
static int
is_px(const struct yaml_node *n)
{
	size_t len = n->kind == YAML_NODE_SCALAR ? strlen(n->text) : 0;
	return len > 2 && strcmp(n->text + len - 2, "px") == 0;
}

static void
load_size(campaign_template *t, struct schema *s, const struct yaml_node *size)
{
	double w = 0, h = 0;
	if (size->kind == YAML_NODE_SCALAR) {
		const char *canonical = NULL;
		if (campaign__page_size(size->text, &w, &h, &canonical)) {
			const char *hint = campaign__suggest(size->text, campaign__page_size_names);
			const char *why = NULL;
			double one;
			/* A single length is no paper name: say what is missing, and the range. */
			if (campaign__tpl_length(size->text, &one, &why) != -1)
				campaign__schema_error(s, size,
				                       "'size' is one length, '%.32s'; give the page as "
				                       "[width, height], each from %gmm to %gmm",
				                       size->text, CAMPAIGN_TEMPLATE_PAGE_MIN_MM,
				                       CAMPAIGN_TEMPLATE_PAGE_MAX_MM);
			else if (hint)
				campaign__schema_error(s, size, "unknown page size '%.32s'; did you mean '%s'?",
				                       size->text, hint);
			else
				campaign__schema_error(s, size,
				                       "unknown page size '%.32s'; use A0-A7, B0-B7, Letter, Legal, "
				                       "Tabloid or [width, height]",
				                       size->text);
			return;
		}
		t->size_name = canonical;
		t->width = w * PT_PER_MM;
		t->height = h * PT_PER_MM;
		return;
	}
	if (size->kind != YAML_NODE_SEQ || size->count != 2) {
		campaign__schema_error(s, size, "'size' must be a paper name such as A5 or [width, height]");
		return;
	}
	double min = CAMPAIGN_TEMPLATE_PAGE_MIN_MM * PT_PER_MM, max = CAMPAIGN_TEMPLATE_PAGE_MAX_MM * PT_PER_MM;
	if (campaign__tpl_length_node(s, size->items[0], "size", min, max, &w) ||
	    campaign__tpl_length_node(s, size->items[1], "size", min, max, &h))
		return;
	t->pixel_page = is_px(size->items[0]) && is_px(size->items[1]);
	t->size_name = t->pixel_page ? "pixels" : "custom";
	t->width = w;
	t->height = h;
}

static void
load_page(campaign_template *t, struct schema *s, const struct yaml_node *page)
{
	if (campaign__schema_map(s, page, "page", page_keys))
		return;
	/* A label product's name gives the size (template/template_label.c). */
	const struct yaml_node *label = campaign__yaml_map_get(page, "label");
	const struct yaml_node *size = label ? campaign__yaml_map_get(page, "size")
	                                     : campaign__schema_get(s, page, "size", 1, "page");
	if (label && size)
		campaign__schema_error(s, size, "give the page a 'size' or a 'label', not both");
	else if (label)
		campaign__tpl_load_label(t, s, label);
	else if (size)
		load_size(t, s, size);
	/*
	 * A size written as [width, height] is the page as written unless an
	 * orientation is given: turning [1200px, 630px] into a portrait page
	 * by default printed a tall link preview with exit 0.
	 */
	int as_written = !label && size && size->kind == YAML_NODE_SEQ &&
	                 !campaign__yaml_map_get(page, "orientation");
	t->landscape = campaign__schema_enum(s, page, "orientation", orientation_choices,
	                                     as_written && t->width > t->height);
	if (t->landscape != (t->width > t->height)) {
		/* The orientation turns a named or custom size; a square stays as it is. */
		double w = t->width;
		t->width = t->height;
		t->height = w;
	}
	/* Large-format printers ask for up to 10 mm; more is a mistake. */
	campaign__tpl_get_length(s, page, "bleed", 0, 0, 20 * PT_PER_MM, &t->bleed);
	t->marks = campaign__schema_bool(s, page, "marks", 1);
	t->mirror_rtl = campaign__schema_bool(s, page, "mirror_rtl", 0);
	double short_side = t->width < t->height ? t->width : t->height;
	const struct yaml_node *safe = campaign__yaml_map_get(page, "safe");
	t->safe_given = safe != NULL;
	t->safe = TEMPLATE_SAFE_DEFAULT_PT;
	if (safe && !campaign__tpl_length_node(s, safe, "safe", 0, 100 * PT_PER_MM, &t->safe) &&
	    short_side > 0 && t->safe * 2 >= short_side)
		campaign__schema_error(s, safe, "'safe' leaves no room on a page %.0fmm wide",
		                       short_side * MM_PER_PT);
}

/* The name from the file: "dir/flyer-a5.yaml" -> "flyer-a5". */
static const char *
name_from_file(struct arena *a, const char *file)
{
	const char *base = strrchr(file, '/');
	base = base ? base + 1 : file;
	size_t n = strlen(base);
	if (n > 5 && strcmp(base + n - 5, ".yaml") == 0)
		n -= 5;
	else if (n > 4 && strcmp(base + n - 4, ".yml") == 0)
		n -= 4;
	return campaign__arena_strndup(a, base, n);
}

static void
load_document(campaign_template *t, struct schema *s, const struct yaml_node *root)
{
	if (!root) {
		campaign__schema_error(s, NULL, "the template is empty; it needs 'page' and 'elements'");
		return;
	}
	if (campaign__schema_map(s, root, "the template", top_keys))
		return;
	t->name = campaign__schema_str(s, root, "template", 0, "the template");
	if (!t->name && !(t->name = name_from_file(&t->arena, t->file)))
		campaign__schema_nomem(s);
	t->description = campaign__schema_str(s, root, "description", 0, "the template");
	const struct yaml_node *page = campaign__schema_get(s, root, "page", 1, "the template");
	if (page)
		load_page(t, s, page);
	campaign__tpl_load_colours(t, s, root);
	const struct yaml_node *elements = campaign__schema_get(s, root, "elements", 1, "the template");
	if (!elements || campaign__schema_seq(s, elements, "elements"))
		return;
	if (elements->count > TEMPLATE_MAX_ELEMENTS) {
		campaign__schema_error(s, elements, "a template may have at most %d elements, not %zu",
		                       TEMPLATE_MAX_ELEMENTS, elements->count);
		return;
	}
	if (t->width <= 0) /* no usable page: the elements cannot be checked against it */
		return;
	t->elems = campaign__arena_alloc(&t->arena, (elements->count + 1) * sizeof(*t->elems));
	if (!t->elems) {
		campaign__schema_nomem(s);
		return;
	}
	long copies = 0;
	for (size_t i = 0; i < elements->count && s->status != CAMPAIGN_ENOMEM; i++)
		if (campaign__tpl_load_element(t, s, elements->items[i], &t->elems[t->count]) == 0)
			copies += t->elems[t->count++].repeat;
	/* Every copy is drawn once per PNG band: bound the work a template can ask for. */
	if (copies > TEMPLATE_MAX_COPIES)
		campaign__schema_error(s, elements, "the elements draw %ld shapes with their repeats; the limit is %d",
		                       copies, TEMPLATE_MAX_COPIES);
	campaign__tpl_check_contrast(t, s->diags);
}

static char *
dir_of(struct arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return campaign__arena_strdup(a, ".");
	if (slash == path)
		return campaign__arena_strdup(a, "/");
	return campaign__arena_strndup(a, path, (size_t)(slash - path));
}

/* campaign_template_load_string() with the limits of its images. */
static int
load_string(campaign_template **out, const char *yaml, size_t len, const char *name,
            const char *base_dir, const struct image_limits *limits, campaign_diags *diags)
{
	*out = NULL;
	campaign_template *t = calloc(1, sizeof(*t));
	if (!t)
		return CAMPAIGN_ENOMEM;
	t->image_limits = limits ? *limits : campaign__image_limits_default;
	t->file = campaign__arena_strdup(&t->arena, name ? name : "<template>");
	t->base_dir = campaign__arena_strdup(&t->arena, base_dir ? base_dir : ".");
	if (!t->file || !t->base_dir) {
		campaign_template_free(t);
		return CAMPAIGN_ENOMEM;
	}
	if (len > CAMPAIGN_TEMPLATE_FILE_MAX) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, t->file, 0, 0,
		                   "the template is too large: the limit is %zu bytes",
		                   CAMPAIGN_TEMPLATE_FILE_MAX);
		campaign_template_free(t);
		return CAMPAIGN_EINVALID;
	}
	size_t first = campaign_diags_count(diags);
	struct yaml_doc doc;
	int rc = campaign__yaml_doc_parse(&doc, yaml, len, t->file, diags);
	if (rc && !doc.root) {
		campaign_template_free(t);
		return rc;
	}
	struct schema s = { .status = rc, .file = t->file, .diags = diags, .arena = &t->arena };
	load_document(t, &s, doc.root);
	campaign__yaml_doc_free(&doc);
	campaign__diags_sort(diags, first);
	/* An image that cannot be read is an environment failure (exit 3), not a bad template. */
	if (s.status == CAMPAIGN_EINVALID) {
		for (size_t i = first; i < campaign_diags_count(diags); i++)
			if (campaign_diags_get(diags, i)->status == CAMPAIGN_EIO)
				s.status = CAMPAIGN_EIO;
	}
	if (s.status != CAMPAIGN_OK) {
		campaign_template_free(t);
		return s.status;
	}
	*out = t;
	return CAMPAIGN_OK;
}

int
campaign_template_load_string(campaign_template **out, const char *yaml, size_t len,
                              const char *name, const char *base_dir, campaign_diags *diags)
{
	return load_string(out, yaml, len, name, base_dir, NULL, diags);
}

int
campaign_template_load_file(campaign_template **out, const char *path, campaign_diags *diags)
{
	return campaign__template_load_file(out, path, NULL, diags);
}

int
campaign__template_load_file(campaign_template **out, const char *path,
                             const struct image_limits *limits, campaign_diags *diags)
{
	*out = NULL;
	const char *why;
	int fd = campaign__open_input_fd(path, &why);
	if (fd < 0) {
		/* "No such file or directory" of a name that `ls` shows would send the user looking in vain. */
		struct stat st;
		if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && stat(path, &st) != 0 && errno == ENOENT)
			why = "it is a dangling symbolic link (what it points to is not there)";
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot read the template: %s", why);
		return CAMPAIGN_EIO;
	}
	struct strbuf b;
	campaign__strbuf_init(&b, CAMPAIGN_TEMPLATE_FILE_MAX + 1);
	int err = campaign__read_all(fd, &b) == CAMPAIGN_EIO ? errno : 0;
	close(fd);
	if (err) {
		campaign__strbuf_free(&b);
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, path, 0, 0,
		                   "cannot read the template: %s", campaign__read_strerror(err));
		return CAMPAIGN_EIO;
	}
	if (b.status != CAMPAIGN_OK) {
		int rc = b.status == CAMPAIGN_ENOMEM ? CAMPAIGN_ENOMEM : CAMPAIGN_EINVALID;
		campaign__strbuf_free(&b);
		if (rc == CAMPAIGN_EINVALID)
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, rc, path, 0, 0,
			                   "the template is too large: the limit is %zu bytes",
			                   CAMPAIGN_TEMPLATE_FILE_MAX);
		return rc;
	}
	struct arena a = { 0 };
	char *dir = dir_of(&a, path);
	int rc = dir ? load_string(out, campaign__strbuf_cstr(&b), b.len, path, dir, limits, diags)
	             : CAMPAIGN_ENOMEM;
	campaign__arena_free(&a);
	campaign__strbuf_free(&b);
	return rc;
}

void
campaign_template_free(campaign_template *t)
{
	if (!t)
		return;
	campaign__tpl_free_images(t);
	campaign__arena_free(&t->arena);
	free(t);
}

int
campaign_template_get_info(campaign_template_info *out, const campaign_template *t)
{
	if (!t || !out)
		return CAMPAIGN_EINVALID;
	campaign_template_info info = CAMPAIGN_TEMPLATE_INFO_INIT;
	info.name = t->name;
	info.description = t->description;
	info.size_name = t->size_name;
	info.landscape = t->landscape;
	info.width_mm = t->width * MM_PER_PT;
	info.height_mm = t->height * MM_PER_PT;
	info.bleed_mm = t->bleed * MM_PER_PT;
	info.safe_mm = t->safe * MM_PER_PT;
	info.marks = t->marks;
	info.marks_mm = t->marks ? MARK_ROOM_PT * MM_PER_PT : 0;
	info.element_count = t->count;
	/* Only the fields the caller's version of the struct has. */
	return campaign__struct_give(out, &info, campaign__sizes_template_info,
	                             CAMPAIGN__VERSIONS(campaign__sizes_template_info));
}
