"""A case's event trail as a person reads it: local time, what happened in Chinese, who, the detail.

Pure: the event dicts of `reports.case_detail` in, text lines out. Columns are aligned by
display width, so Chinese labels line up in a terminal.
"""

from __future__ import annotations

import unicodedata

KIND_LABELS = {  # every `complaints.workflow.EventKind` (tests/core/test_vocabularies.py)
    "received": "收到投诉", "triage": "待分派", "routed": "转办", "duplicate_received": "重复收到",
    "answered": "单位反馈", "answer_incomplete": "反馈不完整", "unverified_note": "未核实来信",
    "command": "工会指令", "command_refused": "指令被拒", "severity_changed": "问题等级",
    "reclassified": "更正分类",
    "extended": "延期", "satisfaction": "满意度", "closed": "办结", "reopened": "重开",
    "reminded": "时限提醒", "overdue": "超时督办", "escalated": "报告行长", "mail_failed": "邮件退信",
    "note": "备注", "units_changed": "协办调整", "satisfaction_requested": "请求回访",
    "result_reported": "反馈来源", "extension_requested": "延期报批", "extension_approved": "行长批准",
    "regulatory_overdue": "超监管时限", "leader_note": "领导意见",
    "instruction": "领导批示", "contribution": "协办反馈", "reassignment_requested": "申请重新分派",
    "meeting": "会议研究", "customer_replied": "答复客户", "purged": "保存期满删除客户信息",
    "revealed": "查看客户信息", "supplemented": "补充来信",
}
LABEL_WIDTH = 12
ACTOR_WIDTH = 26
DETAIL_CHARS = 300


def width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def timeline_lines(events: list[dict]) -> list[str]:
    """One line per event: `2026-10-12 18:30  超时督办    system   detail…`."""
    lines = []
    for e in events:
        at = (e.get("at") or "").replace("T", " ")[:16]
        label = KIND_LABELS.get(e["kind"], e["kind"])
        detail = " / ".join(part.strip() for part in (e.get("detail") or "").splitlines() if part.strip())
        if len(detail) > DETAIL_CHARS:
            detail = detail[:DETAIL_CHARS] + "…"
        lines.append(f"  {at}  {pad(label, LABEL_WIDTH)} {pad(e.get('actor') or '', ACTOR_WIDTH)} {detail}".rstrip())
    return lines
