# Landings a phone that scans the printed code cannot reach validate, exit 0,
# with a warning at each value that says why; a row's landing names its row.
# A host label that mixes scripts is named with its odd character; a
# whole-Cyrillic host (профсоюз.рф) is fine. An intranet's one-label name
# and a retired IPv4-compatible IPv6 address (issue 16's second campaign)
# are warned about too.
cat > spec.yaml <<'YAML'
campaign:
  name: Rally
  landing: http://localhost:8080/rally
events:
  - id: moscow
    title: Rally
    date: 2026-12-05
    landing: https://профсоюз.рф/rally
  - id: kazan
    title: Rally
    date: 2026-12-06
    landing: http://192.168.0.10/rally
placements:
  - id: flyer
    event: moscow
    source: flyer
    medium: print
  - id: poster
    event: kazan
    source: poster
    medium: outdoor
    landing: "https://\u0430pple.com/rally"
  - id: "door-{{row.door}}"
    rows: doors.csv
    event: kazan
    source: door
    medium: print
    landing: "{{row.url}}"
YAML
cat > doors.csv <<'CSV'
door,url
a,https://union.org/a
b,http://[fe80::1]/b
c,https://wiki/c
d,https://[::127.0.0.1]/d
CSV
"$CAMPAIGN" validate spec.yaml --now 2026-11-25
