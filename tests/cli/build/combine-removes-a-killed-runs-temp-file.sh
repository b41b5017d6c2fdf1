# A build killed with SIGKILL while writing --combine leaves its temp file
# (".set.pdf.tmp.PID.RAND") beside set.pdf, outside any lock. A later
# build that writes set.pdf removes the temp files whose writer is gone
# and which nobody wrote for an hour; one of a live process (another build
# writing set.pdf now), a recent one (its writer may be on another machine
# sharing the folder) and those of other names stay.
dead=$(sh -c 'echo $$')
live=$$
touch -d '2 hours ago' ".set.pdf.tmp.$dead.0badcafe" ".set.pdf.tmp.$live.0badcafe" \
	".other.pdf.tmp.$dead.0badcafe" ".set.pdf.tmp.$dead.not-hex"
touch ".set.pdf.tmp.$dead.0000beef"
kill -0 "$dead" 2>/dev/null && { echo "PID $dead was reused; run again"; exit 1; }
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --combine set.pdf --quiet >/dev/null
qpdf --check set.pdf >/dev/null
ls -A | grep '\.tmp\.' | sed "s/\.$dead\./.DEAD./; s/\.$live\./.LIVE./" | sort
