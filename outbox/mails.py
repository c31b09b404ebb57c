"""The mails of intake and the office: recipients, signed Message-ID, rendered parts, attachments.

Pure: the case, the directory, the settings and the decision's values in, an
`OutgoingMail` (raw RFC 5322 bytes and what the outbox table needs) out. The same inputs
give the same Message-ID, so a mail recomputed after a crash is recognised as already
written or sent. Case mails thread under the case's source message unless the caller
names another parent. The case's life after routing (satisfaction, results, deadlines,
reopening) is `outbox/followup_mails.py`; the copies and tokens are `outbox/copies.py`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from core.config import Directory, Leader, Settings
from core.message_ids import case_tag
from core.severity import Severity
from core.store.models import Case
from outbox.copies import (
    Masked,
    OutgoingMail,
    assemble,
    case_mail,
    leader_title,
    reply_subject,
    titled,
    unit_addresses,
)
from outbox.render import RenderedMail, render_mail
from outbox.supervision_form import DOCX_TYPE, supervision_form_docx, supervision_form_filename
from outbox.views import (
    QuarantineEntry,
    candidate_views,
    case_view,
    format_date_cn,
    missing_parts_text,
    quarantine_lines,
)


def routing_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    key: str | None = None, in_reply_to: str | None = None, references: Sequence[str] = (),
    originals: Sequence[tuple[str, str, bytes]] = (),
) -> OutgoingMail:
    """The 督办 mail to the responsible unit, with the 督办单 attached.

    To the unit; cc its supervising leader and the co-units. `key` tells apart two routings
    of one case (default: unit and reopen count; pass the event id if a case can go to the
    same unit twice without a reopen). `originals` (name, type, bytes) are the scanned
    letter or form the case was read from: the unit gets the customer's own letter too.
    """
    unit = directory.unit_by_code(case.unit or "")
    if unit is None:
        raise ValueError(f"case {case.id}: unit {case.unit!r} is not in the units directory")
    leader = directory.leader_by_id(unit.leader)
    cc_leaders = [leader] if leader else []
    co_emails = [u.email for u in map(directory.unit_by_code, case.co_units) if u is not None]
    attachment_name = supervision_form_filename(case.id)

    def version(view, attached: tuple, form: bytes | None = None) -> tuple[RenderedMail, tuple]:
        """The unit's copy has the customer's own letter too; a leader's has neither it nor the contact."""
        form = form or supervision_form_docx(view, issuer=settings.office.name, issued_at=now,
                                             cc_leaders=[leader_title(x) for x in cc_leaders])
        rendered = render_mail(
            "routing_notice", case=view, office_name=settings.office.name,
            office_address=settings.office.address, attachment_name=attachment_name,
            cc_leaders_text="、".join(leader_title(x) for x in cc_leaders),
            original_names="、".join(name for name, _, _ in attached), missing_parts=missing_parts_text(case),
        )
        return rendered, ((attachment_name, DOCX_TYPE, form), *attached)

    view, masked_view = (case_view(case, directory, reveal_contact=reveal) for reveal in (True, False))
    full = version(view, tuple(originals))
    if masked_view != view:  # a case with a name, phone or address: the leaders' 督办单 is another
        masked = version(masked_view, ())
    else:  # nothing to mask: the same 督办单, and the same mail when no original goes with it
        masked = full if not originals else version(view, (), full[1][0][2])
    return case_mail(
        settings, case, kind="routing", key=key or f"{unit.code}-r{case.reopen_count}",
        to=[unit.email], cc=[x.email for x in cc_leaders] + co_emails, rendered=full[0],
        now=now, in_reply_to=in_reply_to, references=references, attachments=full[1],
        masked=Masked(unit_addresses(case, directory), *masked),
    )


def triage_request_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    candidates: Sequence[object] = (), explanation: str | Sequence[str] = (),
    key: str | None = None, in_reply_to: str | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """Ask the union office to pick the unit: the case, the router's candidates and why.

    `candidates`: the Decision's candidates (`code`, `why`) or (code, reason) pairs;
    `explanation`: `Decision.explain()` text or its lines.
    """
    views = candidate_views(candidates, directory)
    if isinstance(explanation, str):
        explanation = [ln.strip() for ln in explanation.splitlines() if ln.strip()]
    example = views[0].code if views else (directory.unit[0].code if directory.unit else "SY")
    rendered = render_mail(
        "triage_request", case=case_view(case, directory, reveal_contact=False),
        office_name=settings.office.name, candidates=views,
        explanation_lines=tuple(explanation) or ("路由规则未能确定唯一的被投诉单位。",),
        units=tuple(directory.unit), example_code=example,
    )
    return case_mail(
        settings, case, kind="triage", key=key or f"r{case.reopen_count}",
        to=[settings.office.address], cc=[], rendered=rendered, now=now,
        in_reply_to=in_reply_to, references=references,
    )


