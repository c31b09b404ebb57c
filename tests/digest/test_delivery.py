"""The digest reaches union@branch.example on the real Dovecot/Postfix: charts inline, reports attached."""

from __future__ import annotations

from complaints.digest.command import digest_command
from complaints.digest.mail import digest_message_id
from tests.digest.helpers import NOW, decoded_parts, docx_tables, parse_mail, xlsx_sheets
from tests.digest.seed import seed
from tests.support.env import OFFICE, SERVICE, make_test_context, run_until_idle

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_digest_arrives_in_the_union_inbox(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=NOW)
    seed(ctx.engine)

    outcome = digest_command(ctx, None, send=True, out_dir=None)
    assert outcome.startswith("digest 2026-W13: queued for union@branch.example")
    run_until_idle(ctx)

    message_id = digest_message_id("2026-W13", ctx.settings)
    received = [parse_mail(raw) for raw in mail.wait_for(OFFICE, 1)]
    [msg] = [m for m in received if m["Message-ID"] == message_id]  # other jobs may write to the office too
    assert msg["Subject"].startswith("[投诉系统] 客户投诉处理周报 2026年第13周")
    assert msg["From"].addresses[0].addr_spec == SERVICE
    assert msg["Auto-Submitted"] == "auto-generated"

    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "按时答复率 77.8%（7/9）；监管时限内办结率 85.7%（6/7）。" in text
    related = next(p for p in msg.walk() if p.get_content_type() == "multipart/related")
    cids = [p["Content-ID"].strip("<>") for p in related.iter_parts() if p.get_content_type() == "image/png"]
    assert len(cids) == 3 and all(f"cid:{cid}" in html for cid in cids)

    parts = decoded_parts(msg)
    [docx], [xlsx] = parts[DOCX], parts[XLSX]
    assert docx_tables(docx)["周次"][-1] == ("2026-W13（本周）", "03-23至03-29", "9", "7", "77.8%（7/9）", "4")
    assert len(xlsx_sheets(xlsx)["案件明细"]) == 2 + 18

    assert any(parse_mail(raw)["Message-ID"] == message_id for raw in mail.messages(SERVICE, "Sent")), \
        "the sender keeps a copy in the Sent folder"
    assert digest_command(ctx, None, send=True, out_dir=None).startswith("digest 2026-W13: already queued")
