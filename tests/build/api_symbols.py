#!/usr/bin/env python3
"""The public API as the headers declare it (every CAMPAIGN_API function),
checked two ways:

  api_symbols.py symbols LIBRARY HEADER...
      `nm -D --defined-only LIBRARY` must export exactly the declared
      functions: nothing else (no campaign__ internals, no symbols of the
      libraries we link), and nothing declared may be missing (libinput's
      symbols-leak-test).

  api_symbols.py tested TESTS_DIR HEADER...
      every declared function is called by some C test under TESTS_DIR, so
      a new public function cannot arrive untested. A call is the name
      followed by "(" in code: names in comments and string literals, in
      declarations and definitions, or taken as a function pointer do not
      count.

  api_symbols.py calls FILE...
      the public-looking names (campaign_*) each FILE calls, one a line,
      as `tested` finds them (to check the check).

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


def strip_c(text):
    """C or C++ source with every comment and every string and character
    literal blanked out (newlines kept), so only code is left to search."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            # A backslash at the end of the line continues the comment.
            while j > 0 and j < n and text[j - 1] == "\\":
                k = text.find("\n", j + 1)
                j = n if k < 0 else k
            out.append(" ")
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(" " + "\n" * text.count("\n", i, j))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


# Words that may stand right before a call; any other word there is a type
# (or a macro such as CAMPAIGN_API) and makes the name a declaration.
CALL_KEYWORDS = {"return", "else", "do", "case", "sizeof", "defined"}


def calls(code, names):
    """The names of `names` that `code` (already stripped) calls."""
    found = set()
    for m in re.finditer(r"\b(campaign_\w+)\s*\(", code):
        name = m.group(1)
        if name not in names or name in found:
            continue
        # "type name(" or "type *name(": a declaration or a definition. (A
        # product "a * name(...)" would read as one too: no test writes that.)
        before = code[max(0, m.start() - 200):m.start()].rstrip("* \t\n")
        word = re.search(r"(\w+)$", before)
        if word and word.group(1) not in CALL_KEYWORDS:
            continue
        found.add(name)
    return found


def called(tests_dir, names):
    seen = set()
    here = os.path.dirname(os.path.abspath(__file__))
    for root, _dirs, files in os.walk(tests_dir):
        if os.path.abspath(root) == here:
            continue  # this directory's header tests name everything without calling it
        for name in files:
            if not name.endswith((".c", ".cc", ".h")):
                continue
            try:
                text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            seen |= calls(strip_c(text), names)
    return seen


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "calls":
        for path in sys.argv[2:]:
            text = open(path, encoding="utf-8", errors="replace").read()
            code = strip_c(text)
            for name in sorted(calls(code, set(re.findall(r"\bcampaign_\w+", code)))):
                print(name)
        return
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
        for name in sorted(api - called(target, api)):
            print("not called by any test:", name)
            bad += 1
        print(f"{len(api)} functions declared, {len(api) - bad} called by a test")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
