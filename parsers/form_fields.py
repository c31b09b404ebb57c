"""The acceptance form's fields and the label table that finds them in any layout.

Every form reader (docx, pdf, scan) turns what it sees into (label, value) pairs; this
module decides which field a label names and how its value is cleaned, so the readers
agree on one vocabulary. Chinese labels are data here, never names in code.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from parsers.traditional import simplified

FIELD_NAMES: tuple[str, ...] = (
    "acceptance_number",
    "accepted_at",
    "channel",
    "customer_name",
    "phone",
    "id_number",
    "account",
    "unit",
    "category",
    "content",
    "request",
    "urgency",
    "accepted_by",
    "result",
    "handler",
    "handled_at",
    "satisfaction",
    "customer_email",
)

RESULT_LABELS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "result": ("处理情况", "处理结果", "核实情况", "处理情况反馈"),
    "handling_unit": ("处理单位",),
    "handler": ("处理人", "经办人"),
    "handled_at": ("处理日期", "处理时间"),
    "satisfaction": ("客户满意度", "满意度评价", "满意度"),
})
"""The result part of a form, what the unit answers and the source gets back: field → its
labels, the first being what the returned form prints (`complaints/result_form.py`); a
reply's `处理情况：…` lines are read with the same words (`complaints/answers.py`).
`handling_unit` is only printed: the forms we read name the unit as 被投诉单位."""

# Synonyms as they appear on forms, keyed by their normalised spelling (see normalize_label):
# the acceptance form's own words and those of the systems that send the same fields — call
# centres' and online banking's work orders (来电号码, 诉求, 涉及网点, 问题描述, 事件经过).
# tests/parsers/test_form_fields.py keeps it honest (normalised keys, none also a no-field label).
LABELS: Mapping[str, str] = MappingProxyType({
    "受理编号": "acceptance_number", "工单号": "acceptance_number", "编号": "acceptance_number",
    "工单编号": "acceptance_number", "受理单号": "acceptance_number", "投诉编号": "acceptance_number",
    "投诉单号": "acceptance_number", "受理号": "acceptance_number", "工单流水号": "acceptance_number",
    "受理流水号": "acceptance_number", "投诉工单号": "acceptance_number",
    "受理时间": "accepted_at", "受理日期": "accepted_at", "来电时间": "accepted_at",
    "来电日期": "accepted_at", "投诉时间": "accepted_at", "投诉日期": "accepted_at",
    "登记时间": "accepted_at", "登记日期": "accepted_at", "接听时间": "accepted_at",
    "工单创建时间": "accepted_at", "提交时间": "accepted_at", "来访时间": "accepted_at", "来访日期": "accepted_at",
    "接待时间": "accepted_at", "接待日期": "accepted_at",
    "投诉渠道": "channel", "来源": "channel", "投诉来源": "channel", "受理渠道": "channel",
    "客户姓名": "customer_name", "投诉人": "customer_name", "客户名称": "customer_name",
    "姓名": "customer_name", "投诉人姓名": "customer_name", "来电人": "customer_name",
    "来电人姓名": "customer_name", "来电客户": "customer_name", "投诉客户": "customer_name",
    "客户名": "customer_name",
    "联系电话": "phone", "联系方式": "phone", "手机": "phone", "手机号码": "phone",
    "电话": "phone", "来电号码": "phone", "联系号码": "phone", "客户电话": "phone",
    "回访电话": "phone", "手机号": "phone", "客户联系电话": "phone", "客户手机": "phone",
    "联系手机": "phone", "投诉人电话": "phone", "投诉人联系电话": "phone", "来电电话": "phone",
    "主叫号码": "phone", "移动电话": "phone", "联络电话": "phone", "联络方式": "phone",
    "证件号码": "id_number", "身份证号": "id_number", "身份证号码": "id_number",
    "证件号": "id_number",
    "账号": "account", "卡号": "account", "账卡号": "account", "帐号": "account",
    "帐卡号": "account", "银行卡号": "account",
    "被投诉单位": "unit", "被投诉网点": "unit", "涉及机构": "unit", "被投诉部门": "unit",
    "被投诉机构": "unit", "涉及网点": "unit", "涉及单位": "unit", "投诉网点": "unit",
    "所属机构": "unit", "所属网点": "unit", "涉及部门": "unit", "涉及支行": "unit",
    "被投诉支行": "unit", "责任单位": "unit", "责任网点": "unit", "责任机构": "unit",
    "发生网点": "unit", "业务发生网点": "unit",
    "业务类别": "category", "业务种类": "category", "投诉业务": "category",
    "投诉类别": "category",
    "投诉内容": "content", "投诉事由": "content", "问题描述": "content", "投诉事项": "content",
    "事件经过": "content", "事情经过": "content", "具体内容": "content", "投诉详情": "content",
    "详细内容": "content", "问题详情": "content", "情况描述": "content", "事件描述": "content",
    "投诉描述": "content", "反映内容": "content", "反映问题": "content", "来电内容": "content",
    "投诉问题": "content", "工单内容": "content",
    "客户诉求": "request", "客户要求": "request", "诉求": "request", "诉求内容": "request",
    "客户期望": "request", "投诉诉求": "request", "投诉要求": "request", "投诉人诉求": "request",
    "客户期望结果": "request", "期望结果": "request", "期望处理结果": "request",
    "客户期望处理结果": "request", "诉求事项": "request",
    "紧急程度": "urgency", "重要程度": "urgency",
    "受理人": "accepted_by", "受理员": "accepted_by",
    **{label: name for name, labels in RESULT_LABELS.items() if name in FIELD_NAMES for label in labels},
    "电子邮箱": "customer_email", "邮箱": "customer_email", "电子邮件": "customer_email",
    "email": "customer_email", "e-mail": "customer_email",
})

# Labels that are on the forms but name no field: they end the value before them.
OTHER_LABELS = frozenset({
    "备注", "附件", "签字", "签名", "盖章", "审核人", "负责人", "部门负责人", "负责人意见",
    "领导批示", "领导意见", "办理时限", "处理时限", "性别", "年龄", "地址", "联系地址",
    "回访人", "回访时间", "回访日期", "督办人", "转办时间",
    # the sender's instructions to the unit, not the customer's request
    "处理要求", "办理要求", "督办要求", "转办意见", "处理时限要求", "反馈要求", "反馈时限",
})

MULTILINE_FIELDS = frozenset({"content", "request", "result"})
PERSON_FIELDS = frozenset({"customer_name", "accepted_by", "handler"})
NUMBER_FIELDS = frozenset({"phone", "id_number", "account", "acceptance_number"})

COLONS = ":："
_BRACKETS = re.compile(r"[()（）\[\]【】〔〕]")
_PAREN_SUFFIX = re.compile(r"[(（][^()（）]*[)）]$")
_CHECKED = "☑☒■√✓✔●"
_UNCHECKED = "□☐○"
_CJK = r"\u3400-\u9fff\uf900-\ufaff"


@dataclass(frozen=True)
class FieldValue:
    """One field's value, how sure the reader is (0..1) and the label it was found under."""

    value: str
    confidence: float
    label: str


