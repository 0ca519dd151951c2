#!/usr/bin/env python3
"""Finds import cycles between the files of a crate (crates/core/src, or the folder given): prints
each cycle and exits 1.

A file's imports are its `use crate::...` lines and `crate::a::b` paths in its code (tests
excluded: a `#[cfg(test)] mod tests` block may reach anywhere). A path names the file it ends in:
`crate::team::kv::KvClient` is team/kv.rs.
"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "crates", "core", "src"
)


def module_files():
    files = {}
    for folder, _, names in os.walk(ROOT):
        for name in names:
            if not name.endswith(".rs"):
                continue
            path = os.path.relpath(os.path.join(folder, name), ROOT)
            parts = path[:-3].split(os.sep)
            if parts[-1] in ("mod", "lib", "main"):
                parts = parts[:-1]
            files[tuple(parts)] = path
    return files


def code_without_tests(text):
    cut = re.search(r"#\[cfg\(test\)\]\s*(pub(\(crate\))?\s+)?mod tests", text)
    text = text[: cut.start()] if cut else text
    # Comments (doc links among them) name modules without importing them.
    return re.sub(r"(^|(?<=\s))//[^\n]*", "", text, flags=re.M)


def imports(text, module, files):
    found = set()
    text = code_without_tests(text)
    paths = []
    for use in re.finditer(r"use\s+(crate|super)::([^;]*);", text):
        head, rest = use.group(1), re.sub(r"\s+", "", use.group(2))
        base = [] if head == "crate" else list(module[:-1])
        for item in expand(rest):
            paths.append(base + item)
    for path in re.finditer(r"\bcrate::((?:\w+::)*\w+)", text):
        paths.append(path.group(1).split("::"))
    for path in paths:
        # The longest prefix that is a file.
        for end in range(len(path), 0, -1):
            if tuple(path[:end]) in files:
                target = tuple(path[:end])
                if target != module and target != module[: len(target)]:
                    found.add(target)
                break
    return found


def expand(tree):
    """`a::{b,c::{d,e}}` -> [[a,b],[a,c,d],[a,c,e]]."""
    if "{" not in tree:
        return [tree.split("::")]
    head, _, inner = tree.partition("{")
    inner = inner[: inner.rfind("}")]
    prefix = [p for p in head.split("::") if p]
    items, depth, current = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        current += ch
    items.append(current)
    out = []
    for item in filter(None, items):
        for sub in expand(item):
            out.append(prefix + [p for p in sub if p and p != "self"])
    return out


def cycles(graph):
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in graph:
        if node not in index:
            visit(node)
    return found


def main():
    files = module_files()
    graph = {}
    for module, path in files.items():
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            graph[module] = imports(f.read(), module, files)
    found = cycles(graph)
    for component in found:
        print("import cycle: " + " <-> ".join(files[m] for m in component))
    if "-v" in sys.argv:
        for module in sorted(graph):
            print(files[module], "->", ", ".join(sorted(files[m] for m in graph[module])))
    print(f"{len(files)} files, {sum(len(v) for v in graph.values())} imports, {len(found)} cycles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
