"""A Message-ID epoch replaced while `serve` runs (a restore forced under it, another worker's
start-up catch-up) is in force from serve's next round, not only from its next start.

Real Dovecot/Postfix, both databases; `serve` in a thread (`serving`).
"""

from __future__ import annotations

from complaints.context import with_current_epoch
from complaints.sample_mail import complaint_mail
from core.message_ids import parse_message_id
from core.store.db import session_scope
from core.store.epoch import rotate_epoch, stored_epoch
from tests.ingest.helpers import CSC, SERVICE, cases, make_ctx, outbound, serving, wait_until

NEVER = lambda ctx: 600.0  # noqa: E731 - no timed job due: only new mail wakes the service


def _complaint(n: int) -> bytes:
    return complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉 {n}",
                          body=f"客户反映三元支行柜员服务态度差（第{n}件），要求道歉。")


def _epochs_of_case(ctx, case_id: str) -> set[str]:
    keys = ctx.settings.keyring().every()
    return {parse_message_id(row.message_id, keys).epoch for row in outbound(ctx.engine) if row.case_id == case_id}


def test_a_new_epoch_is_used_from_the_next_round_of_a_running_serve(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    first_epoch = ctx.settings.message_id_epoch
    with serving(ctx, next_job_in=NEVER) as service:
        mail.send(_complaint(1), CSC, [SERVICE])
        [case1] = wait_until(lambda: [c for c in cases(ctx.engine) if _epochs_of_case(ctx, c.id)], what="case 1's mail")
        with session_scope(ctx.engine) as session:  # what `restore --force` or a catch-up does
            new_epoch = rotate_epoch(session)

        mail.send(_complaint(2), CSC, [SERVICE])
        [case2] = wait_until(lambda: [c for c in cases(ctx.engine) if c.id != case1.id and _epochs_of_case(ctx, c.id)],
                             what="case 2's mail")

        assert service.ctx.settings.message_id_epoch == new_epoch
    assert _epochs_of_case(ctx, case1.id) == {first_epoch}
    assert _epochs_of_case(ctx, case2.id) == {new_epoch} != {first_epoch}, "case 2's ids carry the new epoch"


def test_an_unchanged_epoch_keeps_the_context(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    assert with_current_epoch(ctx) is ctx and stored_epoch(ctx.engine) == ctx.settings.message_id_epoch
