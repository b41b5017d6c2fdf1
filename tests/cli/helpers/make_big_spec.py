"""Copies the example campaign to DEST with N poster rows and a pool big enough.

usage: make_big_spec.py EXAMPLE_DIR DEST N
"""
import os
import re
import shutil
import sys

src, dest, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(dest, exist_ok=True)
for name in ("campaign.yaml", "stations.csv"):
    shutil.copy(os.path.join(src, name), dest)
with open(os.path.join(dest, "stations.csv"), "w", encoding="utf-8") as f:
    f.write("code,station,line\n")
    for i in range(rows):
        f.write(f"st{i:04d},Станция {i},Линия\n")
spec_path = os.path.join(dest, "campaign.yaml")
with open(spec_path, encoding="utf-8") as f:
    spec = f.read()
pool = "".join(f'      - "+7 495 3{i // 100:02d}-{i % 100:02d}-00"\n' for i in range(rows + 20))
spec = re.sub(r"    pool:\n(      - .*\n)+", "    pool:\n" + pool, spec)
with open(spec_path, "w", encoding="utf-8") as f:
    f.write(spec)