@dataclass(frozen=True)
class FormFields:
    """The fields read from one acceptance form and the kind of source (docx, pdf, scan...)."""

    fields: Mapping[str, FieldValue] = field(default_factory=dict)
    source_kind: str = ""

    def get(self, name: str) -> str | None:
        found = self.fields.get(name)
        return found.value if found is not None else None

    def as_dict(self) -> dict[str, str]:
        return {name: fv.value for name, fv in self.fields.items()}


def normalize_label(text: str) -> str:
    """Spelling-insensitive key of a label: no spaces, colons, brackets or required marks, and
    in simplified characters — a form typed in traditional ones (問題描述, 聯絡電話, 訴求)
    prints the table's labels, only written otherwise."""
    text = simplified(unicodedata.normalize("NFKC", text))
    text = _without_noise(text)
    text = re.sub(r"\s+", "", text)
    return _BRACKETS.sub("", text).lower()


def _without_noise(text: str) -> str:
    """A label without the spaces and required marks around it and the colons after it.

    A loop, not `^[\\s*＊※]+|[\\s*＊※:：]+$`: that pattern is tried at every position and
    takes quadratic time on a long run of those characters."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS or text[end - 1] in ":："):
        end -= 1
    return text[start:end]


_MARKS = "*＊※"


def match_label(text: str) -> str | None:
    """The field a label names (`客 户 姓 名：` → customer_name), or None if it is no label."""
    if not text or len(text) > 40:
        return None
    return _field_of_short_text(text)


@functools.lru_cache(maxsize=4096)
def _field_of_short_text(text: str) -> str | None:
    """`match_label` of a text of at most 40 characters, remembered: the layout readers ask
    about the same cells and label chunks dozens of times a form, and forms repeat them."""
    text = unicodedata.normalize("NFKC", text)
    key = normalize_label(text)
    found = LABELS.get(key)
    if found is None:
        # "客户姓名(必填)" — a parenthetical remark after the label
        stripped = _PAREN_SUFFIX.sub("", _without_noise(text))
        if stripped != _without_noise(text):
            found = LABELS.get(normalize_label(stripped))
    return found


def is_label(text: str) -> bool:
    """True for a field label or a known label of no interest (备注, 签字...)."""
    return len(text) <= 40 and _is_short_label(text)


@functools.lru_cache(maxsize=4096)
def _is_short_label(text: str) -> bool:
    return match_label(text) is not None or normalize_label(text) in OTHER_LABELS


def split_label_value(text: str) -> tuple[str, str] | None:
    """("label", "value") from "label：value" (or "label value") in one string, else None.

    The label must be a known one; the value may be empty (a blank on the form).
    """
    text = text.strip()
    for i, ch in enumerate(text):
        if ch in COLONS:
            label = text[:i]
            if match_label(label) is not None:
                return label.strip(), text[i + 1:].strip()
            break
        if i > 40:
            break
    prefix = label_prefix(text)
    if prefix is not None:
        return prefix, text[len(prefix):].strip()
    return None


def label_prefix(text: str) -> str | None:
    """The longest known label that starts `text` and is followed by whitespace."""
    best = None
    key = ""
    for i, ch in enumerate(text[:60]):
        if ch.isspace():
            if LABELS.get(key.lower()) and text[i:].strip():
                best = text[:i]
            continue
        key += _BRACKETS.sub("", simplified(unicodedata.normalize("NFKC", ch)))
        if key.lower() not in _LABEL_STARTS:
            break
    return best


# Every beginning of a known label ("" included): "does some label start so?" in one lookup.
_LABEL_STARTS = frozenset(label[:end] for label in LABELS for end in range(len(label) + 1))


def pairs_in_line(text: str) -> list[tuple[str, str]]:
    """All "label：value" pairs in one line, e.g. `客户姓名：张三  联系电话：138...`.

    Known labels of no interest (备注...) end the value before them and are left out.
    """
    return [(label, value) for _, label, value in labelled_spans(text)
            if match_label(label) is not None]


def labelled_spans(text: str) -> list[tuple[int, str, str]]:
    """(start, label, value) for every known label followed by a colon in `text`."""
    starts: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[:：]", text):
        if m.start() and text[m.start() - 1] in COLONS:
            continue  # "姓名：：" — the label was the first colon's; a run of colons costs nothing
        label = _label_before(text, m.start())
        if label is not None and (not starts or m.start() - len(label) >= starts[-1][1]):
            starts.append((m.start() - len(label), m.end(), label))
    spans = []
    for n, (begin, value_start, label) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        spans.append((begin, label.strip(), text[value_start:end].strip()))
    return spans


def _label_before(text: str, colon: int) -> str | None:
    """The longest known label ending right before a colon (spaces inside allowed)."""
    best = None
    for start in range(colon - 1, max(-1, colon - 25), -1):
        chunk = text[start:colon]
        if chunk.strip() and is_label(chunk):
            best = chunk
    return best.lstrip() if best is not None else None


def checked_option(value: str) -> str:
    """`☑满意 □基本满意 □不满意` → `满意`; values without tick boxes pass through."""
    if not any(c in value for c in _CHECKED) or not any(c in value for c in _UNCHECKED):
        return value
    m = re.search(f"[{_CHECKED}]\\s*([^{_CHECKED}{_UNCHECKED}]+)", value)
    return m.group(1).strip() if m else value


def normalize_value(name: str, value: str) -> str:
    """Clean a value the way a clerk would copy it: trimmed, one line unless it is prose."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    value = value.replace("\xa0", " ").strip().lstrip(COLONS).strip()
    if name in MULTILINE_FIELDS:
        lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in value.split("\n")]
        return "\n".join(ln for ln in lines if ln)
    value = re.sub(r"\s+", " ", value)
    value = checked_option(value)
    if name in NUMBER_FIELDS:
        value = unicodedata.normalize("NFKC", value)
    if name in SPLIT_NUMBER_LENGTH:
        value = join_split_number(value, SPLIT_NUMBER_LENGTH[name])
    if name in PERSON_FIELDS:
        value = _PERSON_NOTES.split(value, 1)[0].strip() or value  # `严光辉，男，52岁，养鸡户` → the name
        value = re.sub(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])", "", value)
    return value


