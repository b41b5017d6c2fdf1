# A time or a call's duration that cannot be read leaves its call counted,
# but not when it happened or whether it was a target call: the summary
# says how many and where the first is, so that a column of "1e3" or of
# year-10000 dates is not counted quietly. A value quoted in a message is
# cut at a character, never inside one (here the 40th byte is inside a
# Cyrillic letter).
cat > calls.csv <<'CSV'
time,caller,called,duration,status
2027-11-27 10:00:00,+79111111111,84951234505,99999999999999999999999,answered
10000-11-27 10:00:00,+79111111112,84951234505,40,answered
2027-02-30 10:00:00,+79111111113,84951234505,1e3,answered
2027-11-27 10:05:00,+79111111114,84951234505,95,answered
2027-11-27 10:06:00,+79111111115,xааааааааааааааааааааааааааааааааааааааааааааа,95,answered
CSV
"$CAMPAIGN" report examples/rally/campaign.yaml --calls calls.csv --format csv | grep '^placement,poster-park-kultury,'
