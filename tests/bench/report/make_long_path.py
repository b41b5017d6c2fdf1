#!/usr/bin/env python3
"""Traces for the long-path benchmark (issue 16): one person whose path is
as long as a path can be (PERSON_TOUCHES_MAX, 256 touches: calls to 256
tracking numbers), then many conversions from that person, so that every
conversion is shared by every model along the whole path. Half the
conversions name a placement by their UTM values (each adds a touch, which
pushes the oldest one out); half give only the phone (the path as it is).
The spec is make_traces.py's, with no log lines and no calls of its own.
Seeded: the same files on every machine.

    make_long_path.py DIR PLACEMENTS TOUCHES CONVERSIONS
"""
import os
import random
import subprocess
import sys

out, n, touches, conversions = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "make_traces.py"), out, str(n), "0", "0", "0"],
               check=True)
random.seed(16)
caller = "+79161234567"
with open(os.path.join(out, "calls.csv"), "w") as f:
    f.write("start,caller,called,duration,status\n")
    for i in range(touches):
        number = 2000000 + i % n
        # One call an hour over the days before the conversions, some at the same second.
        f.write(f"2026-12-{1 + i // 24 // 2:02d} {(i // 2) % 24:02d}:00:{(i % 2) * 30:02d},{caller},"
                f"8 (495) {number // 10000:03d}-{(number // 100) % 100:02d}-{number % 100:02d},"
                f"{random.randrange(31, 300)},ANSWERED\n")
with open(os.path.join(out, "conversions.csv"), "w") as f:
    f.write("time,phone,utm_source,utm_medium,utm_campaign,utm_content\n")
    for i in range(conversions):
        when = f"2026-12-{20 + i // 86400:02d} {(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}"
        if random.random() < 0.5:
            f.write(f"{when},{caller},,,,\n")
        else:
            f.write(f"{when},{caller},flyer,print,big,s{random.randrange(n):05d}\n")
