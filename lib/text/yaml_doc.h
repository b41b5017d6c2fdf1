/*
 * A bounded YAML reader: turns untrusted YAML text into a small tree of
 * scalars, mappings and sequences, each node carrying its position.
 *
 * libyaml 0.2.5 alone is not safe on untrusted input: it
 * has no depth limit and is quadratic in nesting, builds graphs through
 * aliases, accepts duplicate keys, extra documents, any tag and NUL escapes,
 * and reports reader errors at 0:0. This layer drives libyaml's event API and
 * refuses all of that with located diagnostics, so that the schema code above
 * it only ever sees a finite tree with unique keys.
 */
#ifndef CAMPAIGN_YAML_DOC_H
#define CAMPAIGN_YAML_DOC_H

#include <stddef.h>

#include "campaign/diag.h"

/*
 * Limits on untrusted documents. Bytes and values are defaults a caller may
 * change (text_limits.h); depth and scalar size hold for every document.
 */
#define YAML_DOC_MAX_BYTES ((size_t)16 * 1024 * 1024)
#define YAML_DOC_MAX_DEPTH 64
#define YAML_DOC_MAX_SCALAR ((size_t)64 * 1024)
#define YAML_DOC_MAX_NODES ((size_t)400 * 1000)

enum yaml_node_kind {
	YAML_NODE_SCALAR,
	YAML_NODE_MAP,
	YAML_NODE_SEQ,
};

struct yaml_pos {
	unsigned long line;   /* 1-based */
	unsigned long column; /* 1-based, code points */
};

struct yaml_node {
	enum yaml_node_kind kind;
	struct yaml_pos pos;
	/* Scalars: the text (NUL-free, valid UTF-8) and whether it was quoted or a
	 * block scalar, so that `"true"` stays a string while `true` is a boolean. */
	char *text;
	size_t len;
	int quoted;
	/* Maps: keys[i] (always scalars) maps to items[i]. Sequences: items only. */
	struct yaml_node **keys;
	struct yaml_node **items;
	size_t count;
	size_t cap;
};

struct yaml_doc {
	struct yaml_node *root; /* NULL for an empty document */
	const char *file;       /* name used in diagnostics; borrowed */
};

/*
 * Parses buf (len bytes, need not be NUL-terminated) into doc. Every problem
 * goes to diags with `file` as its file name.
 * @return CAMPAIGN_OK, CAMPAIGN_EINVALID (with at least one error in diags)
 *         or CAMPAIGN_ENOMEM. On failure doc->root is NULL, except after
 *         problems that leave the tree sound (a duplicate key: the first
 *         one is in the tree; a tag: the value as written; a second
 *         document: the first one): then EINVALID comes with the tree, so
 *         the caller can report the file's other problems too (validate
 *         reports all), and must still fail. Free it either way.
 */
int campaign__yaml_doc_parse(struct yaml_doc *doc, const char *buf, size_t len,
                             const char *file, campaign_diags *diags);

struct text_limits;

/* The same within limits (NULL: the defaults; depth and scalar size are fixed). */
int campaign__yaml_doc_parse_limited(struct yaml_doc *doc, const char *buf, size_t len,
                                     const char *file, const struct text_limits *limits,
                                     campaign_diags *diags);

void campaign__yaml_doc_free(struct yaml_doc *doc);

/* The value for key in a map node, or NULL. */
const struct yaml_node *campaign__yaml_map_get(const struct yaml_node *map, const char *key);

/*
 * Whether node is YAML's null written plainly: ~, null, Null or NULL (an
 * empty value is the empty text, said by each key's own check). Quoted,
 * each is the word.
 */
int campaign__yaml_is_null(const struct yaml_node *node);

/* "a scalar", "a mapping", "a list": for messages. */
const char *campaign__yaml_kind_name(const struct yaml_node *node);

#endif
