/*
 * The sheet options of `render` and `build`: imposition on a sheet, the
 * office printer and label products, read into campaign_impose_options.
 */
#ifndef CLI_IMPOSE_ARGS_H
#define CLI_IMPOSE_ARGS_H

#include <campaign/impose.h>

#include "opt.h"

#define IMPOSE_OPT_SPECS                                                                           \
	{ "sheet", 0, OPT_VALUE, "SIZE",                                                            \
	  "impose on sheets: A4, A3, SRA3, Letter, Tabloid, ... or WxH with a unit (320x450mm)" },  \
	{ "grid", 0, OPT_VALUE, "auto|CxR", "items across and down (default auto: as many as fit)" }, \
	{ "gutter", 0, OPT_VALUE, "LENGTH", "space between items (default twice the bleed; office 0)" }, \
	{ "office", 0, OPT_FLAG, NULL, "for an office printer: no bleed, no marks, inside --margin" },  \
	{ "margin", 0, OPT_VALUE, "LENGTH", "--office: the printer's unprintable margin (default 5mm)" }, \
	{ "labels", 0, OPT_VALUE, "PRODUCT",                                                        \
	  "impose on a label product, \"Avery L7163\" (campaign templates --labels)" }

/* The environment variable that names gLabels' product folder instead of the package's. */
#define LABELS_DIR_ENV "CAMPAIGN_LABELS_DIR"

/*
 * Reads the options above into *io (started from CAMPAIGN_IMPOSE_OPTIONS_INIT).
 * *sheets is set to 1 when flyers go on sheets (--sheet, --grid, --labels).
 * Returns 0, or EXIT_USAGE after a usage error.
 */
int impose_args(const struct cli_command *cmd, const struct opt_result *res,
                campaign_impose_options *io, int *sheets);

#endif
