#!/usr/bin/env python3
"""No source file of lib/ is in a dependency circle with another.

Reads the object files of every layer's static library in BUILD_DIR/lib
(nm), links each undefined symbol to the file that defines it, and fails
on every strongly connected group of more than one file, printing it.
The layers themselves are checked by the link (lib/meson.build); this is
the same rule one level down, inside a folder, where a link cannot see it.

    lib_cycles.py BUILD_DIR
"""
import glob
import os
import subprocess
import sys


def objects(build_dir):
    """{file name: (defined symbols, undefined symbols)} over every layer archive."""
    result = {}
    archives = glob.glob(os.path.join(build_dir, 'lib', 'libcampaign-*.a'))
    archives = [a for a in archives if not a.endswith('libcampaign-internal.a')]
    for archive in archives:
        layer = os.path.basename(archive)[len('libcampaign-'):-len('.a')]
        out = subprocess.run(['nm', '-A', archive], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            # libcampaign-util.a:strbuf.c.o:0000000000000000 T campaign__strbuf_add
            where, _, rest = line.rpartition(':')
            obj = os.path.basename(where.split(':')[-1])  # util_strbuf.c.o
            name = layer + '/' + obj[len(layer) + 1:-len('.o')]
            parts = rest.split()
            defs, undefs = result.setdefault(name, (set(), set()))
            if len(parts) == 3 and parts[1] in 'TDBR':
                defs.add(parts[2])
            elif len(parts) == 2 and parts[0] == 'U':
                undefs.add(parts[1])
    return result


def graph(objs):
    owner = {}
    for name, (defs, _) in objs.items():
        for sym in defs:
            owner[sym] = name
    edges = {name: set() for name in objs}
    for name, (_, undefs) in objs.items():
        for sym in undefs:
            to = owner.get(sym)
            if to and to != name:
                edges[name].add(to)
    return edges


def circles(edges):
    """Tarjan's strongly connected components with more than one node."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def main():
    objs = objects(sys.argv[1])
    if len(objs) < 20:
        print(f'only {len(objs)} object files found under {sys.argv[1]}/lib: is it built?')
        return 1
    edges = graph(objs)
    found = circles(edges)
    for group in found:
        print('circle: ' + ' <-> '.join(group))
        for v in group:
            print(f'  {v} uses ' + ', '.join(sorted(w for w in edges[v] if w in group)))
    print(f'{len(objs)} files, {sum(len(e) for e in edges.values())} dependencies, '
          f'{len(found)} circles')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
