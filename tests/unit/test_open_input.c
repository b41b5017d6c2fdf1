/* Opening an input: a regular file only, and never a wait (a FIFO, a device, a directory). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/diag.h"
#include "campaign/status.h"
#include "harness.h"
#include "io/open_input.h"
#include "io/read_file.h"

static char dir[64];
static char path[128];

static const char *
in_dir(const char *name)
{
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

static void
test_open_input__a_regular_file_opens_blocking_again(void)
{
	int fd = open(in_dir("plain.txt"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0);
	ASSERT_INT_EQ(write(fd, "abc", 3), 3);
	close(fd);
	const char *why = "unset";
	fd = campaign__open_input_fd(in_dir("plain.txt"), &why);
	ASSERT_TRUE(fd >= 0);
	/* O_NONBLOCK stays: a kernel file that passes for a regular one (/proc/kmsg) must not hang a read. */
	ASSERT_INT_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	ASSERT_TRUE(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);
	ASSERT_TRUE(campaign__input_exists(in_dir("plain.txt")));
}

/*
 * A FIFO without a writer: a plain open() would wait for ever (the test
 * would hang, and meson's timeout fail it); this one returns at once.
 */
static void
test_open_input__a_fifo_is_refused_without_waiting(void)
{
	ASSERT_INT_EQ(mkfifo(in_dir("pipe"), 0644), 0);
	const char *why = NULL;
	ASSERT_INT_EQ(campaign__open_input_fd(in_dir("pipe"), &why), -1);
	ASSERT_STR_EQ(why, "it is a FIFO (named pipe), not a regular file");
	ASSERT_TRUE(campaign__input_exists(in_dir("pipe")));
	campaign_diags *d = NULL;
	ASSERT_INT_EQ(campaign_diags_new(&d), CAMPAIGN_OK);
	char *buf = NULL;
	size_t len = 0;
	ASSERT_INT_EQ(campaign__read_file(in_dir("pipe"), 100, &buf, &len, d, "spec.yaml", 7, 9),
	              CAMPAIGN_EIO);
	ASSERT_NULL(buf);
	const campaign_diag *diag = campaign_diags_get(d, 0);
	ASSERT_STR_EQ(diag->file, "spec.yaml");
	ASSERT_INT_EQ(diag->line, 7);
	ASSERT_INT_EQ(diag->column, 9);
	ASSERT_INT_EQ(diag->status, CAMPAIGN_EIO);
	char want[200];
	snprintf(want, sizeof(want), "cannot read '%s': it is a FIFO (named pipe), not a regular file",
	         in_dir("pipe"));
	ASSERT_STR_EQ(diag->message, want);
	campaign_diags_free(d);
	unlink(in_dir("pipe"));
}

static void
test_open_input__devices_directories_and_nothing(void)
{
	const char *why = NULL;
	/* /dev/zero would be read without end. */
	ASSERT_INT_EQ(campaign__open_input_fd("/dev/zero", &why), -1);
	ASSERT_STR_EQ(why, "it is a device, not a regular file");
	ASSERT_INT_EQ(campaign__open_input_fd(dir, &why), -1);
	ASSERT_INT_EQ(errno, EISDIR);
	ASSERT_STR_EQ(why, "it is a directory");
	ASSERT_INT_EQ(campaign__open_input_fd(in_dir("none"), &why), -1);
	ASSERT_INT_EQ(errno, ENOENT);
	ASSERT_STR_EQ(why, strerror(ENOENT));
	/* Only nothing at all is absent: a first build, not a file it cannot read. */
	ASSERT_TRUE(!campaign__input_exists(in_dir("none")));
	ASSERT_TRUE(campaign__input_exists(dir));
}

int
main(void)
{
	snprintf(dir, sizeof(dir), "/tmp/campaign-input-XXXXXX");
	if (!mkdtemp(dir))
		return 1;
	RUN(test_open_input__a_regular_file_opens_blocking_again);
	RUN(test_open_input__a_fifo_is_refused_without_waiting);
	RUN(test_open_input__devices_directories_and_nothing);
	unlink(in_dir("plain.txt"));
	rmdir(dir);
	return harness_done();
}
