"""A backlog is taken a slice a pass under `serve`: the first 督办 goes out before the rest is fetched.

On the real servers and both databases: with 25 forms waiting, a pass that may fetch 10
stores and routes those 10 (their mails queued) and leaves the rest on the server, below a
cursor that says so; the next passes take the next slices, and every form becomes one case.
"""

from __future__ import annotations

from complaints.sample_mail import form_mail
from complaints.service import FETCH_PER_PASS, one_pass
from core.imap import connect
from tests.ingest.helpers import AT, CSC, SERVICE, append, cases, make_ctx, messages

UNITS = ["三元支行", "梅列支行", "城关分理处"]


def _form(n: int) -> bytes:
    return form_mail({"acceptance_number": f"CSC-20261126-{n:04d}", "customer_name": "陈晓梅",
                      "phone": f"1385901{n:04d}", "unit": UNITS[n % 3], "content": f"客户反映排队时间过长（第{n}笔）。",
                      "request": "要求道歉。"}, sender=CSC, to=SERVICE)


def test_a_backlog_is_fetched_a_slice_a_pass(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, at=AT)
    for n in range(25):
        append(mail, SERVICE, _form(n))
    with connect(ctx.settings.imap) as box:
        first = one_pass(ctx, box, fetch_at_most=10)
        assert (first.fetched.stored, first.processed.processed) == (10, 10)
        assert len(messages(ctx.engine)) == 10 and len(cases(ctx.engine)) == 10
        assert box.status(ctx.settings.imap.inbox).uidnext - 1 > first.fetched.last_uid, "serve goes round at once"
        second = one_pass(ctx, box, fetch_at_most=10)
        third = one_pass(ctx, box, fetch_at_most=10)
        assert (second.fetched.stored, third.fetched.stored) == (10, 5)
        assert box.status(ctx.settings.imap.inbox).uidnext - 1 == third.fetched.last_uid
        assert one_pass(ctx, box, fetch_at_most=10).fetched.stored == 0
    assert len(cases(ctx.engine)) == 25 and len({c.acceptance_number for c in cases(ctx.engine)}) == 25
    assert 10 <= FETCH_PER_PASS <= 1000
