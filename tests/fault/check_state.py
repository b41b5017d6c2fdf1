"""Checks an output directory after a failed or killed build.

usage: check_state.py OLD NEW OUT [--temps] [--set old|new|units|none]

Every file in OUT must be byte for byte the file of the same name in OLD
(the outputs before the build) or in NEW (what an uninterrupted build
writes), and valid (the checks of tests/cli/helpers/check_outputs.py).
With --set, the output set as a whole (every file's name and bytes) must
be OLD's (old), NEW's (new), or, in the few renames that switch a set
(units), each of flyers/, qr/, sheets/, social/, captions/, withdrawn/ and
each file beside them must
be OLD's or NEW's as a whole; none: OUT holds no final file (there was
no output directory before).
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
want_set = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else None
STAGES = {".flyers.new", ".qr.new", ".withdrawn.new", ".sheets.new", ".social.new", ".captions.new"}
problems = []


def final_files(root):
    """Relative path -> bytes of every final file below root (no temp, stage or lock)."""
    files = {}
    for dirpath, dirs, names in os.walk(root):
        if dirpath == root:
            for stage in STAGES & set(dirs):
                dirs.remove(stage)
        for name in names:
            if name.startswith(".") and ".tmp." in name or name == ".campaign.lock":
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def unit(files, top):
    return {k: v for k, v in files.items() if k.split(os.sep)[0] == top}


if want_set:
    sets = {"old": final_files(old), "new": final_files(new)}
    got = final_files(out)
    if want_set in sets and got != sets[want_set]:
        differ = sorted(k for k in set(got) | set(sets[want_set]) if got.get(k) != sets[want_set].get(k))
        problems.append(f"the output set is not the {want_set} one as a whole: {', '.join(differ[:5])}")
    elif want_set == "none" and got:
        problems.append(f"files where there were none: {', '.join(sorted(got)[:5])}")
    elif want_set == "units":
        for top in sorted({k.split(os.sep)[0] for k in set(got) | set(sets["old"]) | set(sets["new"])}):
            if all(unit(got, top) != unit(sets[w], top) for w in sets):
                problems.append(f"{top}: neither the old one nor the new one as a whole")
for dirpath, dirs, names in os.walk(out):
    if dirpath == out:
        for stage in sorted(STAGES & set(dirs)):
            dirs.remove(stage)
            if not temps:
                problems.append(f"{stage}: left behind")
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
