# A build killed with SIGKILL while writing --combine leaves its temp file
# (".set.pdf.tmp.PID.RAND") beside set.pdf, outside any lock. The next
# build that writes set.pdf removes the temp files whose writer is gone;
# one of a live process (another build writing set.pdf now) and those of
# other names stay.
dead=$(sh -c 'echo $$')
live=$$
touch ".set.pdf.tmp.$dead.0badcafe" ".set.pdf.tmp.$live.0badcafe" ".other.pdf.tmp.$dead.0badcafe" \
	".set.pdf.tmp.$dead.not-hex"
kill -0 "$dead" 2>/dev/null && { echo "PID $dead was reused; run again"; exit 1; }
"$CAMPAIGN" build examples/rally/campaign.yaml -o out --now 2026-11-25 --combine set.pdf --quiet >/dev/null
qpdf --check set.pdf >/dev/null
ls -A | grep '\.tmp\.' | sed "s/\.$dead\./.DEAD./; s/\.$live\./.LIVE./" | sort
