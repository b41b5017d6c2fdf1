# SIGTERM (or ^C) during a build: the tool removes the temp files and the
# lock it made, says so and exits 143 (130 for SIGINT), instead of leaving
# .NAME.tmp.PID.RAND files and .campaign.lock until the next build. The
# signal is sent once the build holds its lock (it is under way); the flyers
# take seconds, so it lands mid-build. The next validate and build work.
# The hidden next version of an output folder the build was making
# (out/.qr.new, output_set.h) is left to the next build, which removes it
# under its lock: the last find shows nothing hidden is left.
cd examples/rally
SOURCE_DATE_EPOCH=1764000000 "$CAMPAIGN" build campaign.yaml -o out -q -j1 >/dev/null 2>err &
pid=$!
tries=0
until [ -e out/.campaign.lock ]; do
	tries=$((tries + 1))
	[ $tries -lt 1000 ] || { echo "the build never took its lock"; break; }
	sleep 0.01
done
kill -TERM $pid
status=0
wait $pid || status=$?
echo "exit $status"
sed 's/stopped, [0-9]* temporary files\{0,1\} removed/stopped, N temporary files removed/' err >&2
find . -mindepth 1 -name '.*.new' -prune -o \( -name '.*' -o -name '*.lock' -o -name '*.tmp*' \) -print
SOURCE_DATE_EPOCH=1764000000 "$CAMPAIGN" validate campaign.yaml
SOURCE_DATE_EPOCH=1764000000 "$CAMPAIGN" build campaign.yaml -o out -q -j2 >/dev/null
find . -mindepth 1 \( -name '.*' -o -name '*.lock' \)
ls out
