"""Staff commands written in a reply, one a line, in Chinese or slash form (docs/DESIGN.md §5).

Only the person's own text is read (quoted history is removed first). A line that is plainly
not a command (a greeting, a sentence) is ignored; a line that starts like a command but
cannot be read becomes a CommandSyntaxError whose message a clerk understands.
Which words are commands is not known here: the caller passes a `Grammar` built from the one
command table (`complaints.staff_commands`); this module holds the syntax and the pure
argument readers that table refers to. Checking rights and unit names is the caller's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from rapidfuzz import fuzz, process

from core.satisfaction import SATISFACTION_CHOICES, SATISFACTION_LEVELS
from core.severity import SEVERITY_CHOICES, SEVERITY_WRITTEN
from parsers.categories import BUSINESS_TYPES, CAUSE_BUSINESS, CAUSES, form_business
from parsers.replies import extract_reply


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]
    reason: str
    line: str


@dataclass(frozen=True)
class CommandSyntaxError:
    line: str
    message: str


ParsedCommand = Command | CommandSyntaxError
ArgumentReader = Callable[["Verb", str, str, str, str], ParsedCommand]
"""(verb, keyword as written, body, reason, line) → the command or why it cannot be read."""


@dataclass(frozen=True)
class Verb:
    """What the parser needs of one command: its name, the words that start it, how its
    arguments are read, and the example shown when they cannot be."""

    name: str
    words: tuple[str, ...]      # Chinese verb and aliases; slash forms start with "/"
    read: Callable
    example: str
    meaning: str = ""


@dataclass(frozen=True)
class Grammar:
    """The command words of a family of commands, as the parser looks them up."""

    verbs: tuple[Verb, ...]

    @cached_property
    def by_word(self) -> dict[str, Verb]:
        return {word.lower(): verb for verb in self.verbs for word in verb.words}

    @cached_property
    def keyword_pattern(self) -> re.Pattern:
        """The Chinese words, longest first (重大问题 before 重大), each optionally followed by a suffix."""
        words = sorted((w for w in self.by_word if not w.startswith("/")), key=len, reverse=True)
        return re.compile(rf"^(?P<keyword>{'|'.join(map(re.escape, words))})"
                          r"(?P<suffix>单位|部门|给|至|到|评价|延期申请|延期)?(?P<rest>.*)$")

    def closest(self, word: str, score: int = 60) -> Verb | None:
        """The verb whose word is nearest to `word` (a typo, an unknown slash form), if any is near."""
        best = process.extractOne(word.lower(), list(self.by_word), scorer=fuzz.ratio)
        return self.by_word[best[0]] if best is not None and best[1] >= score else None


# The words for a level and for a verdict are the core tables' (core/severity.py, core/satisfaction.py):
# a level, synonym or verdict added there is read here with no change.
SEVERITY_VALUES: dict[str, str] = {word.lower(): str(level) for word, level in SEVERITY_WRITTEN.items()}
"""Every word for a level as the reader looks it up (ASCII codes lower-cased) → the level's code."""
SEVERITY_WORDS = tuple(word for word in SEVERITY_VALUES if not word.isascii())
"""The Chinese words for a level, which are command words of their own (重大 = /severity serious)."""
MAX_EXTENSION_DAYS = 365

_FULL_WIDTH = str.maketrans({"\u3000": " ", "：": ":", "／": "/", **{
    chr(0xFF10 + digit): str(digit) for digit in range(10)}})
_SLASH = re.compile(r"^/(?P<keyword>[A-Za-z]+)(?P<rest>.*)$")
_REASON = re.compile(r"(?:^|[\s,;，；。])(?:原因|理由|事由|说明|备注|reason\s*:)\s*[:：]?\s*", re.IGNORECASE)
_UNIT_SEPARATORS = re.compile(r"[\s,;，；、]+")
_DAYS = re.compile(r"^(?P<number>\d+|[零一二两三四五六七八九十百]+)\s*(?:个)?(?:工作日|天|日|days?|d)?(?P<rest>.*)$",
                   re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。？！?!]")
_LINE_END = "。.！!；;，, "
"""Closing punctuation a clerk or leader types after a command ("批准。", "转办 梅列支行。"): not part of it."""


def parse_commands(text: str, grammar: Grammar) -> tuple[ParsedCommand, ...]:
    """Every command line in the person's own text, in order, read or reported."""
    results: list[ParsedCommand] = []
    for raw_line in extract_reply(text).split("\n"):
        line = raw_line.strip()
        if line:
            parsed = parse_command_line(line, grammar)
            if parsed is not None:
                results.append(parsed)
    return tuple(results)


