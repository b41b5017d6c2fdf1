#include "text/yaml_doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "campaign/status.h"
#include "core/diag_internal.h"
#include "util/utf8.h"
#include "text/text_limits.h"
#include "text/unichar.h"

struct loader {
	yaml_parser_t parser;
	const char *buf;
	size_t len;
	const char *file;
	campaign_diags *diags;
	struct yaml_node *stack[YAML_DOC_MAX_DEPTH + 1];
	size_t depth;
	size_t nodes;
	const struct text_limits *limits;
	struct yaml_node *root;
	int documents;
	int status;
	/* Problems that leave a sound tree (a duplicate key, a tag, a second
	 * document): reported, and the caller still checks the rest. */
	int sound_status;
};

static void
node_free(struct yaml_node *node)
{
	if (!node)
		return;
	/* Up to cap: a map may hold a key whose value never arrived. */
	for (size_t i = 0; i < node->cap; i++) {
		if (node->keys)
			node_free(node->keys[i]);
		node_free(node->items[i]);
	}
	free(node->keys);
	free(node->items);
	free(node->text);
	free(node);
}

static void CAMPAIGN_PRINTF(4, 0)
verror_at(struct loader *ld, unsigned long line, unsigned long column, const char *fmt, va_list ap)
{
	campaign__diags_vadd(ld->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, ld->file, line,
	                     column, fmt, ap);
	if (ld->status == CAMPAIGN_OK)
		ld->status = CAMPAIGN_EINVALID;
}

static void CAMPAIGN_PRINTF(4, 5)
error_at(struct loader *ld, unsigned long line, unsigned long column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verror_at(ld, line, column, fmt, ap);
	va_end(ap);
}

/* libyaml marks are 0-based; ours are 1-based. */
static void CAMPAIGN_PRINTF(3, 4)
error_at_mark(struct loader *ld, yaml_mark_t mark, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verror_at(ld, (unsigned long)mark.line + 1, (unsigned long)mark.column + 1, fmt, ap);
	va_end(ap);
}

/* A problem after which the tree is still sound: the schema checks still run. */
static void CAMPAIGN_PRINTF(4, 5)
sound_error_at(struct loader *ld, unsigned long line, unsigned long column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	campaign__diags_vadd(ld->diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EINVALID, ld->file, line,
	                     column, fmt, ap);
	va_end(ap);
	ld->sound_status = CAMPAIGN_EINVALID;
}

static void CAMPAIGN_PRINTF(3, 4)
error_at_offset(struct loader *ld, size_t offset, const char *fmt, ...)
{
	unsigned long line, column;
	campaign__utf8_position(ld->buf, ld->len, offset, &line, &column);
	va_list ap;
	va_start(ap, fmt);
	verror_at(ld, line, column, fmt, ap);
	va_end(ap);
}

#define NONCHARACTER_WHY "a noncharacter, which is not text (it is kept for a program's own use)"

/* The first noncharacter in len bytes of valid UTF-8, or 0. */
static uint32_t
first_noncharacter(const char *text, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = campaign__utf8_decode((const unsigned char *)text + i, len - i, &cp);
		if (n == 0)
			return 0;
		if (campaign__unichar_is_noncharacter(cp))
			return cp;
		i += n;
	}
	return 0;
}

/*
 * Bidi controls and C1 controls anywhere in the file, comments included: a
 * spec must read on screen as it will print (CVE-2021-42574). Noncharacters
 * too, named for what they are.
 */
static int
refused_char(struct loader *ld, size_t offset, uint32_t cp)
{
	enum unichar_hazard h = campaign__unichar_hazard(cp);
	char name[UNICHAR_DESCRIBE_MAX];
	if (campaign__unichar_is_noncharacter(cp)) {
		/* libyaml would call U+FFFE a control character; some others it takes. */
		error_at_offset(ld, offset, "%s is not allowed: " NONCHARACTER_WHY,
		                campaign__unichar_describe(cp, name));
		return -1;
	}
	if (h < UNICHAR_BIDI_CONTROL)
		return 0;
	error_at_offset(ld, offset, "%s is not allowed: %s", campaign__unichar_describe(cp, name),
	                campaign__unichar_why(h));
	return -1;
}

/*
 * Checks the raw bytes before libyaml sees them, so that encoding problems
 * are reported at their real position (libyaml puts reader errors at 0:0)
 * with a message a user can act on.
 */
