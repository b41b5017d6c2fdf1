# A spec larger than 16 MiB is refused as a whole, before parsing.
python3 -c '
import sys
sys.stdout.write("campaign:\n  name: Rally\n" + "# padding\n" * (1700 * 1024))
' > big.yaml
"$CAMPAIGN" validate big.yaml
