"""来源未验证 on the comment-book path: a report that neither answers the outlet's own reminder
(its reply token) nor is vouched for by the receiving server is recorded as usual, and its
cases carry the mark wherever the office lists cases — `complaints cases` and the 在办清单
answered by mail — while a report answering the reminder carries none."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from complaints.authenticity import UNVERIFIED_SOURCE
from complaints.sample_mail import complaint_mail
from core.clock import BRANCH_ZONE
from core.store.models import Case
from tests.integration.test_cli import cli
from tests.integration.test_comment_book import ENTRIES
from tests.integration.test_lifecycle_helpers import (
    CLERK1, MEILIE, SANYUAN, reply_to, submit, text_of, with_subject,
)
from tests.support.env import SERVICE, make_test_context, run_until_idle, vouched

AT = datetime(2026, 10, 9, 16, 40, tzinfo=BRANCH_ZONE)


def test_an_unproven_comment_book_report_is_recorded_and_marked(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    run_until_idle(ctx)
    assert with_subject(mail, MEILIE, "意见簿")
    [sanyuan_reminder] = with_subject(mail, SANYUAN, "意见簿")

    # written afresh to the service (not a reply to its reminder): From alone, which anyone can write
    unproven = complaint_mail(sender=MEILIE, to=SERVICE, subject="10月9日意见簿", body=f"今日意见簿有两条：\n{ENTRIES}")
    submit(mail, ctx, unproven, MEILIE)
    submit(mail, ctx, reply_to(sanyuan_reminder, sender=SANYUAN, body="1. 客户反映叫号机故障，等候无序。"), SANYUAN)
    with Session(ctx.engine) as session:
        opened = {c.id: c for c in session.exec(select(Case).order_by(Case.id)).all()}
    marked = sorted(i for i, c in opened.items() if c.fields.get(UNVERIFIED_SOURCE))
    proven = sorted(i for i, c in opened.items() if c.unit == "SY")
    assert sorted(i for i, c in opened.items() if c.unit == "ML") == marked and len(marked) == 2, opened
    assert len(proven) == 1 and not set(proven) & set(marked)
    assert all(opened[i].channel == "comment_book" and opened[i].status == "routed" for i in opened)
    assert len(with_subject(mail, MEILIE, "客户投诉督办", count=2)) == 2, "the outlet is told to handle them all the same"

    listing = cli(tmp_path / "complaints.toml", "cases").stdout
    lines = {i: next(ln for ln in listing.splitlines() if ln.startswith(i)) for i in opened}
    assert all("来源未验证" in lines[i] for i in marked) and "来源未验证" not in lines[proven[0]], listing

    submit(mail, ctx, vouched(complaint_mail(sender=CLERK1, to=SERVICE, subject="查询", body="在办清单")), CLERK1)
    text = text_of(with_subject(mail, CLERK1, "Re: 查询")[0])
    assert all(f"{i}（来源未验证）" in text for i in marked), text
    assert f"{proven[0]}（来源未验证）" not in text and proven[0] in text
