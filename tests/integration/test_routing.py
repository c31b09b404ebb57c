"""Each routing rule and each severity path through the whole service, on Dovecot/Postfix and both DBs.

A mail goes into the service's INBOX; one pass (fetch → process → deliver) later, the right
people hold the right mail — checked in their own mailboxes, by Message-ID, once each.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from datetime import datetime

from complaints.context import make_context
from complaints.reports import case_detail, case_rows
from complaints.sample_mail import complaint_mail, form_mail, reply_address_of, reply_mail
from complaints.service import one_pass
from core.clock import BRANCH_ZONE, FixedClock
from core.config import load_settings
from core.imap import connect
from core.store.db import make_engine
from tests.support.copies import one_mail
from tests.support.databases import migrated
from tests.support.env import CSC, OFFICE, SERVICE, run_until_idle, write_config

AT = datetime(2026, 11, 26, 9, 30, tzinfo=BRANCH_ZONE)
SANYUAN, MEILIE, CARD, ADMIN = ("sanyuan@branch.example", "meilie@branch.example", "card@branch.example",
                                "admin@branch.example")
VP1, VP2, PRESIDENT = "vp1@branch.example", "vp2@branch.example", "president@branch.example"
CLERK = "clerk1@branch.example"
EVERYONE = (SANYUAN, MEILIE, CARD, ADMIN, "chengguan@branch.example", "personal@branch.example",
            VP1, VP2, PRESIDENT, OFFICE, CSC)

FORM = {
    "acceptance_number": "CSC-20261126-0101", "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
    "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
    "content": "客户反映在营业部办理定期存款支取，排队等候一个半小时，柜员态度冷淡。",
    "request": "要求网点说明原因并道歉。", "urgency": "一般", "accepted_by": "省行客服 林芳",
}


def context(tmp_path, mail, db_url, *, sources: dict[str, list[str]] | None = None):
    """The test config with some source lists replaced (the sample's [sources] table is edited)."""
    path = write_config(tmp_path, imap_port=mail.imap_port, smtp_port=mail.smtp_port, db_url=db_url)
    text = path.read_text(encoding="utf-8")
    for channel, addresses in (sources or {}).items():
        text = re.sub(rf"^{channel} = \[[^\]]*\]", f"{channel} = {json.dumps(addresses)}", text, flags=re.M)
    path.write_text(text, encoding="utf-8")
    settings = load_settings(path)
    for channel, addresses in (sources or {}).items():
        assert getattr(settings.sources, channel) == addresses
    engine = make_engine(settings.database.url, settings.data_key())
    migrated(engine)
    return make_context(settings, engine, FixedClock(AT))


def submit(mail, raw: bytes, sender: str) -> None:
    mail.send(raw, sender, [SERVICE])
    mail.wait_for(SERVICE, 1)


def one_pass_now(ctx):
    """Exactly one pass of the service: what it promises must be out when it returns."""
    with connect(ctx.settings.imap) as box:
        return one_pass(ctx, box)


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def inbox_ids(mail, user: str) -> list[str]:
    """Which mails `user` got: each copy's Message-ID without its recipient's token, so two
    people's copies of one mail compare equal."""
    return [one_mail(parsed(r)["Message-ID"]) for r in mail.messages(user)]


def received_by(mail) -> dict[str, list[str]]:
    """Every test mailbox's Message-IDs, once Postfix has tried all it was handed."""
    mail.attempted()
    now = {user: inbox_ids(mail, user) for user in EVERYONE}
    return {user: ids for user, ids in now.items() if ids}


def only_case(ctx) -> dict:
    [case] = case_rows(ctx.engine, AT, reveal=True)
    return case


def routing_mail(mail, unit_address: str):
    """The one 督办 mail (Message-ID kind `routing`) in the unit's inbox."""
    [msg] = [m for m in map(parsed, mail.wait_for(unit_address, 1)) if ".routing." in m["Message-ID"]]
    assert msg["X-Loop"] == SERVICE and msg["Auto-Submitted"] == "auto-generated"
    assert any(p.get_filename().endswith(".docx") for p in msg.iter_attachments()), "the 督办单 is attached"
    return msg


def assert_delivered_once(mail, expected: dict[str, int]) -> dict[str, list[str]]:
    for user, count in expected.items():
        mail.wait_for(user, count)
    got = received_by(mail)
    for user, ids in got.items():
        assert len(ids) == len(set(ids)), f"{user} got a mail twice: {ids}"
    assert {u: len(ids) for u, ids in got.items()} == expected
    return got


# -- one test per routing rule ----------------------------------------------------------------

def test_rule_form_unit_field(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url)
    submit(mail, form_mail(FORM, sender=CSC, to=SERVICE), CSC)

    summary = one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["status"], case["unit"], case["severity"]) == ("routed", "SY", "normal")
    assert summary.delivered.sent == 3 and summary.delivered.failed == []  # a copy each: unit, leader, source
    msg = routing_mail(mail, SANYUAN)
    assert f"[{case['id']}]" in msg["Subject"] and msg["In-Reply-To"] == case["source_message_id"]
    assert_delivered_once(mail, {SANYUAN: 1, VP1: 1, CSC: 1})  # unit, its leader in cc, ack to the source
    assert "form_unit_field" in json.dumps(case_detail(ctx.engine, case["id"], AT), ensure_ascii=False)