# What a writer adds after a person's name (gender, age, trade, a second name): never part of it.
_PERSON_NOTES = re.compile(r"[，,；;、（(]")


SPLIT_NUMBER_LENGTH = {"phone": 12, "id_number": 18, "account": 19}


def join_split_number(value: str, longest: int) -> str:
    """`6222 0212 3456 7890` → `6222021234567890`: digit groups written apart for reading
    are joined while they fit one number; two whole numbers stay apart."""
    out: list[str] = []
    for token in value.split(" "):
        if out and re.fullmatch(r"\d+", out[-1]) and re.fullmatch(r"\d+[Xx]?", token) \
                and len(out[-1]) + len(token) <= longest:
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def fields_from_candidates(
    candidates: Iterable[tuple[str, str, float]], *, source_kind: str
) -> FormFields:
    """FormFields from (label, value, confidence) triples.

    The first non-empty value of a field wins, unless a later one has clearly stronger
    evidence (higher confidence). Unknown labels are ignored.
    """
    chosen: dict[str, FieldValue] = {}
    for label, raw, confidence in candidates:
        name = match_label(label)
        if name is None:
            continue
        value = normalize_value(name, raw)
        if not value:
            continue
        current = chosen.get(name)
        if current is None or confidence > current.confidence + 1e-9:
            chosen[name] = FieldValue(value=value, confidence=confidence,
                                      label=label.strip().rstrip(COLONS).strip())
    ordered = {name: chosen[name] for name in FIELD_NAMES if name in chosen}
    return FormFields(fields=MappingProxyType(ordered), source_kind=source_kind)


def fields_from_pairs(
    pairs: Iterable[tuple[str, str]], *, source_kind: str, confidence: float = 1.0
) -> FormFields:
    """FormFields from (label, value) pairs; the first non-empty value of a field wins."""
    return fields_from_candidates(
        ((label, value, confidence) for label, value in pairs), source_kind=source_kind
    )
