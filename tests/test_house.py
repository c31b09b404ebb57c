"""The house's shape, measured from the source: floors, circles, module sizes, hidden imports.

core/ is the ground floor; parsers/ router/ ingest/ templates/ stand on it, outbox/ above
them, the application (complaints/) on top (tests/support/import_graph.FLOORS). These
checks keep a change from quietly undoing that: print the figures with
`python -m tests.support.import_graph`.
"""

from __future__ import annotations

from tests.support.import_graph import (
    FLOORS,
    cycles,
    long_modules,
    package,
    read_graph,
    typing_only,
    upward_arrows,
)

GRAPH = read_graph()

IMPORT_ON_USE = {
    "complaints.cli",  # each command imports what it needs: `complaints --help` stays quick
    "parsers.ocr",  # the OCR engine and its model load only when a scan must be read
    "parsers.ocr_sessions",  # onnxruntime, in the OCR worker only (serve imports parsers.ocr)
    "core.oauth2",  # msal, authlib and requests (8 MB in serve) only for an account that logs in with OAuth2
}
"""The only modules that may import inside a function: each keeps something heavy out of the
processes that never use it."""

TOO_LONG_FOR_NOW: set[str] = set()
"""Modules still over the limit; each leaves this set when it is split."""


def test_every_package_stands_on_a_floor():
    assert {package(m) for m in GRAPH.modules} <= set(FLOORS)
    assert FLOORS["core"] == min(FLOORS.values()) and FLOORS["complaints"] == max(FLOORS.values())


def test_no_import_circle_between_files_but_a_type_checking_pair():
    found = cycles(GRAPH)
    assert [c for c in found if not typing_only(GRAPH, c)] == []


def test_the_ground_floor_imports_nothing_above_it():
    assert not [i for i in GRAPH.imports if package(i.source) == "core" and package(i.target) != "core"]


def test_at_most_one_arrow_runs_up_a_floor():
    assert len(upward_arrows(GRAPH)) <= 1, upward_arrows(GRAPH)


def test_no_module_over_500_lines():
    assert set(long_modules(GRAPH, 500)) <= TOO_LONG_FOR_NOW


def test_imports_sit_at_the_top_of_the_module():
    hidden = [(m, line, text) for m, line, text in GRAPH.function_imports if m not in IMPORT_ON_USE]
    assert hidden == []


def test_the_measurement_sees_a_circle_and_a_hidden_import(tmp_path):
    """The checks above can fail: a made-up package with both faults is caught."""
    pkg = tmp_path / "core"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from core.b import B\nA = 1\n")
    (pkg / "b.py").write_text("def f():\n    from core.a import A\n    return A\nB = 2\n")
    graph = read_graph(tmp_path, ("core",))
    assert cycles(graph) == [["core.a", "core.b"]] and not typing_only(graph, ["core.a", "core.b"])
    assert graph.function_imports == [("core.b", 2, "from core.a import A")]
