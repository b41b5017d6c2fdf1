/* Files inside folders, after realpath: see path_inside.h. */
#include "util/path_inside.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
campaign__path_resolve(const char *path, int may_be_new)
{
	char *real = realpath(path, NULL);
	if (real || errno != ENOENT || !may_be_new)
		return real;
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	/* "dir/.." or "dir/." would resolve to somewhere else than "dir/NAME". */
	if (!*name || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
		errno = ENOENT;
		return NULL;
	}
	char dir[PATH_MAX];
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else if (slash == path)
		snprintf(dir, sizeof(dir), "/");
	else if ((size_t)(slash - path) < sizeof(dir))
		snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
	else {
		errno = ENAMETOOLONG;
		return NULL;
	}
	char *real_dir = realpath(dir, NULL);
	if (!real_dir)
		return NULL;
	size_t n = strlen(real_dir) + strlen(name) + 2;
	char *joined = malloc(n);
	if (joined)
		snprintf(joined, n, "%s%s%s", real_dir, strcmp(real_dir, "/") == 0 ? "" : "/", name);
	free(real_dir);
	return joined;
}

int
campaign__path_below(const char *dir, const char *file)
{
	if (strcmp(dir, "/") == 0)
		return file[0] == '/' && file[1] != '\0';
	size_t n = strlen(dir);
	return strncmp(file, dir, n) == 0 && file[n] == '/';
}
