/* Crash-safe writes: complete or absent, old file kept on failure, no temp left behind. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "campaign/diag.h"
#include "campaign/status.h"
#include "harness.h"
#include "io/atomic_file.h"

static char dir[64];
static int dirfd_ = -1;

static void
scratch_dir(void)
{
	snprintf(dir, sizeof(dir), "/tmp/campaign-atomic-XXXXXX");
	ASSERT_NOT_NULL(mkdtemp(dir));
	dirfd_ = open(dir, O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dirfd_ >= 0);
}

/* Files in the scratch directory, temp files included; removes them when asked. */
static int
count_files(int remove)
{
	DIR *d = opendir(dir);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		n++;
		if (remove)
			unlinkat(dirfd_, e->d_name, 0);
	}
	closedir(d);
	return n;
}

static void
cleanup(void)
{
	count_files(1);
	close(dirfd_);
	rmdir(dir);
}

/* The file's content as a string (empty when absent). */
static const char *
content(const char *name)
{
	static char buf[256];
	buf[0] = '\0';
	int fd = openat(dirfd_, name, O_RDONLY);
	if (fd < 0)
		return "(absent)";
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

static const char *
first_message(const campaign_diags *diags)
{
	const campaign_diag *d = campaign_diags_get(diags, 0);
	return d ? d->message : "(none)";
}

static void
test_atomic_file__writes_then_replaces_without_temp_files(void)
{
	scratch_dir();
	ASSERT_INT_EQ(campaign__atomic_write(dirfd_, "a.txt", "one", 3, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(content("a.txt"), "one");
	ASSERT_INT_EQ(campaign__atomic_write(dirfd_, "a.txt", "two!", 4, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(content("a.txt"), "two!");
	ASSERT_INT_EQ(count_files(0), 1);
	ASSERT_INT_EQ(campaign__fsync_dir(dirfd_, ".", NULL, NULL), CAMPAIGN_OK);
	cleanup();
}

static void
test_atomic_file__writes_through_a_relative_path(void)
{
	scratch_dir();
	ASSERT_INT_EQ(mkdirat(dirfd_, "sub", 0777), 0);
	char path[128];
	snprintf(path, sizeof(path), "%s/sub/b.txt", dir);
	ASSERT_INT_EQ(campaign__atomic_write(AT_FDCWD, path, "bee", 3, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(content("sub/b.txt"), "bee");
	unlinkat(dirfd_, "sub/b.txt", 0);
	unlinkat(dirfd_, "sub", AT_REMOVEDIR);
	cleanup();
}

static void
test_atomic_file__reports_missing_directory_as_eio(void)
{
	scratch_dir();
	campaign_diags *diags = NULL;
	campaign_diags_new(&diags);
	ASSERT_INT_EQ(campaign__atomic_write(dirfd_, "missing/c.txt", "x", 1, diags), CAMPAIGN_EIO);
	ASSERT_INT_EQ(campaign_diags_count(diags), 1);
	const campaign_diag *d = campaign_diags_get(diags, 0);
	ASSERT_STR_EQ(d->file, "missing/c.txt");
	ASSERT_STR_EQ(d->message, "cannot open its directory: No such file or directory");
	ASSERT_INT_EQ(d->status, CAMPAIGN_EIO);
	ASSERT_INT_EQ(count_files(0), 0);
	campaign_diags_free(diags);
	cleanup();
}

static void
test_atomic_file__refuses_names_that_are_not_files(void)
{
	scratch_dir();
	static const char *const bad[] = { "", ".", "..", "sub/", "a/.." };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ASSERT_INT_EQ(campaign__atomic_write(dirfd_, bad[i], "x", 1, NULL),
		              CAMPAIGN_EINVALID);
	ASSERT_INT_EQ(count_files(0), 0);
	cleanup();
}

static void
test_atomic_file__keeps_old_file_when_the_write_fails(void)
{
	scratch_dir();
	ASSERT_INT_EQ(campaign__atomic_write(dirfd_, "keep.txt", "old", 3, NULL), CAMPAIGN_OK);
	/* A file-size limit makes the write fail half way (EFBIG), like a full disk. */
	struct rlimit old, small = { 1024, 1024 };
	getrlimit(RLIMIT_FSIZE, &old);
	small.rlim_max = old.rlim_max;
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	ASSERT_INT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
	static char big[8192];
	memset(big, 'n', sizeof(big));
	campaign_diags *diags = NULL;
	campaign_diags_new(&diags);
	int rc = campaign__atomic_write(dirfd_, "keep.txt", big, sizeof(big), diags);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, prev);
	ASSERT_INT_EQ(rc, CAMPAIGN_EIO);
	ASSERT_STR_EQ(first_message(diags), "cannot write: File too large");
	ASSERT_STR_EQ(content("keep.txt"), "old");
	ASSERT_INT_EQ(count_files(0), 1);
	campaign_diags_free(diags);
	cleanup();
}

static void
test_atomic_file__open_commit_and_discard(void)
{
	scratch_dir();
	ASSERT_INT_EQ(campaign__atomic_write(dirfd_, "set.pdf", "old", 3, NULL), CAMPAIGN_OK);
	struct atomic_file f;
	/* Discarded: the old file stays and no temp file is left. */
	ASSERT_INT_EQ(campaign__atomic_open(&f, dirfd_, "set.pdf", NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(write(f.fd, "half", 4), 4);
	ASSERT_INT_EQ(count_files(0), 2);
	campaign__atomic_discard(&f);
	ASSERT_STR_EQ(content("set.pdf"), "old");
	ASSERT_INT_EQ(count_files(0), 1);
	/* Committed through a path with a directory: the new file in place, nothing else. */
	char path[128];
	snprintf(path, sizeof(path), "%s/set.pdf", dir);
	ASSERT_INT_EQ(campaign__atomic_open(&f, AT_FDCWD, path, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(write(f.fd, "new!", 4), 4);
	ASSERT_INT_EQ(campaign__atomic_commit(&f, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(f.fd, -1);
	ASSERT_STR_EQ(content("set.pdf"), "new!");
	ASSERT_INT_EQ(count_files(0), 1);
	/* The check before a long job: fine here, and it leaves no file. */
	ASSERT_INT_EQ(campaign__atomic_check(dirfd_, "other.pdf", NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(count_files(0), 1);
	/* A bad name or a missing directory: an error, and discarding again is harmless. */
	ASSERT_INT_EQ(campaign__atomic_open(&f, dirfd_, "a/..", NULL), CAMPAIGN_EINVALID);
	campaign__atomic_discard(&f);
	campaign_diags *diags = NULL;
	campaign_diags_new(&diags);
	ASSERT_INT_EQ(campaign__atomic_open(&f, dirfd_, "missing/set.pdf", diags), CAMPAIGN_EIO);
	ASSERT_STR_EQ(first_message(diags), "cannot open its directory: No such file or directory");
	campaign__atomic_discard(&f);
	ASSERT_INT_EQ(count_files(0), 1);
	campaign_diags_free(diags);
	cleanup();
}

static void
test_atomic_file__scratch_files_have_no_name(void)
{
	scratch_dir();
	int fd = campaign__scratch_open(dirfd_);
	ASSERT_TRUE(fd >= 0);
	ASSERT_INT_EQ(count_files(0), 0);
	ASSERT_INT_EQ(write(fd, "abc", 3), 3);
	ASSERT_INT_EQ(lseek(fd, 0, SEEK_SET), 0);
	char back[4] = { 0 };
	ASSERT_INT_EQ(read(fd, back, 3), 3);
	ASSERT_STR_EQ(back, "abc");
	/* qpdf reads and writes it by this name. */
	char proc[64];
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	int again = open(proc, O_RDONLY);
	ASSERT_TRUE(again >= 0);
	ASSERT_INT_EQ(read(again, back, 3), 3);
	close(again);
	close(fd);
	ASSERT_INT_EQ(count_files(0), 0);
	ASSERT_INT_EQ(campaign__scratch_open(-1), -1);
	cleanup();
}

static void
test_atomic_file__batch_shows_files_only_at_commit(void)
{
	scratch_dir();
	struct atomic_batch *b = NULL;
	ASSERT_INT_EQ(campaign__atomic_batch_new(&b, dirfd_, dir), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "1.txt", "a", 1, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "2.txt", "b", 1, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(content("1.txt"), "(absent)");
	ASSERT_INT_EQ(campaign__atomic_batch_pending(b), 2);
	ASSERT_INT_EQ(campaign__atomic_batch_commit(b, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(content("1.txt"), "a");
	ASSERT_STR_EQ(content("2.txt"), "b");
	ASSERT_INT_EQ(count_files(0), 2);
	ASSERT_INT_EQ(campaign__atomic_batch_pending(b), 0);
	campaign__atomic_batch_free(b);
	cleanup();
}

static void
test_atomic_file__batch_rollback_and_free_leave_nothing(void)
{
	scratch_dir();
	struct atomic_batch *b = NULL;
	ASSERT_INT_EQ(campaign__atomic_batch_new(&b, dirfd_, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "1.txt", "a", 1, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "2.txt", "b", 1, NULL), CAMPAIGN_OK);
	campaign__atomic_batch_rollback(b, 1);
	ASSERT_INT_EQ(campaign__atomic_batch_pending(b), 1);
	ASSERT_INT_EQ(count_files(0), 1); /* the temp file of 1.txt */
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "bad/name", "c", 1, NULL), CAMPAIGN_EINVALID);
	campaign__atomic_batch_free(b);
	ASSERT_INT_EQ(count_files(0), 0);
	cleanup();
}

/* After a rollback the batch goes on: later files keep their own names and contents (names are packed in one buffer). */
static void
test_atomic_file__batch_after_rollback_commits_the_right_files(void)
{
	scratch_dir();
	struct atomic_batch *b = NULL;
	ASSERT_INT_EQ(campaign__atomic_batch_new(&b, dirfd_, dir), CAMPAIGN_OK);
	char name[80], data[80];
	for (int i = 0; i < 300; i++) { /* past the first growth of every buffer */
		snprintf(name, sizeof(name), "flyer-%d-%s.pdf", i, i % 2 ? "odd" : "even-and-longer");
		snprintf(data, sizeof(data), "page %d", i);
		ASSERT_INT_EQ(campaign__atomic_batch_add(b, name, data, strlen(data), NULL), CAMPAIGN_OK);
	}
	campaign__atomic_batch_rollback(b, 100);
	ASSERT_INT_EQ(count_files(0), 100);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "late.pdf", "late", 4, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_commit(b, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(count_files(0), 101);
	ASSERT_STR_EQ(content("flyer-0-even-and-longer.pdf"), "page 0");
	ASSERT_STR_EQ(content("flyer-99-odd.pdf"), "page 99");
	ASSERT_STR_EQ(content("flyer-100-even-and-longer.pdf"), "(absent)");
	ASSERT_STR_EQ(content("late.pdf"), "late");
	campaign__atomic_batch_free(b);
	cleanup();
}

/* A private directory's batch: files under their own names at once, no temp files; rollback and free remove the uncommitted ones. */
static void
test_atomic_file__private_batch_writes_final_names(void)
{
	scratch_dir();
	struct atomic_batch *b = NULL;
	ASSERT_INT_EQ(campaign__atomic_batch_new_private(&b, dirfd_, dir), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "1.txt", "a", 1, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "2.txt", "b", 1, NULL), CAMPAIGN_OK);
	ASSERT_STR_EQ(content("1.txt"), "a");
	ASSERT_INT_EQ(count_files(0), 2); /* no temp files */
	ASSERT_INT_EQ(campaign__atomic_batch_commit(b, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_pending(b), 0);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "3.txt", "c", 1, NULL), CAMPAIGN_OK);
	ASSERT_INT_EQ(campaign__atomic_batch_add(b, "4.txt", "d", 1, NULL), CAMPAIGN_OK);
	campaign__atomic_batch_rollback(b, 1);
	ASSERT_STR_EQ(content("4.txt"), "(absent)");
	ASSERT_STR_EQ(content("3.txt"), "c");
	campaign__atomic_batch_free(b); /* 3.txt was never committed */
	ASSERT_STR_EQ(content("3.txt"), "(absent)");
	ASSERT_STR_EQ(content("1.txt"), "a");
	ASSERT_STR_EQ(content("2.txt"), "b");
	ASSERT_INT_EQ(count_files(0), 2);
	cleanup();
}

static void
touch(const char *name)
{
	int fd = openat(dirfd_, name, O_WRONLY | O_CREAT | O_EXCL, 0644);
	ASSERT_TRUE(fd >= 0);
	close(fd);
}

/* A killed writer's temp files go; a shared directory's other files, and other names' temps, stay. */
static void
test_atomic_file__removes_only_the_temps_it_is_asked_to(void)
{
	scratch_dir();
	touch(".camp.ledger.tmp.123.0000abcd"); /* a killed build's ledger temp */
	touch(".camp.ledger.tmp.");             /* the prefix alone counts too */
	touch(".camp.ledgers.tmp.9.1");         /* another file's temp */
	touch(".camp.ledger.swp");              /* an editor's file */
	touch("camp.ledger");
	touch("campaign.yaml");
	campaign__atomic_remove_temps(dirfd_, "camp.ledger");
	ASSERT_INT_EQ(count_files(0), 4);
	ASSERT_INT_EQ(faccessat(dirfd_, ".camp.ledger.tmp.123.0000abcd", F_OK, 0), -1);
	ASSERT_INT_EQ(faccessat(dirfd_, ".camp.ledgers.tmp.9.1", F_OK, 0), 0);
	/* Without a name, every temp file goes: an output directory's sweep. */
	campaign__atomic_remove_temps(dirfd_, NULL);
	ASSERT_INT_EQ(count_files(0), 3);
	ASSERT_INT_EQ(faccessat(dirfd_, ".camp.ledger.swp", F_OK, 0), 0);
	cleanup();
}

int
main(void)
{
	RUN(test_atomic_file__writes_then_replaces_without_temp_files);
	RUN(test_atomic_file__writes_through_a_relative_path);
	RUN(test_atomic_file__reports_missing_directory_as_eio);
	RUN(test_atomic_file__refuses_names_that_are_not_files);
	RUN(test_atomic_file__keeps_old_file_when_the_write_fails);
	RUN(test_atomic_file__open_commit_and_discard);
	RUN(test_atomic_file__scratch_files_have_no_name);
	RUN(test_atomic_file__batch_shows_files_only_at_commit);
	RUN(test_atomic_file__batch_rollback_and_free_leave_nothing);
	RUN(test_atomic_file__batch_after_rollback_commits_the_right_files);
	RUN(test_atomic_file__private_batch_writes_final_names);
	RUN(test_atomic_file__removes_only_the_temps_it_is_asked_to);
	return harness_done();
}
