"""LibreOffice opens the digest's .docx and renders it: the PDF holds the figures and the three charts."""

from __future__ import annotations

import re
import shutil
import subprocess

import pdfplumber

from complaints.digest.command import digest_command
from tests.digest.helpers import digest_context


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_libreoffice_renders_the_docx_to_pdf(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is not installed"
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}")
    out = tmp_path / "out"
    digest_command(ctx, "2026-W13", send=False, out_dir=out)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(out / "digest-2026-W13.docx")],
        capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL, check=False,
    )
    pdf_path = tmp_path / "pdf" / "digest-2026-W13.pdf"
    assert result.returncode == 0 and pdf_path.exists(), result.stdout + result.stderr
    with pdfplumber.open(pdf_path) as pdf:
        text = _squash("\n".join(page.extract_text() or "" for page in pdf.pages))
        images = sum(len(page.images) for page in pdf.pages)
    for expected in ("客户投诉处理周报", "2026年第13周（3月23日—3月29日）", "本周新收投诉9件，办结7件", "77.8%（7/9）", "85.7%（6/7）",
                     "TS-2026-000021", "城关分理处", "各单位考核情况", "66.7%（2/3）"):
        assert _squash(expected) in text, expected
    assert images == 3
