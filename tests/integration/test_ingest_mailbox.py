"""UID bookkeeping, UIDVALIDITY, MOVE and its fallback, folders — on the real Dovecot, both databases."""

from __future__ import annotations

from complaints.sample_mail import complaint_mail, form_mail
from complaints.service import one_pass
from core.imap import connect
from core.store.db import session_scope
from core.store.models import MailboxCursor
from tests.ingest.helpers import (CSC, SERVICE, Proxy, append, cases, make_ctx, messages, outbound, plain_mail)
from tests.support.env import run_until_idle

FORM = {"acceptance_number": "CSC-20261126-0101", "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
        "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
        "content": "客户反映排队等候一个半小时。", "request": "要求说明原因。", "urgency": "一般", "accepted_by": "林芳"}


def _junk(n: int) -> bytes:
    return plain_mail(sender="customer@customer.example", subject=f"广告 {n}", body="x" * 800)


def _idle_pass_cost(ctx, proxy: Proxy, box) -> tuple[int, int]:
    proxy.reset_counts()
    summary = one_pass(ctx, box)
    assert not summary.busy()
    return proxy.client_lines, proxy.server_bytes


def test_idle_pass_cost_does_not_grow_with_processed_mail(tmp_path, mail, db_url):
    proxy = Proxy(mail.imap_port)
    try:
        ctx = make_ctx(tmp_path, mail, db_url, imap_port=proxy.port)
        with connect(ctx.settings.imap) as box:
            one_pass(ctx, box)  # creates folders, the cursor
            empty = _idle_pass_cost(ctx, proxy, box)

            client = mail.imap(SERVICE)
            for n in range(300):  # processed and moved away (to Quarantine: unknown sender)
                client.append("INBOX", _junk(n))
            run_until_idle(ctx)
            for n in range(300, 600):  # and 300 more left in the inbox, below the cursor
                client.append("INBOX", _junk(n))
            client.select_folder("INBOX")
            top = max(client.search(["ALL"]))
            client.logout()
            with session_scope(ctx.engine) as s:
                s.get(MailboxCursor, "INBOX").last_uid = top
            one_pass(ctx, box)  # the pass that notices the cursor moved
            full = _idle_pass_cost(ctx, proxy, box)
    finally:
        proxy.close()
    assert len(mail.messages(SERVICE, "Quarantine")) == 300 and len(mail.messages(SERVICE)) == 300
    assert full[0] == empty[0], f"IMAP commands of an idle pass: {empty[0]} with none, {full[0]} with 600 kept"
    assert full[1] <= empty[1] + 64, f"bytes read: {empty[1]} with none, {full[1]} with 600 kept"


def test_uidvalidity_change_reprocesses_nothing(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, imap={"inbox": "Intake"})
    client = mail.imap(SERVICE)
    client.create_folder("Intake")
    raws = [form_mail(FORM, sender=CSC, to=SERVICE)] + [
        complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉 {n}",
                       body=f"客户反映梅列支行柜员服务态度差，第{n}次。联系电话 1385901234{n}。") for n in range(3)]
    raws.append(_junk(1))
    for raw in raws:
        client.append("Intake", raw)
    before_validity = client.folder_status("Intake", ["UIDVALIDITY"])[b"UIDVALIDITY"]
    run_until_idle(ctx)
    stored, made, sent = len(messages(ctx.engine)), len(cases(ctx.engine)), len(outbound(ctx.engine))
    assert stored == 5 and made == 4 and sent > 4

    client.select_folder("INBOX")
    client.delete_folder("Intake")  # the mailbox is recreated with the same mails: new UIDVALIDITY
    client.create_folder("Intake")
    for raw in raws:
        client.append("Intake", raw)
    client.append("Intake", _junk(2))  # one mail really is new
    assert client.folder_status("Intake", ["UIDVALIDITY"])[b"UIDVALIDITY"] != before_validity
    client.logout()

    summaries = run_until_idle(ctx)

    assert summaries[0].fetched.uidvalidity_changed and summaries[0].fetched.duplicates == 5
    assert len(messages(ctx.engine)) == stored + 1 and len(cases(ctx.engine)) == made
    assert len(outbound(ctx.engine)) == sent, "no mail is sent twice"
    assert mail.messages(SERVICE, "Intake") == []


def test_move_fallback_copy_deleted_uid_expunge(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    for n in range(3):
        mail.send(complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉 {n}", body=f"三元支行柜员态度差 {n}"),
                  CSC, [SERVICE])
    append(mail, SERVICE, _junk(1))
    mail.wait_for(SERVICE, 4)
    for disabled in ({"MOVE"}, {"MOVE", "UIDPLUS"}):
        with connect(ctx.settings.imap, disabled=disabled) as box:
            assert "MOVE" not in box.capabilities()
            for _ in range(3):
                one_pass(ctx, box)
        if disabled == {"MOVE"}:
            append(mail, SERVICE, _junk(2))  # the second round: plain EXPUNGE without UIDPLUS
    assert mail.messages(SERVICE) == []
    client = mail.imap(SERVICE)
    client.select_folder("INBOX")
    assert client.search(["DELETED"]) == [], "nothing is left flagged \\Deleted"
    client.logout()
    assert len(mail.messages(SERVICE, "Processed")) == 3 and len(mail.messages(SERVICE, "Quarantine")) == 2
    rows = messages(ctx.engine)
    assert {r.server_state for r in rows} == {"moved"}
    assert all(r.uid for r in rows), "COPYUID tells where each copy went"


def test_missing_folders_are_created(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url, imap={"processed_folder": "Archive/已处理", "quarantine_folder": "隔离区"})
    append(mail, SERVICE, complaint_mail(sender=CSC, to=SERVICE, subject="客户投诉", body="三元支行柜员态度差"))
    append(mail, SERVICE, _junk(1))
    run_until_idle(ctx)
    assert len(mail.messages(SERVICE, "Archive/已处理")) == 1
    assert len(mail.messages(SERVICE, "隔离区")) == 1
    assert mail.messages(SERVICE) == []
