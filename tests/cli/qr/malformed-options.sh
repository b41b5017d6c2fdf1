# Malformed option values are usage errors (exit 2); each is checked in turn.
mkdir work && cd work
for args in "--dpi abc" "--size 30" "--size 30km" "--ecc X" "--eci latin1" "--border four"; do
  status=0
  # shellcheck disable=SC2086
  "$CAMPAIGN" qr "https://example.org/" -o m.png $args 2>&1 || status=$?
  echo "exit $status"
done
ls -A
