# A campaign in a language written right to left gets the chart mirrored:
# the same bars at 1200 - x of where a left-to-right campaign has them, so
# bars grow leftwards from labels on the right, and the legend starts at the
# right edge. Read from the SVG: every filled box of the three response
# colours, ru against ar (the legend's words differ in width, so of the
# legend only its first swatch, at the margin, is compared).
# No posts: the row of a shared hashtag has a label in each language, of
# its own width, which would move the bars' start; placement ids do not.
set -- --access-log data/report/access.log --calls data/report/calls-semicolon-bom-crlf.csv
sed 's/^  language: ru$/  language: ar/' examples/rally/campaign.yaml >examples/rally/ar.yaml
grep -q '^  language: ar$' examples/rally/ar.yaml
"$CAMPAIGN" report examples/rally/campaign.yaml "$@" --chart ru.svg >/dev/null 2>&1
"$CAMPAIGN" report examples/rally/ar.yaml "$@" --chart ar.svg >/dev/null 2>&1
python3 - <<'PY'
import re
def boxes(path):
    svg = open(path).read()
    found = []
    for colour, d in re.findall(r'fill:rgb\(([0-9%,]+)\);fill-opacity:1;" d="M ([^"]+)"', svg):
        if colour not in ("17%,42%,69%", "87%,42%,13%", "22%,63%,41%"):
            continue
        xs = [float(v) for v in re.findall(r"(?:M|L) ([0-9.]+) ", "M " + d)]
        ys = [float(v) for v in re.findall(r"(?:M|L) [0-9.]+ ([0-9.]+)", "M " + d)]
        found.append((colour, round(min(xs), 1), round(max(xs), 1), min(ys), max(ys) - min(ys)))
    return [b[:4] for i, b in enumerate(found) if i == 0 or b[4] > 14]
ru, ar = boxes("ru.svg"), boxes("ar.svg")
assert len(ru) == len(ar) > 3, (ru, ar)
assert ru[0][1] == 40 and ar[0][2] == 1160, (ru[0], ar[0])  # the first swatch at the margin
for (c1, l1, r1, y1), (c2, l2, r2, y2) in zip(ru, ar):
    assert c1 == c2 and y1 == y2, (c1, c2, y1, y2)
    assert abs(l1 - (1200 - r2)) < 0.6 and abs(r1 - (1200 - l2)) < 0.6, ((l1, r1), (l2, r2))
longest = max(ru[1:], key=lambda b: b[2] - b[1])
print("bar parts:", len(ru) - 1, "each at 1200 - x in ar; the legend from x", ru[0][1], "in ru, to x", ar[0][2], "in ar")
print("ru: the longest bar runs from x", round(longest[1]), "to", round(longest[2]))
mirrored = [b for b in ar if b[1:] == (round(1200 - longest[2], 1), round(1200 - longest[1], 1), longest[3])]
print("ar: the same bar runs from x", round(mirrored[0][1]), "to", round(mirrored[0][2]))
PY