static int
check_bytes(struct loader *ld)
{
	const unsigned char *p = (const unsigned char *)ld->buf;
	if (ld->len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		error_at(ld, 1, 1, "the file is UTF-16; save it as UTF-8");
		return -1;
	}
	size_t i = 0;
	while (i < ld->len) {
		if (p[i] >= 0x80) {
			uint32_t cp;
			size_t n = campaign__utf8_decode(p + i, ld->len - i, &cp);
			if (n == 0) {
				error_at_offset(ld, i, "invalid UTF-8 byte sequence; the file must be UTF-8");
				return -1;
			}
			if (refused_char(ld, i, cp))
				return -1;
			i += n;
			continue;
		}
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r') || p[i] == 0x7F) {
			error_at_offset(ld, i, "control character U+%04X is not allowed", p[i]);
			return -1;
		}
		i++;
	}
	return 0;
}

/*
 * The byte offset of a libyaml mark, from its line and column (code
 * points), which hold whatever libyaml counts its index in; len at worst.
 */
static size_t
offset_of(const struct loader *ld, yaml_mark_t mark)
{
	size_t off = 0;
	for (size_t line = 0; line < mark.line && off < ld->len; off++)
		if (ld->buf[off] == '\n')
			line++;
	for (size_t col = 0; col < mark.column && off < ld->len && ld->buf[off] != '\n'; col++) {
		size_t n = campaign__utf8_decode((const unsigned char *)ld->buf + off, ld->len - off, NULL);
		off += n ? n : 1;
	}
	return off;
}

/*
 * libyaml's words for the mistakes people make most when writing a value,
 * and what they are. Returns 1 when it reported one.
 */
static int
report_common_mistake(struct loader *ld, const yaml_parser_t *pr)
{
	if (!pr->problem)
		return 0;
	size_t off = offset_of(ld, pr->problem_mark);
	char here = off < ld->len ? ld->buf[off] : '\0';
	if (strstr(pr->problem, "mapping values are not allowed")) {
		size_t start = off;
		while (start > 0 && ld->buf[start - 1] != '\n')
			start--;
		int key_before = 0;
		for (size_t i = start; i + 1 < off; i++)
			key_before |= ld->buf[i] == ':' && (ld->buf[i + 1] == ' ' || ld->buf[i + 1] == '\t');
		if (key_before) /* title: Rally: the sequel */
			error_at_mark(ld, pr->problem_mark, "': ' inside a value that is not quoted; put the "
			                                    "whole value in quotes (\"...\")");
		else /* a key indented deeper than its neighbours continues the value above it */
			error_at_mark(ld, pr->problem_mark,
			              "this key is indented more than the keys beside it, so YAML reads it as "
			              "part of the value above; indent it as they are");
		return 1;
	}
	/* title: @home, title: `x`: characters YAML reserves. */
	if (strstr(pr->problem, "cannot start any token") && (here == '@' || here == '`')) {
		error_at_mark(ld, pr->problem_mark, "a value cannot start with '%c' unless it is quoted; "
		                                    "put the value in quotes (\"...\")", here);
		return 1;
	}
	/*
	 * { fill: #b3261e }: a '#' after a space starts a comment, which took
	 * the rest of the line and the '}' or ']' that closed it.
	 */
	if (pr->context && strstr(pr->context, "flow")) {
		size_t end = off;
		while (end > 0 && (ld->buf[end - 1] == '\n' || ld->buf[end - 1] == '\r' ||
		                   ld->buf[end - 1] == ' ' || ld->buf[end - 1] == '\t'))
			end--;
		size_t start = end;
		while (start > 0 && ld->buf[start - 1] != '\n')
			start--;
		int quote = 0;
		for (size_t i = start; i + 1 < end; i++) {
			char c = ld->buf[i];
			if (c == '"' || c == '\'')
				quote = quote == c ? 0 : quote ? quote : c;
			if (!quote && (c == ' ' || c == '\t') && ld->buf[i + 1] == '#' && i > start &&
			    strchr(":,[{", ld->buf[i > start + 1 && ld->buf[i - 1] == ' ' ? i - 2 : i - 1])) {
				unsigned long line, column;
				campaign__utf8_position(ld->buf, ld->len, i + 1, &line, &column);
				error_at(ld, line, column, "'#' after a space starts a comment, which cut off "
				                           "the rest of this line; quote the value (\"#b3261e\")");
				return 1;
			}
		}
	}
	/* title: "Rally" today, title: 'it's': text after the closing quote. */
	if (strstr(pr->problem, "did not find expected key") && off > 0 && off <= ld->len) {
		size_t q = off;
		while (q > 0 && (ld->buf[q - 1] == ' ' || ld->buf[q - 1] == '\t'))
			q--;
		if (q > 0 && q < off + 1 && (ld->buf[q - 1] == '"' || ld->buf[q - 1] == '\'') &&
		    here != '\n' && here != '\r' && here != '#' && here != '\0') {
			error_at_mark(ld, pr->problem_mark,
			              "text after the closing quote of a value; put all of it inside the "
			              "quotes (in '...', write a ' as '')");
			return 1;
		}
	}
	return 0;
}

