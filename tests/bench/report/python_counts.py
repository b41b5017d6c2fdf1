#!/usr/bin/env python3
"""What a user would write instead of `campaign report`: the same counts
with Python's standard library (re for the log, csv for the call log,
urllib.parse for the links), per utm_content and per called number. Less
than the report does (no robots list, no repeat window, no withdrawn
placements, no resolve rules): a lower bound on the hand-written way.

    python_counts.py access.log calls.csv conversions.csv
"""
import csv
import re
import sys
from collections import Counter, defaultdict
from urllib.parse import parse_qs, urlsplit

LINE = re.compile(r'^\S+ \S+ \S+ \[([^\]]+)\] "(\S+) (\S+)[^"]*" (\d{3}) \S+ "[^"]*" "([^"]*)"')
visits = Counter()
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        m = LINE.match(line)
        if not m or m.group(2) != "GET" or not 200 <= int(m.group(4)) < 400:
            continue
        if "bot" in m.group(5).lower():
            continue
        query = parse_qs(urlsplit(m.group(3)).query)
        if "utm_content" in query:
            visits[query["utm_content"][0]] += 1
calls = Counter()
callers = defaultdict(set)
with open(sys.argv[2], newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        number = "".join(ch for ch in row["called"] if ch.isdigit())[-10:]
        calls[number] += 1
        callers[number].add("".join(ch for ch in row["caller"] if ch.isdigit())[-10:])
# Conversions: by their utm_content, else last touch through the caller's number.
last_call = {}
with open(sys.argv[2], newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        last_call["".join(ch for ch in row["caller"] if ch.isdigit())[-10:]] = \
            "".join(ch for ch in row["called"] if ch.isdigit())[-10:]
conversions = Counter()
with open(sys.argv[3], newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        if row["utm_content"]:
            conversions[row["utm_content"]] += 1
        else:
            person = "".join(ch for ch in row["phone"] if ch.isdigit())[-10:]
            if person in last_call:
                conversions[last_call[person]] += 1
print(len(visits), sum(visits.values()), len(calls), sum(calls.values()),
      sum(len(c) for c in callers.values()), sum(conversions.values()))
