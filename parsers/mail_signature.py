"""The sender's e-mail signature and legal disclaimer at the end of a body, taken off.

A province's staff retype or paste a customer's letter into a mail that ends with their own
signature block (name, department, 电话/手机/地址 lines) and the bank's confidentiality
notice. Neither is the complaint: the signature's name is not the customer's, its phone not
the customer's, and the notice is no part of what the customer said. A customer's own
closing ("骆春华 / 2026年11月30日", "联系电话：…") names no department and stays.
"""

from __future__ import annotations

import re

_DISCLAIMER = re.compile(r"保密|机密|错收|误收|免责声明|confidential|intended only|privileged|disclaimer",
                         re.IGNORECASE)
_DISCLAIMER_MIN = 40  # characters: a notice is a paragraph, not a word in a line
_ORGANISATION = re.compile(r"分行|支行|总行|分理处|营业部|[^\s]{1,12}部$|[^\s]{1,12}部\s|中心|办公室|公司|银行")
_CONTACT_LABEL = re.compile(r"^\s*(?:电话|手机|座机|地址|邮箱|传真|Tel|Mobile|E-?mail|Fax)\s*[:：]", re.IGNORECASE)
_CUSTOMER = re.compile(r"客户|投诉人|来信人|来访人|来电人")
_BLOCK_LINES = 6
_BLOCK_LINE_MAX = 40


def without_mail_signature(text: str) -> str:
    """`text` without a trailing disclaimer and the staff signature block above it."""
    paragraphs = re.split(r"(\n[ \t\u3000]*\n)", text.rstrip())
    while len(paragraphs) > 2 and _is_disclaimer(paragraphs[-1]):
        paragraphs = paragraphs[:-2]
    if len(paragraphs) > 2 and _is_signature_block(paragraphs[-1]):
        paragraphs = paragraphs[:-2]
    return "".join(paragraphs)


def _is_disclaimer(paragraph: str) -> bool:
    flat = paragraph.strip()
    return len(flat) >= _DISCLAIMER_MIN and bool(_DISCLAIMER.search(flat))


def _is_signature_block(paragraph: str) -> bool:
    """A few short lines naming a department and a way to reach the sender, and no customer."""
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    return (0 < len(lines) <= _BLOCK_LINES and all(len(line) <= _BLOCK_LINE_MAX for line in lines)
            and any(_ORGANISATION.search(line) for line in lines)
            and any(_CONTACT_LABEL.search(line) for line in lines)
            and not any(_CUSTOMER.search(line) for line in lines))
