"""Spot the words that make a complaint big (重大) or serious (严重): media, lawyers, regulators, crowds.

The 实施方案 sends big cases to the supervising leaders at once and serious ones to the
president too, so the router needs to know which words triggered and how bad each is. The
mapping is one table below; each signal records the word that hit so a person can check it.

| kind        | level   | why |
|-------------|---------|-----|
| media       | serious | public exposure (press, TV, Weibo, Douyin) harms the bank's reputation at once |
| collective  | serious | several customers acting together (联名, 集体) |
| threat      | serious | the customer threatens violence or self-harm |
| litigation  | major   | lawyer, lawsuit, court, arbitration |
| regulator   | major   | a complaint to the regulator, the PBoC, 12378/12363, consumer associations |
| petition    | major   | 信访/上访, the mayor's hotline, discipline inspection |
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class SeveritySignal:
    """One trigger word found in a complaint, what kind of escalation it means, and how bad."""

    kind: str  # 'media' | 'litigation' | 'regulator' | 'petition' | 'collective' | 'threat'
    word: str
    level: Literal["major", "serious"]


@dataclass(frozen=True)
class SignalRule:
    kind: str
    level: Literal["major", "serious"]
    words: tuple[str, ...]


# ---- the table: (kind, level, trigger words, longest variants first within a kind) ----
SIGNAL_RULES: tuple[SignalRule, ...] = (
    SignalRule("media", "serious", ("新闻媒体", "媒体", "曝光", "记者", "报社", "报纸", "电视台", "微博", "抖音",
                                    "今日头条", "小红书", "网上发帖", "网络平台", "热搜", "自媒体")),
    SignalRule("collective", "serious", ("集体投诉", "联名", "集体", "多人", "群体", "很多客户", "维权群")),
    SignalRule("threat", "serious", ("同归于尽", "威胁", "拼命", "自杀", "跳楼", "报复", "砸了", "放火", "炸了",
                                     "不让你们好过", "要你们好看", "出人命")),
    SignalRule("litigation", "major", ("起诉", "律师", "法院", "诉讼", "打官司", "法律途径", "法律责任", "仲裁")),
    SignalRule("regulator", "major", ("银保监", "银监", "金融监管局", "金融监督管理", "监管部门", "监管机构", "监管",
                                      "人民银行", "12378", "12363", "消费者协会", "消协", "12315", "金融办")),
    SignalRule("petition", "major", ("信访", "上访", "市长热线", "12345", "纪委")),
)

# A threat word about the customer being threatened (by a collector, say) is not the customer's threat:
# it is skipped when the words before it in its sentence name someone else as the actor.
_THREATENED = re.compile(r"被威胁|威胁(?:我|本人|恐吓|家人|我的家人|我们)")
_OTHER_ACTOR = re.compile(r"催收|对方|他们|工作人员|柜员|客服|经理|保安|贵行|银行|公司")
_NOT_REGULATOR = re.compile(r"资金监管|监管账户")


def severity_signals(text: str) -> tuple[SeveritySignal, ...]:
    """Every trigger word in the text, one signal per word, in table order."""
    text = text or ""
    found: list[SeveritySignal] = []
    for rule in SIGNAL_RULES:
        covered: list[tuple[int, int]] = []
        for word in rule.words:
            for m in re.finditer(re.escape(word), text):
                if any(s <= m.start() < e for s, e in covered) or _excluded(rule.kind, text, m.start(), m.end()):
                    continue
                covered.append((m.start(), m.end()))
                signal = SeveritySignal(rule.kind, word, rule.level)
                if signal not in found:
                    found.append(signal)
    return tuple(found)


def _excluded(kind: str, text: str, start: int, end: int) -> bool:
    around = text[max(0, start - 8):end + 6]
    if text[start:end].isdigit() and re.search(r"\d", text[max(0, start - 1):start] + text[end:end + 1]):
        return True
    if text[start:end] == "起诉" and text[end:end + 1] == "讼":  # 提起诉讼 is 诉讼
        return True
    if kind == "threat" and text[start:end] in ("威胁", "报复"):
        sentence_start = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
        return bool(_THREATENED.search(around) or _OTHER_ACTOR.search(text[sentence_start:start]))
    if kind == "regulator":
        return bool(_NOT_REGULATOR.search(around))
    return False


def worst_level(signals: tuple[SeveritySignal, ...]) -> Literal["major", "serious"] | None:
    """The highest level among the signals: serious beats major; None when there are none."""
    levels = {s.level for s in signals}
    return "serious" if "serious" in levels else "major" if levels else None
