"""One table per fixed vocabulary: each label table covers its enum, and no second copy of
its words is written anywhere else in the source.

The tables: severity levels (`core/severity.py`), case statuses (`core/statuses.py`),
satisfaction levels (`core/satisfaction.py`), channels with their rules (`core/channels.py`),
event kinds → labels (`complaints/timeline.py`), the result part of a form
(`parsers/form_fields.py` `RESULT_LABELS`). The words a clerk may write for a level or a
verdict in a command are the severity and satisfaction tables' too: the command parser
derives them, and the tests below read every word of those tables through it, so a level,
synonym or verdict added in core is understood in a command with no second list to keep.
A copy is found from the source with `ast`: a
dict, tuple, list or set literal outside the table's home that holds two or more of the
table's words or codes (one word alone is prose, two are a table).
"""

from __future__ import annotations

import ast

from complaints.outbox_admin import WAITING_WORDS
from complaints.staff_commands import REPLY_GRAMMAR
from complaints.timeline import KIND_LABELS
from complaints.workflow import EventKind
from core.channels import CHANNEL_NAMES, CHANNEL_TABLE, CHANNELS, EXTERNAL_CHANNELS, FORM_CHANNELS, Channel
from core.config import SourcesConfig
from core.satisfaction import SATISFACTION_CHOICES, SATISFACTION_LEVELS, UNRATED, Satisfaction
from core.severity import LEVELS, SEVERITY_CHOICES, SEVERITY_NAMES, SEVERITY_TABLE, SEVERITY_WRITTEN, Severity, severity_name
from core.statuses import STATUS_NAMES, CaseStatus
from outbox.states import WaitingOn
from parsers.commands import Command, CommandSyntaxError, parse_command_line
from parsers.form_fields import FIELD_NAMES, LABELS, RESULT_LABELS, normalize_label
from templates.build_docx_templates import FEEDBACK_LABELS
from tests.support.import_graph import read_graph

TABLES: dict[str, tuple[set[str], set[str]]] = {
    # table: (its home modules, its words and codes)
    "severity": ({"core.severity"}, set(SEVERITY_WRITTEN)),
    "statuses": ({"core.statuses"}, set(STATUS_NAMES.values())),
    "satisfaction": ({"core.satisfaction"}, {*SATISFACTION_LEVELS, UNRATED}),
    "channels": ({"core.channels"}, {*CHANNEL_NAMES.values(), *CHANNELS}),
    "event kinds": ({"complaints.timeline"}, set(KIND_LABELS.values())),
    "result labels": ({"parsers.form_fields"}, {label for labels in RESULT_LABELS.values() for label in labels}),
}

NOT_A_COPY = {
    # (module, table): why two of the words stand together there
    ("parsers.commands", "event kinds"): "the command verbs (转办, 办结, 重开 …), which several events are named after",
    ("parsers.form_fields", "event kinds"): "labels printed on forms that name no field (备注, 领导批示 …)",
    ("templates.build_docx_templates", "result labels"): "the 督办单's own layout; tied to the reader below",
}
"""Known places that are not a second table; each says why (the staff command table is
another helper's room)."""


def _literals(tree: ast.AST):
    annotations = {id(n.slice) for n in ast.walk(tree) if isinstance(n, ast.Subscript)}  # Literal["major", "serious"]
    for node in ast.walk(tree):
        if id(node) in annotations:
            continue
        if isinstance(node, ast.Dict):
            items = [*node.keys, *node.values]
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = node.elts
        else:
            continue
        words = {i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)}
        if len(words) >= 2:
            yield node.lineno, words


def copies(modules: dict[str, object]) -> list[tuple[str, str, int, set[str]]]:
    found = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text())
        for line, words in _literals(tree):
            for table, (homes, vocabulary) in TABLES.items():
                shared = words & vocabulary
                if len(shared) >= 2 and module not in homes and (module, table) not in NOT_A_COPY:
                    found.append((table, module, line, shared))
    return found


def test_no_second_copy_of_a_vocabulary_in_the_source():
    assert copies(read_graph().modules) == []


def test_the_scan_finds_a_copy(tmp_path):
    path = tmp_path / "views.py"
    path.write_text('NAMES = {"normal": "一般", "major": "较大问题"}\nONE = "重大问题"\n')
    assert copies({"outbox.views": path}) == [("severity", "outbox.views", 1, {"normal", "major", "一般", "较大问题"})]


