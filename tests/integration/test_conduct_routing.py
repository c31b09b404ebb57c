"""Letters whose business comes from their cause reach the unit of the product they name, through
the real servers, both DBs.

A debt collector's harassment is a 债务催收 complaint and a leaked balance a 个人金融信息 one
(docs/DESIGN.md §4); neither names a unit. The collector's goes to the credit-card centre whose
card the debt is on, the balance to the personal-banking department that keeps deposits — not to
三元支行, whose business line "个人金融" only looks like a part of 个人金融信息 (where the balance
letter went before router/business_lines.py knew conduct businesses).
"""

from __future__ import annotations

from datetime import datetime

from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from tests.integration.test_lifecycle_helpers import SANYUAN, parse, text_of, with_subject
from tests.support.env import SERVICE, make_test_context, run_until_idle

AT = datetime(2026, 11, 26, 10, 0, tzinfo=BRANCH_ZONE)
SCANNER = "scanner@branch.example"
CARD, PERSONAL, VP1, VP2 = ("card@branch.example", "personal@branch.example", "vp1@branch.example",
                            "vp2@branch.example")
OTHERS = ("meilie@branch.example", "chengguan@branch.example", "admin@branch.example", SANYUAN)

COLLECTOR = ("尊敬的领导：\n我去年办的贵行信用卡有一笔三千多元的欠款逾期了两个月，我已经在想办法还。"
             "可最近一个月，催收人员每天晚上十一点以后给我打电话，还打给我的父母和单位同事，说再不还钱就上门"
             "让我身败名裂。请贵行管管你们委托的催收公司，不要再骚扰我的家人。\n李建国 13906981122\n2026年11月24日")
BALANCE = ("领导你好：\n上周我接到一个推销理财的电话，对方张口就说出我在你们行的定期存款余额有二十三万，"
           "连到期日都知道。我的存款信息只有银行有，肯定是你们的人泄露出去的。请查清是谁把我的存款信息泄露"
           "给外人，给我一个交代。\n王秀英 13860981234\n2026年11月23日")


def test_a_collectors_harassment_and_a_leaked_balance_reach_their_products_units(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    for n, body in enumerate((COLLECTOR, BALANCE), start=1):
        mail.send(complaint_mail(sender=SCANNER, to=SERVICE, subject="客户来信", body=body), SCANNER, [SERVICE])
        mail.wait_for(SERVICE, n)
    run_until_idle(ctx)

    [to_card] = with_subject(mail, CARD, "客户投诉督办")
    [to_personal] = with_subject(mail, PERSONAL, "客户投诉督办")
    assert "李建国" in text_of(to_card) and "催收" in text_of(to_card)
    assert "王秀英" in text_of(to_personal) and "存款余额" in text_of(to_personal)
    assert any(p.get_filename().endswith(".docx") for p in parse(to_card).iter_attachments())
    assert any(p.get_filename().endswith(".docx") for p in parse(to_personal).iter_attachments())
    # each unit's leader is copied on its own unit's mail only; no other unit hears of either
    assert [parse(m)["Message-ID"] for m in with_subject(mail, VP2, "客户投诉督办")] != []
    assert [str(parse(m)["Subject"]) for m in mail.messages(VP1)] == [str(parse(to_personal)["Subject"])]
    assert {user: mail.messages(user) for user in OTHERS} == {user: [] for user in OTHERS}