def test_rule_unit_named_in_a_letter(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url, sources={"online": ["service@head-office.example"]})
    letter = complaint_mail(
        sender="service@head-office.example", to=SERVICE, subject="转来客户投诉",
        body="客户王丽来电反映：她在梅列支行办理银行卡挂失时，工作人员推诿，让她改天再来。联系电话 13905981234。")
    submit(mail, letter, "service@head-office.example")

    one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["status"], case["unit"]) == ("routed", "ML")
    routing_mail(mail, MEILIE)
    got = assert_delivered_once(mail, {MEILIE: 1, VP1: 1})
    assert got[MEILIE] != got.get(SANYUAN)


def test_rule_business_line_credit_card(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url)
    form = {**FORM, "acceptance_number": "CSC-20261126-0102", "unit": "", "category": "信用卡",
            "content": "客户反映信用卡年费在未告知的情况下被扣收，多次致电未获解释。"}
    submit(mail, form_mail(form, sender=CSC, to=SERVICE), CSC)

    one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["status"], case["unit"]) == ("routed", "CARD")
    routing_mail(mail, CARD)
    assert_delivered_once(mail, {CARD: 1, VP2: 1, CSC: 1})
    assert "business_line" in json.dumps(case_detail(ctx.engine, case["id"], AT), ensure_ascii=False)


def test_rule_sender_unit_address_is_the_default(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url, sources={"walk_in": [MEILIE]})
    record = complaint_mail(
        sender=MEILIE, to=SERVICE, subject="客户上门投诉登记",
        body="今天上午一位客户上门反映，在本网点排队等候时间过长，叫号系统多次跳号，要求说明原因。客户电话 13600001111。")
    submit(mail, record, MEILIE)

    one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["status"], case["unit"], case["channel"]) == ("routed", "ML", "walk_in")
    routing_mail(mail, MEILIE)
    assert "source_default" in json.dumps(case_detail(ctx.engine, case["id"], AT), ensure_ascii=False)
    assert_delivered_once(mail, {MEILIE: 1, VP1: 1})  # the 督办 mail; no acknowledgement to the branch itself


def test_triage_then_a_clerk_routes_it(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url)
    form = {**FORM, "acceptance_number": "CSC-20261126-0103", "unit": "三圆支行",  # a typo: no exact unit
            "content": "客户反映网点门口的ATM吞卡，工作人员说不归自己管。", "category": "其他"}
    submit(mail, form_mail(form, sender=CSC, to=SERVICE), CSC)

    one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["status"], case["unit"]) == ("triage", None)
    [request] = mail.wait_for(OFFICE, 1)
    text = parsed(request).get_body(("plain",)).get_content()
    assert "三圆支行" in text and "三元支行" in text and "相似" in text, "the candidate and why"
    assert mail.messages(SANYUAN) == [] and mail.messages(MEILIE) == []

    mail.send(reply_mail(request, sender=CLERK, body="转办 SY"), CLERK, [reply_address_of(request)])
    mail.wait_for(SERVICE, 1)
    one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["status"], case["unit"]) == ("routed", "SY")
    msg = routing_mail(mail, SANYUAN)
    assert f"[{case['id']}]" in msg["Subject"]
    [confirmation] = mail.wait_for(CLERK, 1)
    assert "✓" in parsed(confirmation).get_body(("plain",)).get_content()
    assert_delivered_once(mail, {SANYUAN: 1, VP1: 1, OFFICE: 1, CSC: 1})


