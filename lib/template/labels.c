/* Label products from gLabels' XML product files, through libxml2 (see labels.h). */
#include "template/labels.h"

#include <dirent.h>
#include <stdarg.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "io/open_input.h"
#include "io/read_file.h"
#include "template/template_model.h"
#include "template/template_units.h"
#include "util/strbuf.h"
#include "util/suggest.h"

/* Debian's largest product file is 300 KB; a file many times that is not one. */
#define LABEL_FILE_MAX (16u << 20)
/* A product the same as another, the same as another...: gLabels' own go one step. */
#define EQUIV_DEPTH_MAX 4
/* Files in the folder; the package has 36. */
#define LABEL_FILES_MAX 1000

struct product_files {
	const char *dir;
	char **paths;      /* the product files, sorted */
	xmlDocPtr *docs;   /* parsed on first use */
	size_t count;
	xmlDocPtr papers;  /* paper-sizes.xml, or NULL when there is none */
	char papers_path[4200];
};

/* Control characters (a tab, a newline in an attribute) as spaces: the list is one product a line. */
static void
one_line(char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			*s = ' ';
}

static int
is_named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static const char *
attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (strcmp((const char *)a->name, name) == 0 && a->children &&
		    a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

/* An error at element n of file (libxml2 knows its line, not its column). */
static int bad(campaign_diags *diags, const char *file, const xmlNode *n, const char *fmt, ...)
	CAMPAIGN_PRINTF(4, 5);

static int
bad(campaign_diags *diags, const char *file, const xmlNode *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	campaign__diags_vadd(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
	                     n ? (unsigned long)xmlGetLineNo(n) : 0, n ? 1 : 0, fmt, ap);
	va_end(ap);
	return CAMPAIGN_EINVALID;
}

/* A gLabels length: pt when bare, or with pt, mm, cm, in, pc (libglabels/lgl-units.c). */
static int
glabels_length(const char *text, double *pt)
{
	static const struct {
		const char *unit;
		double pt;
	} units[] = { { "", 1 }, { "pt", 1 }, { "mm", PT_PER_MM }, { "cm", 10 * PT_PER_MM }, { "in", 72 }, { "pc", 12 } };
	size_t n = strlen(text), num = n;
	while (num > 0 && text[num - 1] >= 'a' && text[num - 1] <= 'z')
		num--;
	double v;
	if (num == 0 || campaign__tpl_number(text, num, &v) != 0)
		return -1;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(text + num, units[i].unit) == 0) {
			*pt = v * units[i].pt;
			/* Nothing on a sheet is negative or wider than a B0. */
			return *pt >= 0 && *pt <= 1414 * PT_PER_MM ? 0 : -1;
		}
	return -1;
}

/* The length attribute name of n: 0 read, -1 missing or bad (reported). */
static int
length_attr(const xmlNode *n, const char *name, int required, double *pt, const char *file,
            campaign_diags *diags)
{
	const char *v = attr(n, name);
	if (!v && !required)
		return 0;
	if (!v)
		return bad(diags, file, n, "label product: missing the length '%s'", name);
	if (glabels_length(v, pt) != 0) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
		                   (unsigned long)xmlGetLineNo(n), 1,
		                   "label product: '%s' must be a length from 0 to 1414 mm in pt, mm, cm, "
		                   "in or pc, not '%.32s'", name, v);
		return CAMPAIGN_EINVALID;
	}
	return 0;
}

static int
parse_file(const char *path, xmlDocPtr *out, campaign_diags *diags)
{
	char *text = NULL;
	size_t len = 0;
	int rc = campaign__read_file(path, LABEL_FILE_MAX, &text, &len, diags, NULL, 0, 0);
	if (rc)
		return rc == CAMPAIGN_EIO ? CAMPAIGN_EMISSING : rc;
	xmlParserCtxtPtr ctx = xmlNewParserCtxt();
	if (!ctx) {
		free(text);
		return CAMPAIGN_ENOMEM;
	}
	/*
	 * No network, no entity substitution, no DTD loaded: a product file
	 * names sizes, and anything that would fetch or expand is refused.
	 */
	*out = xmlCtxtReadMemory(ctx, text, (int)len, path, NULL,
	                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	free(text);
	if (!*out || ctx->wellFormed == 0) {
		const xmlError *e = xmlCtxtGetLastError(ctx);
		const char *why = e && e->message ? e->message : "unreadable";
		/* libxml2's messages end in a newline. */
		int n = (int)strcspn(why, "\n");
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, path,
		                   e ? (unsigned long)e->line : 0, e ? (unsigned long)(e->int2 > 0 ? e->int2 : 1) : 0,
		                   "label products: not well-formed XML: %.*s", n < 200 ? n : 200, why);
		xmlFreeDoc(*out);
		*out = NULL;
		rc = CAMPAIGN_EINVALID;
	}
	xmlFreeParserCtxt(ctx);
	return rc;
}