def parse_command_line(line: str, grammar: Grammar) -> ParsedCommand | None:
    """One line as a command, an error, or None when it is not meant as a command."""
    written = line.translate(_FULL_WIDTH).strip()
    normal = written.rstrip(_LINE_END).strip()
    slash = _SLASH.match(normal)
    if slash:
        keyword = "/" + slash["keyword"].lower()
        verb = grammar.by_word.get(keyword)
        if verb is None:
            return _unknown(line, keyword, grammar)
        return _build(verb, keyword, slash["rest"], line)
    chinese = grammar.keyword_pattern.match(normal)
    if not chinese:
        return None
    rest = chinese["rest"]
    verb = grammar.by_word[chinese["keyword"]]
    if not _separated(rest, verb, chinese["suffix"], written):
        return None
    return _build(verb, chinese["keyword"], rest, line)


def _unknown(line: str, keyword: str, grammar: Grammar) -> CommandSyntaxError:
    near = grammar.closest(keyword)
    hint = (f"您是不是要：{near.example}（可用指令见“帮助”）" if near is not None
            else f"可用指令：{'、'.join(v.example for v in grammar.verbs)}")
    return CommandSyntaxError(line, f"不认识的指令“{keyword}”。{hint}")


def _separated(rest: str, verb: Verb, suffix: str | None, written: str) -> bool:
    """The keyword stands alone (space, colon, end), not as the start of a sentence (`written`:
    the line with its closing punctuation, which makes a glued-on phrase a sentence)."""
    if not rest or rest[0] in " :" or suffix:
        return True
    if verb.read is extend_days and rest[0].isdigit():
        return True
    # "转办三元支行": a unit written right after the keyword, on a short line of its own
    return verb.read in (single_unit, units) and len(rest) <= 20 and not _SENTENCE_END.search(written)


def _split_reason(rest: str) -> tuple[str, str]:
    rest = rest.strip().lstrip(":").strip()
    marker = _REASON.search(rest)
    if marker is None:
        return rest, ""
    return rest[:marker.start()].strip(" ,;，；"), rest[marker.end():].strip()


def _build(verb: Verb, keyword: str, rest: str, line: str) -> ParsedCommand:
    body, reason = _split_reason(rest)
    return verb.read(verb, keyword, body, reason, line)


def _error(verb: Verb, line: str, problem: str) -> CommandSyntaxError:
    return CommandSyntaxError(line, f"{problem}。正确写法例如：{verb.example}")


