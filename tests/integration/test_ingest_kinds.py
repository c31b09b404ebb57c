"""Mail kinds on the real servers: auto-replies, a real Postfix bounce, our own mail coming back.

Each is recorded and never answered: no case is opened and nothing goes back to the sender.
"""

from __future__ import annotations

import email
import email.policy

from complaints.sample_mail import form_mail
from tests.ingest.helpers import (CSC, OFFICE, SERVICE, cases, events, make_ctx, messages, outbound, plain_mail,
                                  wait_until)
from tests.support.env import run_until_idle

UNIT = "sanyuan@branch.example"
NOBODY_UNIT = """
[[unit]]
code = "NB"
name = "东湖支行"
aliases = ["东湖"]
kind = "outlet"
email = "nobody@branch.example"
leader = "vp1"
lines = []
"""


def _form(number: str, unit: str = "三元支行") -> dict:
    return {"acceptance_number": number, "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
            "customer_name": "陈晓梅", "phone": "13859012345", "unit": unit, "category": "人民币储蓄",
            "content": f"客户反映在{unit}排队等候一个半小时，柜员态度冷淡。", "request": "要求道歉。",
            "urgency": "一般", "accepted_by": "林芳"}


def _routed_case(ctx, mail, number: str, unit_address: str = UNIT, unit: str = "三元支行"):
    mail.send(form_mail(_form(number, unit), sender=CSC, to=SERVICE), CSC, [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    [case] = [c for c in cases(ctx.engine) if c.acceptance_number == number]
    assert case.status == "routed"
    return case


AUTO_REPLIES = [
    ({"Auto-Submitted": "auto-replied"}, "回复：{subject}"),
    ({"Precedence": "bulk"}, "回复：{subject}"),
    ({"X-Autoreply": "yes"}, "回复：{subject}"),
    ({"X-Auto-Response-Suppress": "All"}, "回复：{subject}"),
    ({}, "自动回复：{subject}"),
    ({}, "Out of Office: {subject}"),
]


def test_auto_replies_are_noted_on_the_case_and_never_answered(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    case = _routed_case(ctx, mail, "CSC-20261126-0301")
    [routing] = mail.wait_for(UNIT, 1)
    parent = email.message_from_bytes(routing, policy=email.policy.default)
    sent_before = len(outbound(ctx.engine))
    for headers, subject in AUTO_REPLIES:  # the unit's mailbox answers the routing mail by itself
        raw = plain_mail(sender=UNIT, subject=subject.format(subject=parent["Subject"]), body="本人休假，12月1日返回。",
                         headers={**headers, "In-Reply-To": parent["Message-ID"]})
        mail.send(raw, UNIT, [SERVICE])
    mail.wait_for(SERVICE, len(AUTO_REPLIES))

    run_until_idle(ctx)

    rows = [r for r in messages(ctx.engine) if r.sender == UNIT]
    assert len(rows) == len(AUTO_REPLIES) and {r.kind for r in rows} == {"auto_reply"}
    assert {r.state for r in rows} == {"processed"} and {r.case_id for r in rows} == {case.id}
    [after] = cases(ctx.engine)
    assert after.status == "routed", "an out-of-office is not the unit's answer"
    notes = [e for e in events(ctx.engine, case.id) if e.kind == "note"]
    assert len(notes) == len(AUTO_REPLIES) and all("自动回复" in n.detail for n in notes)
    assert len(outbound(ctx.engine)) == sent_before, "nothing is sent in answer"
    assert len(mail.messages(SERVICE, "Processed")) == 1 + len(AUTO_REPLIES)


def test_a_real_postfix_bounce_marks_the_routing_mail_failed_and_tells_the_office(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, extra_units=NOBODY_UNIT)
    case = _routed_case(ctx, mail, "CSC-20261126-0302", unit="东湖支行")
    assert case.unit == "NB"

    def bounced():  # Dovecot's LMTP refuses nobody@: Postfix returns a real DSN to the service
        run_until_idle(ctx)
        return [r for r in messages(ctx.engine) if r.kind == "bounce"]

    wait_until(bounced, timeout=30, interval=0.3, what="the DSN")
    [dsn] = mail.messages(SERVICE, "Processed")[1:]
    assert b"multipart/report" in dsn and b"nobody@branch.example" in dsn

    bounce = [r for r in messages(ctx.engine) if r.kind == "bounce"]
    assert len(bounce) == 1 and bounce[0].case_id == case.id and bounce[0].state == "processed"
    [routing] = [o for o in outbound(ctx.engine) if o.kind == "routing" and "nobody@branch.example" in o.recipients]
    assert routing.state == "failed" and "bounced" in routing.last_error
    failed = [e for e in events(ctx.engine, case.id) if e.kind == "mail_failed"]
    assert len(failed) == 1 and "nobody@branch.example" in failed[0].detail
    [alert] = [o for o in outbound(ctx.engine) if o.kind == "alert" and "退信" in o.subject]
    assert alert.state == "sent" and alert.case_id == case.id

    def bounce_notice():
        found = [email.message_from_bytes(n, policy=email.policy.default) for n in mail.messages(OFFICE)]
        return [m for m in found if "退信" in str(m["Subject"])]

    [notice] = wait_until(bounce_notice, what="the office's bounce notice")
    assert "nobody@branch.example" in notice.get_body(("plain",)).get_content()
    assert not [o for o in outbound(ctx.engine) if any("daemon" in r.lower() for r in o.recipients)]
    assert mail.messages(SERVICE) == []


def test_our_own_mail_coming_back_is_recorded_never_answered(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    _routed_case(ctx, mail, "CSC-20261126-0303")
    [routing] = mail.wait_for(UNIT, 1)
    sent_before, cases_before = len(outbound(ctx.engine)), len(cases(ctx.engine))
    mail.send(routing, UNIT, [SERVICE])  # a unit's mailbox rule redirects it to us as it is (X-Loop)
    stripped = email.message_from_bytes(routing, policy=email.policy.default)
    del stripped["X-Loop"]
    stripped.replace_header("From", "分行客户投诉处理 <complaints-relay@branch.example>")
    mail.send(bytes(stripped), UNIT, [SERVICE])  # a relay that dropped X-Loop: our signed Message-ID tells
    mail.wait_for(SERVICE, 2)

    run_until_idle(ctx)

    loops = [r for r in messages(ctx.engine) if r.kind == "loop"]
    # the relay's copy differs (From, no X-Loop): a mail of its own, not a duplicate (issue 12),
    # and, by our signed Message-ID, our own mail as well — recorded, never answered
    assert len(loops) == 2, "each copy is recorded as our own mail"
    assert len(cases(ctx.engine)) == cases_before and len(outbound(ctx.engine)) == sent_before
    assert mail.messages(SERVICE) == [] and len(mail.messages(SERVICE, "Processed")) == 3
    mail.attempted()  # anything sent has reached Dovecot by now
    assert len(mail.messages(UNIT)) == 1


def test_own_alert_without_case_coming_back_is_a_loop(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    mail.send(plain_mail(sender="customer@customer.example", subject="hello"), "customer@customer.example", [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)  # unknown sender: quarantined, and the office gets the hourly summary
    summary = wait_until(lambda: mail.messages(OFFICE), what="quarantine summary")[0]
    stripped = email.message_from_bytes(summary, policy=email.policy.default)
    del stripped["X-Loop"]
    mail.send(bytes(stripped), OFFICE, [SERVICE])  # the office forwards it back unchanged
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    assert [r.kind for r in messages(ctx.engine)][-1] == "loop"


def _delay_notice(message_id: str) -> bytes:
    """A relay's "still trying" DSN (Action: delayed) about one of our mails, as Postfix writes it."""
    return (
        "From: MAILER-DAEMON@mail.branch.example (Mail Delivery System)\r\n"
        f"To: {SERVICE}\r\nSubject: Delayed Mail (still being retried)\r\nMIME-Version: 1.0\r\n"
        "Message-ID: <delay-1@mail.branch.example>\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="d"\r\n\r\n'
        "--d\r\nContent-Type: text/plain\r\n\r\nThis is a warning only; the mail will be retried.\r\n"
        "--d\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.branch.example\r\n\r\n"
        f"Final-Recipient: rfc822; {UNIT}\r\nAction: delayed\r\nStatus: 4.4.1\r\n"
        "Diagnostic-Code: X-Postfix; connect to mx.branch.example: Connection timed out\r\n"
        f"--d\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {message_id}\r\n--d--\r\n"
    ).encode()


def test_a_delay_notice_is_no_failure(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    case = _routed_case(ctx, mail, "CSC-20261126-0304")
    [routing] = [o for o in outbound(ctx.engine) if o.kind == "routing" and UNIT in o.recipients]
    mail.send(_delay_notice(routing.message_id), "MAILER-DAEMON@mail.branch.example", [SERVICE])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)

    [notice] = [r for r in messages(ctx.engine) if r.kind == "delay_notice"]
    assert notice.state == "processed" and notice.case_id == case.id
    [routing] = [o for o in outbound(ctx.engine) if o.kind == "routing" and UNIT in o.recipients]
    assert routing.state == "sent", "only Action: failed marks our send failed"
    assert not [e for e in events(ctx.engine, case.id) if e.kind == "mail_failed"]
    assert any("投递延迟" in (e.detail or "") for e in events(ctx.engine, case.id))
    assert not [o for o in outbound(ctx.engine) if o.kind == "alert"], "the office is not alarmed"
