# A build killed with SIGKILL at random points: the ledger is the old one or the
# new one, never a mix; every file present is complete; the next build succeeds
# and gives what an uninterrupted build gives.
python3 "$TESTS/cli/helpers/make_big_spec.py" examples/rally spec 80
cp -r spec spec-old
python3 "$TESTS/cli/helpers/make_big_spec.py" examples/rally spec-old 40
"$CAMPAIGN" build spec-old/campaign.yaml -o out-old --now 2026-11-25 --quiet --format qr,pdf -j 1 >/dev/null
# The reference: an uninterrupted build of the new spec on top of the old state.
cp -r spec ref-spec && cp spec-old/campaign.ledger ref-spec/ && cp -r out-old ref-out
"$CAMPAIGN" build ref-spec/campaign.yaml -o ref-out --now 2026-11-26 --quiet --format qr,pdf -j 1 >/dev/null
survived=0
landed=0
for delay in 0.005 0.01 0.02 0.04 0.06 0.08 0.1 0.15 0.2 0.3 0.4 0.6 0.8 1.0 1.5; do
	rm -rf run out && cp -r spec run && cp spec-old/campaign.ledger run/ && cp -r out-old out
	status=0
	timeout --foreground -s KILL "$delay" "$CAMPAIGN" build run/campaign.yaml -o out --now 2026-11-26 --quiet --format qr,pdf -j 1 >/dev/null 2>&1 || status=$?
	[ "$status" != 137 ] || landed=$((landed + 1))
	if cmp -s run/campaign.ledger spec-old/campaign.ledger; then :
	elif cmp -s run/campaign.ledger ref-spec/campaign.ledger; then :
	else echo "ledger is neither old nor new after a kill at ${delay}s"; exit 1; fi
	python3 "$TESTS/cli/helpers/check_outputs.py" out || { echo "after a kill at ${delay}s"; exit 1; }
	"$CAMPAIGN" build run/campaign.yaml -o out --now 2026-11-26 --quiet --format qr,pdf -j 1 >/dev/null
	python3 "$TESTS/cli/helpers/check_outputs.py" --no-temps out
	cmp run/campaign.ledger ref-spec/campaign.ledger
	diff -r out ref-out >/dev/null || {
		echo "rebuild after a kill at ${delay}s differs"
		diff -rq out ref-out | head -5 >&2
		# KEEP_FAILED=DIR keeps both trees for a look.
		[ -z "${KEEP_FAILED:-}" ] || cp -r out ref-out "$KEEP_FAILED/"
		exit 1
	}
	survived=$((survived + 1))
done
echo "$survived kill points survived"
# A kill after the build had ended proves nothing: at least half must have landed.
[ "$landed" -ge 8 ] || { echo "only $landed of them landed while the build ran" >&2; exit 1; }