def single_unit(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """One unit (转办 三元支行); several are refused with the way to say it (牵头 + 协办)."""
    found = [unit for unit in _UNIT_SEPARATORS.split(body) if unit]
    word = verb.words[0]
    if not found:
        return _error(verb, line, f"“{word}”后面要写单位名称")
    if len(found) > 1:
        return _error(verb, line, f"“{word}”只能写一个单位；几个单位共同办理请用“牵头”和“协办”")
    return Command(verb.name, (found[0],), reason, line)


def units(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """One or more units, each once."""
    found = tuple(dict.fromkeys(unit for unit in _UNIT_SEPARATORS.split(body) if unit))
    if not found:
        return _error(verb, line, f"“{verb.words[0]}”后面要写至少一个单位名称")
    return Command(verb.name, found, reason, line)


def extend_days(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """A number of days (Arabic or Chinese) and a reason, which is required."""
    match = _DAYS.match(body.strip())
    if match is None:
        return _error(verb, line, f"“{verb.words[0]}”后面要写延长的天数")
    days = _number(match["number"])
    if days is None or not 1 <= days <= MAX_EXTENSION_DAYS:
        return _error(verb, line, f"延期天数应为 1 到 {MAX_EXTENSION_DAYS} 之间的整数")
    reason = " ".join(part for part in (match["rest"].strip(" ,;，；"), reason) if part)
    if not reason:
        return _error(verb, line, "延期必须写明原因")
    return Command(verb.name, (str(days),), reason, line)


def severity(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """The level as the keyword itself (重大, 较大问题 …) or after a slash form (/severity major)."""
    if keyword in SEVERITY_VALUES:
        return Command(verb.name, (SEVERITY_VALUES[keyword],), " ".join(p for p in (body, reason) if p), line)
    words = body.split(maxsplit=1)
    level = SEVERITY_VALUES.get(words[0].lower()) if words else None
    if level is None:
        return _error(verb, line, f"问题等级只能是：{SEVERITY_CHOICES}")
    extra = words[1] if len(words) > 1 else ""
    return Command(verb.name, (level,), " ".join(part for part in (extra, reason) if part), line)


def satisfaction(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    words = body.split(maxsplit=1)
    if not words or words[0] not in SATISFACTION_LEVELS:
        return _error(verb, line, f"满意度只能是：{SATISFACTION_CHOICES}")
    extra = words[1] if len(words) > 1 else ""
    return Command(verb.name, (words[0],), " ".join(part for part in (extra, reason) if part), line)


def year(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """确认放假安排 2027: the year whose forwarded holiday notice the office confirms."""
    found = re.match(r"^(\d{4})\s*年?", body.strip())
    if found is None:
        return _error(verb, line, f"“{verb.words[0]}”后面要写年份")
    return Command(verb.name, (found[1],), reason, line)


_CLASS_SEPARATORS = re.compile(r"[\s,;，；、:：]+")
_CLASS_LABELS = re.compile(r"业务类别|业务种类|业务类型|投诉原因|原因")
_CAUSE_FROM_ITSELF = {cause: business for cause, business in CAUSE_BUSINESS.items() if cause != "其他"}


def classification(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """`分类 银行卡/信用卡 定价收费`: the business (with its subtype), the cause, or both, as
    JR/T 0169 names them — the statistics count the case under what the office says.

    A business may be written as clerks write it on a form (信用卡, 储蓄, 房贷 …) and a cause by
    a part only it contains (收费, 信息安全, 服务态度). A word that could be either (催收, 其他) is
    the business when another word follows it, else the cause. A cause that names its own
    business in the standard (债务催收方式和手段, 消费者信息安全) brings it when no business is
    written, as the classifier does. Returns args (business, subtype, cause), "" where not said."""
    words = [w for w in _CLASS_SEPARATORS.split(_CLASS_LABELS.sub(" ", f"{body} {reason}")) if w]
    if not words:
        return _error(verb, line, f"“{verb.words[0]}”后面要写业务类别或投诉原因")
    business, sub, cause = "", "", ""
    for i, word in enumerate(words):
        named_business, named_cause = _business_named(word), _cause_named(word)
        if named_business and (not named_cause or (i + 1 < len(words) and not business)):
            if business:
                return _error(verb, line, "只能写一个业务类别")
            business, sub = named_business
        elif named_cause:
            if cause:
                return _error(verb, line, "只能写一个投诉原因")
            cause = named_cause
        else:
            return _error(verb, line, f"“{word}”不是业务类别或投诉原因（业务类别：{'、'.join(BUSINESS_TYPES)}；"
                                      f"投诉原因：{'、'.join(CAUSES)}）")
    if not business and cause in _CAUSE_FROM_ITSELF:
        business = _CAUSE_FROM_ITSELF[cause]
    return Command(verb.name, (business, sub, cause), "", line)


def _business_named(word: str) -> tuple[str, str] | None:
    """(business, subtype or "") for a business as the standard or a form writes it."""
    head, _, tail = word.partition("/")
    base = head.removesuffix("业务") if head.removesuffix("业务") in BUSINESS_TYPES else None
    found = (base, None) if base else form_business(head)
    if found is None:
        return None
    sub = tail or found[1] or ""
    return found[0], sub


def _cause_named(word: str) -> str | None:
    """The one cause whose name is, or contains, `word` (two characters at least)."""
    if word in CAUSES:
        return word
    holding = [cause for cause in CAUSES if len(word) >= 2 and word in cause]
    return holding[0] if len(holding) == 1 else None


_MEETING_DATE = re.compile(r"^(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日)"
                           r"\s*(?P<rest>.*)$")


def meeting(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """`会议 2026-12-05 决定…`: the meeting's date, then its decision."""
    found = _MEETING_DATE.match(body.strip())
    if found is None:
        return _error(verb, line, f"“{verb.words[0]}”后面要先写会议日期")
    decision = " ".join(part for part in (found["rest"].strip(" ,;，；:"), reason) if part)
    decision = re.sub(r"^(?:决定|研究决定|会议决定)\s*:?\s*", "", decision)
    if not decision:
        return _error(verb, line, "会议日期后面要写会议研究决定的内容")
    return Command(verb.name, ("".join(found["date"].split()),), decision, line)


def free_text(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """`回复客户 …`: the rest of the line as written (the text the office approved for the customer)."""
    parts = line.split(maxsplit=1)
    text = parts[1].strip() if len(parts) > 1 else ""
    if not text:
        return _error(verb, line, f"“{verb.words[0]}”后面要写给客户的答复文字")
    return Command(verb.name, (), text, line)


_CASE_REF = re.compile(r"^TS-\d{4}-\d{6}$", re.IGNORECASE)


def case_ref(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """`重发 TS-2026-000001`: the case written out (optional in the case's own thread)."""
    if not body:
        return Command(verb.name, (), reason, line)
    if not _CASE_REF.match(body):
        return _error(verb, line, f"“{body}”不是案件编号")
    return Command(verb.name, (body.upper(),), reason, line)


def no_argument(verb: Verb, keyword: str, body: str, reason: str, line: str) -> ParsedCommand:
    """Nothing to read; anything written after the word is kept as the reason."""
    return Command(verb.name, (), " ".join(part for part in (body, reason) if part), line)


_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int | None:
    """An Arabic number or a small Chinese one (十, 十五, 二十, 三十, 一百)."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current or None
