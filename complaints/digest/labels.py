"""The Chinese names the digest shows for codes (channel, unit, severity, status) and for blanks.

One place, so the mail, the .docx and the .xlsx name a thing the same way.
"""

from __future__ import annotations

from core.channels import CHANNEL_NAMES, CHANNELS
from core.config import Directory
from core.severity import LEVELS, severity_name
from core.statuses import STATUS_NAMES

UNASSIGNED = "未分派"
UNCATEGORISED = "未分类"
NO_CAUSE = "未注明"
DIMENSION_TITLES = {
    "channel": "投诉渠道",
    "category": "业务类别",
    "cause": "投诉原因",
    "unit": "被投诉单位",
    "severity": "问题等级",
}
SEVERITY_ORDER = LEVELS


def channel_label(code: str | None) -> str:
    return CHANNEL_NAMES.get(code or "", code or "—")


def severity_label(code: str | None) -> str:
    return severity_name(code) or "—"


def status_label(code: str | None) -> str:
    return STATUS_NAMES.get(code or "", code or "—")


def unit_label(code: str | None, directory: Directory) -> str:
    if not code:
        return UNASSIGNED
    unit = directory.unit_by_code(code)
    return unit.name if unit else code


def category_label(category: str | None, sub: str | None = None) -> str:
    """A business as the lists show it, with its subtype: "银行卡/信用卡", or 未分类."""
    return (category or UNCATEGORISED) + (f"/{sub}" if sub else "")


def key_label(dimension: str, key: str | None, directory: Directory) -> str:
    """What a breakdown row is called: a channel, unit or severity name, or the category/cause itself."""
    if dimension == "channel":
        return channel_label(key)
    if dimension == "unit":
        return unit_label(key, directory)
    if dimension == "severity":
        return severity_label(key)
    if dimension == "category":
        return key or UNCATEGORISED
    return key or NO_CAUSE


def key_order(dimension: str, key: str | None, directory: Directory) -> tuple:
    """Channels and severities in their fixed order, units in directory order, the rest by name; blanks last."""
    if key is None:
        return (2, 0, "")
    fixed = {"channel": CHANNELS, "severity": SEVERITY_ORDER,
             "unit": tuple(u.code for u in directory.unit)}.get(dimension, ())
    if key in fixed:
        return (0, fixed.index(key), key)
    return (1, 0, key)
