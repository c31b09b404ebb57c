"""Scans never hold up other mail: `serve` reads them in its reading pool beside the pipeline.

On the real servers and both databases: with `serve` idling, the union office's scanner
sends eight scanned letters (each names 城关分理处) and a .docx acceptance form for 三元支行
follows right behind them. The form's 督办 reaches 三元支行 before any scan's 督办 reaches
城关分理处 — the service sent it first — and all eight letters still become cases, each
routed once, while they wait in the pool their mails stay pending (nothing is lost).
(How fast the form gets through is a figure of `bench/bench_pipeline.py`, not a test.)
"""

from __future__ import annotations

import socket
import urllib.request
from datetime import datetime
from email import message_from_bytes, policy

from prometheus_client.parser import text_string_to_metric_families

from complaints.pipeline import process_pending
from complaints.sample_mail import complaint_mail, form_mail
from core.clock import BRANCH_ZONE
from core.imap import connect
from core.store.models import Message
from ingest.fetcher import fetch_new
from parsers import readings
from parsers.reading_pool import ReadingPool
from tests.complaints.test_intake_scans import PAGE_ONE
from tests.ingest.helpers import append, cases, messages, serving, wait_until
from tests.integration.test_lifecycle_helpers import CHENGGUAN, SANYUAN, with_subject
from tests.parsers.scans import render_letter, save_pages, scanify
from tests.parsers.test_cover_note import SHARP_CN
from tests.support.env import CSC, SERVICE, make_test_context

AT = datetime(2026, 12, 3, 10, 0, tzinfo=BRANCH_ZONE)
SCANNER = "scanner@branch.example"
LETTERS = 8
NEVER = lambda ctx: 600.0  # noqa: E731 - no timed job due


def _scan(n: int) -> bytes:
    """One page of the customer's letter, scanned a little differently each time (distinct files)."""
    page = render_letter(PAGE_ONE[0], PAGE_ONE[1], 150)[0]
    return save_pages([scanify(page, seed=100 + n, skew=0.5, rotation=0)], "pdf", 150)


def _letter(n: int) -> bytes:
    return complaint_mail(sender=SCANNER, to=SERVICE, subject=f"Scanned from SHARP MX-M3658N #{n}", body=SHARP_CN,
                          attachments=((f"SHARP_20261203_1000{n:02d}.pdf", "application/pdf", _scan(n)),))


def _form() -> bytes:
    fields = {"acceptance_number": "CSC-20261203-0001", "customer_name": "陈晓梅", "phone": "13859010001",
              "unit": "三元支行", "content": "客户反映三元支行排队时间过长。", "request": "要求道歉。"}
    return form_mail(fields, sender=CSC, to=SERVICE)


def _supervision_recipients(raws: list[bytes]) -> list[str]:
    """To whom the service's 督办 mails went, in the order its Sent folder got them."""
    out = []
    for raw in raws:
        msg = message_from_bytes(raw, policy=policy.default)
        if "督办" in str(msg["Subject"]) and str(msg["To"]) in (SANYUAN, CHENGGUAN):
            out.append(str(msg["To"]))
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _queue_depth(port: int) -> float:
    """`complaints_ocr_queue_depth` as a Prometheus scraper reads it from serve's /metrics."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=30) as answer:
        text = answer.read().decode()
    return next(s.value for family in text_string_to_metric_families(text) for s in family.samples
                if s.name == "complaints_ocr_queue_depth")


def test_a_form_behind_a_stack_of_scans_is_routed_first(tmp_path, mail, db_url):
    port = _free_port()
    ctx = make_test_context(tmp_path, mail, db_url, at=AT, extra=f'[health]\nlisten = "127.0.0.1:{port}"\n')
    letters = [_letter(n) for n in range(LETTERS)]
    with serving(ctx, next_job_in=NEVER) as service:
        wait_until(lambda: service.health.idle_waits > 0, timeout=30, what="serve idling in IDLE")
        assert _queue_depth(port) == 0
        for raw in letters:
            mail.send(raw, SCANNER, [SERVICE])
        mail.send(_form(), CSC, [SERVICE])
        # the operator's graph shows the stack of scans waiting in the pool (issue 20's OCR queue depth)
        wait_until(lambda: _queue_depth(port) >= 1, timeout=60, what="the scans in the OCR queue on /metrics")

        with_subject(mail, SANYUAN, "督办", timeout=60)
        scans_out = len(with_subject(mail, CHENGGUAN, "督办", count=0, timeout=1))
        assert scans_out < LETTERS, "the form did not wait for all the scans"
        with ctx.engine.connect() as db:
            waiting = db.execute(Message.__table__.select().where(Message.state == "pending")).all()
        assert waiting or scans_out == LETTERS, "letters not yet routed wait as pending mail"

        with_subject(mail, CHENGGUAN, "督办", count=LETTERS, timeout=240)
        wait_until(lambda: len(cases(ctx.engine)) == LETTERS + 1, timeout=30, what="nine cases")
        assert _queue_depth(port) == 0, "every scan read, the queue is empty again"
    mail.delivered()
    order = _supervision_recipients(mail.messages(SERVICE, "Sent"))
    assert order.count(CHENGGUAN) == LETTERS and order.count(SANYUAN) == 1
    assert order[0] == SANYUAN, f"the form's 督办 went out before every scan's: {order}"
    assert {c.unit for c in cases(ctx.engine)} == {"CG", "SY"}
    assert sorted(c.channel for c in cases(ctx.engine)) == ["csc"] + ["letter"] * LETTERS


def test_a_held_letter_stays_pending_through_a_crash_and_is_read_again(tmp_path, mail, db_url):
    """The pool's answers are all a held mail has outside the database: a crash (the pool
    gone before the letter was handled) leaves the mail pending, and the next pool reads it."""
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    append(mail, SERVICE, _letter(0))
    append(mail, SERVICE, _form())
    with connect(ctx.settings.imap) as box:
        fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, AT)
    letter_pk, form_pk = [m.id for m in messages(ctx.engine)]

    crashed = ReadingPool(1).start()
    readings.install(crashed)
    try:
        report = process_pending(ctx)
        assert (report.processed, report.waiting) == (1, 1), report.outcomes
        assert {m.id: m.state for m in messages(ctx.engine)} == {letter_pk: "pending", form_pk: "processed"}
        assert crashed.waiting() == {letter_pk} and crashed.depth() == 1
        crashed.close()  # the service dies with the letter half read

        restarted = ReadingPool(1).start()
        readings.install(restarted)
        assert process_pending(ctx).waiting == 1, "the next pass sees the letter still needs reading"
        wait_until(lambda: not restarted.waiting(), timeout=180, what="the letter read by the new pool")
        report = process_pending(ctx)
        restarted.close()
    finally:
        readings.install(None)
    assert (report.processed, report.waiting) == (1, 0), report.outcomes
    assert all(m.state == "processed" for m in messages(ctx.engine))
    assert sorted((c.channel, c.unit) for c in cases(ctx.engine)) == [("csc", "SY"), ("letter", "CG")]
