# A build that fails after making its output folder (here the disk fills:
# a tmpfs of 64 KB, in a mount namespace of its own) removes the folders it
# made, while they are empty: -o full/new/out leaves no full/new behind,
# and -o full/kept/out no out in the folder that was there before. Only
# the folders it made go: with -o full/made/../kept the empty full/kept,
# there before, stays (and full/made, made on the way, goes); with
# -o full/dot/. the folder made goes too.
cp -r examples/rally spec
mkdir full
status=0
unshare --mount sh -c '
	mount -t tmpfs -o size=64k tmpfs full && mkdir full/kept &&
	for o in full/new/out full/kept/out full/made/../kept full/dot/.; do
		"$CAMPAIGN" build spec/campaign.yaml -o $o --format pdf --now 2026-11-25 --quiet >/dev/null 2>err
		echo "-o $o: exit $?"
		grep -c "No space left on device" err
		rm -f spec/campaign.ledger
	done
	(cd full && find . | sort)' || status=$?
echo "exit $status"
