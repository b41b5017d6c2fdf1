"""Checks an output directory after a failed or killed build.

usage: check_state.py OLD NEW OUT [--temps]

Every file in OUT must be byte for byte the file of the same name in OLD
(the outputs before the build) or in NEW (what an uninterrupted build
writes), and valid (the checks of tests/cli/helpers/check_outputs.py).
Temporary files (.NAME.tmp.PID.RAND) and a stale lock are allowed only with
--temps (a killed build leaves them; one that fails must not). Prints each
problem and exits 1 if there is any.
"""
import filecmp
import os
import subprocess
import sys

old, new, out = sys.argv[1:4]
temps = "--temps" in sys.argv
problems = []
for dirpath, _, names in os.walk(out):
    for name in names:
        path = os.path.join(dirpath, name)
        rel = os.path.relpath(path, out)
        if name.startswith(".") and ".tmp." in name or name == ".campaign.lock":
            if not temps:
                problems.append(f"{rel}: left behind")
            continue
        if not any(os.path.isfile(os.path.join(d, rel)) and
                   filecmp.cmp(path, os.path.join(d, rel), shallow=False) for d in (old, new)):
            problems.append(f"{rel}: neither the old file nor the new one")
here = os.path.dirname(os.path.abspath(__file__))
checker = os.path.join(here, "..", "cli", "helpers", "check_outputs.py")
args = [sys.executable, checker] + ([] if temps else ["--no-temps"]) + [out]
result = subprocess.run(args, capture_output=True, text=True)
problems += result.stdout.split("\n")[:-1]
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
