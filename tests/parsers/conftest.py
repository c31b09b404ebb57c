"""Shared pieces of the form-parser tests: the generated corpus and how a result is judged."""

from __future__ import annotations

from parsers.form_fields import FormFields
from tests.parsers.corpus import CorpusItem, comparable


def assert_fields(item: CorpusItem, found: FormFields) -> None:
    """Every expected field with its exact value (PDF prose: up to line wrapping), no others."""
    got = {name: comparable(name, value, item.kind) for name, value in found.as_dict().items()}
    want = {name: comparable(name, value, item.kind) for name, value in item.expected.items()}
    assert got == want, f"{item.name} ({item.layout})"
