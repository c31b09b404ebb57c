"""Why a mail or a file could not be used, in Chinese a clerk can act on.

The parsers say precisely what is wrong, for the log and the IT staff ("more than 20
attachments (max_attachments=20)", "damaged image header"); a clerk reading the quarantine
list or an office alert needs to know what it means and what to do. One table, from what a
parser says to what a clerk reads; the parser's words stay behind it as 技术信息. A file the
case was opened without is asked of its source again; where the reason tells the source what
to send instead (a copy without a password), the same row says it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from core.errors import ComplaintsError, HostileInput, PolicyLimitExceeded

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TECHNICAL = re.compile(r"（技术信息：(?P<said>.*)）$", re.DOTALL)


class Reason(NamedTuple):
    """One row: what a parser says, what a clerk reads, and what the source is asked for a
    file that failed so ("" for the general request, SOURCE_REQUEST)."""

    pattern: re.Pattern[str]
    clerk: str
    source: str = ""


SOURCE_REQUEST = "无法打开，烦请重新发送可读的文件（如 PDF、JPG 或 Word 文档）"
"""What the source is asked, after the file's name, when its row says nothing of its own."""

# (what the parser says, what the clerk reads[, what the source is asked]); {name} is the file the message names.
CLERK_REASONS: tuple[Reason, ...] = tuple(Reason(re.compile(p, re.IGNORECASE), *texts) for p, *texts in (
    (r"attachment '(?P<name>[^']*)' is an executable program, not a document: (?P<what>.+)$",
     "附件「{name}」实为可执行程序（{what}），不是文档，疑为病毒或木马，整封邮件已隔离，请勿打开原件。"
     "请电话联系来件方核实；确有材料的，请对方另存为 PDF 或图片后重新发送"),
    (r"more than (?P<n>\d+) attachments",
     "邮件附件超过 {n} 个（系统上限），未处理。请让来件方分几封邮件发送，或由 IT 人员调高 [limits] max_attachments 后重试"),
    (r"attachment '(?P<name>[^']*)' is \d+ bytes, over the limit",
     "附件「{name}」超过系统允许的大小，未处理。请让来件方压缩或分开发送，或由 IT 人员调高 [limits] max_attachment_bytes 后重试"),
    (r"MIME nesting deeper|too deeply nested|more than \d+ MIME parts",
     "邮件结构异常（层层嵌套或部分过多），疑为恶意邮件，已隔离，请勿打开原件"),
    (r"^empty message", "邮件没有任何内容"),
    (r"unreadable MIME", "邮件格式已损坏，无法解析。请联系来件方重新发送"),
    (r"decompression bomb|MP in all|pages, more than|claims a size|has no pixels|page of .* inches",
     "图片或扫描件尺寸异常（疑为恶意构造的“解压炸弹”），已隔离，请勿打开原件"),
    (r"not an image this reader knows", "附件不是可识别的图片，请来件方改用 JPG、PNG、TIFF 或 PDF 重新发送"),
    (r"damaged image header|truncated or damaged image", "图片文件已损坏或不完整，请来件方重新发送"),
    (r"is password-protected|incorrect password|unsupported security scheme",
     "文件设有打开密码（已加密），系统无法打开，请来件方取消密码后重新发送",
     "设有打开密码，本行无法打开，烦请发送一份不设密码的文件（在原软件中取消密码后另存，或另存为不加密的 PDF）"),
    (r"damaged or encrypted PDF", "PDF 文件已损坏或加密，请来件方发送未加密的 PDF"),
    (r"PDF is truncated|not a PDF", "PDF 文件不完整或不是 PDF，请来件方重新发送"),
    (r"not a readable \.docx|damaged \.docx|not a Word document",
     "Word 文件已损坏，或不是 Word 文档（可能是改了扩展名的其他文件），请来件方重新发送"),
    (r"not a readable \.xlsx|damaged \.xlsx",
     "Excel 文件已损坏，或不是 Excel（.xlsx）表格（可能是改了扩展名的其他文件），请来件方重新发送"),
    (r"the spreadsheet lists (?P<n>\d+) complaints",
     "Excel 表格中列有 {n} 件投诉（{n} 行），系统每件投诉单独建案，不从多行表格中择一登记；"
     "请工会逐件登记，或请来件方每件投诉单独发送一份（一行）工单",
     "列有多件投诉，烦请每件投诉单独发送一份工单（一个表格只填一行）"),
    (r"legacy \.doc|not a Word 97-2003|LibreOffice",
     "旧版 Word（.doc）文件无法转换，请来件方另存为 .docx 或 PDF 后重新发送"),
    (r"OCR took longer", "扫描件识别超时（文件过大或图像异常），请来件方以 200–300dpi 重新扫描后发送"),
    (r"OCR worker died", "扫描件识别时识别程序异常退出（文件可能过大），请来件方重新扫描后发送"),
    (r"OCR worker did not start", "文字识别程序未能启动，请 IT 人员检查服务器后重试"),
    (r"unsupported file type", "附件格式不支持，请发送 .docx、.doc、.xlsx、.pdf、.jpg、.png 或 .tif 文件"),
    (r"package|XML part|entity|DOCTYPE|archive",
     "文档内部结构可疑（疑为恶意构造的文件），已隔离，请勿打开原件"),
))
_BY_TYPE = (
    (HostileInput, "文件或邮件结构异常，疑为恶意构造，已隔离，请勿打开原件；如确为正常来件，请让来件方重新发送"),
    (PolicyLimitExceeded, "超出系统限制，未处理；请 IT 人员核对 [limits] 设置后重试"),
    (ComplaintsError, "邮件或附件无法读取，请联系来件方重新发送"),
)


def clerk_reason(error: ComplaintsError | str) -> str:
    """The reason a clerk reads: Chinese first, the parser's own words after it as 技术信息.

    A reason already written in Chinese (and matching no English message) is kept as it is."""
    said = error.reason if isinstance(error, ComplaintsError) else str(error)
    if "技术信息" in said:
        return said
    for pattern, text, _ in CLERK_REASONS:
        found = pattern.search(said)
        if found:
            return f"{text.format(**{k: v or '' for k, v in found.groupdict().items()})}（技术信息：{said}）"
    if _CJK.search(said):
        return said
    kind = type(error) if isinstance(error, ComplaintsError) else ComplaintsError
    general = next(text for cls, text in _BY_TYPE if issubclass(kind, cls))
    return f"{general}（技术信息：{said}）"


def source_request(reason: str) -> str:
    """What the source is asked for a file that could not be read for `reason` (a clerk_reason
    text, as the case keeps it): the row's own request, matched on the 技术信息, else the general."""
    technical = _TECHNICAL.search(reason)
    said = technical.group("said") if technical else reason
    return next((row.source for row in CLERK_REASONS if row.source and row.pattern.search(said)), SOURCE_REQUEST)


def source_requests(unreadable: Iterable[Mapping[str, str]]) -> list[tuple[str, str]]:
    """(「name」、「name」, request) for the files a case notes as unreadable (case.fields
    ["unreadable"]: file and reason), the files asked the same grouped in the order they came."""
    names: dict[str, list[str]] = {}
    for entry in unreadable:
        names.setdefault(source_request(entry.get("reason", "")), []).append(f"「{entry['file']}」")
    return [("、".join(files), request) for request, files in names.items()]