def leaders_to_notify(case: Case, directory: Directory) -> tuple[Leader, ...]:
    """Supervising leaders of the unit and co-units; for a serious case the presidents too."""
    ids = [u.leader for u in map(directory.unit_by_code, [case.unit or "", *case.co_units]) if u]
    leaders = [x for x in map(directory.leader_by_id, ids) if x is not None]
    if case.severity == Severity.SERIOUS:
        leaders += directory.presidents()
    seen: dict[str, Leader] = {}
    for leader in leaders:
        seen.setdefault(leader.id, leader)
    return tuple(seen.values())


def leader_notice_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    recipients: Sequence[object] | None = None, key: str | None = None, reason: str = "",
    in_reply_to: str | None = None, references: Sequence[str] = (),
) -> OutgoingMail:
    """Report a 较大问题 or 重大问题 case to its leaders (the office in cc, or in To if none is known).

    `reason`: why the office raised the level by command, quoted to the leaders.

    `recipients` are the router's notify list (objects with `name` and `email`); by default
    `leaders_to_notify`. Names get their title (副行长/行长) from the directory.
    """
    people = [(r.name, r.email) for r in recipients] if recipients is not None else [
        (x.name, x.email) for x in leaders_to_notify(case, directory)]
    people = [(name, email) for name, email in people if email]
    rendered = render_mail(
        "leader_notice", case=case_view(case, directory, reveal_contact=False),
        office_name=settings.office.name, office_address=settings.office.address,
        leaders_text="、".join(titled(name, email, directory) for name, email in people) or "各位领导",
        no_leader_configured=not people, reason=reason,
    )
    to = [email for _, email in people] or [settings.office.address]
    return case_mail(
        settings, case, kind="leader", key=key or f"{case.severity}-r{case.reopen_count}",
        to=to, cc=[settings.office.address] if people else [], rendered=rendered, now=now,
        in_reply_to=in_reply_to, references=references,
    )


def acknowledgement_mail(
    case: Case, directory: Directory, settings: Settings, *, now: datetime,
    to: str | None = None, key: str = "1", in_reply_to: str | None = None,
    references: Sequence[str] = (), unreadable: Sequence[tuple[str, str]] = (),
) -> OutgoingMail:
    """Tell the source (default: the case's source address) that the case is in, its id and time
    limit, and ask it again for the files the case was opened without: `unreadable` is
    (「name」、「name」, what to send instead) as complaints.reasons.source_requests words it."""
    address = to or case.source_address
    if not address:
        raise ValueError(f"case {case.id}: no source address to acknowledge to")
    rendered = render_mail(
        "acknowledgement", case=case_view(case, directory, reveal_contact=False),
        office_name=settings.office.name, office_address=settings.office.address,
        today_text=format_date_cn(now),
        unreadable=tuple(unreadable),
        missing_parts=missing_parts_text(case),
    )
    return case_mail(
        settings, case, kind="ack", key=key, to=[address], cc=[], rendered=rendered, now=now,
        in_reply_to=in_reply_to, references=references,
    )


def command_reply_mail(
    case_id: str | None, to: str | Sequence[str], in_reply_to: str | None,
    references: Sequence[str], ok: bool, lines: Sequence[str], *, settings: Settings,
    now: datetime, original_subject: str | None = None, key: str | None = None, kind: str = "reply",
) -> OutgoingMail:
    """Confirm (ok) or refuse a staff command, in the thread of the mail that carried it
    (`kind` `forgery`: the refusal of a mail whose sender is not proven, capped apart).

    `key` defaults to a digest of `in_reply_to` (one answer per command mail), or of the
    recipients, subject and lines when the command mail had no Message-ID.
    """
    if key is None:
        basis = in_reply_to or "\x1f".join([str(to), original_subject or "", *lines])
        key = hashlib.sha256(basis.encode()).hexdigest()[:16]
    tag = case_tag(case_id) if case_id else ""
    subject = reply_subject(original_subject, tag)
    rendered = render_mail("command_reply", ok=ok, lines=tuple(lines), case_id=case_id or "",
                           tag=tag, original_subject=subject, office_name=settings.office.name)
    recipients = [to] if isinstance(to, str) else list(to)
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    return assemble(settings, kind=kind, case_id=case_id, key=key, to=recipients, cc=[],
                 rendered=rendered, now=now, in_reply_to=in_reply_to, references=refs)


