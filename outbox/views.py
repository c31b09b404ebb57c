"""What the templates show, computed before rendering: Chinese names, formatted dates, masked PII.

Templates only loop and branch; every string they print is made here (or passed in
by the caller). The customer's name and phone are shown in full only to whoever must call
the customer back (`reveal_contact`; numbers inside the complaint text are masked
otherwise too); ID and account numbers are always masked, keeping their last 4 digits.
The masking rules are the ones of `parsers.pii`, shared with logs and the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from core.channels import channel_name
from core.clock import local
from core.config import Directory
from core.message_ids import case_tag
from core.severity import Severity, severity_name
from core.statuses import STATUS_NAMES
from core.store.models import Case
from parsers.pii import mask_account, mask_name, mask_personal_text, mask_phone
from router.deadlines import PROVISIONAL_YEARS, is_provisional

PROVISIONAL_MARK = "（暂定）"  # after a deadline counted on derived holidays (调休 not yet published)

SHORT_CONTENT_CHARS = 20
_TRAILING_PUNCTUATION = " ，,。.；;：:、"


@dataclass(frozen=True)
class CaseView:
    """One case as the mails and the 督办单 show it; every value is a display string."""

    case_id: str
    tag: str
    status_name: str
    channel_name: str
    unit_code: str
    unit_name: str
    unit_email: str
    co_unit_names: tuple[str, ...]
    co_units_text: str
    category: str
    severity: str
    severity_name: str
    is_major: bool
    received_at_text: str
    due_at_text: str
    regulatory_due_at_text: str
    acceptance_number: str
    customer_name: str
    customer_phone: str
    customer_id_number: str
    customer_account: str
    customer_email: str
    content: str
    content_lines: tuple[str, ...]
    request: str
    request_lines: tuple[str, ...]
    short_content: str
    round_no: int                      # 1 for the first 督办, 2 after the first reopening, …
    round_title: str                   # "第二次督办" from the second on; "" the first time
    previous_result: str               # the result the customer objected to (reopened cases)
    objection: str                     # why it was reopened: the customer's 不满意 reason, or the office's
    objection_label: str               # 客户意见 or 工会意见


@dataclass(frozen=True)
class CandidateView:
    """A unit the router considered for a case in triage, and why."""

    code: str
    name: str
    reason: str


@dataclass(frozen=True)
class QuarantineEntry:
    """One quarantined mail as the caller knows it (the `id` is what `quarantine retry` takes)."""

    id: str
    received_at: datetime
    sender: str
    subject: str
    reason: str
    error_id: str


@dataclass(frozen=True)
class QuarantineLine:
    """A quarantined mail as the summary shows it."""

    id: str
    received_at_text: str
    sender: str
    subject: str
    reason: str
    error_id: str
    retry_command: str


def case_view(case: Case, directory: Directory, *, reveal_contact: bool) -> CaseView:
    """The display values of a case; name and phone in full only when `reveal_contact`."""
    unit = directory.unit_by_code(case.unit) if case.unit else None
    co_names = tuple(unit_name(code, directory) for code in case.co_units)
    names = (case.customer_name or "",)
    content = _clean(case.content, reveal_contact, names)
    request = _clean(case.request, reveal_contact, names)
    return CaseView(
        case_id=case.id,
        tag=case_tag(case.id),
        status_name=STATUS_NAMES.get(case.status, case.status),
        channel_name=channel_name(case.channel),
        unit_code=case.unit or "",
        unit_name=unit.name if unit else (case.unit or ""),
        unit_email=unit.email if unit else "",
        co_unit_names=co_names,
        co_units_text="、".join(co_names),
        category=case.category or "",
        severity=case.severity,
        severity_name=severity_name(case.severity),
        is_major=case.severity in (Severity.MAJOR, Severity.SERIOUS),
        received_at_text=format_datetime_cn(case.received_at),
        due_at_text=deadline_text(case, case.due_at),
        regulatory_due_at_text=deadline_text(case, case.regulatory_due_at),
        acceptance_number=case.acceptance_number or "",
        customer_name=_reveal_or(case.customer_name, reveal_contact, mask_name),
        customer_phone=_reveal_or(case.customer_phone, reveal_contact, mask_phone),
        customer_id_number=mask_account(case.customer_id_number or ""),
        customer_account=mask_account(case.customer_account or ""),
        customer_email=_reveal_or(case.customer_email, reveal_contact, mask_email),
        content=content,
        content_lines=tuple(content.split("\n")) if content else (),
        request=request,
        request_lines=tuple(request.split("\n")) if request else (),
        short_content=short_text(_clean(case.content, False, names), SHORT_CONTENT_CHARS),  # subjects: always masked
        round_no=case.reopen_count + 1,
        round_title=round_title(case.reopen_count + 1),
        previous_result=_clean((case.fields or {}).get("previous_result"), reveal_contact, names),
        objection=_clean((case.fields or {}).get("objection"), reveal_contact, names),
        objection_label=(case.fields or {}).get("objection_label") or "客户意见",
    )


def deadline_text(case: Case, at: datetime | None) -> str:
    """The date, marked （暂定） when it was counted across a year whose holidays are provisional."""
    provisional = is_provisional(at, (case.fields or {}).get(PROVISIONAL_YEARS, ()))
    return format_datetime_cn(at) + (PROVISIONAL_MARK if provisional else "")


_CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (ordinals on forms)."""
    if n < 10:
        return _CHINESE_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (_CHINESE_DIGITS[tens] if tens > 1 else "") + "十" + (_CHINESE_DIGITS[ones] if ones else "")


