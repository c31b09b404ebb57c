"""Peak memory of ingest stays near one copy of the largest mail (real Dovecot, both databases).

Three 6 MB mails fit the message limit but not one fetch's byte budget together, so each
is fetched on its own; storing it must not copy it again (the header is read from a slice)
beyond the one copy encryption at rest needs: the sealed ciphertext is written into a single
buffer (core/sealing.py), so the peak is the mail and its sealed copy, about twice the mail.
"""

from __future__ import annotations

import tracemalloc

from core.imap import connect
from ingest.fetcher import fetch_new
from tests.ingest.helpers import CSC, SERVICE, make_ctx, messages, plain_mail

SIZE = 6 * 1024 * 1024


def test_large_mails_are_fetched_alone_and_held_once(tmp_path, mail, db_url):
    ctx = make_ctx(tmp_path, mail, db_url)
    client = mail.imap(SERVICE)
    for n in range(3):
        client.append("INBOX", plain_mail(sender=CSC, subject=f"大附件 {n}",
                                          attachments=((f"scan{n}.pdf", "application/pdf", bytes([n]) * (SIZE * 3 // 4)),)))
    client.logout()
    with connect(ctx.settings.imap) as box:
        tracemalloc.start()
        try:
            result = fetch_new(box, ctx.engine, ctx.settings.imap, ctx.settings.limits, ctx.clock.now())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert result.stored == 3
    sizes = [m.size for m in messages(ctx.engine)]
    assert min(sizes) > SIZE * 0.95 and sum(sizes) > ctx.settings.imap.batch_bytes
    assert peak < 2.3 * max(sizes), f"peak {peak / 2**20:.1f} MiB for mails of {max(sizes) / 2**20:.1f} MiB"
