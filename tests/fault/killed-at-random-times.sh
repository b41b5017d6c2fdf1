# A build killed with SIGKILL at random times, as a power cut or the OOM
# killer would, not only at the calls that write (killed-at-every-write.sh
# does those): at 60 moments spread over the length of one build, each
# jittered by a seeded random offset, so a rerun repeats the same moments
# and another seed (KILL_SEED) tries others. After each: every output old
# or new, the ledger old or new, and the next build gives the reference.
# A kill that came after its build had ended proves nothing, so at least
# half of them must have landed while the build ran, and a sixth after it
# had begun to change files.
. "$(dirname "$0")/common.sh"
kills=${KILL_POINTS:-60}
seed=${KILL_SEED:-20261125}
# How long one build takes here, in microseconds (the sanitized build is
# several times slower than the plain one; the moments scale with it): the
# shortest of three, so a build slowed down by a busy machine while it was
# timed does not spread the kills past the builds that follow.
length=
for _ in 1 2 3; do
	fresh
	start=$(date +%s%N)
	build new run 2026-11-25 >/dev/null || { echo "the timing build failed"; exit 1; }
	took=$((($(date +%s%N) - start) / 1000))
	[ -z "$length" ] || [ "$took" -lt "$length" ] && length=$took
done
echo "one build: ${length} us; $kills kills, seed $seed"
failed=0
survived=0
finished=0
landed=0
changed=0
i=0
while [ "$i" -lt "$kills" ]; do
	# The i-th of `kills` equal slices of 1.2 builds, at a random place in it:
	# some kills land after the build has ended, which must change nothing.
	at=$(python3 -c "import random,sys; r=random.Random($seed*1000+$i); \
print('%.6f' % (($i + r.random()) * 1.2 * $length / $kills / 1e6))")
	fresh
	status=0
	# --foreground: timeout then kills only the build and reaps it before it
	# exits. Without it, timeout sends SIGKILL to its whole process group,
	# itself included, and can exit while the build is still dying and holding
	# its lock, so the next build could find the lock taken.
	timeout --foreground -s KILL "$at" "$campaign" build new/campaign.yaml -o run/out \
		--ledger run/fault.ledger --registry run/fault.registry --now 2026-11-25 --quiet -j 1 --dpi 72 \
		>/dev/null 2>&1 || status=$?
	case $status in
	0) finished=$((finished + 1)) ;;
	137)
		landed=$((landed + 1))
		# Killed after it had changed something below run/ (an output, a
		# temporary file, the lock), not only before it began.
		diff -r base run >/dev/null 2>&1 || changed=$((changed + 1))
		;;
	# The build ended by itself just as its time was up: timeout says 124
	# for that, whatever the build returned; check_run still checks it all.
	124) finished=$((finished + 1)) ;;
	*) echo "kill at ${at}s: exit $status, expected 0, 124 or 137 (SIGKILL)"; failed=1 ;;
	esac
	# A kill at a moment, not a call: anywhere, the switch included.
	if check_run "a kill at ${at}s" units --temps; then
		survived=$((survived + 1))
	else
		failed=1
	fi
	i=$((i + 1))
done
echo "$survived of $kills kills survived; $landed landed while the build ran ($changed after it" \
	"had changed a file), $finished builds had finished before theirs"
if [ $((2 * landed)) -lt "$kills" ]; then
	echo "only $landed of $kills kills landed while a build ran: this proves too little"
	failed=1
fi
if [ $((6 * changed)) -lt "$kills" ]; then
	echo "only $changed of $kills kills landed after the build had begun to change files"
	failed=1
fi
exit $failed
