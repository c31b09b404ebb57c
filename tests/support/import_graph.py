"""The project's import graph, read from the source: files, arrows between them, and where each import sits.

The house has floors (core/ at the bottom, the four stages on it, the application on
top); tests/test_house.py holds the measured figures to it. Everything here is read with
`ast`, nothing is imported, so a broken module is still measured.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FLOORS: dict[str, int] = {
    "core": 0,
    "parsers": 1,
    "router": 1,
    "templates": 1,
    "ingest": 1,
    "outbox": 2,
    "complaints": 3,
}
"""Which floor each package stands on: a package may import its own floor and the ones below."""


@dataclass(frozen=True)
class Import:
    source: str  # importing module, dotted
    target: str  # imported first-party module, dotted
    line: int
    where: str  # "module", "typing" (under TYPE_CHECKING) or "function"


@dataclass
class Graph:
    modules: dict[str, Path] = field(default_factory=dict)
    imports: list[Import] = field(default_factory=list)
    function_imports: list[tuple[str, int, str]] = field(default_factory=list)  # any module


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


class _Visitor(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool) -> None:
        self.module, self.is_package = module, is_package
        self.found: list[tuple[str, int, str, str]] = []  # (dotted, line, where, text)
        self._depth = 0
        self._typing = 0

    def _where(self) -> str:
        if self._depth:
            return "function"
        return "typing" if self._typing else "module"

    def visit_FunctionDef(self, node):  # noqa: N802
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node):  # noqa: N802
        test = ast.unparse(node.test)
        typing = test in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
        self._typing += typing
        for child in node.body:
            self.visit(child)
        self._typing -= typing
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node):  # noqa: N802
        for alias in node.names:
            self.found.append((alias.name, node.lineno, self._where(), ast.unparse(node)))

    def visit_ImportFrom(self, node):  # noqa: N802
        base = node.module or ""
        if node.level:
            pkg = self.module.split(".") if self.is_package else self.module.split(".")[:-1]
            pkg = pkg[: len(pkg) - (node.level - 1)]
            base = ".".join(pkg + ([base] if base else []))
        for alias in node.names:
            self.found.append((f"{base}.{alias.name}", node.lineno, self._where(), ast.unparse(node)))


def read_graph(root: Path = ROOT, packages=tuple(FLOORS)) -> Graph:
    graph = Graph()
    files = [p for pkg in packages for p in sorted((root / pkg).rglob("*.py"))
             if "migrations/versions" not in p.as_posix()]
    for path in files:
        graph.modules[_module_name(path, root)] = path
    for name, path in graph.modules.items():
        visitor = _Visitor(name, path.name == "__init__.py")
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for dotted, line, where, text in visitor.found:
            if where == "function":
                graph.function_imports.append((name, line, text)) if (name, line, text) not in graph.function_imports else None
            target = _resolve(dotted, graph.modules)
            if target and target != name:
                graph.imports.append(Import(name, target, line, where))
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected components of more than one file (Tarjan), every import counted."""
    edges: dict[str, set[str]] = {m: set() for m in graph.modules}
    for imp in graph.imports:
        edges[imp.source].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        work = [(v, iter(sorted(edges[v])))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        while work:
            node, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(edges[w]))))
                    break
                if w in on:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == node:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))

    for m in sorted(graph.modules):
        if m not in index:
            strong(m)
    return out


def typing_only(graph: Graph, component: list[str]) -> bool:
    """A pair of files whose circle closes only through an import under TYPE_CHECKING."""
    if len(component) != 2:
        return False
    a, b = component
    kinds = {(i.source, i.target): set() for i in graph.imports}
    for i in graph.imports:
        kinds[(i.source, i.target)].add(i.where)
    return any(kinds.get(pair, set()) == {"typing"} for pair in ((a, b), (b, a)))


def package(module: str) -> str:
    return module.split(".")[0]


def upward_arrows(graph: Graph) -> set[tuple[str, str]]:
    """Package-level arrows from a lower floor to a higher one."""
    return {(package(i.source), package(i.target)) for i in graph.imports
            if FLOORS[package(i.source)] < FLOORS[package(i.target)]}


def long_modules(graph: Graph, limit: int = 500) -> dict[str, int]:
    lengths = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in graph.modules.items()}
    return {m: n for m, n in lengths.items() if n > limit}


def figures(root: Path = ROOT) -> str:
    """The measurements as text (`python -m tests.support.import_graph`)."""
    g = read_graph(root, [p for p in FLOORS if (root / p).is_dir()])
    found = cycles(g)
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in g.modules.items()}
    per_package: dict[str, int] = {}
    for m, n in sizes.items():
        per_package[package(m)] = per_package.get(package(m), 0) + n
    arrows = {(package(i.source), package(i.target)) for i in g.imports if package(i.source) != package(i.target)}
    lines = [f"files {len(g.modules)}, lines {sum(sizes.values())}",
             f"circles {len(found)} (TYPE_CHECKING-only pairs {sum(typing_only(g, c) for c in found)})",
             *(f"    {c}" for c in found),
             f"arrows between packages {len(arrows)}, running up a floor {len(upward_arrows(g))}: {sorted(upward_arrows(g))}",
             "biggest package " + ", ".join(f"{p} {n} ({n * 100 // sum(sizes.values())} %)"
                                            for p, n in sorted(per_package.items(), key=lambda x: -x[1])[:2]),
             f"modules over 500 lines {long_modules(g)}",
             f"imports inside functions {len(g.function_imports)}",
             *(f"    {m}:{line} {text}" for m, line, text in g.function_imports)]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(figures(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
