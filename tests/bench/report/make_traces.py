#!/usr/bin/env python3
"""Traces for the report benchmark: a campaign of N placements from one
table, each with a tracking number, and what it left behind: an nginx access
log (60 % campaign visits, a third of them with a tracker's fbclid; the rest
assets, other pages and a robot) and a call log. Seeded: the same files on
every machine.

    make_traces.py DIR PLACEMENTS LOG_LINES CALLS [CONVERSIONS]
"""
import os
import random
import sys

out, n, lines, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
conversions = int(sys.argv[5]) if len(sys.argv) > 5 else calls // 10
random.seed(1)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "rows.csv"), "w") as f:
    f.write("code,name\n")
    for i in range(n):
        f.write(f"s{i:05d},Stop {i}\n")
pool = ", ".join(f"'+7495{2000000 + i:07d}'" for i in range(n))
with open(os.path.join(out, "big.yaml"), "w") as f:
    f.write(f"""campaign:
  name: Big
  landing: https://example.org/big
  phones: {{ country_code: 7, trunk_prefix: '8', pool: [{pool}] }}
events:
  - {{ id: e, title: Big, date: 2027-05-01 }}
placements:
  - id: "p-{{{{row.code}}}}"
    rows: rows.csv
    event: e
    source: flyer
    medium: print
    content: "{{{{row.code}}}}"
    phone: true
""")
agents = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148",
          "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/120.0 Mobile",
          "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
with open(os.path.join(out, "access.log"), "w") as f:
    for i in range(lines):
        r = random.random()
        if r < 0.6:
            c = random.randrange(n)
            extra = "&fbclid=%x" % random.getrandbits(40) if random.random() < 0.3 else ""
            path = ("/big?utm_source=flyer&utm_medium=print&utm_campaign=big"
                    f"&utm_content=s{c:05d}{extra}")
        elif r < 0.9:
            path = "/static/app.%d.js" % random.randrange(50)
        else:
            path = "/big?page=%d" % random.randrange(10)
        f.write(f"203.0.113.{i % 250} - - [05/Dec/2026:{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:"
                f"{i % 60:02d} +0300] \"GET {path} HTTP/1.1\" 200 {random.randrange(100, 9000)} "
                f"\"-\" \"{random.choice(agents)}\"\n")
callers = []
with open(os.path.join(out, "calls.csv"), "w") as f:
    f.write("start,caller,called,duration,status\n")
    for i in range(calls):
        c = random.randrange(n)
        number = 2000000 + c
        caller = f"+7916{random.randrange(10**7):07d}"
        callers.append(caller)
        f.write(f"2026-12-05 {(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d},"
                f"{caller},8 (495) {number // 10000:03d}-"
                f"{(number // 100) % 100:02d}-{number % 100:02d},{random.randrange(0, 300)},"
                f"{random.choice(['ANSWERED', 'NO ANSWER'])}\n")
# Conversions: a CRM's leads, half of them from people who called (their
# phone links their calls), half with the UTM values of a placement's link.
with open(os.path.join(out, "conversions.csv"), "w") as f:
    f.write("time,phone,utm_source,utm_medium,utm_campaign,utm_content\n")
    for i in range(conversions):
        if random.random() < 0.5:
            f.write(f"2026-12-06 {(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d},"
                    f"{random.choice(callers)},,,,\n")
        else:
            f.write(f"2026-12-06 {(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d},,"
                    f"flyer,print,big,s{random.randrange(n):05d}\n")