def missing_parts_text(case: Case) -> str:
    """"共3封，第2封" when a letter sent as several mails was opened without some of them; else ""."""
    parts = (case.fields or {}).get("letter_parts") or {}
    missing = parts.get("missing") or []
    if not missing:
        return ""
    total = f"共{parts['total']}封，" if parts.get("total") else ""
    return total + "、".join(f"第{n}封" for n in missing)


def round_title(round_no: int) -> str:
    """`第二次督办` for a reopened case's 督办单 and mails; "" for the first."""
    return f"第{chinese_number(round_no)}次督办" if round_no > 1 else ""


def unit_name(code: str, directory: Directory) -> str:
    """The unit's Chinese name; the code itself when the directory no longer knows it."""
    unit = directory.unit_by_code(code)
    return unit.name if unit else code


def candidate_views(candidates: Sequence[object], directory: Directory) -> tuple[CandidateView, ...]:
    """The router's triage candidates (objects with `code` and `why`, or (code, reason) pairs)."""
    views = []
    for candidate in candidates:
        if isinstance(candidate, tuple):
            code, reason = candidate
        else:
            code, reason = candidate.code, candidate.why
        views.append(CandidateView(code=code, name=unit_name(code, directory), reason=reason))
    return tuple(views)


def quarantine_lines(entries: Sequence[QuarantineEntry]) -> tuple[QuarantineLine, ...]:
    """The summary's rows, each with the command that retries it."""
    return tuple(
        QuarantineLine(
            id=e.id,
            received_at_text=format_datetime_cn(e.received_at),
            sender=e.sender,
            subject=" ".join(e.subject.split()),
            reason=e.reason,
            error_id=e.error_id,
            retry_command=f"complaints quarantine retry {e.id}",
        )
        for e in entries
    )


def format_datetime_cn(value: datetime | None) -> str:
    """`2026年10月9日 18:00` in the branch's time zone; "" for no value."""
    if value is None:
        return ""
    value = local(value)
    return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"


def format_date_cn(value: datetime | None) -> str:
    """`2026年10月9日` in the branch's time zone; "" for no value."""
    if value is None:
        return ""
    value = local(value)
    return f"{value.year}年{value.month}月{value.day}日"


def short_text(text: str, limit: int) -> str:
    """The first line, whitespace collapsed, cut to `limit` characters with an ellipsis."""
    first = " ".join(text.strip().split("\n", 1)[0].split()) if text.strip() else ""
    if len(first) > limit:
        return first[:limit].rstrip(_TRAILING_PUNCTUATION) + "…"
    return first.rstrip(_TRAILING_PUNCTUATION)


def mask_email(address: str) -> str:
    """`zhangsan@example.com` → `z***@example.com` (parsers.pii has no e-mail mask)."""
    local_part, at, domain = address.strip().partition("@")
    return f"{local_part[:1]}***{at}{domain}" if at else mask_name(address)


def _reveal_or(value: str | None, reveal: bool, mask) -> str:
    if not value:
        return ""
    return value.strip() if reveal else mask(value)


@lru_cache(maxsize=16)
def _masked(text: str, names: tuple[str, ...]) -> str:
    """`mask_personal_text`, remembered for the last few texts: one routed case masks its
    content and request for the leaders' 督办, the acknowledgement and every subject (seven
    calls, two distinct texts)."""
    return mask_personal_text(text, names)


def _clean(text: str | None, reveal_contact: bool, names: tuple[str, ...] = ()) -> str:
    """Lines trimmed, blank lines dropped; unless revealed, personal data masked (phones, IDs,
    accounts, the customer's and honorific names, street addresses)."""
    text = text if reveal_contact else _masked(text or "", names)
    lines = (ln.rstrip() for ln in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(ln for ln in lines if ln.strip()).strip()