def test_every_severity_level_has_its_seed_word():
    assert set(SEVERITY_NAMES) == set(Severity) and LEVELS == tuple(Severity)
    assert [SEVERITY_NAMES[level] for level in LEVELS] == ["一般", "较大问题", "重大问题"]
    assert severity_name("serious") == "重大问题" and severity_name("odd") == "odd"


def test_every_severity_level_has_its_words_and_no_word_names_two_levels():
    assert set(SEVERITY_TABLE) == set(Severity)
    written = [word for level, words in SEVERITY_TABLE.items() for word in (str(level), words.name, *words.synonyms)]
    assert len(written) == len(set(written)) == len(SEVERITY_WRITTEN)
    assert SEVERITY_WRITTEN["严重"] is Severity.SERIOUS and SEVERITY_WRITTEN["较大"] is Severity.MAJOR


def test_every_word_for_a_level_in_core_is_read_by_the_command_parser():
    """The parser keeps no words of its own: each word of the core table, alone (重大) or after
    the slash form (/severity 严重, /severity major), is read as its level."""
    for word, level in SEVERITY_WRITTEN.items():
        line = f"/severity {word.upper()}"
        assert parse_command_line(line, REPLY_GRAMMAR) == Command("severity", (str(level),), "", line)
        if not word.isascii():
            assert parse_command_line(f"{word} 客户多次投诉", REPLY_GRAMMAR) == Command(
                "severity", (str(level),), "客户多次投诉", f"{word} 客户多次投诉")
    refused = parse_command_line("/severity 轻微", REPLY_GRAMMAR)
    assert isinstance(refused, CommandSyntaxError) and SEVERITY_CHOICES in refused.message
    assert all(name in SEVERITY_CHOICES for name in SEVERITY_NAMES.values())


def test_every_satisfaction_level_in_core_is_read_by_the_command_parser():
    for level in Satisfaction:
        for line in (f"满意度 {level}", f"/satisfaction {level}"):
            assert parse_command_line(line, REPLY_GRAMMAR) == Command("satisfaction", (str(level),), "", line)
    for word in (UNRATED, "非常满意"):
        refused = parse_command_line(f"满意度 {word}", REPLY_GRAMMAR)
        assert isinstance(refused, CommandSyntaxError) and SATISFACTION_CHOICES in refused.message
    assert all(level in SATISFACTION_CHOICES for level in SATISFACTION_LEVELS)


def test_every_status_has_its_name():
    assert set(STATUS_NAMES) == set(CaseStatus)


def test_satisfaction_levels_are_the_words_stored():
    assert SATISFACTION_LEVELS == ("满意", "基本满意", "不满意") == tuple(map(str, Satisfaction))
    assert UNRATED not in SATISFACTION_LEVELS


def test_every_channel_has_its_row_and_its_sources_setting():
    assert set(CHANNEL_TABLE) == set(Channel) and CHANNELS == tuple(map(str, Channel))
    assert set(SourcesConfig.model_fields) == set(CHANNELS), "one sender list per channel in [sources]"
    assert len(set(CHANNEL_NAMES.values())) == len(Channel)
    assert set(FORM_CHANNELS) <= set(EXTERNAL_CHANNELS), "the form goes back only to a source outside the branch"


def test_every_reason_an_outbox_row_waits_has_its_words():
    assert set(WAITING_WORDS) == set(WaitingOn)


def test_every_event_kind_has_its_label():
    assert set(KIND_LABELS) == set(map(str, EventKind))
    assert all(label and not label.isascii() for label in KIND_LABELS.values())


def test_the_feedback_part_of_the_supervision_form_is_read_back_with_the_result_labels():
    """The unit fills the 督办单's 处理情况反馈 part and returns it: each of its labels that
    names a result is one the form reader knows."""
    known = {label for labels in RESULT_LABELS.values() for label in labels}
    printed = [label for label in FEEDBACK_LABELS if label in known]
    assert printed == ["处理情况", "经办人", "处理日期", "客户满意度"]
    assert {LABELS[normalize_label(label)] for label in printed} == {"result", "handler", "handled_at", "satisfaction"}


def test_the_result_labels_are_the_ones_the_forms_are_read_with():
    for name, labels in RESULT_LABELS.items():
        if name in FIELD_NAMES:
            assert all(LABELS[normalize_label(label)] == name for label in labels)
