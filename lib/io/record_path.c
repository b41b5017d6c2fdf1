/* The ledger's and the registry's real paths: see record_path.h. */
#include "io/record_path.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "campaign/status.h"

int
campaign__record_path_follow(char **path, const char *what, campaign_diags *diags)
{
	struct stat st;
	if (lstat(*path, &st) != 0 || !S_ISLNK(st.st_mode))
		return CAMPAIGN_OK;
	char *target = realpath(*path, NULL);
	if (!target) {
		if (errno == ENOMEM)
			return CAMPAIGN_ENOMEM;
		campaign_diags_add(diags, CAMPAIGN_SEVERITY_ERROR, CAMPAIGN_EIO, *path, 0, 0,
		                   "the %s is a symbolic link that leads to no file (%s): point it at the "
		                   "%s, or remove it",
		                   what, strerror(errno), what);
		return CAMPAIGN_EIO;
	}
	free(*path);
	*path = target;
	return CAMPAIGN_OK;
}

/* The directory of path, resolved, and its last component: "/abs/dir/name". */
static char *
canonical(const char *path)
{
	char *real = realpath(path, NULL);
	if (real)
		return real;
	const char *slash = strrchr(path, '/');
	char dir[PATH_MAX] = ".";
	if (slash == path) {
		strcpy(dir, "/");
	} else if (slash) {
		size_t n = (size_t)(slash - path);
		if (n >= sizeof(dir))
			return NULL;
		memcpy(dir, path, n);
		dir[n] = '\0';
	}
	char *real_dir = realpath(dir, NULL);
	if (!real_dir)
		return NULL;
	const char *base = slash ? slash + 1 : path;
	size_t len = strlen(real_dir) + 1 + strlen(base) + 1;
	char *out = malloc(len);
	if (out) {
		strcpy(out, real_dir);
		strcat(out, "/");
		strcat(out, base);
	}
	free(real_dir);
	return out;
}

int
campaign__path_inside(const char *path, const char *dir)
{
	char *cp = canonical(path), *cd = realpath(dir, NULL);
	int inside = 0;
	if (cp && cd) {
		size_t n = strlen(cd);
		inside = strncmp(cp, cd, n) == 0 && (cp[n] == '\0' || cp[n] == '/' || strcmp(cd, "/") == 0);
	}
	free(cp);
	free(cd);
	return inside;
}

int
campaign__record_path_same(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	char *ca = canonical(a), *cb = canonical(b);
	int same = ca && cb ? strcmp(ca, cb) == 0 : strcmp(a, b) == 0;
	free(ca);
	free(cb);
	return same;
}
