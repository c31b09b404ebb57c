"""A hand-made month of cases (2026-02-24 .. 2026-03-30) for the digest tests, written straight into the store.

Every case is spelled out below with branch-time instants, so the expected figures in the
tests can be counted by hand from this table. The digest week is 2026-W13 (Mon 23 March
to Sun 29 March); W09..W12 are its four previous weeks. Boundary cases: C20 arrives on
Sunday 22 March 23:00 (W12) and C19 on Monday 30 March 00:30 (W14) — both fall on the
other side of the week in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from core.clock import BRANCH_ZONE
from core.store.db import session_scope
from core.store.models import Case, Event


def at(text: str | None) -> datetime | None:
    """"03-23 09:00" → 2026-03-23 09:00 in branch time."""
    if text is None:
        return None
    return datetime.fromisoformat(f"2026-{text}").replace(tzinfo=BRANCH_ZONE)


@dataclass(frozen=True)
class Spec:
    n: int
    received: str
    channel: str
    unit: str | None
    category: str | None
    cause: str | None
    severity: str
    due: str | None
    answered: str | None
    closed: str | None
    satisfaction: str | None
    status: str
    reopened: tuple[str, ...] = ()
    regulatory: str | None = None  # default: 15 calendar days after receipt, 18:00


SPECS = (
    Spec(1, "02-24 10:00", "csc", "SY", "银行卡", "服务态度", "normal", "03-03 18:00", "03-02 15:00", "03-04 10:00", "满意", "closed"),
    Spec(2, "02-26 09:00", "walk_in", "ML", "个人存款", "业务差错", "normal", "03-05 18:00", "03-06 11:00", "03-09 09:00", "基本满意", "closed"),
    Spec(3, "03-02 09:30", "letter", "CG", "信用卡", "收费争议", "normal", "03-09 18:00", "03-09 17:00", "03-10 10:00", "满意", "closed"),
    Spec(4, "03-04 14:00", "online", "CARD", "信用卡", "系统故障", "major", "03-11 18:00", "03-12 10:00", "03-16 10:00", "不满意", "reopened", ("03-17 09:00",)),
    Spec(5, "03-10 10:00", "csc", "PF", "理财", "业务差错", "normal", "03-17 18:00", "03-16 09:00", "03-18 10:00", "满意", "closed"),
    Spec(6, "03-12 15:00", "comment_book", "SY", "个人存款", "服务态度", "normal", "03-19 18:00", "03-23 10:00", "03-25 10:00", "基本满意", "closed"),
    Spec(7, "03-16 09:00", "online", "ML", "银行卡", "系统故障", "normal", "03-23 18:00", "03-20 16:00", "03-24 09:00", "满意", "closed"),
    Spec(8, "03-18 11:00", "csc", "CG", "信用卡", "收费争议", "normal", "03-25 18:00", None, None, None, "routed"),
    Spec(9, "03-19 10:00", "superior", "SY", "银行卡", "业务差错", "major", "03-26 18:00", "03-26 17:30", "03-27 10:00", "不满意", "reopened", ("03-27 15:00",)),
    Spec(10, "03-23 09:00", "csc", "SY", "银行卡", "服务态度", "normal", "03-30 18:00", "03-25 10:00", "03-26 15:00", "满意", "closed"),
    Spec(11, "03-23 14:00", "walk_in", "ML", "个人存款", "业务差错", "normal", "03-30 18:00", None, None, None, "routed"),
    Spec(12, "03-24 10:00", "media", "CARD", "信用卡", "收费争议", "serious", "03-31 18:00", None, None, None, "routed"),
    Spec(13, "03-24 16:00", "online", "PF", "理财", "系统故障", "major", "03-31 18:00", "03-27 16:00", None, None, "answered"),
    Spec(14, "03-25 11:00", "letter", None, None, None, "normal", None, None, None, None, "triage"),
    Spec(15, "03-26 09:00", "csc", "SY", "银行卡", "业务差错", "normal", "04-02 18:00", None, None, None, "routed"),
    Spec(16, "03-27 10:00", "superior", "ML", "银行卡", "系统故障", "normal", "04-03 18:00", "03-27 16:00", "03-28 10:00", "基本满意", "closed"),
    Spec(17, "03-28 20:00", "comment_book", "SY", "个人存款", "服务态度", "normal", "04-03 18:00", None, None, None, "routed"),
    Spec(18, "03-29 23:30", "online", "CARD", "信用卡", "收费争议", "normal", "04-03 18:00", None, None, None, "routed"),
    Spec(19, "03-30 00:30", "csc", "PF", "理财", "服务态度", "normal", "04-07 18:00", None, None, None, "routed"),
    Spec(20, "03-22 23:00", "walk_in", "CG", "个人存款", "服务态度", "normal", "03-27 18:00", "03-27 11:00", None, None, "answered"),
    Spec(21, "02-25 10:00", "letter", "CG", "理财", "业务差错", "normal", "03-04 18:00", None, None, None, "routed"),
    Spec(22, "02-27 15:00", "csc", "PF", "理财", "服务态度", "serious", "03-06 18:00", "03-13 10:00", "03-20 10:00", "满意", "closed", (), "03-16 18:00"),
    Spec(23, "03-05 10:00", "walk_in", "SY", "个人存款", "收费争议", "normal", "03-12 18:00", "03-19 10:00", "03-23 11:00", "基本满意", "closed", (), "03-20 18:00"),
    Spec(24, "03-17 10:00", "online", "CARD", "信用卡", "业务差错", "normal", "03-24 18:00", "03-24 12:00", "03-26 17:00", None, "closed"),
)

SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢"
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def case_id(n: int) -> str:
    return f"TS-2026-{n:06d}"


def mobile(n: int) -> str:
    return f"1391234{n:04d}"


def id_number(n: int) -> str:
    """A checksum-valid 18-character resident ID (born 1980-01-nn)."""
    body = f"350403198001{n:02d}{n:03d}"[:17]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, _ID_WEIGHTS)) % 11]
    return body + check


def account(n: int) -> str:
    return f"6222021234567{n:06d}"  # 19 digits


def customer_name(n: int) -> str:
    """Two- and three-character names, and one compound surname (C23: 欧阳娜娜)."""
    if n == 23:
        return "欧阳娜娜"
    return SURNAMES[n - 1] + ("晓明" if n % 2 else "敏")


def _case(spec: Spec) -> Case:
    received = at(spec.received)
    regulatory = at(spec.regulatory) or (received.replace(hour=18, minute=0) + timedelta(days=15))
    name, phone = customer_name(spec.n), mobile(spec.n)
    return Case(
        id=case_id(spec.n), status=spec.status, channel=spec.channel, unit=spec.unit,
        category=spec.category, cause=spec.cause, severity=spec.severity, received_at=received,
        due_at=at(spec.due), regulatory_due_at=regulatory if spec.due else None,
        answered_at=at(spec.answered), closed_at=at(spec.closed), satisfaction=spec.satisfaction,
        reopen_count=len(spec.reopened), customer_name=name, customer_phone=phone,
        customer_id_number=id_number(spec.n), customer_account=account(spec.n),
        content=f"{name}反映：本人手机{phone}，身份证{id_number(spec.n)}，卡号{account(spec.n)}，办理业务时遇到问题。",
        request="请尽快处理并回电。", updated_at=received,
    )


def _events(spec: Spec) -> list[Event]:
    moments = [("received", spec.received), ("routed" if spec.unit else "triage", spec.received),
               ("answered", spec.answered), ("closed", spec.closed)]
    moments += [("reopened", r) for r in spec.reopened]
    return [Event(case_id=case_id(spec.n), at=at(when), kind=kind, actor="seed", detail="")
            for kind, when in moments if when is not None]


def seed(engine: Engine) -> None:
    """Write every case of SPECS with its events (received, routed, answered, closed, reopened)."""
    with session_scope(engine) as session:
        for spec in SPECS:
            session.add(_case(spec))
        session.flush()
        for spec in SPECS:
            session.add_all(_events(spec))