static void
report_parser_error(struct loader *ld)
{
	yaml_parser_t *pr = &ld->parser;
	if (pr->error == YAML_MEMORY_ERROR) {
		ld->status = CAMPAIGN_ENOMEM;
		return;
	}
	if (pr->error == YAML_READER_ERROR) {
		error_at_offset(ld, pr->problem_offset, "%s", pr->problem ? pr->problem : "unreadable input");
		return;
	}
	size_t off = pr->problem_mark.index;
	if (pr->problem && ((off < ld->len && ld->buf[off] == '\t' &&
	                     strstr(pr->problem, "cannot start any token")) ||
	                    strstr(pr->problem, "tab character"))) {
		/* Most often the tab is the indentation itself: say that, not only "tab character". */
		size_t start = off;
		while (start > 0 && ld->buf[start - 1] != '\n' && ld->buf[start - 1] != '\r')
			start--;
		/* The buffer is not NUL-terminated (a fuzzer's, a read file's): count within it. */
		size_t blank = start;
		while (blank < ld->len && (ld->buf[blank] == ' ' || ld->buf[blank] == '\t'))
			blank++;
		int indents = blank >= off;
		error_at_mark(ld, pr->problem_mark, indents
		              ? "a tab indents this line; YAML indents with spaces only"
		              : "a tab character here; YAML indents with spaces only");
		return;
	}
	/*
	 * libyaml gives up on a key longer than 1024 characters (YAML's limit
	 * for an implicit key) with "could not find expected ':'", which
	 * reads as a missing colon where there is one.
	 */
	if (pr->problem && pr->context && strstr(pr->context, "simple key") &&
	    pr->problem_mark.line == pr->context_mark.line &&
	    pr->problem_mark.column > pr->context_mark.column + 1024) {
		error_at_mark(ld, pr->context_mark,
		              "the key that starts here is longer than 1024 characters, the most YAML "
		              "allows for a key; no key of the format is that long");
		return;
	}
	if (report_common_mistake(ld, pr))
		return;
	const char *problem = pr->problem ? pr->problem : "unexpected input";
	if (pr->context)
		error_at_mark(ld, pr->context_mark,
		              "syntax error %s that starts here: %s at line %lu, column %lu",
		              pr->context, problem, (unsigned long)pr->problem_mark.line + 1,
		              (unsigned long)pr->problem_mark.column + 1);
	else
		error_at_mark(ld, pr->problem_mark, "syntax error: %s", problem);
}

static struct yaml_node *
new_node(struct loader *ld, enum yaml_node_kind kind, yaml_mark_t mark)
{
	if (++ld->nodes > ld->limits->yaml_nodes) {
		char hint[96];
		error_at_mark(ld, mark, "the document has more than %zu values%s",
		              ld->limits->yaml_nodes,
		              campaign__text_limit_hint(ld->limits, "spec-values", hint, sizeof(hint)));
		return NULL;
	}
	struct yaml_node *node = calloc(1, sizeof(*node));
	if (!node) {
		ld->status = CAMPAIGN_ENOMEM;
		return NULL;
	}
	node->kind = kind;
	node->pos.line = (unsigned long)mark.line + 1;
	node->pos.column = (unsigned long)mark.column + 1;
	return node;
}

static int
cmp_keys(const void *a, const void *b)
{
	const struct yaml_node *x = *(struct yaml_node *const *)a;
	const struct yaml_node *y = *(struct yaml_node *const *)b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->text, y->text, n);
	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	/* Equal keys: the earlier one first, so the later one is the duplicate. */
	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	return x->pos.column < y->pos.column ? -1 : x->pos.column > y->pos.column;
}

