# A 10 MB scalar is refused at its position, after reading it once (the
# limit is 64 KiB a value), not after building a 10 MB string per use.
python3 -c '
import sys
sys.stdout.write("campaign:\n  name: Rally\n  landing: https://example.org/" + "a" * (10 * 1024 * 1024) + "\n")
' > big.yaml
timeout 60 "$CAMPAIGN" validate big.yaml
