# When worker threads cannot be started (out of threads, or of memory for
# their stacks): with some, a build or a QR batch goes on with those and
# gives the same files as -j 1; with none, it fails (exit 3) with a message,
# a QR batch leaves no directory behind and a build no manifest: never a
# success with files missing.
#   threads-cannot-start.sh CAMPAIGN SHIM
. "$(dirname "$0")/scratch.sh"
failed=0
check() { # what, then the command's status and what it must be
	if [ "$2" != "$3" ]; then
		echo "$1: exit $2, expected $3"
		failed=1
	fi
}

# The tool's first thread waits for SIGINT and SIGTERM (cli/interrupt.c): one
# worker is "2 allowed", no worker "1 allowed" (and with 0 that thread does
# not start either, and the signals keep their default action).
printf 'https://example.org/?n=%s\n' 1 2 3 4 5 6 7 8 >urls.txt
"$campaign" qr --batch urls.txt -o one -j 1 >/dev/null 2>&1
check "qr --batch -j 1" $? 0
CAMPAIGN_THREADS_ALLOWED=2 LD_PRELOAD=$shim "$campaign" qr --batch urls.txt -o some -j 4 >/dev/null 2>&1
check "qr --batch -j 4 with one thread" $? 0
diff -r one some >/dev/null || { echo "qr --batch with one thread of four: not the same files"; failed=1; }
status=0
CAMPAIGN_THREADS_ALLOWED=1 LD_PRELOAD=$shim "$campaign" qr --batch urls.txt -o none -j 4 >/dev/null 2>err.txt ||
	status=$?
check "qr --batch with no thread" $status 3
grep -q "cannot start a worker thread" err.txt || { echo "qr --batch with no thread said:"; cat err.txt; failed=1; }
[ -z "$(find . -maxdepth 1 -name '.none*')" ] || { echo "qr --batch with no thread left: $(ls -A)"; failed=1; }
[ ! -e none ] || { echo "qr --batch with no thread made the directory"; failed=1; }

cp "$here/spec/campaign.yaml" spec.yaml
build() { # dir jobs
	"$campaign" build spec.yaml -o "$1" --ledger "$1.ledger" --now 2026-11-25 --quiet --dpi 72 -j "$2"
}
build ref 1 >/dev/null 2>&1
check "build -j 1" $? 0
CAMPAIGN_THREADS_ALLOWED=2 LD_PRELOAD=$shim build some-build 3 >/dev/null 2>&1
check "build -j 3 with one thread" $? 0
diff -r ref some-build >/dev/null || { echo "build with one thread of three: not the same files"; failed=1; }
status=0
CAMPAIGN_THREADS_ALLOWED=1 LD_PRELOAD=$shim build none-build 3 >/dev/null 2>err.txt || status=$?
check "build with no thread" $status 3
grep -q "cannot start a thread to render the flyers" err.txt ||
	{ echo "build with no thread said:"; cat err.txt; failed=1; }
# The ledger and the QR codes come first (see lib/build/build.c); no flyer and no manifest then.
[ -z "$(ls -A none-build/flyers 2>/dev/null)" ] || { echo "build with no thread wrote flyers"; failed=1; }
[ ! -e none-build/manifest.json ] || { echo "build with no thread wrote its manifest"; failed=1; }
[ "$failed" = 0 ] && echo "threads that cannot start: handled"
exit $failed
