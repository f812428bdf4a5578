#!/usr/bin/env python3
"""Fails when headers include each other in a circle.

A unit is a .h with its .cpp; an edge is an #include "lib/unit.h" from
either file. Run by ctest as `include_cycles`:  include_cycles.py SRC_DIR
"""
import os
import re
import sys


def graph(src):
    units = {}
    for folder, _, files in os.walk(src):
        for name in files:
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            unit = os.path.relpath(path, src).rsplit(".", 1)[0]
            edges = units.setdefault(unit, set())
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = re.match(r'#include "([a-z]+/[^"]+)\.h"', line)
                    if m and m.group(1) != unit:
                        edges.add(m.group(1))
    return units


def cycles(units):
    """Strongly connected components of more than one unit (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in units.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in list(units):
        if v not in index:
            visit(v)
    return found


def main():
    found = cycles(graph(sys.argv[1]))
    for component in found:
        print("include cycle:", " <-> ".join(component))
    print(f"{len(found)} include cycles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
