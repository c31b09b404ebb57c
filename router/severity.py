"""How serious a complaint is (一般/重大/严重) and which leaders must hear of it at once.

Levels: `normal`, `major` (重大: the supervising leaders are told), `serious` (严重: the
presidents too, and for media exposure the 综合管理部). What raises a level:
- the media channel → serious;
- a severity signal from the parsers → its own level;
- the same customer (phone) or the same acceptance number in a case within 90 days → major;
- the form's 紧急程度: any urgent or important value (紧急, 加急, 特急, 非常紧急, 重要 …) → major.
  Decision: the form's urgency never makes a case serious on its own. It is the call
  centre's judgement of how fast to act, not of reputational or regulatory risk; serious
  comes from media, content signals or the union's /severity command. 一般/普通/正常 and
  unknown values raise nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import NamedTuple

from core.clock import local
from core.channels import SERIOUS_CHANNELS, Channel
from core.config import Directory, Leader, Unit
from core.severity import LEVELS, SEVERITY_NAMES, Severity
from router.complaint import Complaint, PriorCase
from router.unit_names import normalize

REPEAT_WINDOW = timedelta(days=90)
URGENCY_CALM = frozenset({"一般", "普通", "正常", "不紧急", "不急", "无", "低", "非紧急"})
URGENCY_MARKS = ("急", "重要")
ADMIN_OFFICE_NAME = "综合管理部"


class SeverityAssessment(NamedTuple):
    level: str                 # one of LEVELS
    reasons: tuple[str, ...]   # why, in Chinese, one per thing that raised the level


@dataclass(frozen=True)
class Recipient:
    role: str      # unit_leader | business_leader | president | admin_office
    name: str
    email: str
    reason: str


def _channel_reasons(complaint: Complaint) -> list[tuple[str, str]]:
    if complaint.channel not in SERIOUS_CHANNELS:
        return []
    return [(Severity.SERIOUS, "媒体渠道的投诉（媒体曝光），按重大问题处理")]


def _signal_reasons(complaint: Complaint) -> list[tuple[str, str]]:
    return [(s.level, f"投诉内容出现「{s.word}」（{s.kind}），列为{SEVERITY_NAMES[s.level]}投诉")
            for s in complaint.signals if s.level in (Severity.MAJOR, Severity.SERIOUS)]


def _phone_key(phone: str | None) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits


def _repeat_reasons(complaint: Complaint, prior_cases: Sequence[PriorCase], now: datetime) -> list[tuple[str, str]]:
    phone = _phone_key(complaint.customer_phone)
    number = normalize(complaint.acceptance_number or "")
    since = local(now) - REPEAT_WINDOW
    out = []
    for prior in prior_cases:
        if local(prior.received_at) < since:
            continue
        same = []
        if phone and _phone_key(prior.customer_phone) == phone:
            same.append("联系电话")
        if number and normalize(prior.acceptance_number or "") == number:
            same.append("受理编号")
        if same:
            out.append(("major", f"90天内已有{'和'.join(same)}相同的投诉 {prior.case_id}"
                                 f"（{local(prior.received_at):%Y-%m-%d}），属重复投诉，至少列为较大问题"))
    return out


def _urgency_reasons(complaint: Complaint) -> list[tuple[str, str]]:
    value = normalize(complaint.urgency or "")
    if not value or value in URGENCY_CALM or not any(m in value for m in URGENCY_MARKS):
        return []
    return [("major", f"受理单『紧急程度』为「{complaint.urgency.strip()}」，列为较大问题")]


def severity(complaint: Complaint, prior_cases: Sequence[PriorCase], now: datetime) -> SeverityAssessment:
    """The complaint's level and every reason that raised it (empty reasons → normal)."""
    found = (_channel_reasons(complaint) + _signal_reasons(complaint)
             + _repeat_reasons(complaint, prior_cases, now) + _urgency_reasons(complaint))
    level = max((lvl for lvl, _ in found), key=LEVELS.index, default=Severity.NORMAL)
    return SeverityAssessment(level, tuple(dict.fromkeys(reason for _, reason in found)))


def _leader_recipient(leader: Leader, role: str, reason: str) -> Recipient:
    return Recipient(role, leader.name, leader.email, reason)


def _business_leaders(business: str | None, business_sub: str | None, directory: Directory) -> list[Recipient]:
    wanted = {normalize(v): v for v in (business, business_sub) if v and v.strip()}
    out = []
    for leader in directory.leader:
        match = next((wanted[normalize(s)] for s in leader.supervises if normalize(s) in wanted), None)
        if match:
            out.append(_leader_recipient(leader, "business_leader", f"分管「{match}」业务"))
    return out


def _admin_office(directory: Directory) -> Unit | None:
    return next((u for u in directory.unit if ADMIN_OFFICE_NAME in (u.name, *u.aliases)), None)


def _merge(recipients: list[Recipient]) -> tuple[Recipient, ...]:
    """One entry per address; a person with several reasons keeps the first role and all reasons."""
    merged: dict[str, Recipient] = {}
    for r in recipients:
        key = r.email.strip().lower()
        if key in merged:
            merged[key] = replace(merged[key], reason=f"{merged[key].reason}；{r.reason}")
        else:
            merged[key] = r
    return tuple(merged.values())


def notify_list(level: str, unit: str | None, business: str | None, complaint: Complaint,
                directory: Directory) -> tuple[Recipient, ...]:
    """Who is told at once: nobody for normal; leaders for major; + presidents (+ 综合管理部) for serious."""
    if level not in (Severity.MAJOR, Severity.SERIOUS):
        return ()
    out: list[Recipient] = []
    target = directory.unit_by_code(unit) if unit else None
    leader = directory.leader_by_id(target.leader) if target else None
    if target and leader:
        out.append(_leader_recipient(leader, "unit_leader", f"分管被投诉单位 {target.name}({target.code})"))
    out += _business_leaders(business, complaint.business_sub, directory)
    if level == Severity.SERIOUS:
        out += [_leader_recipient(p, "president", "重大问题报行长") for p in directory.presidents()]
        office = _admin_office(directory) if complaint.channel == Channel.MEDIA else None
        if office:
            out.append(Recipient("admin_office", office.name, office.email, "媒体曝光的重大问题，报综合管理部"))
    return _merge(out)
