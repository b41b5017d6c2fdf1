/*
 * Where the built-in templates are: the library never reads the environment
 * or guesses paths, so the tool tells it (for render, templates and build).
 */
#ifndef CLI_TEMPLATE_DIRS_H
#define CLI_TEMPLATE_DIRS_H

/*
 * Fills dirs (room for 4) with a NULL-terminated search list:
 *  1. $CAMPAIGN_TEMPLATE_DIR when set (a designer's own set first);
 *  2. the source tree's templates/ when this executable runs from the build
 *     tree (so a fresh build finds its templates without installing);
 *  3. the installed directory (DATADIR/libcampaign/templates).
 * The strings are static or from the environment; nothing to free.
 */
void cli_template_dirs(const char *dirs[4]);

#endif
