#include "opt.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#include "diag_print.h"
#include "exit.h"

static const struct opt_spec help_opt = { "help", 'h', OPT_FLAG, NULL, "show this help" };

int
usage_error(const struct cli_command *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = NULL;
	int n = vasprintf(&text, fmt, ap);
	va_end(ap);
	/* The option's value is quoted as given: printed escaped. */
	cli_error("campaign %s: error: %s\nTry 'campaign help %s'.\n", cmd->name, n < 0 ? "out of memory" : text,
	          cmd->name);
	free(text);
	return EXIT_USAGE;
}

static int
find_long(const struct cli_command *cmd, const char *name, size_t len)
{
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
		if (strlen(cmd->opts[i].name) == len && strncmp(cmd->opts[i].name, name, len) == 0)
			return i;
	return -1;
}

static int
find_short(const struct cli_command *cmd, char c)
{
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
		if (cmd->opts[i].short_name == c)
			return i;
	return -1;
}

static int
unknown_option(const struct cli_command *cmd, const char *arg, size_t len)
{
	const char *names[OPT_MAX + 2];
	size_t n = 0;
	for (int i = 0; cmd->opts && cmd->opts[i].name && n < OPT_MAX; i++)
		names[n++] = cmd->opts[i].name;
	names[n++] = "help";
	names[n] = NULL;
	char word[64];
	snprintf(word, sizeof(word), "%.*s", cli_quote_len(arg, len < 63 ? len : 63), arg);
	const char *hint = campaign_suggest(word, names);
	if (hint)
		return usage_error(cmd, "unknown option '--%s'; did you mean '--%s'?", word, hint);
	return usage_error(cmd, "unknown option '--%s'", word);
}

/* Whether the option's value names a file or directory (its value name says FILE, DIR or .pdf). */
static int
takes_path(const struct opt_spec *o)
{
	return o->value_name && (strstr(o->value_name, "FILE") || strstr(o->value_name, "DIR") ||
	                         strstr(o->value_name, ".pdf"));
}

static int
store(const struct cli_command *cmd, struct opt_result *res, int i, const char *value)
{
	const struct opt_spec *o = &cmd->opts[i];
	if (o->kind == OPT_FLAG && value)
		return usage_error(cmd, "option '--%s' takes no value", o->name);
	/* '' names no file: the open would fail later with "No such file", as if the file were missing. */
	if (value && !value[0] && takes_path(o)) {
		char shorter[8] = "";
		if (o->short_name)
			snprintf(shorter, sizeof(shorter), "-%c/", o->short_name);
		return usage_error(cmd, "option '%s--%s' needs a %s, not an empty string", shorter,
		                   o->name, o->value_name);
	}
	/* One more for the NULL that ends the list (opt_all()). */
	const char **grown = realloc(res->values[i], (res->count[i] + 2) * sizeof(*grown));
	if (!grown) {
		fprintf(stderr, "campaign: error: out of memory\n");
		return EXIT_ENV;
	}
	grown[res->count[i]++] = value ? value : "";
	grown[res->count[i]] = NULL;
	res->values[i] = grown;
	return 0;
}

static int parse(const struct cli_command *cmd, int argc, char **argv, struct opt_result *res);

int
opt_parse(const struct cli_command *cmd, int argc, char **argv, struct opt_result *res)
{
	memset(res, 0, sizeof(*res));
	int rc = parse(cmd, argc, argv, res);
	/* On --help or an error the caller exits at once; it owns nothing to free. */
	if (rc)
		opt_result_free(res);
	return rc;
}

