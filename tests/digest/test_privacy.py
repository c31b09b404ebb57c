"""No customer's mobile, ID number or account number in the digest: mail (decoded), .docx text, .xlsx cells.

The seed puts every customer's mobile, 18-character ID and 19-digit account in the case
row *and* in the complaint text, so a leak through any field or snippet would show here.
"""

from __future__ import annotations

import re

from complaints.digest.command import digest_command
from complaints.digest.figures import compute_figures
from complaints.digest.mail import digest_mail
from tests.digest.helpers import NOW, WEEK, decoded_parts, digest_context, docx_text, parse_mail, xlsx_sheets
from tests.digest.seed import SPECS, account, customer_name, id_number, mobile

MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
ACCOUNT = re.compile(r"(?<!\d)\d{16,19}(?!\d)")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def assert_clean(text: str, where: str) -> None:
    for pattern in (MOBILE, ID_NUMBER, ACCOUNT):
        found = pattern.findall(text)
        assert not found, f"{where}: {pattern.pattern} found {found[:3]}"
    for spec in SPECS:
        for secret in (mobile(spec.n), id_number(spec.n), account(spec.n)):
            assert secret not in text, f"{where}: seeded {secret} leaked"
        if len(customer_name(spec.n)) > 1:
            assert customer_name(spec.n) not in text, f"{where}: full name {customer_name(spec.n)} leaked"


def _xlsx_text(data: bytes) -> str:
    return "\n".join(str(v) for rows in xlsx_sheets(data).values() for row in rows for v in row if v is not None)


def test_mail_docx_and_xlsx_are_masked(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")
    fig = compute_figures(ctx.engine, WEEK, directory=ctx.directory, calendar=ctx.calendar, now=NOW)
    msg = parse_mail(digest_mail(fig, ctx.settings, NOW).raw)
    parts = decoded_parts(msg)
    headers = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject") if msg[k])  # not the boundaries
    texts = parts["text/plain"] + parts["text/html"]
    assert_clean(headers + "\n".join(texts), "mail text")
    [docx] = parts[DOCX]
    [xlsx] = parts[XLSX]
    assert_clean(docx_text(docx), ".docx")
    assert_clean(_xlsx_text(xlsx), ".xlsx")
    # the masks are there: the check above is not passing on an empty report
    assert "139****0012" in texts[0] and "孙*" in texts[0]
    assert "欧阳**" in _xlsx_text(xlsx) and "139****0023" in _xlsx_text(xlsx)


def test_written_files_are_masked(tmp_path):
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")
    out = tmp_path / "out"
    digest_command(ctx, "2026-W13", send=False, out_dir=out)
    for path in sorted(out.iterdir()):
        if path.suffix in (".txt", ".html"):
            assert_clean(path.read_text(encoding="utf-8"), path.name)
        elif path.suffix == ".docx":
            assert_clean(docx_text(path.read_bytes()), path.name)
        elif path.suffix == ".xlsx":
            assert_clean(_xlsx_text(path.read_bytes()), path.name)
