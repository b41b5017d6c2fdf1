"""Writes a campaign of N events with one placement each (a rows: table),
tagged per event (hashtag scope event), and a ledger that issued every placement before
with a tag of its own, so a build must keep each event's tag from it.

usage: make_many_events.py DIR N
"""
import os
import sys

dest, count = sys.argv[1], int(sys.argv[2])
os.makedirs(dest, exist_ok=True)
with open(os.path.join(dest, "campaign.yaml"), "w", encoding="utf-8") as f:
    f.write("campaign:\n"
            "  name: Site Days\n"
            "  slug: days\n"
            "  landing: https://example.org/days\n"
            "  hashtag:\n"
            '    from: "{{event.title}}"\n'
            "    scope: event\n"
            "events:\n")
    for i in range(count):
        f.write(f"  - {{ id: day-{i:06d}, title: Site Day {i}, date: 2026-12-05 }}\n")
    f.write("placements:\n"
            '  - id: "flyer-{{row.n}}"\n'
            "    rows: days.csv\n"
            '    event: "day-{{row.n}}"\n'
            "    source: flyer\n"
            "    medium: print\n"
            '    content: "{{row.n}}"\n')
with open(os.path.join(dest, "days.csv"), "w", encoding="utf-8") as f:
    f.write("n\n")
    for i in range(count):
        f.write(f"{i:06d}\n")
with open(os.path.join(dest, "campaign.ledger"), "w", encoding="utf-8") as f:
    f.write("# libcampaign ledger 1\n"
            "# id\tevent\tissued\treleased\tphone\thashtag\turl\n")
    for i in range(count):
        url = ("https://example.org/days?utm_source=flyer&utm_medium=print"
               f"&utm_campaign=days&utm_content={i:06d}")
        f.write(f"flyer-{i:06d}\tday-{i:06d}\t2026-11-20\t-\t-\t#Kept{i}\t{url}\n")
