#!/usr/bin/env python3
"""The public API as the headers declare it (every CAMPAIGN_API function),
checked two ways:

  api_symbols.py symbols LIBRARY HEADER...
      `nm -D --defined-only LIBRARY` must export exactly the declared
      functions: nothing else (no campaign__ internals, no symbols of the
      libraries we link), and nothing declared may be missing (libinput's
      symbols-leak-test).

  api_symbols.py tested TESTS_DIR HEADER...
      every declared function is named in some test under TESTS_DIR, so a
      new public function cannot arrive untested.

Prints what is wrong, one name per line, and exits 1 when anything is.
"""
import os
import re
import subprocess
import sys


def declared(headers):
    names = set()
    for path in headers:
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
        text = re.sub(r"//[^\n]*", " ", text)
        # Preprocessor lines (the CAMPAIGN_API definition itself), with continuations.
        text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
        for m in re.finditer(r"\bCAMPAIGN_API\b([^;{]*?)\b([A-Za-z_]\w*)\s*\(", text, flags=re.S):
            names.add(m.group(2))
    return names


def exported(library):
    out = subprocess.run(["nm", "-D", "--defined-only", library], capture_output=True, text=True,
                         check=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            names.add(parts[2].split("@")[0])
    return names


def mentioned(tests_dir, names):
    pattern = re.compile(r"\b(" + "|".join(sorted(names)) + r")\b")
    seen = set()
    here = os.path.dirname(os.path.abspath(__file__))
    for root, _dirs, files in os.walk(tests_dir):
        if os.path.abspath(root) == here:
            continue  # this directory's header tests name everything without calling it
        for name in files:
            if not name.endswith((".c", ".cc", ".h", ".sh", ".py")):
                continue
            try:
                text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            seen.update(pattern.findall(text))
    return seen


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("symbols", "tested"):
        sys.exit(__doc__)
    mode, target, headers = sys.argv[1], sys.argv[2], sys.argv[3:]
    api = declared(headers)
    if not api:
        sys.exit("no CAMPAIGN_API declaration found in " + " ".join(headers))
    bad = 0
    if mode == "symbols":
        lib = exported(target)
        for name in sorted(lib - api):
            print("exported but not declared CAMPAIGN_API:", name)
            bad += 1
        for name in sorted(api - lib):
            print("declared CAMPAIGN_API but not exported:", name)
            bad += 1
        print(f"{len(api)} functions declared, {len(lib)} symbols exported")
    else:
        for name in sorted(api - mentioned(target, api)):
            print("not called by any test:", name)
            bad += 1
        print(f"{len(api)} functions declared, {len(api) - bad} named in a test")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
