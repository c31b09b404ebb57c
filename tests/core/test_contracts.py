"""Every instance in an extension table has its contract's shape (`core/contracts.py`):
classification rules, pipeline handlers, routing rules, the Sent folder — and a plain
function without a `name` does not pass for one."""

from __future__ import annotations

from complaints import classify, pipeline
from complaints.handlers import signals
from complaints.staff_commands import ROWS
from core.contracts import ClassificationRule, Command, Handler, Named, RoutingRule, SentFolder
from core.imap import ImapSentFolder
from router.rules import UNIT_RULES


def test_every_classification_rule_is_one_with_a_name_of_its_own():
    rules = classify._RULES
    assert rules and all(isinstance(rule, ClassificationRule) for rule in rules)
    assert len({rule.name for rule in rules}) == len(rules)


def test_every_pipeline_handler_is_a_handler():
    handlers = [*pipeline.HANDLERS.values(), *pipeline.CHANNEL_HANDLERS.values()]
    assert handlers and all(isinstance(handler, Handler) for handler in handlers)
    assert set(pipeline.HANDLERS) | {classify.Kind.UNKNOWN} == set(classify.Kind), "every kind but unknown has one"


def test_every_routing_rule_is_a_routing_rule():
    assert UNIT_RULES and all(isinstance(rule, RoutingRule) for rule in UNIT_RULES)
    assert len({rule.name for rule in UNIT_RULES}) == len(UNIT_RULES)


def test_the_imap_adapter_is_a_sent_folder():
    assert isinstance(ImapSentFolder(box=None, name="Sent"), SentFolder)


def test_a_function_without_a_name_is_no_component():
    assert not isinstance(signals.ignore, Handler) and not isinstance(signals.ignore, ClassificationRule)
    assert isinstance(Named("ignore", signals.ignore), Handler)
    assert not isinstance(Named("x", len), Command), "a command has words, roles and a handler"


def test_every_staff_command_is_a_command():
    assert ROWS and all(isinstance(row, Command) for row in ROWS)
    assert len({row.name for row in ROWS}) == len(ROWS)
