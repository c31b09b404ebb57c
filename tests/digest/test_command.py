"""`digest_command`: the default week, printing, --out files, --send into the outbox, refusals."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from complaints.context import make_context
from complaints.digest.command import digest_command
from complaints.digest.mail import digest_message_id
from complaints.digest.periods import BadPeriod
from complaints.digest.weeks import BadWeek
from core.clock import FixedClock
from core.store.models import OutboundMail
from tests.digest.helpers import digest_context, parse_mail
from tests.digest.seed import at


def test_without_send_or_out_the_text_digest_of_the_last_complete_week(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")  # Monday 30 March 09:00
    text = digest_command(ctx, None, send=False, out_dir=None)
    assert "客户投诉处理周报 2026年第13周（3月23日—3月29日）" in text
    assert "本周新收投诉 9 件，办结 7 件；周末在办 12 件，其中待单位答复 10 件。" in text
    sunday = make_context(ctx.settings, ctx.engine, FixedClock(at("03-29 23:59")))
    assert "客户投诉处理周报 2026年第12周" in digest_command(sunday, None, send=False, out_dir=None)


def test_out_writes_html_text_reports_and_charts(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")
    out = tmp_path / "reports"
    report = digest_command(ctx, "2026-W13", send=False, out_dir=out)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["digest-2026-W13-categories.png", "digest-2026-W13-trend.png", "digest-2026-W13-units.png",
                     "digest-2026-W13.docx", "digest-2026-W13.html", "digest-2026-W13.txt", "digest-2026-W13.xlsx"]
    assert "wrote 7 files" in report
    html = (out / "digest-2026-W13.html").read_text(encoding="utf-8")
    assert 'src="digest-2026-W13-trend.png"' in html and "cid:" not in html
    assert "按时答复率 77.8%（7/9）" in (out / "digest-2026-W13.txt").read_text(encoding="utf-8")
    for png in out.glob("*.png"):
        assert png.read_bytes().startswith(b"\x89PNG")


def test_send_queues_one_mail_per_week(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    first = digest_command(ctx, "2026-W13", send=True, out_dir=None)
    again = digest_command(ctx, "2026-W13", send=True, out_dir=None)
    message_id = digest_message_id("2026-W13", ctx.settings)
    assert first == f"digest 2026-W13: queued for union@branch.example ({message_id})"
    assert again.startswith("digest 2026-W13: already queued for union@branch.example")
    with Session(ctx.engine) as session:
        [row] = session.exec(select(OutboundMail)).all()
    assert (row.kind, row.recipients, row.message_id, row.state) == (
        "digest", ["union@branch.example"], message_id, "pending")
    assert parse_mail(row.raw)["Message-ID"] == message_id


def test_a_week_that_has_not_ended_cannot_be_sent_but_can_be_previewed(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(BadWeek, match="2026-W14 has not ended"):
        digest_command(ctx, "2026-W14", send=True, out_dir=None)
    assert "客户投诉处理周报 2026年第14周" in digest_command(ctx, "2026-W14", send=False, out_dir=None)
    with pytest.raises(BadWeek, match="YYYY-Www"):
        digest_command(ctx, "last week", send=False, out_dir=None)
    with Session(ctx.engine) as session:
        assert session.exec(select(OutboundMail)).all() == []


def test_month_and_quarter_reports_count_their_own_period(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")  # Monday 30 March 09:00
    march = digest_command(ctx, "2026-03", send=False, out_dir=None, kind="month")
    # received in March: TS-3 … TS-20 and TS-23, TS-24; closed in March: 13 (TS-1 on 03-04 … TS-24)
    assert "客户投诉处理月度考核报告 2026年3月" in march
    assert "本月新收投诉 20 件，办结 13 件" in march
    quarter = digest_command(ctx, "2026Q1", send=False, out_dir=None, kind="quarter")
    assert "客户投诉处理季度考核报告 2026年第一季度" in quarter and "本季度新收投诉 24 件" in quarter
    assert "近五个季度主要指标" in quarter


def test_a_month_that_has_not_ended_cannot_be_sent(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")
    with pytest.raises(BadPeriod, match="month 2026-03 has not ended"):
        digest_command(ctx, "2026-03", send=True, out_dir=None, kind="month")
