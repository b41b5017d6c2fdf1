"""Writes the benchmark inputs for N flyers into DIR.

usage: make_spec.py DIR N

- glabels-N.csv: title,text,phone,url, the rows of tests/bench/data/gen_data.sh
  (its first 1,000 rows are that script's flyers.csv byte for byte; beyond
  them the same pattern continues, so 5,000 and 10,000 flyers can be made);
- campaign-N.csv: the same rows with an id column n, for `rows:`;
- bench-N.yaml: a campaign with one placement per row, drawn with
  bench-flyer.yaml, whose QR code encodes the row's URL, as gLabels' does.
"""
import os
import shutil
import sys

work, count = sys.argv[1], int(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
shutil.copy(os.path.join(here, "bench-flyer.yaml"), work)
base = ("https://example.org/events/rally-2026?utm_source=flyer&utm_medium=print"
        "&utm_campaign=union_rally_2026&utm_content=site_")
with open(os.path.join(work, f"glabels-{count}.csv"), "w", encoding="utf-8") as g, \
     open(os.path.join(work, f"campaign-{count}.csv"), "w", encoding="utf-8") as c:
    g.write("title,text,phone,url\n")
    c.write("n,title,text,phone,url\n")
    for i in range(1, count + 1):
        n = f"{i:04d}"
        row = (f"Union Rally 2026,Saturday 14:00 - gate of site {n},"
               f"+31 20 555 {n},{base}{n}")
        g.write(row + "\n")
        c.write(f"{n},{row}\n")
with open(os.path.join(work, f"bench-{count}.yaml"), "w", encoding="utf-8") as f:
    f.write(f"""campaign:
  name: Union Rally 2026
  slug: bench-{count}
  landing: https://example.org/events/rally-2026
events:
  - {{ id: rally, title: Union Rally 2026, date: 2026-12-05 }}
placements:
  - id: "site-{{{{row.n}}}}"
    rows: campaign-{count}.csv
    event: rally
    source: flyer
    medium: print
    content: "site_{{{{row.n}}}}"
    template: bench-flyer.yaml
""")