# -- one test per severity path ----------------------------------------------------------------

def test_normal_case_mails_the_unit_only(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url)
    submit(mail, form_mail(FORM, sender=CSC, to=SERVICE), CSC)

    one_pass_now(ctx)

    assert only_case(ctx)["severity"] == "normal"
    got = assert_delivered_once(mail, {SANYUAN: 1, VP1: 1, CSC: 1})
    assert got[VP1] == got[SANYUAN], "the leader only sees the routing mail in cc, no leader notice"


def test_major_case_tells_unit_leader_and_business_line_leader_in_the_same_pass(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url)
    form = {**FORM, "acceptance_number": "CSC-20261126-0104", "urgency": "紧急", "category": "信用卡",
            "content": "客户反映三元支行代办的信用卡额度被无故降低，影响出行支付。"}
    submit(mail, form_mail(form, sender=CSC, to=SERVICE), CSC)

    summary = one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["unit"], case["severity"]) == ("SY", "major")
    assert summary.delivered.sent == 6, "routing (2 copies), leader notice (3) and acknowledgement leave in this pass"
    got = assert_delivered_once(mail, {SANYUAN: 1, VP1: 2, VP2: 1, OFFICE: 1, CSC: 1})
    [notice] = [m for m in map(parsed, mail.messages(VP2))]
    assert f"[{case['id']}]" in notice["Subject"] and notice["Auto-Submitted"] == "auto-generated"
    assert got[VP2][0] in got[VP1] and got[VP2] == got[OFFICE]
    assert mail.messages(PRESIDENT) == []


def test_serious_case_tells_the_president_too(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url)
    form = {**FORM, "acceptance_number": "CSC-20261126-0105",
            "content": "客户反映三元支行多次拒绝办理销户，已联名其他客户准备集体投诉。"}
    submit(mail, form_mail(form, sender=CSC, to=SERVICE), CSC)

    one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["unit"], case["severity"]) == ("SY", "serious")
    got = assert_delivered_once(mail, {SANYUAN: 1, VP1: 2, PRESIDENT: 1, OFFICE: 1, CSC: 1})
    assert got[PRESIDENT] == got[OFFICE] and ADMIN not in got, "综合管理部 only hears of media cases"


def test_media_case_is_serious_and_tells_the_admin_office(tmp_path, mail, db_url):
    ctx = context(tmp_path, mail, db_url, sources={"media": ["chengguan@branch.example"]})
    report = complaint_mail(
        sender="chengguan@branch.example", to=SERVICE, subject="媒体曝光情况报告",
        body="今日本地论坛有帖子反映三元支行柜台服务态度差、让老年客户久等，已有多人转发。发帖客户电话 13700002222。")
    submit(mail, report, "chengguan@branch.example")

    summary = one_pass_now(ctx)

    case = only_case(ctx)
    assert (case["channel"], case["unit"], case["severity"]) == ("media", "SY", "serious")
    assert summary.delivered.failed == []
    got = assert_delivered_once(mail, {SANYUAN: 1, VP1: 2, PRESIDENT: 1, ADMIN: 1, OFFICE: 1})
    assert got[ADMIN] == got[PRESIDENT]
    assert mail.messages("chengguan@branch.example") == [], "no acknowledgement to the outlet that reported it"


def test_run_until_idle_sends_nothing_more(tmp_path, mail, db_url):
    """After the pass that routed a case, further passes find nothing to send."""
    ctx = context(tmp_path, mail, db_url)
    submit(mail, form_mail(FORM, sender=CSC, to=SERVICE), CSC)
    one_pass_now(ctx)
    more = run_until_idle(ctx)
    assert sum(s.delivered.sent for s in more) == 0
    assert_delivered_once(mail, {SANYUAN: 1, VP1: 1, CSC: 1})