/* Sorting a copy makes the check O(n log n), so a 100,000-key map stays fast. */
static void
check_duplicate_keys(struct loader *ld, const struct yaml_node *map)
{
	if (map->count < 2)
		return;
	struct yaml_node **sorted = malloc(map->count * sizeof(*sorted));
	if (!sorted) {
		ld->status = CAMPAIGN_ENOMEM;
		return;
	}
	memcpy(sorted, map->keys, map->count * sizeof(*sorted));
	qsort(sorted, map->count, sizeof(*sorted), cmp_keys);
	for (size_t i = 1; i < map->count; i++) {
		const struct yaml_node *a = sorted[i - 1], *b = sorted[i];
		if (a->len == b->len && memcmp(a->text, b->text, a->len) == 0) {
			/* The first one counts (campaign__yaml_map_get finds it), so checking goes on. */
			sound_error_at(ld, b->pos.line, b->pos.column,
			               "duplicate key '%.64s'; first given at line %lu, column %lu", b->text,
			               a->pos.line, a->pos.column);
		}
	}
	free(sorted);
}

/* Adds a finished node to its parent, or makes it the root. */
static int
attach(struct loader *ld, struct yaml_node *node)
{
	if (ld->depth == 0) {
		ld->root = node;
		return 0;
	}
	struct yaml_node *parent = ld->stack[ld->depth - 1];
	if (parent->kind == YAML_NODE_MAP) {
		/* A map alternates keys and values: a pending key has items[count] == NULL. */
		if (parent->count < parent->cap && parent->keys[parent->count] && !parent->items[parent->count]) {
			parent->items[parent->count++] = node;
			return 0;
		}
		/* text: {{event.title}} unquoted: YAML reads '{{' as a mapping inside a mapping. */
		if (node->kind == YAML_NODE_MAP && parent->pos.line == node->pos.line &&
		    parent->pos.column + 1 == node->pos.column) {
			error_at(ld, parent->pos.line, parent->pos.column,
			         "a value that starts with '{{' must be quoted, as in \"{{event.title}}\"; "
			         "unquoted, YAML reads it as a mapping");
			node_free(node);
			return -1;
		}
		if (node->kind != YAML_NODE_SCALAR) {
			error_at(ld, node->pos.line, node->pos.column,
			         "a key must be plain text, not %s", campaign__yaml_kind_name(node));
			node_free(node);
			return -1;
		}
	}
	if (parent->count == parent->cap) {
		size_t cap = parent->cap ? parent->cap * 2 : 4;
		struct yaml_node **items = realloc(parent->items, cap * sizeof(*items));
		if (!items)
			goto nomem;
		parent->items = items;
		if (parent->kind == YAML_NODE_MAP) {
			struct yaml_node **keys = realloc(parent->keys, cap * sizeof(*keys));
			if (!keys)
				goto nomem;
			parent->keys = keys;
		}
		for (size_t i = parent->count; i < cap; i++) {
			parent->items[i] = NULL;
			if (parent->keys)
				parent->keys[i] = NULL;
		}
		parent->cap = cap;
	}
	if (parent->kind == YAML_NODE_MAP)
		parent->keys[parent->count] = node;
	else
		parent->items[parent->count++] = node;
	return 0;
nomem:
	node_free(node);
	ld->status = CAMPAIGN_ENOMEM;
	return -1;
}

static int
check_tag(struct loader *ld, const yaml_char_t *tag, yaml_mark_t mark, int scalar)
{
	if (!tag)
		return 0;
	if (scalar && strcmp((const char *)tag, "tag:yaml.org,2002:str") == 0)
		return 0;
	/* The value under the tag is read as it is written, so checking goes on. */
	sound_error_at(ld, (unsigned long)mark.line + 1, (unsigned long)mark.column + 1,
	               "tags such as '%.80s' are not supported; write the value plainly",
	               (const char *)tag);
	return 0;
}

