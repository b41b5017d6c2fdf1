/*
 * Values of the template format (internal): lengths with units, colours,
 * plain numbers. Parsed without strtod, so the result never depends on the
 * process locale (a program that called setlocale(LC_ALL, "de_DE") would
 * otherwise read "1.5mm" as 1).
 */
#ifndef CAMPAIGN_TEMPLATE_UNITS_H
#define CAMPAIGN_TEMPLATE_UNITS_H

#include "template/template_model.h"
#include "text/yaml_schema.h"

/* A decimal number "12", "-3.5", ".5", "1e3" of the whole text; 0 on success, -1 otherwise. */
int campaign__tpl_number(const char *text, size_t len, double *out);

/*
 * A length: a number with a unit (mm, cm, in, pt), or a bare 0. Returns 0
 * and the length in pt, or -1 with the problem in *why (a static string),
 * or -2 for a length too large for a number ("1e400mm"): *pt is then
 * +-HUGE_VAL, for the caller's range check to report with its limits.
 */
int campaign__tpl_length(const char *text, double *pt, const char **why);

/*
 * Reads the length at key of map into *pt. Absent: *pt unchanged, returns 0
 * (reported when required). `min` and `max` are in pt; a value outside is
 * reported with the range in mm. Returns 1 when a value was read, 0 when
 * absent, -1 when invalid (reported).
 */
int campaign__tpl_get_length(struct schema *s, const struct yaml_node *map, const char *key,
                             int required, double min, double max, double *pt);

/* A length node (a scalar), as above. */
int campaign__tpl_length_node(struct schema *s, const struct yaml_node *node, const char *key,
                              double min, double max, double *pt);

/* A pair [x, y] of lengths at key; same returns as campaign__tpl_get_length. */
int campaign__tpl_get_pair(struct schema *s, const struct yaml_node *map, const char *key,
                           int required, double min, double max, double *x, double *y);

/* A colour #rgb, #rrggbb, #rrggbbaa or cmyk(C, M, Y, K) in percent; 0 or -1. */
int campaign__tpl_color(const char *text, struct tpl_color *out);

/*
 * Warns at v when a cmyk() colour lays more ink on paper than a press
 * takes: offset presses print at most about 300 % in all (total area
 * coverage), and more smears, sets off on the next sheet and dries slowly.
 */
void campaign__tpl_warn_total_ink(struct schema *s, const struct yaml_node *v, const struct tpl_color *c);

/* The colour at key; 1 read, 0 absent, -1 invalid (reported). */
int campaign__tpl_get_color(struct schema *s, const struct yaml_node *map, const char *key,
                            struct tpl_color *out);

/*
 * The colour of something that must print (text, a line) at key: as
 * campaign__tpl_get_color(), and a fully transparent one (alpha 00) is an
 * error saying that `what` ("the text") would print nothing.
 */
int campaign__tpl_get_ink(struct schema *s, const struct yaml_node *map, const char *key,
                          const char *what, struct tpl_color *out);

/* A plain number in [min, max] at key; 1, 0 or -1 as above. */
int campaign__tpl_get_number(struct schema *s, const struct yaml_node *map, const char *key,
                             double min, double max, double *out);

/* Named page sizes in mm (portrait); 0 or -1. *canonical gets the name as we print it. */
int campaign__page_size(const char *name, double *w_mm, double *h_mm, const char **canonical);

/* The names of every page size, NULL-terminated, for did-you-mean. */
extern const char *const campaign__page_size_names[];

#endif