static int
parse(const struct cli_command *cmd, int argc, char **argv, struct opt_result *res)
{
	int only_args = 0;
	for (int a = 1; a < argc; a++) {
		char *arg = argv[a];
		int i = -1;
		const char *value = NULL;
		if (only_args || arg[0] != '-' || strcmp(arg, "-") == 0) {
			if (res->nargs == ARG_MAX)
				return usage_error(cmd, "too many arguments: at most %d", ARG_MAX);
			res->args[res->nargs++] = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			only_args = 1;
			continue;
		}
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			opt_print_help(cmd, stdout);
			return -1;
		}
		if (arg[1] == '-') {
			const char *name = arg + 2;
			const char *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			i = find_long(cmd, name, len);
			if (i < 0)
				return unknown_option(cmd, name, len);
			value = eq ? eq + 1 : NULL;
		} else {
			i = find_short(cmd, arg[1]);
			if (i < 0)
				return usage_error(cmd, "unknown option '-%c'", arg[1]);
			if (arg[2])
				value = arg + 2;
		}
		if (cmd->opts[i].kind != OPT_FLAG && !value) {
			if (a + 1 >= argc)
				return usage_error(cmd, "option '--%s' needs a value (%s)", cmd->opts[i].name,
				                   cmd->opts[i].value_name);
			value = argv[++a];
		}
		int rc = store(cmd, res, i, value);
		if (rc)
			return rc;
	}
	if (res->nargs < cmd->min_args)
		return usage_error(cmd, "missing argument: %s", cmd->usage);
	if (cmd->max_args >= 0 && res->nargs > cmd->max_args)
		return usage_error(cmd, "unexpected argument '%s'", res->args[cmd->max_args]);
	/*
	 * The same for a first argument that names a file ('campaign build ""'),
	 * when it is one: resolve's lone argument, with --registry, is the query.
	 */
	size_t first = strcspn(cmd->usage, " |");
	int names_file = res->nargs > 0 && (res->nargs > 1 || cmd->max_args == 1);
	if (names_file && !res->args[0][0] &&
	    (memmem(cmd->usage, first, ".yaml", 5) || memmem(cmd->usage, first, "TEMPLATE", 8)))
		return usage_error(cmd, "the %.*s argument is an empty string, which names no file",
		                   (int)first, cmd->usage);
	/* '-' is standard input only where a command says so (qr's data); a spec is read by path. */
	if (names_file && strcmp(res->args[0], "-") == 0 && memmem(cmd->usage, first, ".yaml", 5))
		return usage_error(cmd, "the %.*s argument is '-', but a spec is not read from standard "
		                   "input; give its file (its folder is where 'rows:' and the ledger are)",
		                   (int)first, cmd->usage);
	return 0;
}

void
opt_result_free(struct opt_result *res)
{
	for (int i = 0; i < OPT_MAX; i++)
		free(res->values[i]);
	memset(res, 0, sizeof(*res));
}

static int
index_of(const struct cli_command *cmd, const char *name)
{
	int i = find_long(cmd, name, strlen(name));
	if (i < 0) {
		/* A misspelt name in our own code: fail loudly in tests. */
		fprintf(stderr, "campaign: internal error: no option '%s' in '%s'\n", name, cmd->name);
		abort();
	}
	return i;
}

const char *
opt_get(const struct cli_command *cmd, const struct opt_result *res, const char *name)
{
	int i = index_of(cmd, name);
	return res->count[i] ? res->values[i][res->count[i] - 1] : NULL;
}

size_t
opt_count(const struct cli_command *cmd, const struct opt_result *res, const char *name)
{
	return res->count[index_of(cmd, name)];
}

const char *const *
opt_all(const struct cli_command *cmd, const struct opt_result *res, const char *name, size_t *n)
{
	int i = index_of(cmd, name);
	*n = res->count[i];
	return res->values[i];
}

static void
print_opt(FILE *f, const struct opt_spec *o)
{
	char left[64];
	if (o->short_name)
		snprintf(left, sizeof(left), "-%c, --%s%s%s", o->short_name, o->name,
		         o->value_name ? " " : "", o->value_name ? o->value_name : "");
	else
		snprintf(left, sizeof(left), "    --%s%s%s", o->name, o->value_name ? " " : "",
		         o->value_name ? o->value_name : "");
	fprintf(f, "  %-26s %s%s\n", left, o->help, o->kind == OPT_REPEAT ? " (repeatable)" : "");
}

void
opt_print_help(const struct cli_command *cmd, void *file)
{
	FILE *f = file;
	fprintf(f, "Usage: campaign %s %s\n\n%s\n", cmd->name, cmd->usage, cmd->summary);
	if (cmd->description)
		fprintf(f, "\n%s\n", cmd->description);
	fprintf(f, "\nOptions:\n");
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
		print_opt(f, &cmd->opts[i]);
	print_opt(f, &help_opt);
}

int
opt_list(const struct cli_command *cmd, const struct opt_result *res, const char *name,
         struct opt_list *out)
{
	size_t n = 0;
	const char *const *values = opt_all(cmd, res, name, &n);
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += strlen(values[i]) + 1;
	out->count = 0;
	out->copy = malloc(total + 1);
	out->items = malloc((total + 1) * sizeof(*out->items));
	if (!out->copy || !out->items) {
		opt_list_free(out);
		fprintf(stderr, "campaign: error: out of memory\n");
		return EXIT_ENV;
	}
	char *p = out->copy;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(values[i]);
		memcpy(p, values[i], len + 1);
		for (char *tok = p; tok <= p + len;) {
			size_t t = strcspn(tok, ",");
			tok[t] = '\0';
			if (t)
				out->items[out->count++] = tok;
			tok += t + 1;
		}
		p += len + 1;
	}
	/* Given, yet naming none ('--reissue "$IDS"' with IDS empty): the user meant some. */
	if (n && !out->count) {
		opt_list_free(out);
		return usage_error(cmd, "--%s needs at least one placement id", name);
	}
	return 0;
}

void
opt_list_free(struct opt_list *list)
{
	free(list->copy);
	free(list->items);
	list->copy = NULL;
	list->items = NULL;
	list->count = 0;
}
