"""Read-only commands by mail (帮助, 在办清单, 查询, 统计): their table, and reading one from a mail.

These need no case: anyone in the directory (union staff, the office, a unit, a leader)
mails one to the service and gets the answer back. The command is the first line of the
person's own text (quoted history removed), or the subject when the body is empty. Only
a line that is one of these commands and nothing else counts, so an ordinary sentence
("帮助客户办理了…") is never taken for one. A short line that is not a command but
resembles one (在办请单, 查寻 TS-…, 统计 2026-13) is a `QueryError` naming the closest
valid command; who may use which command is the caller's business (`QUERIES[..].roles`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from parsers.replies import extract_reply


class QueryName(StrEnum):
    HELP = "help"
    OPEN_CASES = "open_cases"
    LOOKUP = "lookup"
    REPORT = "report"


class Audience(StrEnum):
    """Who may use a command: the union office and its staff, units, leaders."""

    OFFICE = "office"
    UNIT = "unit"
    LEADER = "leader"


@dataclass(frozen=True)
class QuerySpec:
    name: QueryName
    words: tuple[str, ...]          # what a person writes; the first is the command's name
    example: str
    meaning: str
    audience: frozenset[Audience]


EVERYONE = frozenset(Audience)
QUERIES: tuple[QuerySpec, ...] = (
    QuerySpec(QueryName.HELP, ("帮助", "/help", "help", "使用帮助"), "帮助",
              "回复您可以使用的全部指令及示例", EVERYONE),
    QuerySpec(QueryName.OPEN_CASES, ("在办清单", "在办", "/open"), "在办清单",
              "回复在办案件清单（超时的在前），附 Excel 表", EVERYONE),
    QuerySpec(QueryName.LOOKUP, ("查询", "/case"), "查询 TS-2026-000123",
              "回复该案件的信息和处理记录（也可只写案件编号）", EVERYONE),
    QuerySpec(QueryName.REPORT, ("统计", "/report"), "统计 2026-11",
              "回复该期间的考核统计（月：2026-11，季度：2026Q4，年：2026，周：2026-W49），附 Word 和 Excel",
              frozenset({Audience.OFFICE, Audience.LEADER})),
)
BY_NAME = {spec.name: spec for spec in QUERIES}
SUGGEST_SCORE = 60
MAX_COMMAND_LINE = 24

_CASE_ID = re.compile(r"^TS-(\d{4})-(\d{1,6})$", re.IGNORECASE)
_PERIOD = re.compile(r"^(\d{4}(?:-?[Ww]\d{1,2}|-\d{1,2}|\s*-?\s*[Qq][1-4])?)$")
_REPLY_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_FULL_WIDTH = str.maketrans({"\u3000": " ", "：": " ", ":": " ", "／": "/", "－": "-", "Ｑ": "Q", "ｑ": "q", **{
    chr(0xFF10 + digit): str(digit) for digit in range(10)}})
_TRAILING = "。.!！?？ "


@dataclass(frozen=True)
class Query:
    name: QueryName
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


def parse_query(text: str, subject: str | None = None) -> Query | QueryError | None:
    """The command in a mail, an error for something that looks like one, or None."""
    line = command_line(text, subject)
    if not line or len(line) > MAX_COMMAND_LINE * 3:
        return None
    return read_query_line(line)


def read_query_line(line: str) -> Query | QueryError | None:
    normal = " ".join(line.translate(_FULL_WIDTH).split()).rstrip(_TRAILING)
    case_id = _case_id(normal)
    if case_id:
        return Query(QueryName.LOOKUP, case_id, line)
    word, _, rest = normal.partition(" ")
    spec = _spec_for(word)
    if spec is None:
        return _suggestion(line, normal)
    rest = rest.strip()
    if spec.name in (QueryName.HELP, QueryName.OPEN_CASES):
        return Query(spec.name, "", line) if not rest else None
    if spec.name == QueryName.LOOKUP:
        found = _case_id(rest.replace(" ", ""))
        if found:
            return Query(spec.name, found, line)
        return QueryError(line, f"“查询”后面要写案件编号。正确写法例如：{spec.example}")
    period = rest.replace(" ", "")
    if _PERIOD.match(period):
        return Query(spec.name, period, line)
    return QueryError(line, "“统计”后面要写期间：月 2026-11，季度 2026Q4，年 2026，周 2026-W49。"
                            f"正确写法例如：{spec.example}")


def _case_id(text: str) -> str | None:
    m = _CASE_ID.match(text.strip())
    return f"TS-{m[1]}-{int(m[2]):06d}" if m else None


def _spec_for(word: str) -> QuerySpec | None:
    lowered = word.lower()
    return next((s for s in QUERIES if lowered in s.words), None)


def _suggestion(line: str, normal: str) -> QueryError | None:
    """A short line close to a command word: the command it probably meant; else not a command."""
    if len(normal) > MAX_COMMAND_LINE:
        return None
    word, _, rest = normal.partition(" ")
    by_argument = (BY_NAME[QueryName.LOOKUP] if _case_id(rest.replace(" ", "")) else
                   BY_NAME[QueryName.REPORT] if rest and _PERIOD.match(rest.replace(" ", "")) else None)
    if by_argument is not None:
        return QueryError(line, f"不认识的指令“{line.strip()}”。您是不是要：{by_argument.example}（{by_argument.meaning}）")
    choices = {w: spec for spec in QUERIES for w in spec.words}
    best = process.extractOne(word, list(choices), scorer=fuzz.ratio)
    if best is None or best[1] < SUGGEST_SCORE:
        return None
    spec = choices[best[0]]
    return QueryError(line, f"不认识的指令“{line.strip()}”。您是不是要：{spec.example}（{spec.meaning}）")
