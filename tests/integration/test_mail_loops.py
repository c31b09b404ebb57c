"""Mail loops on the real servers and both databases: a scripted auto-responder that ignores
RFC 3834 (no Auto-Submitted, no Precedence) answers every mail the unit's mailbox receives.

Recognised by its words (休假, 邮件已收到 …) it is noted on the case and never answered; one
that says only "收到" is not recognised, but is no result either, and the per-address cap
(`[limits] auto_answers_per_address_per_day`) ends the exchange: the office is told once,
the routing mail itself was never held back, and the auto-acknowledgement is never taken
as the unit's answer.
"""

from __future__ import annotations

import email
import email.policy

from complaints.sample_mail import form_mail
from tests.ingest.helpers import CSC, OFFICE, SERVICE, cases, events, make_ctx, outbound, wait_until
from tests.integration.test_lifecycle_helpers import reply_to
from tests.support.env import run_until_idle

UNIT = "sanyuan@branch.example"
ROUNDS = 8


def _form(number: str) -> dict:
    return {"acceptance_number": number, "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
            "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
            "content": "客户反映在三元支行排队等候一个半小时，柜员态度冷淡。", "request": "要求道歉。",
            "urgency": "一般", "accepted_by": "林芳"}


def _subject(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])


def _exchange(ctx, mail, body: str) -> list[bytes]:
    """The unit's mailbox answers every mail it receives with `body`, round after round,
    while the service runs its passes; returns what the unit's mailbox received."""
    mail.send(form_mail(_form("CSC-20261126-0501"), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    answered = 0
    for _ in range(ROUNDS):
        run_until_idle(ctx)
        sent_to_unit = sum(1 for row in outbound(ctx.engine) if UNIT in row.recipients and row.state == "sent")
        received = wait_until(lambda: (lambda got: got if len(got) >= sent_to_unit else None)(mail.messages(UNIT)),
                              what="the service's mails in the unit's inbox")
        for original in received[answered:]:  # the auto-responder: one answer per mail, no RFC 3834 header
            mail.send(reply_to(original, sender=UNIT, body=body), UNIT, [SERVICE])
        if len(received) == answered:
            break
        mail.wait_for(SERVICE, len(received) - answered)  # the answers are in the service's inbox
        answered = len(received)
    return mail.messages(UNIT)


def test_an_auto_responder_recognised_by_its_words_is_never_answered(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    received = _exchange(ctx, mail, "您好！我目前正在休假，12月5日返回，急事请联系同事。")

    assert len(received) == 1, [_subject(r) for r in received]  # the routing mail, nothing after it
    [case] = cases(ctx.engine)
    assert case.status == "routed", "an auto-reply is no answer"
    notes = [e.detail for e in events(ctx.engine, case.id) if "自动回复" in (e.detail or "")]
    assert notes and "休假" in notes[0]


def test_an_unrecognised_auto_acknowledgement_loop_ends_at_the_cap(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, limits={"auto_answers_per_address_per_day": 3})
    received = _exchange(ctx, mail, "收到")

    subjects = [_subject(r) for r in received]
    assert "督办" in subjects[0]
    assert len(received) == 1 + 3, subjects  # the routing mail and three requests for the result, then silence
    [case] = cases(ctx.engine)
    assert case.status == "routed", "an acknowledgement is never the unit's answer"
    alerts = [_subject(r) for r in mail.messages(OFFICE) if "上限" in _subject(r)]
    assert len(alerts) == 1, "the office is told once"
    routing = [row for row in outbound(ctx.engine) if row.kind == "routing" and UNIT in row.recipients]
    assert [row.state for row in routing] == ["sent"]


def test_a_busy_source_gets_every_acknowledgement_past_the_cap(tmp_path, mail, db_url):
    """The province's service centre (a configured `[sources] csc` address) sends more forms in
    a day than the cap: each case's acknowledgement still reaches it, and no loop is reported."""
    ctx = make_ctx(tmp_path, mail, db_url, limits={"auto_answers_per_address_per_day": 3})
    forms = 6
    for n in range(forms):
        mail.send(form_mail(_form(f"CSC-20261126-06{n:02d}"), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, forms)
    run_until_idle(ctx)

    assert len(cases(ctx.engine)) == forms
    acks = [_subject(r) for r in mail.wait_for(CSC, forms)]
    assert len(acks) == forms and all("[TS-" in s for s in acks), acks
    assert {s.split("]")[0] for s in acks} == {f"[{c.id}" for c in cases(ctx.engine)}, "one per case"
    assert not [s for s in map(_subject, mail.messages(OFFICE)) if "上限" in s], "a busy source is no loop"