static int
is_product_file(const struct dirent *d)
{
	size_t n = strlen(d->d_name);
	return n > 4 && strcmp(d->d_name + n - 4, ".xml") == 0 && strcmp(d->d_name, "paper-sizes.xml") != 0 &&
	       d->d_name[0] != '.';
}

static void
files_free(struct product_files *pf)
{
	for (size_t i = 0; i < pf->count; i++) {
		free(pf->paths[i]);
		xmlFreeDoc(pf->docs[i]);
	}
	free(pf->paths);
	free(pf->docs);
	xmlFreeDoc(pf->papers);
}

static int
files_open(struct product_files *pf, const char *dir, campaign_diags *diags)
{
	memset(pf, 0, sizeof(*pf));
	pf->dir = dir;
	struct dirent **names = NULL;
	int n = scandir(dir, &names, is_product_file, alphasort);
	if (n < 0 || n > LABEL_FILES_MAX) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EMISSING, dir, 0, 0, "%s",
		                   n < 0 ? "cannot read the label products' folder (the glabels-data package "
		                           "puts them in /usr/share/libglabels-3.0/templates)"
		                         : "more than 1000 label product files: not gLabels' folder");
		for (int i = 0; i < n; i++)
			free(names[i]);
		free(names);
		return CAMPAIGN_EMISSING;
	}
	int rc = CAMPAIGN_OK;
	pf->paths = calloc((size_t)n + 1, sizeof(*pf->paths));
	pf->docs = calloc((size_t)n + 1, sizeof(*pf->docs));
	if (!pf->paths || !pf->docs)
		rc = CAMPAIGN_ENOMEM;
	for (int i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
		char *p = rc ? NULL : malloc(len);
		if (p) {
			snprintf(p, len, "%s/%s", dir, names[i]->d_name);
			pf->paths[pf->count++] = p;
		} else {
			rc = CAMPAIGN_ENOMEM;
		}
		free(names[i]);
	}
	free(names);
	snprintf(pf->papers_path, sizeof(pf->papers_path), "%s/paper-sizes.xml", dir);
	/* Without paper-sizes.xml, only products of size "Other" (their own width and height) can be read. */
	if (rc == CAMPAIGN_OK && campaign__input_exists(pf->papers_path))
		rc = parse_file(pf->papers_path, &pf->papers, diags);
	return rc;
}

static xmlNode *
root_of(struct product_files *pf, size_t i, int *rc, campaign_diags *diags)
{
	if (!pf->docs[i] && (*rc = parse_file(pf->paths[i], &pf->docs[i], diags)) != CAMPAIGN_OK)
		return NULL;
	return xmlDocGetRootElement(pf->docs[i]);
}

/* The paper's size from paper-sizes.xml, or the template's own for "Other". */
static int
read_paper(struct product_files *pf, const xmlNode *t, const char *file, struct label_product *p,
           campaign_diags *diags)
{
	const char *size = attr(t, "size");
	if (!size)
		return bad(diags, file, t, "label product %s: missing its paper 'size'", p->name);
	snprintf(p->paper, sizeof(p->paper), "%s", size);
	one_line(p->paper);
	if (strcmp(size, "Other") == 0 || strcmp(size, "other") == 0) {
		int rc = length_attr(t, "width", 1, &p->page_w, file, diags);
		return rc ? rc : length_attr(t, "height", 1, &p->page_h, file, diags);
	}
	const xmlNode *root = pf->papers ? xmlDocGetRootElement(pf->papers) : NULL;
	for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
		const char *id = is_named(n, "Paper-size") ? attr(n, "id") : NULL;
		if (id && strcmp(id, size) == 0) {
			int rc = length_attr(n, "width", 1, &p->page_w, pf->papers_path, diags);
			return rc ? rc : length_attr(n, "height", 1, &p->page_h, pf->papers_path, diags);
		}
	}
	campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
	                   (unsigned long)xmlGetLineNo(t), 1,
	                   "label product %s: paper '%.32s' is not in %s", p->name, size, pf->papers_path);
	return CAMPAIGN_EINVALID;
}

