"""Checks that every file of a build output directory is complete and valid.

manifest.json parses, manifest.csv has a header and ends with a line end,
every PNG has its signature and ends with an IEND chunk, every SVG and PDF
ends as such files end. Temporary files (.NAME.tmp.PID.RAND) a killed writer
left are not final files and are skipped: the next build removes them.
So are the hidden next versions of flyers/, qr/ and withdrawn/
(.flyers.new/ ...) a killed build left. With --no-temps, a temporary file
or a hidden next version is a problem too. Exit 1 on any problem,
naming it.
"""
import json
import os
import sys

root = sys.argv[-1]
no_temps = "--no-temps" in sys.argv
problems = []
STAGES = {".flyers.new", ".qr.new", ".withdrawn.new", ".sheets.new", ".social.new", ".captions.new"}
for dirpath, dirs, names in os.walk(root):
    if dirpath == root:
        for stage in sorted(STAGES & set(dirs)):
            dirs.remove(stage)
            if no_temps:
                problems.append(f"{os.path.join(root, stage)}: hidden next version left behind")
    for name in names:
        path = os.path.join(dirpath, name)
        data = open(path, "rb").read()
        if name.startswith(".") and ".tmp." in name:
            if no_temps:
                problems.append(f"{path}: temporary file left behind")
        elif name == "manifest.json":
            try:
                json.loads(data)
            except ValueError as e:
                problems.append(f"{path}: {e}")
        elif name == "manifest.csv":
            if not data.startswith(b"id,event,") or not data.endswith(b"\r\n"):
                problems.append(f"{path}: incomplete CSV")
        elif name.endswith(".png"):
            if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[-12:-4] != b"\x00\x00\x00\x00IEND":
                problems.append(f"{path}: incomplete PNG")
        elif name.endswith(".svg"):
            if not data.rstrip().endswith(b"</svg>"):
                problems.append(f"{path}: incomplete SVG")
        elif name.endswith(".txt") and os.path.basename(dirpath) == "captions":
            # A caption is whole when it is UTF-8 and ends with its one newline.
            try:
                data.decode("utf-8")
            except ValueError:
                problems.append(f"{path}: caption not UTF-8")
            if not data.endswith(b"\n") or data.endswith(b"\n\n"):
                problems.append(f"{path}: incomplete caption")
        elif name.endswith(".pdf"):
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
                problems.append(f"{path}: incomplete PDF")
        elif name == ".campaign.lock":
            pass  # a killed build's lock; the next build takes it over
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
