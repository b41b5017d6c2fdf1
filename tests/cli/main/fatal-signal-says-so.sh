# A crash is never silent: under a memory limit fontconfig and pango crash
# in their own threads (SIGSEGV, or SIGTRAP from glib), and the tool died
# with nothing on stderr. The handler writes one fixed line, then the
# process dies of its signal (exit 128+N). A real fault cannot be made on
# demand, so the signal is sent with kill to a tool waiting on its
# standard input, once /proc shows the handler is set (SigCgt). Under
# AddressSanitizer its own SEGV handler is switched off for this case, so
# that ours is installed, as it is not when a sanitizer's is.
ulimit -c 0
ASAN_OPTIONS="${ASAN_OPTIONS:-}:handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:handle_abort=0"
export ASAN_OPTIONS
mkdir work && cd work
mkfifo in
for sig in SEGV:11 TRAP:5 ABRT:6; do
	num=${sig#*:}
	sig=${sig%:*}
	sleep 30 >in &
	writer=$!
	"$CAMPAIGN" qr --batch - -o codes <in 2>err &
	pid=$!
	# SigCgt is a hexadecimal mask, bit N-1 for signal N; the low 32 bits are enough.
	tries=0
	while :; do
		mask=$(sed -n 's/^SigCgt:[[:space:]]*//p' /proc/$pid/status 2>/dev/null || :)
		low=${mask#????????}
		[ -n "$low" ] && [ $(((0x$low >> (num - 1)) & 1)) = 1 ] && break
		tries=$((tries + 1))
		[ $tries -lt 500 ] || { echo "the handler for $sig was never set"; break; }
		sleep 0.02
	done
	kill -"$sig" $pid
	status=0
	{ wait $pid || status=$?; } 2>/dev/null # not the shell's "Segmentation fault"
	kill $writer 2>/dev/null || :
	wait $writer 2>/dev/null || :
	echo "SIG$sig: exit $status"
	cat err >&2
done
rm in err
ls -A