static int
read_shape(const xmlNode *n, const char *file, struct label_shape *sh, campaign_diags *diags)
{
	int rc = 0;
	memset(sh, 0, sizeof(*sh));
	if (is_named(n, "Label-rectangle") || is_named(n, "Label-ellipse")) {
		sh->kind = is_named(n, "Label-rectangle") ? LABEL_RECT : LABEL_ELLIPSE;
		rc = length_attr(n, "width", 1, &sh->w, file, diags);
		if (!rc)
			rc = length_attr(n, "height", 1, &sh->h, file, diags);
		if (!rc && sh->kind == LABEL_RECT)
			rc = length_attr(n, "round", 0, &sh->radius, file, diags);
	} else {
		double r = 0;
		sh->kind = is_named(n, "Label-round") ? LABEL_ROUND : LABEL_CD;
		rc = length_attr(n, "radius", 1, &r, file, diags);
		if (!rc && sh->kind == LABEL_CD)
			rc = length_attr(n, "hole", 0, &sh->hole, file, diags);
		sh->w = sh->h = 2 * r;
	}
	if (!rc && (sh->w < PT_PER_MM || sh->h < PT_PER_MM))
		return bad(diags, file, n, "label product: a label smaller than 1 mm is not one");
	return rc;
}

static int
read_count(const xmlNode *n, const char *name, int *out, const char *file, campaign_diags *diags)
{
	const char *v = attr(n, name);
	double d;
	if (!v || campaign__tpl_number(v, strlen(v), &d) != 0 || d != (int)d || d < 1 || d > 1000) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
		                   (unsigned long)xmlGetLineNo(n), 1,
		                   "label product: <Layout> needs '%s', a whole number from 1 to 1000%s%.16s%s",
		                   name, v ? ", not '" : "", v ? v : "", v ? "'" : "");
		return CAMPAIGN_EINVALID;
	}
	*out = (int)d;
	return 0;
}

static int
read_layout(const xmlNode *n, const char *file, struct label_layout *ly, campaign_diags *diags)
{
	int rc = read_count(n, "nx", &ly->nx, file, diags);
	if (!rc)
		rc = read_count(n, "ny", &ly->ny, file, diags);
	ly->x0 = ly->y0 = ly->dx = ly->dy = 0;
	if (!rc)
		rc = length_attr(n, "x0", 1, &ly->x0, file, diags);
	if (!rc)
		rc = length_attr(n, "y0", 1, &ly->y0, file, diags);
	/* One label across (or down) needs no step. */
	if (!rc)
		rc = length_attr(n, "dx", ly->nx > 1, &ly->dx, file, diags);
	if (!rc)
		rc = length_attr(n, "dy", ly->ny > 1, &ly->dy, file, diags);
	return rc;
}

/*
 * Labels that run off the edge of the paper by up to 2 mm are made so
 * (Herma 4464, JAC 10542: labels to the edge); further, the product is
 * misread or hostile.
 */
#define LABEL_PAST_PAPER (2.0 * PT_PER_MM)

/* Every label on the paper, or nearly. */
static int
check_fits(const struct label_product *p, const xmlNode *t, const char *file, campaign_diags *diags)
{
	for (size_t i = 0; i < p->nlayouts; i++) {
		const struct label_layout *ly = &p->layouts[i];
		double x1 = ly->x0 + (ly->nx - 1) * ly->dx + p->shape.w, y1 = ly->y0 + (ly->ny - 1) * ly->dy + p->shape.h;
		if (x1 > p->page_w + LABEL_PAST_PAPER || y1 > p->page_h + LABEL_PAST_PAPER) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
			                   (unsigned long)xmlGetLineNo(t), 1,
			                   "label product %s: its labels reach %.1f x %.1f mm, past its %.1f x "
			                   "%.1f mm paper", p->name, x1 * MM_PER_PT, y1 * MM_PER_PT,
			                   p->page_w * MM_PER_PT, p->page_h * MM_PER_PT);
			return CAMPAIGN_EINVALID;
		}
	}
	if (campaign__label_count(p) > 1000)
		return bad(diags, file, t, "label product %s: more than 1000 labels on a sheet", p->name);
	return CAMPAIGN_OK;
}

