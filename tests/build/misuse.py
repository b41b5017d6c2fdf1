#!/usr/bin/env python3
"""Mistakes the public types let a compiler catch, and the right way that compiles.

    misuse.py CC CXX CLANG INCLUDE_DIR...

Each case is a small program: the right use must compile with the flags
given, and the mistake must not, so the failure is the mistake's and not
the flags'. A compiler that is not there fails the test: a check that
cannot run proves nothing.
"""
import os
import subprocess
import sys
import tempfile

HEAD = '#include <stddef.h>\n#include <campaign/campaign.h>\n'
BODY = ('int f(const campaign_qr *qr);\n'
        'int f(const campaign_qr *qr)\n{\n\tcampaign_buf b = CAMPAIGN_BUF_INIT;\n'
        '\treturn campaign_qr_render(&b, qr, %s, NULL, NULL);\n}\n')

CASES = [
    # (what, compiler key, flags, source suffix, right, wrong)
    ('a set of QR formats where one is expected, in C++', 'cxx', ['-std=c++11', '-Werror'],
     '.cc', 'CAMPAIGN_QR_FORMAT_PNG', 'CAMPAIGN_QR_FORMAT_PNG | CAMPAIGN_QR_FORMAT_SVG'),
    ('a set of QR formats where one is expected, clang -Wassign-enum', 'clang',
     ['-std=c11', '-Werror=assign-enum'], '.c', 'CAMPAIGN_QR_FORMAT_PNG',
     'CAMPAIGN_QR_FORMAT_PNG | CAMPAIGN_QR_FORMAT_SVG'),
    ('a set flag where one QR format is expected, gcc -Wextra', 'cc', ['-std=c11', '-Wextra', '-Werror'],
     '.c', 'CAMPAIGN_QR_FORMAT_SVG', 'CAMPAIGN_QR_FORMATS_SVG'),
    ('a build format where a render format is expected, gcc -Wextra', 'cc',
     ['-std=c11', '-Wextra', '-Werror'], '.c', None, None),
]

RENDER_BODY = ('int f(const campaign_flyer *fl);\n'
               'int f(const campaign_flyer *fl)\n{\n\tcampaign_render_options o = CAMPAIGN_RENDER_OPTIONS_INIT;\n'
               '\tcampaign_buf b = CAMPAIGN_BUF_INIT;\n\to.format = %s;\n'
               '\treturn campaign_flyer_render(&b, fl, &o, NULL);\n}\n')


def compiles(compiler, flags, includes, source, suffix):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case' + suffix)
        with open(path, 'w') as f:
            f.write(source)
        args = [compiler] + flags + ['-c', '-o', os.path.join(d, 'case.o'), path]
        args += ['-I' + i for i in includes]
        return subprocess.run(args, capture_output=True, text=True).returncode == 0


def main():
    compilers = {'cc': sys.argv[1], 'cxx': sys.argv[2], 'clang': sys.argv[3]}
    includes = sys.argv[4:]
    failed = 0
    for what, key, flags, suffix, right, wrong in CASES:
        body = BODY
        if right is None:
            body, right, wrong = RENDER_BODY, 'CAMPAIGN_RENDER_PNG', 'CAMPAIGN_FORMAT_PNG'
        ok = compiles(compilers[key], flags, includes, HEAD + body % right, suffix)
        bad = compiles(compilers[key], flags, includes, HEAD + body % wrong, suffix)
        if not ok:
            print(f'FAIL {what}: the right use does not compile ({compilers[key]} {" ".join(flags)})')
        if bad:
            print(f'FAIL {what}: the mistake compiles ({wrong})')
        failed += (not ok) or bad
        if ok and not bad:
            print(f'ok   {what}: refused')
    print(f'{len(CASES)} cases, {failed} failed')
    return 1 if failed or not CASES else 0


if __name__ == '__main__':
    sys.exit(main())
