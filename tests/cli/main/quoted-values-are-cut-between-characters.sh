# A value quoted in a message is cut short by bytes, but never inside a
# character: half a UTF-8 character is an invalid byte on the terminal and
# in a JSON consumer of the diagnostics. An unknown option of 40 Cyrillic
# letters (2 bytes each) is quoted up to 63 bytes, and a column of 30 CJK
# characters (3 bytes each) up to 64: both end on a whole character, and
# iconv finds every line valid UTF-8.
mkdir work && cd work
long=$(printf 'д%.0s' $(seq 40))
status=0
"$CAMPAIGN" validate "--$long" s.yaml 2>err || status=$?
echo "exit $status"
iconv -f UTF-8 -t UTF-8 err
cjk=$(printf '数%.0s' $(seq 30))
printf 'code\nA1\n' >t.csv
printf 'campaign: {name: R, landing: "https://example.org/"}\nevents: [{id: e, title: T, date: 2026-12-05}]\nplacements:\n  - {id: "p-{{row.code}}", rows: t.csv, event: e, source: s, medium: m, content: "{{row.%s}}"}\n' "$cjk" >s.yaml
status=0
"$CAMPAIGN" validate s.yaml 2>err || status=$?
echo "exit $status"
iconv -f UTF-8 -t UTF-8 err
# The library's messages cut the same way: an event date of 'x' and 20
# Cyrillic letters is quoted up to 32 bytes (once it ended in '?', the
# half character replaced); the tool's own SOURCE_DATE_EPOCH message too.
sed -i "s/date: 2026-12-05/date: x$(printf 'д%.0s' $(seq 20))/" s.yaml
status=0
"$CAMPAIGN" validate s.yaml 2>err || status=$?
echo "exit $status"
iconv -f UTF-8 -t UTF-8 err
status=0
SOURCE_DATE_EPOCH="x$long" "$CAMPAIGN" resolve s.yaml '#tag' 2>err || status=$?
echo "exit $status"
iconv -f UTF-8 -t UTF-8 err