static int
read_product(struct product_files *pf, const xmlNode *t, const char *file, struct label_product *p,
             campaign_diags *diags)
{
	const char *desc = attr(t, "_description");
	snprintf(p->description, sizeof(p->description), "%s", desc ? desc : "");
	one_line(p->description);
	int rc = read_paper(pf, t, file, p, diags);
	const xmlNode *label = NULL;
	for (const xmlNode *n = t->children; n && !label; n = n->next)
		if (is_named(n, "Label-rectangle") || is_named(n, "Label-round") ||
		    is_named(n, "Label-ellipse") || is_named(n, "Label-cd"))
			label = n;
	if (!rc && !label)
		return bad(diags, file, t, "label product %s: no <Label-rectangle>, <Label-round>, "
		                           "<Label-ellipse> or <Label-cd> in it", p->name);
	if (!rc)
		rc = read_shape(label, file, &p->shape, diags);
	p->nlayouts = 0;
	for (const xmlNode *n = label ? label->children : NULL; n && !rc; n = n->next) {
		if (!is_named(n, "Layout"))
			continue;
		if (p->nlayouts == LABEL_LAYOUTS_MAX)
			return bad(diags, file, n, "label product %s: more than 16 <Layout>s", p->name);
		rc = read_layout(n, file, &p->layouts[p->nlayouts++], diags);
	}
	if (!rc && p->nlayouts == 0)
		return bad(diags, file, label, "label product %s: no <Layout> says where its labels are", p->name);
	return rc ? rc : check_fits(p, t, file, diags);
}

/* "Avery" and "L7163" as "Avery L7163". */
static void
full_name(const xmlNode *t, const char *part, char *dst, size_t size)
{
	const char *brand = attr(t, "brand");
	snprintf(dst, size, "%s %s", brand ? brand : "", part ? part : "");
	one_line(dst);
}

/* Finds the <Template> called name in every file; *file gets the file it is in. */
static const xmlNode *
lookup(struct product_files *pf, const char *name, const char **file, int *rc, campaign_diags *diags)
{
	char full[256];
	for (size_t i = 0; i < pf->count && *rc == CAMPAIGN_OK; i++) {
		const xmlNode *root = root_of(pf, i, rc, diags);
		for (const xmlNode *n = root ? root->children : NULL; n; n = n->next) {
			if (!is_named(n, "Template"))
				continue;
			full_name(n, attr(n, "part"), full, sizeof(full));
			if (strcasecmp(full, name) == 0) {
				*file = pf->paths[i];
				return n;
			}
		}
	}
	return NULL;
}

/* The product behind t: t itself, or the one its equiv names, a few steps at most. */
static int
resolve(struct product_files *pf, const xmlNode *t, const char *file, struct label_product *p,
        campaign_diags *diags)
{
	int rc = CAMPAIGN_OK;
	for (int depth = 0; depth <= EQUIV_DEPTH_MAX; depth++) {
		const char *equiv = attr(t, "equiv");
		if (!equiv)
			return read_product(pf, t, file, p, diags);
		char target[256];
		full_name(t, equiv, target, sizeof(target));
		const char *in = NULL;
		const xmlNode *next = lookup(pf, target, &in, &rc, diags);
		if (rc)
			return rc;
		if (!next) {
			campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, file,
			                   (unsigned long)xmlGetLineNo(t), 1,
			                   "label product %s: the product it is the same as, %.64s, is not in "
			                   "%s", p->name, target, pf->dir);
			return CAMPAIGN_EINVALID;
		}
		t = next;
		file = in;
	}
	return bad(diags, file, t, "label product %s: equiv= goes round in a circle", p->name);
}

