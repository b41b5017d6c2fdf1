# /proc/kmsg is a "regular" file whose read waits for the next kernel
# message: as a spec, a taken list or a batch list it hung validate,
# hashtag and qr for ever. Inputs are read without waiting (O_NONBLOCK
# kept), so it is refused at once, exit 3, the file named; timeout turns a
# hang into a failure (124). Reading /proc/kmsg needs root, as the tests run
# here and in CI; run elsewhere, the messages say "Permission denied".
mkdir work && cd work
for cmd in "validate /proc/kmsg" "hashtag x --taken /proc/kmsg" "qr --batch /proc/kmsg -o codes" \
	"render /proc/kmsg -o f.pdf"; do
	status=0
	# shellcheck disable=SC2086
	timeout 10 "$CAMPAIGN" $cmd || status=$?
	echo "$status  campaign $cmd"
done
ls -A
