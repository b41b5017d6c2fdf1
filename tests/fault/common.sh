# Shared by the fault tests (sourced): a scratch directory with
#   new/campaign.yaml   the spec under test (spec/campaign.yaml here)
#   old/campaign.yaml   the same without the poster: the previous state
#   base/               the previous state: old's outputs, ledger and registry
#   ref/                base after an uninterrupted build of new: the reference
# and functions to run a build on a fresh copy of base in run/.
# With SCENARIO withdraw the roles swap: base is new's outputs and the build
# under test is old's, which withdraws the poster (its QR codes move into
# withdrawn/); $to names the spec of the build under test.
#   . common.sh CAMPAIGN SHIM [withdraw]
. "$(dirname "$0")/scratch.sh"
from=old to=new
[ "${3:-}" = withdraw ] && from=new to=old

mkdir new old base ref
cp "$here/spec/campaign.yaml" new/
sed '/^  - id: poster$/,/^  - id: post$/{/^  - id: post$/!d;}' new/campaign.yaml >old/campaign.yaml

build() { # spec dir now [extra args...]
	spec=$1 dir=$2 now=$3
	shift 3
	"$campaign" build "$spec/campaign.yaml" -o "$dir/out" --ledger "$dir/fault.ledger" \
		--registry "$dir/fault.registry" --now "$now" --quiet -j 1 --dpi 72 "$@"
}
build $from base 2026-11-24 >/dev/null || { echo "the old build failed"; exit 1; }
cp -r base/. ref/
build $to ref 2026-11-25 >/dev/null || { echo "the reference build failed"; exit 1; }
[ "$to" = new ] || [ -d ref/out/withdrawn ] || { echo "the reference build withdrew nothing"; exit 1; }

# A fresh copy of the previous state in run/.
fresh() {
	rm -rf run
	mkdir run
	cp -r base/. run/
}

# Sets $points to the number of calls that change a file below run/ in one
# build of new, after read_count's checks. Every file the build writes anew
# (ref/ against base/) takes at least three of them: the temporary file's
# creation, its fsync and its rename into place.
count_points() {
	fresh
	rm -f count
	FAULT_DIR=$scratch/run FAULT_COUNT=$scratch/count FAULT_TRACE=$scratch/trace LD_PRELOAD=$shim \
		build $to run 2026-11-25 >/dev/null 2>&1 || { echo "the counting build failed"; exit 1; }
	changed=$(cd ref && find . -type f | while read -r f; do
		cmp -s "$f" "../base/$f" || echo "$f"
	done | wc -l)
	[ "$changed" -gt 0 ] || { echo "the reference build changed no file"; exit 1; }
	read_count count $((3 * changed)) "calls that change a file"
	# The switch of the output set: from its first rename (a directory
	# exchanged) to manifest.json's, the last. Only a call in between can
	# leave a set that is partly old and partly new.
	switch_first=$(awk '$2 == "rename" && ($3 == "withdrawn" || $3 == "qr" || $3 == "flyers" || $3 == "sheets" || $3 == "social" || $3 == "captions") { print $1; exit }' trace)
	switch_last=$(awk '$2 == "rename" && $3 == "manifest.json" { n = $1 } END { print n }' trace)
	if [ -z "$switch_first" ] || [ -z "$switch_last" ] || [ "$switch_first" -ge "$switch_last" ]; then
		echo "the trace shows no switch of the output set (first '$switch_first', last '$switch_last')"
		exit 1
	fi
}

# What the output set must be after a build stopped at call $1 (1-based)
# of the counting run: the old one before the switch began, the new one
# after manifest.json was renamed, each piece whole in between.
set_at() { # call
	if [ "$1" -le "$switch_first" ]; then echo old
	elif [ "$1" -le "$switch_last" ]; then echo units
	else echo new
	fi
}

# Checks run/ after a build that did not finish: the output set old or new
# as a whole (see set_at), each output old or new, the ledger old or new,
# and (with --temps) temp files allowed. Then the next
# build must succeed and give exactly the reference. $1 names the point.
check_run() { # what old|new|units|files [--temps]
	what=$1
	whole="--set $2"
	[ "$2" = files ] && whole="" # each file old or new, not the set
	shift 2
	# shellcheck disable=SC2086
	if ! python3 "$here/check_state.py" base/out ref/out run/out $whole "$@"; then
		echo "after $what"
		return 1
	fi
	if [ "${1:-}" != --temps ] && [ -n "$(find run -name '.*.tmp.*' -o -name '*.lock')" ]; then
		echo "after $what: left behind: $(find run -name '.*.tmp.*' -o -name '*.lock')"
		return 1
	fi
	if [ -e run/fault.ledger ] && ! cmp -s run/fault.ledger base/fault.ledger &&
		! cmp -s run/fault.ledger ref/fault.ledger; then
		echo "after $what: the ledger is neither the old one nor the new one"
		return 1
	fi
	if ! cmp -s run/fault.registry base/fault.registry && ! cmp -s run/fault.registry ref/fault.registry; then
		echo "after $what: the registry is neither the old one nor the new one"
		return 1
	fi
	if ! build $to run 2026-11-25 >/dev/null 2>run/rebuild.err; then
		echo "after $what: the next build failed:"
		cat run/rebuild.err
		return 1
	fi
	if ! diff -r run/out ref/out >/dev/null || ! cmp -s run/fault.ledger ref/fault.ledger ||
		! cmp -s run/fault.registry ref/fault.registry; then
		echo "after $what: the next build did not give the reference"
		diff -r run/out ref/out | head -5
		return 1
	fi
	if [ -n "$(find run -name '.*.tmp.*' -o -name '*.lock')" ]; then
		echo "after $what: the next build left: $(find run -name '.*.tmp.*' -o -name '*.lock')"
		return 1
	fi
}
