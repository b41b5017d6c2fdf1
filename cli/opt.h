/*
 * Command line options, declared once per command in a table that drives
 * parsing, `--help` and `campaign help COMMAND`, so help cannot drift from
 * what is parsed.
 */
#ifndef CLI_OPT_H
#define CLI_OPT_H

#include <stddef.h>

enum opt_kind {
	OPT_FLAG,   /* --quiet */
	OPT_VALUE,  /* --dpi 300 or --dpi=300; the last one given wins */
	OPT_REPEAT, /* --param k=v, may be given many times */
};

struct opt_spec {
	const char *name;       /* long name without dashes */
	char short_name;        /* 0 when none */
	enum opt_kind kind;
	const char *value_name; /* "N", "DIR"; NULL for flags */
	const char *help;
};

#define OPT_MAX 32
#define ARG_MAX 64

struct cli_command {
	const char *name;
	int (*run)(const struct cli_command *cmd, int argc, char **argv);
	const char *summary;     /* one line for `campaign --help` */
	const char *usage;       /* arguments after the command name */
	const char *description; /* a paragraph for `campaign help NAME` */
	const struct opt_spec *opts; /* terminated by an entry with name NULL */
	int min_args;
	int max_args;            /* -1: no limit */
};

struct opt_result {
	const char **values[OPT_MAX]; /* values[i][0..count[i]), then NULL */
	size_t count[OPT_MAX];
	char *args[ARG_MAX];
	int nargs;
};

/*
 * Parses argv (argv[0] is the command name). "--" ends the options; a lone
 * "-" is an argument (stdin). Prints a usage error naming the problem, with
 * a did-you-mean for unknown options, and returns EXIT_USAGE; `--help` prints
 * the command's help and returns -1 (the caller exits 0). On any nonzero
 * return res holds nothing to free.
 */
int opt_parse(const struct cli_command *cmd, int argc, char **argv, struct opt_result *res);
void opt_result_free(struct opt_result *res);

/* The value of option `name` (the last one given), or NULL. */
const char *opt_get(const struct cli_command *cmd, const struct opt_result *res, const char *name);
/* The number of times option `name` was given. */
size_t opt_count(const struct cli_command *cmd, const struct opt_result *res, const char *name);
/* All values of a repeatable option, NULL-terminated (NULL when none); *n receives the count. */
const char *const *opt_all(const struct cli_command *cmd, const struct opt_result *res,
                           const char *name, size_t *n);

/* Ids given to a repeatable option as lists, "--only a,b --only c": a, b, c. */
struct opt_list {
	char *copy;         /* the values, split in place */
	const char **items; /* count ids, pointing into copy */
	size_t count;
};

/*
 * Splits every value of the repeatable option `name` on commas, dropping
 * empty items. Returns 0, EXIT_USAGE (said) when the option is given but
 * names no id, or EXIT_ENV when out of memory.
 */
int opt_list(const struct cli_command *cmd, const struct opt_result *res, const char *name,
             struct opt_list *out);
void opt_list_free(struct opt_list *list);

/* Prints the command's full help (usage, description, options) to f. */
void opt_print_help(const struct cli_command *cmd, void *file);

/* Prints "campaign CMD: error: ..." and returns EXIT_USAGE. */
int usage_error(const struct cli_command *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
