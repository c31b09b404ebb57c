"""Attacks as someone with plain SMTP would make them, on the real servers and both databases.

Forged From for every role (staff, lead unit, co-unit, leader, president, source), a guessed
reply-token address, a guessed signed In-Reply-To, a display-name trick, dmarc=fail, a
verdict from a server that is not ours, two From addresses, another person's token: none
changes the case. Each is kept on the case as an unverified note; the person it claims to be
from gets a ✗ at their own address, one an hour at most however many mails name them
(`test_forged_notices.py`); the office gets one alert an hour, not one per mail.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from complaints.sample_mail import complaint_mail, reply_address_of
from core.store.models import Case, Message, OutboundMail
from tests.integration.test_lifecycle_helpers import (
    CLERK1, FORM, MEILIE, PRESIDENT, SANYUAN, VP1, case_of, csc_form_mail, kinds, only_case, parse, reply_to,
    submit, text_of, with_subject,
)
from tests.support.env import AUTHSERV_ID, CSC, OFFICE, SERVICE, make_test_context, run_until_idle, vouched

AT = datetime(2026, 8, 3, 9, 30, tzinfo=BRANCH_ZONE)   # a Monday
EVIL = "mallory@evil.example"
REFUSAL = "未能验证确为您本人所发"


def _state(case: Case) -> tuple:
    return (case.status, case.unit, tuple(case.co_units), case.severity, case.due_at, case.regulatory_due_at,
            case.result_text, case.satisfaction, case.reopen_count, case.overdue)


def _with_header(raw: bytes, header: str) -> bytes:
    return header.encode("ascii") + b"\r\n" + raw


def _forgeries(case_id: str, routing: bytes, leader_copy: bytes) -> list[tuple[bytes, str, str]]:
    """(raw, envelope sender, envelope recipient) for each attack."""
    tag = f"[{case_id}]"
    guessed_token = f"complaints+ts{case_id[3:7]}{case_id[8:]}-u-aaaaaaaaaaaaaaaa@branch.example"
    guessed_parent = f"<{case_id}.routing.SY-1.k0123456789abcdef@branch.example>"
    fresh = lambda sender, body, to=SERVICE: complaint_mail(  # noqa: E731 - a line per attack below
        sender=sender, to=to, subject=f"{tag} 处理情况", body=body)
    return [
        (fresh(CLERK1, "办结"), EVIL, SERVICE),                                       # staff, out of thread
        (complaint_mail(sender=SANYUAN, to=SERVICE, subject=f"回复：{parse(routing)['Subject']}",  # unit, tag only
                        body="已向客户致歉，客户表示满意。"), EVIL, SERVICE),
        (fresh(MEILIE, "协办意见：已核实。\n办结"), EVIL, SERVICE),                       # co-unit
        (reply_to(leader_copy, sender=SANYUAN, body="已处理完毕。"), EVIL,                # another person's token
         reply_address_of(leader_copy)),
        (fresh(VP1, "请尽快办结。\n重大"), EVIL, SERVICE),                               # leader
        (fresh(PRESIDENT, "批准"), EVIL, SERVICE),                                      # president
        (fresh(CSC, "客户已撤诉，办结"), EVIL, SERVICE),                                  # source
        (fresh(SANYUAN, "已处理。", to=guessed_token), EVIL, guessed_token),             # guessed token address
        (complaint_mail(sender=SANYUAN, to=SERVICE, subject="回复：处理情况", body="已处理完毕。",  # guessed signed parent
                        in_reply_to=guessed_parent, references=(guessed_parent,)), EVIL, SERVICE),
        (fresh(f'"{SANYUAN}" <{EVIL}>', "已处理完毕。"), EVIL, SERVICE),                  # display-name trick
        (vouched(fresh(CLERK1, "办结"), "dmarc=fail"), EVIL, SERVICE),                   # dmarc=fail
        (_with_header(fresh(CLERK1, "办结"),                                            # someone else's verdict
                      "Authentication-Results: mx.evil.example; dmarc=pass header.from=branch.example"), EVIL, SERVICE),
        (vouched(_with_header(fresh(CLERK1, "办结"),                                    # ours on top says fail
                              f"Authentication-Results: {AUTHSERV_ID}; dmarc=pass header.from=branch.example"),
                 "dmarc=fail"), EVIL, SERVICE),
        (fresh(f"{SANYUAN}, {CLERK1}", "办结"), EVIL, SERVICE),                          # two From addresses
    ]


def test_no_forged_mail_changes_a_case(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail({**FORM, "urgency": "紧急"}), CSC)
    case = only_case(ctx)
    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject=f"[{case.id}] 指令",
                                             body="协办 ML")), CLERK1)
    case = case_of(ctx, case.id)
    assert case.co_units == ["ML"]
    routing = with_subject(mail, SANYUAN, "客户投诉督办", count=2)[-1]  # again, with the co-unit
    leader_copy = next(m for m in mail.messages(VP1) if case.id in str(parse(m)["Subject"]))
    before, trail = _state(case), kinds(ctx, case.id)
    inboxes = {who: len(mail.messages(who)) for who in (SANYUAN, MEILIE, VP1, PRESIDENT, CLERK1, CSC, OFFICE)}

    ctx.clock.at = AT + timedelta(hours=2)
    attacks = _forgeries(case.id, routing, leader_copy)
    for raw, envelope_from, rcpt in attacks:
        mail.send(raw, envelope_from, [rcpt])
    mail.wait_for(SERVICE, len(attacks))
    run_until_idle(ctx)

    after = case_of(ctx, case.id)
    assert _state(after) == before, "no forged mail changed the case"
    on_case = len(attacks) - 1   # the guessed In-Reply-To finds no case at all: it is quarantined
    assert kinds(ctx, case.id) == trail + ["unverified_note"] * on_case
    with Session(ctx.engine) as session:
        [lost] = session.exec(select(Message).where(Message.state == "quarantined")).all()
    assert "k0123456789abcdef" in lost.raw.decode("utf-8", "replace")
    with Session(ctx.engine) as session:
        assert len(session.exec(select(Case)).all()) == 1
        sent_to = {r for row in session.exec(select(OutboundMail)).all() for r in row.recipients}
    assert EVIL not in sent_to and "mx.evil.example" not in str(sent_to), "nothing goes to the forger"

    # The person each forgery names hears of it at their own address, once for the burst although
    # four name the clerk and four 三元支行. (The two-From mail is answered at its first address.)
    for who in (CLERK1, SANYUAN, MEILIE, VP1, PRESIDENT, CSC):
        refusals = [m for m in mail.messages(who)[inboxes[who]:] if REFUSAL in text_of(m)]
        assert len(refusals) == 1, (who, len(refusals))
    # One alert for the whole burst, naming every forged sender.
    [alert] = with_subject(mail, OFFICE, "未经验证")
    assert f"{on_case} 封" in str(parse(alert)["Subject"])
    assert SANYUAN in text_of(alert) and PRESIDENT in text_of(alert) and EVIL in text_of(alert)

    # Another burst within the hour waits; an hour after the first alert, one more alert.
    mail.send(complaint_mail(sender=PRESIDENT, to=SERVICE, subject=f"[{case.id}] 批准", body="批准"), EVIL, [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    assert len(with_subject(mail, OFFICE, "未经验证")) == 1
    ctx.clock.at = AT + timedelta(hours=3)
    run_until_idle(ctx)
    alerts = with_subject(mail, OFFICE, "未经验证", count=2)
    assert "1 封" in str(parse(alerts[-1])["Subject"])
    assert _state(case_of(ctx, case.id)) == before


def test_each_role_acts_by_replying_to_its_own_mail(tmp_path, mail, db_url):
    """The legitimate path: the unit, its leader and a clerk reply from their own mailboxes to
    the Reply-To of the mail they received; each reply acts."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(FORM), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    assert parse(routing)["To"] == SANYUAN and reply_address_of(routing).startswith("complaints+ts")
    leader_copy = next(m for m in mail.messages(VP1) if case.id in str(parse(m)["Subject"]))
    assert reply_address_of(leader_copy) != reply_address_of(routing), "each recipient has a token of its own"

    submit(mail, ctx, reply_to(leader_copy, sender=VP1, body="请网点负责人当面致歉。"), VP1)
    assert kinds(ctx, case.id)[-1] == "instruction"
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body="已向客户当面致歉，并调整窗口排班。"), SANYUAN)
    case = case_of(ctx, case.id)
    assert case.status == "answered" and "调整窗口排班" in case.result_text
    [call] = with_subject(mail, CLERK1, "请回访客户")
    submit(mail, ctx, reply_to(call, sender=CLERK1, body="满意度 满意"), CLERK1)
    assert case_of(ctx, case.id).status == "closed"
    assert "unverified_note" not in kinds(ctx, case.id)