static int
on_scalar(struct loader *ld, yaml_event_t *ev)
{
	if (check_tag(ld, ev->data.scalar.tag, ev->start_mark, 1))
		return -1;
	size_t len = ev->data.scalar.length;
	if (len > YAML_DOC_MAX_SCALAR) {
		error_at_mark(ld, ev->start_mark, "value too long: %zu bytes; the limit is %zu", len,
		              YAML_DOC_MAX_SCALAR);
		return -1;
	}
	if (memchr(ev->data.scalar.value, '\0', len)) {
		error_at_mark(ld, ev->start_mark, "NUL character (\\0) in a value");
		return -1;
	}
	if (campaign__utf8_validate((const char *)ev->data.scalar.value, len) != len) {
		/* Escapes such as "\xff" can produce bytes that are not UTF-8. */
		error_at_mark(ld, ev->start_mark, "value is not valid UTF-8");
		return -1;
	}
	uint32_t cp;
	if (campaign__unichar_find((const char *)ev->data.scalar.value, len, UNICHAR_BIDI_CONTROL, &cp) >= 0) {
		/* Written as an escape ("\u202E"): the raw bytes were plain. The tree stays sound. */
		char name[UNICHAR_DESCRIBE_MAX];
		sound_error_at(ld, (unsigned long)ev->start_mark.line + 1,
		               (unsigned long)ev->start_mark.column + 1, "%s in this value is not allowed: %s",
		               campaign__unichar_describe(cp, name),
		               campaign__unichar_why(campaign__unichar_hazard(cp)));
	}
	if (campaign__unichar_find_replacement((const char *)ev->data.scalar.value, len) >= 0)
		sound_error_at(ld, (unsigned long)ev->start_mark.line + 1,
		               (unsigned long)ev->start_mark.column + 1,
		               "U+FFFD REPLACEMENT CHARACTER in this value is not allowed: "
		               UNICHAR_REPLACEMENT_WHY);
	if ((cp = first_noncharacter((const char *)ev->data.scalar.value, len)) != 0) {
		/* Written as an escape ("\uFFFE"), which check_bytes() could not see. */
		char name[UNICHAR_DESCRIBE_MAX];
		sound_error_at(ld, (unsigned long)ev->start_mark.line + 1,
		               (unsigned long)ev->start_mark.column + 1,
		               "%s in this value is not allowed: " NONCHARACTER_WHY,
		               campaign__unichar_describe(cp, name));
	}
	if (len && campaign__utf8_decode(ev->data.scalar.value, len, &cp) && campaign__unichar_is_mark(cp)) {
		/* Pasted with a stray accent: shaped, it prints on a dotted circle the value does not hold. */
		char name[UNICHAR_DESCRIBE_MAX];
		sound_error_at(ld, (unsigned long)ev->start_mark.line + 1,
		               (unsigned long)ev->start_mark.column + 1,
		               "this value begins with %s, a mark with no letter before it to sit on (it "
		               "would print on a dotted circle): remove it or join it to its letter",
		               campaign__unichar_describe(cp, name));
	}
	struct yaml_node *node = new_node(ld, YAML_NODE_SCALAR, ev->start_mark);
	if (!node)
		return -1;
	node->text = malloc(len + 1);
	if (!node->text) {
		node_free(node);
		ld->status = CAMPAIGN_ENOMEM;
		return -1;
	}
	memcpy(node->text, ev->data.scalar.value, len);
	node->text[len] = '\0';
	node->len = len;
	node->quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
	return attach(ld, node);
}

static int
on_collection_start(struct loader *ld, yaml_event_t *ev, enum yaml_node_kind kind)
{
	const yaml_char_t *tag = kind == YAML_NODE_MAP ? ev->data.mapping_start.tag
	                                               : ev->data.sequence_start.tag;
	if (check_tag(ld, tag, ev->start_mark, 0))
		return -1;
	if (ld->depth >= YAML_DOC_MAX_DEPTH) {
		error_at_mark(ld, ev->start_mark, "nesting is too deep (limit %d levels)", YAML_DOC_MAX_DEPTH);
		return -1;
	}
	struct yaml_node *node = new_node(ld, kind, ev->start_mark);
	if (!node)
		return -1;
	ld->stack[ld->depth++] = node;
	return 0;
}

static int
on_collection_end(struct loader *ld)
{
	struct yaml_node *node = ld->stack[--ld->depth];
	ld->stack[ld->depth] = NULL;
	if (node->kind == YAML_NODE_MAP)
		check_duplicate_keys(ld, node);
	return attach(ld, node);
}

