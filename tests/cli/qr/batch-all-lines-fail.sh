# --batch where every line fails: each is reported at its line, and the new
# output directory is not made (nothing hidden is left either); an empty
# list is no failure and makes an empty directory.
mkdir work && cd work
printf '%s\n' "" "" > urls.txt
status=0
"$CAMPAIGN" qr --batch urls.txt -o out || status=$?
ls -A
: > empty.txt
"$CAMPAIGN" qr --batch empty.txt -o none
ls -A none
exit $status
