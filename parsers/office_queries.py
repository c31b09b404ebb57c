"""Read-only commands by mail (帮助, 在办清单, 查询, 统计): reading one from a mail.

These need no case: anyone in the directory (union staff, the office, a unit, a leader)
mails one to the service and gets the answer back. The command is the first line of the
person's own text (quoted history removed), or the subject when the body is empty. Only
a line that is one of these commands and nothing else counts, so an ordinary sentence
("帮助客户办理了…") is never taken for one. A short line that is not a command but
resembles one (在办请单, 查寻 TS-…, 统计 2026-13) is a `QueryError` naming the closest
valid command. The words come from the one command table (`complaints.staff_commands`)
as a `Grammar`; this module holds the syntax and the argument readers the table names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from parsers.commands import Grammar, Verb
from parsers.replies import extract_reply


class Audience(StrEnum):
    """Who may use a command: the union office and its staff, units, leaders, the president."""

    OFFICE = "office"
    UNIT = "unit"
    LEADER = "leader"
    PRESIDENT = "president"


SUGGEST_SCORE = 60
MAX_COMMAND_LINE = 24

_CASE_ID = re.compile(r"^TS-(\d{4})-(\d{1,6})$", re.IGNORECASE)
_PERIOD = re.compile(r"^(\d{4}(?:-?[Ww]\d{1,2}|-\d{1,2}|\s*-?\s*[Qq][1-4])?)$")
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_FULL_WIDTH = str.maketrans({"\u3000": " ", "：": " ", ":": " ", "／": "/", "－": "-", "Ｑ": "Q", "ｑ": "q", **{
    chr(0xFF10 + digit): str(digit) for digit in range(10)}})
_TRAILING = "。.!！?？ "
_SALUTATION = re.compile(r"^(?:.{0,10}(?:好|领导|同志|科长|主任|经理|老师))?[：:，,！!]?$|^.{1,12}[：:]$")
"""A greeting line above the command ("王科长好：", "您好！", "各位领导："): the command is the next line."""


@dataclass(frozen=True)
class Query:
    name: str
    argument: str   # the case id or the period as written (normalised), or ""
    line: str


@dataclass(frozen=True)
class QueryError:
    line: str
    message: str


def command_line(text: str, subject: str | None) -> str:
    """The line a command would be on: the first of the person's own text, else the subject."""
    lines = own_lines(text)
    if lines:
        return lines[0]
    return _REPLY_PREFIX.sub("", subject or "").strip()


def own_lines(text: str) -> list[str]:
    """The non-empty lines of the person's own text."""
    return [line.strip() for line in extract_reply(text or "").split("\n") if line.strip()]


def parse_query(text: str, subject: str | None, grammar: Grammar) -> Query | QueryError | None:
    """The command in a mail, an error for something that looks like one, or None."""
    line = command_line(text, subject)
    if not line or len(line) > MAX_COMMAND_LINE * 3:
        return None
    found = read_query_line(line, grammar)
    if not isinstance(found, Query) and _SALUTATION.match(line):
        lines = own_lines(text)
        below = read_query_line(lines[1], grammar) if len(lines) > 1 and len(lines[1]) <= MAX_COMMAND_LINE else None
        return below if isinstance(below, Query) else found
    return found


_PROSE = re.compile(r"[，。；,;]")
PROSE_CHARS = 15


def heads_a_text(query: Query, text: str) -> bool:
    """Is this 查询-by-id really the case number written above a 反馈 ("TS-2026-000123" and then
    "经核实，…")? The guide's 查询 is the id alone; a signature below it is short and has no
    sentences, a unit's answer has them — and must reach the case, not be answered as a query."""
    if not _case_id(" ".join(query.line.translate(_FULL_WIDTH).split()).rstrip(_TRAILING)):
        return False
    return any(len(line) >= PROSE_CHARS and _PROSE.search(line) for line in own_lines(text)[1:])


def read_query_line(line: str, grammar: Grammar) -> Query | QueryError | None:
    normal = " ".join(line.translate(_FULL_WIDTH).split()).rstrip(_TRAILING)
    lookup = _by_argument(grammar, normal) if _case_id(normal) else None
    if lookup is not None:
        return lookup.read(lookup, normal, line)
    word, _, rest = normal.partition(" ")
    verb = grammar.by_word.get(word.lower())
    if verb is None:
        return _suggestion(line, normal, grammar)
    return verb.read(verb, rest.strip(), line)


def bare(verb: Verb, rest: str, line: str) -> Query | None:
    """帮助, 在办清单: the word alone; anything after it makes the line an ordinary sentence."""
    return Query(verb.name, "", line) if not rest else None


def case_id(verb: Verb, rest: str, line: str) -> Query | QueryError:
    """查询 TS-2026-000123 (or the id alone)."""
    found = _case_id(rest.replace(" ", ""))
    if found:
        return Query(verb.name, found, line)
    return QueryError(line, f"“{verb.words[0]}”后面要写案件编号。正确写法例如：{verb.example}")


def period(verb: Verb, rest: str, line: str) -> Query | QueryError:
    """统计 2026-11 / 2026Q4 / 2026 / 2026-W49."""
    written = rest.replace(" ", "")
    if _PERIOD.match(written):
        return Query(verb.name, written, line)
    return QueryError(line, f"“{verb.words[0]}”后面要写期间：月 2026-11，季度 2026Q4，年 2026，周 2026-W49。"
                            f"正确写法例如：{verb.example}")


def _case_id(text: str) -> str | None:
    m = _CASE_ID.match(text.strip())
    return f"TS-{m[1]}-{int(m[2]):06d}" if m else None


def _by_argument(grammar: Grammar, text: str) -> Verb | None:
    """The command whose argument `text` is: a case id → the lookup, a period → the report."""
    if _case_id(text):
        return next((v for v in grammar.verbs if v.read is case_id), None)
    if text and _PERIOD.match(text):
        return next((v for v in grammar.verbs if v.read is period), None)
    return None


def _suggestion(line: str, normal: str, grammar: Grammar) -> QueryError | None:
    """A short line close to a command word: the command it probably meant; else not a command."""
    if len(normal) > MAX_COMMAND_LINE:
        return None
    word, _, rest = normal.partition(" ")
    spec = _by_argument(grammar, rest.replace(" ", ""))
    if spec is None:
        best = process.extractOne(word.lower(), list(grammar.by_word), scorer=fuzz.ratio)
        if best is None or best[1] < SUGGEST_SCORE:
            return None
        spec = grammar.by_word[best[0]]
    return QueryError(line, f"不认识的指令“{line.strip()}”。您是不是要：{spec.example}（{spec.meaning}）")