/* Returns 1 at the end of the stream, 0 to go on, -1 to stop. */
static int
on_event(struct loader *ld, yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_STREAM_START_EVENT:
	case YAML_DOCUMENT_END_EVENT:
	case YAML_NO_EVENT:
		return 0;
	case YAML_STREAM_END_EVENT:
		return 1;
	case YAML_DOCUMENT_START_EVENT:
		if (++ld->documents > 1) {
			/* The first document is complete: it is checked, the rest is not read. */
			sound_error_at(ld, (unsigned long)ev->start_mark.line + 1,
			               (unsigned long)ev->start_mark.column + 1,
			               "a second YAML document; a file holds one");
			return -1;
		}
		return 0;
	case YAML_ALIAS_EVENT:
		error_at_mark(ld, ev->start_mark,
		              "aliases (*%.64s) are not supported; repeat the value instead",
		              (const char *)ev->data.alias.anchor);
		return -1;
	case YAML_SCALAR_EVENT:
		return on_scalar(ld, ev);
	case YAML_MAPPING_START_EVENT:
		return on_collection_start(ld, ev, YAML_NODE_MAP);
	case YAML_SEQUENCE_START_EVENT:
		return on_collection_start(ld, ev, YAML_NODE_SEQ);
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT:
		return on_collection_end(ld);
	}
	return 0;
}

int
campaign__yaml_doc_parse(struct yaml_doc *doc, const char *buf, size_t len, const char *file,
                         campaign_diags *diags)
{
	return campaign__yaml_doc_parse_limited(doc, buf, len, file, NULL, diags);
}

int
campaign__yaml_doc_parse_limited(struct yaml_doc *doc, const char *buf, size_t len,
                                 const char *file, const struct text_limits *limits,
                                 campaign_diags *diags)
{
	doc->root = NULL;
	doc->file = file;
	struct loader ld;
	memset(&ld, 0, sizeof(ld));
	ld.buf = buf;
	ld.len = len;
	ld.file = file;
	ld.diags = diags;
	ld.limits = limits ? limits : &campaign__text_limits_default;
	if (len > ld.limits->yaml_bytes) {
		char hint[96];
		error_at(&ld, 1, 1, "the file is too large: %zu bytes; the limit is %zu%s", len,
		         ld.limits->yaml_bytes,
		         campaign__text_limit_hint(ld.limits, "spec-bytes", hint, sizeof(hint)));
		return ld.status;
	}
	if (check_bytes(&ld))
		return ld.status;
	if (!yaml_parser_initialize(&ld.parser))
		return CAMPAIGN_ENOMEM;
	yaml_parser_set_input_string(&ld.parser, (const unsigned char *)buf, len);
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&ld.parser, &ev)) {
			report_parser_error(&ld);
			break;
		}
		int r = on_event(&ld, &ev);
		yaml_event_delete(&ev);
		if (r)
			break;
	}
	yaml_parser_delete(&ld.parser);
	while (ld.depth > 0)
		node_free(ld.stack[--ld.depth]);
	if (ld.status != CAMPAIGN_OK) {
		node_free(ld.root);
		return ld.status;
	}
	doc->root = ld.root;
	return ld.sound_status;
}

void
campaign__yaml_doc_free(struct yaml_doc *doc)
{
	node_free(doc->root);
	doc->root = NULL;
}

const struct yaml_node *
campaign__yaml_map_get(const struct yaml_node *map, const char *key)
{
	if (!map || map->kind != YAML_NODE_MAP)
		return NULL;
	for (size_t i = 0; i < map->count; i++)
		if (strcmp(map->keys[i]->text, key) == 0)
			return map->items[i];
	return NULL;
}

int
campaign__yaml_is_null(const struct yaml_node *node)
{
	static const char *const nulls[] = { "~", "null", "Null", "NULL" };
	if (node->kind != YAML_NODE_SCALAR || node->quoted)
		return 0;
	for (size_t i = 0; i < sizeof(nulls) / sizeof(nulls[0]); i++)
		if (strcmp(node->text, nulls[i]) == 0)
			return 1;
	return 0;
}

const char *
campaign__yaml_kind_name(const struct yaml_node *node)
{
	switch (node->kind) {
	case YAML_NODE_SCALAR: return "a single value";
	case YAML_NODE_MAP: return "a mapping";
	case YAML_NODE_SEQ: return "a list";
	}
	return "a value";
}
