# DATA and --batch exclude each other; --format belongs to --batch.
mkdir work && cd work
for args in "x --batch l.txt -o d" "x -o a.png --format svg" "-o a.png"; do
  status=0
  # shellcheck disable=SC2086
  "$CAMPAIGN" qr $args 2>&1 || status=$?
  echo "exit $status"
done
