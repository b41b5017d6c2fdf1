#!/usr/bin/env python3
"""The C examples the documentation prints, as files to compile.

    snippets.py OUTDIR README.md HEADER...

README's ```c blocks are whole programs (they have main); a header's
example is each run of comment lines that start with " *<TAB>", a whole
translation unit (its includes and a function). Each is written to
OUTDIR/NAME-N.c exactly as printed, less the comment's " *" margin, and
listed on stdout as "program PATH" or "unit PATH". Fails when README has no
program or the headers no example: the documentation would then be
checked by nothing.
"""
import os
import re
import sys


def readme_blocks(path):
    text = open(path, encoding='utf-8').read()
    return re.findall(r'^```c\n(.*?)^```$', text, flags=re.S | re.M)


def header_blocks(path):
    blocks, current = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith(' *\t'):
            current = (current or []) + [line[3:]]
        elif line == ' *' and current is not None:
            current.append('')  # a blank line inside the example
        else:
            if current:
                blocks.append('\n'.join(current).rstrip('\n') + '\n')
            current = None
    return blocks


def main():
    out, readme, headers = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    programs = readme_blocks(readme)
    units = [(os.path.basename(h)[:-2], b) for h in headers for b in header_blocks(h)]
    if not programs or len(units) < 3:
        print(f'snippets: {len(programs)} programs in {readme}, {len(units)} header examples: '
              'too few, the extraction is broken', file=sys.stderr)
        return 1
    for n, code in enumerate(programs, 1):
        if 'main(' not in code:
            print(f'snippets: README block {n} is not a whole program (no main)', file=sys.stderr)
            return 1
        path = os.path.join(out, f'readme-{n}.c')
        open(path, 'w', encoding='utf-8').write(code)
        print('program', path)
    counts = {}
    for name, code in units:
        counts[name] = counts.get(name, 0) + 1
        path = os.path.join(out, f'{name}-{counts[name]}.c')
        open(path, 'w', encoding='utf-8').write(code)
        print('unit', path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
