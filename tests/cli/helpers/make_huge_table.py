"""Writes a campaign with a rows: table of N rows, each a placement that asks
for a tracking number, and a phone pool of POOL numbers (default N).

usage: make_huge_table.py DIR N [POOL]
"""
import os
import sys

dest, rows = sys.argv[1], int(sys.argv[2])
pool_size = int(sys.argv[3]) if len(sys.argv) > 3 else rows
os.makedirs(dest, exist_ok=True)
with open(os.path.join(dest, "sites.csv"), "w", encoding="utf-8") as f:
    f.write("code,site\n")
    for i in range(rows):
        f.write(f"s{i:06d},Площадка {i}\n")
pool = "".join(
    f'      - "8 (495) {i // 10000:03d}-{i // 100 % 100:02d}-{i % 100:02d}"\n' for i in range(pool_size)
)
with open(os.path.join(dest, "campaign.yaml"), "w", encoding="utf-8") as f:
    f.write(
        "campaign:\n"
        "  name: Rally\n"
        "  slug: huge\n"
        "  landing: https://example.org/rally\n"
        "  phones:\n"
        "    country_code: 7\n"
        '    trunk_prefix: "8"\n'
        '    display: "+7 (XXX) XXX-XX-XX"\n'
        "    pool:\n" + pool +
        "events:\n"
        "  - id: rally\n"
        "    title: Rally\n"
        "    date: 2026-12-05\n"
        "placements:\n"
        '  - id: "poster-{{row.code}}"\n'
        "    rows: sites.csv\n"
        "    event: rally\n"
        "    source: poster\n"
        "    medium: outdoor\n"
        '    content: "{{row.site}}"\n'
        "    phone: true\n"
    )