def query_reply_mail(
    *, to: str, reader_name: str, title: str, lines: Sequence[str], fields: Sequence[tuple[str, str]],
    tables: Sequence[object], timeline: Sequence[tuple[str, str, str, str]],
    attachments: Sequence[tuple[str, str, bytes]], guide_line: str, in_reply_to: str | None,
    references: Sequence[str], original_subject: str | None, key: str, settings: Settings, now: datetime,
    kind: str = "query",
) -> OutgoingMail:
    """The answer to a read-only command (帮助, 在办清单, 查询, 统计), to the directory's address only;
    also the scheduled 在办清单 (kind `openlist`, no thread).

    `tables` are values with `title`, `header` and `rows` (the digest's Table).
    """
    timeline_table = _GridValues("处理记录", ("时间", "事项", "经办", "说明"), tuple(timeline))
    rendered = render_mail("query_reply", reader_name=reader_name, title=title, lines=tuple(lines),
                           fields=tuple(fields), tables=tuple(tables), timeline=tuple(timeline),
                           timeline_table=timeline_table, attachment_names=tuple(a[0] for a in attachments),
                           guide_line=guide_line, original_subject=reply_subject(original_subject, ""),
                           office_name=settings.office.name)
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    return assemble(settings, kind=kind, case_id=None, key=key, to=[to], cc=[], rendered=rendered, now=now,
                 in_reply_to=in_reply_to, references=refs, attachments=tuple(attachments))


@dataclass(frozen=True)
class _GridValues:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def office_alert_mail(
    title: str, paragraphs: Sequence[str], table: Sequence[tuple[str, str]], key: str, *,
    settings: Settings, now: datetime, to: Sequence[str] = (), case_id: str | None = None,
) -> OutgoingMail:
    """A notice to the union office (bounce, unverified reply, login failure, calendar gap...).

    `key` makes the Message-ID: the same alert with the same key is one mail.
    """
    rendered = render_mail("office_alert", title=title, paragraphs=tuple(paragraphs),
                           table=tuple(table), tag=case_tag(case_id) if case_id else "",
                           office_name=settings.office.name)
    return assemble(settings, kind="alert", case_id=case_id, key=key,
                 to=list(to) or [settings.office.address], cc=[], rendered=rendered, now=now)


def quarantine_summary_mail(
    entries: Sequence[QuarantineEntry], key: str, *, settings: Settings, now: datetime,
    to: Sequence[str] = (),
) -> OutgoingMail:
    """The list of newly quarantined mails for the office, each with its retry command."""
    if not entries:
        raise ValueError("a quarantine summary needs at least one entry")
    rendered = render_mail("quarantine_summary", entries=quarantine_lines(entries),
                           office_name=settings.office.name)
    return assemble(settings, kind="quarantine", case_id=None, key=key,
                 to=list(to) or [settings.office.address], cc=[], rendered=rendered, now=now)


def thread_reply_mail(
    case_id: str | None, to: str, in_reply_to: str | None, references: Sequence[str], heading: str,
    lines: Sequence[str], *, settings: Settings, now: datetime, original_subject: str | None, key: str,
) -> OutgoingMail:
    """A short answer in the thread of a mail that is no command: a request for a missing result,
    a comment-book confirmation. `key` makes the Message-ID (one answer per mail answered)."""
    tag = case_tag(case_id) if case_id else ""
    rendered = render_mail("thread_reply", heading=heading, lines=tuple(lines), case_id=case_id or "", tag=tag,
                           original_subject=reply_subject(original_subject, tag), office_name=settings.office.name)
    refs = list(references) or ([in_reply_to] if in_reply_to else [])
    return assemble(settings, kind="reply", case_id=case_id, key=key, to=[to], cc=[], rendered=rendered, now=now,
                 in_reply_to=in_reply_to, references=refs)