int
campaign__label_product_find(struct label_product *out, const char *dir, const char *name,
                             campaign_diags *diags)
{
	struct product_files pf;
	memset(out, 0, sizeof(*out));
	int rc = files_open(&pf, dir, diags);
	const char *file = NULL;
	const xmlNode *t = rc ? NULL : lookup(&pf, name, &file, &rc, diags);
	if (t) {
		full_name(t, attr(t, "part"), out->name, sizeof(out->name));
		rc = resolve(&pf, t, file, out, diags);
	} else if (rc == CAMPAIGN_OK) {
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_ENOTFOUND, NULL, 0, 0,
		                   "no label product '%.64s' in %s: 'campaign templates --labels' lists "
		                   "them, as brand and part (\"Avery L7163\")", name, dir);
		rc = CAMPAIGN_ENOTFOUND;
	}
	files_free(&pf);
	return rc;
}

size_t
campaign__label_count(const struct label_product *p)
{
	size_t n = 0;
	for (size_t i = 0; i < p->nlayouts; i++)
		n += (size_t)p->layouts[i].nx * (size_t)p->layouts[i].ny;
	return n;
}

static int
list_line(struct strbuf *b, const struct label_product *p)
{
	char grid[64];
	if (p->nlayouts == 1)
		snprintf(grid, sizeof(grid), "%d x %d", p->layouts[0].nx, p->layouts[0].ny);
	else
		snprintf(grid, sizeof(grid), "%zu labels in %zu layouts", campaign__label_count(p), p->nlayouts);
	const char *shape = p->shape.kind == LABEL_ROUND ? " round" : p->shape.kind == LABEL_CD ? " CD"
	                   : p->shape.kind == LABEL_ELLIPSE ? " oval" : "";
	return campaign__strbuf_addf(b, "%s\t%s\t%.1f x %.1f mm%s\t%s\t%s\n", p->name, p->paper,
	                             p->shape.w * MM_PER_PT, p->shape.h * MM_PER_PT, shape, grid,
	                             p->description);
}

/*
 * A product that cannot be used (Debian's own data has one whose labels
 * fall off its paper) is left out of the list with a warning, at its line:
 * the others are still worth listing. CAMPAIGN_OK, or ENOMEM.
 */
static int
skip(campaign_diags *diags, const campaign_diags *why)
{
	const campaign_diag *d = campaign_diags_get(why, 0);
	if (!d)
		return CAMPAIGN_OK;
	return campaign_diags_add(diags, CAMPAIGN_SEVERITY_WARNING, CAMPAIGN_OK, d->file, d->line, d->column,
	                          "left out: %s", d->message) == CAMPAIGN_ENOMEM ? CAMPAIGN_ENOMEM : CAMPAIGN_OK;
}

int
campaign__label_products_list(campaign_buf *out, const char *dir, campaign_diags *diags)
{
	struct product_files pf;
	struct strbuf b;
	campaign__strbuf_init(&b, 16u << 20);
	int rc = files_open(&pf, dir, diags);
	for (size_t i = 0; i < pf.count && rc == CAMPAIGN_OK; i++) {
		const xmlNode *root = root_of(&pf, i, &rc, diags);
		for (const xmlNode *n = root ? root->children : NULL; n && rc == CAMPAIGN_OK; n = n->next) {
			if (!is_named(n, "Template"))
				continue;
			struct label_product p;
			memset(&p, 0, sizeof(p));
			full_name(n, attr(n, "part"), p.name, sizeof(p.name));
			campaign_diags *why = NULL;
			if (campaign_diags_new(&why)) {
				rc = CAMPAIGN_ENOMEM;
				break;
			}
			rc = resolve(&pf, n, pf.paths[i], &p, why);
			if (rc == CAMPAIGN_EINVALID)
				rc = skip(diags, why);
			else if (rc)
				campaign__diags_copy(diags, why);
			else if (list_line(&b, &p))
				rc = CAMPAIGN_ENOMEM;
			campaign_diags_free(why);
		}
	}
	files_free(&pf);
	if (rc == CAMPAIGN_OK)
		rc = campaign__strbuf_to_buf(&b, out);
	campaign__strbuf_free(&b);
	return rc;
}
