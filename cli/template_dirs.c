#include "template_dirs.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <campaign/campaign.h>

#ifndef CAMPAIGN_TEMPLATES_SOURCE_DIR
#error "meson defines CAMPAIGN_TEMPLATES_SOURCE_DIR"
#endif

/* 1 when the running executable lies inside the meson build tree. */
static int
running_from_build_tree(void)
{
	char exe[PATH_MAX], root[PATH_MAX];
	if (!realpath("/proc/self/exe", exe) || !realpath(CAMPAIGN_BUILD_ROOT, root))
		return 0;
	size_t n = strlen(root);
	return strncmp(exe, root, n) == 0 && exe[n] == '/';
}

void
cli_template_dirs(const char *dirs[4])
{
	size_t n = 0;
	const char *env = getenv("CAMPAIGN_TEMPLATE_DIR");
	if (env && *env)
		dirs[n++] = env;
	if (running_from_build_tree())
		dirs[n++] = CAMPAIGN_TEMPLATES_SOURCE_DIR;
	dirs[n++] = campaign_templates_dir();
	dirs[n] = NULL;
}
