"""The label table and value cleaning shared by every form reader."""

from __future__ import annotations

import ast
import inspect

import pytest
from opencc import OpenCC

from parsers import form_fields

from parsers.form_fields import (
    FIELD_NAMES,
    LABELS,
    OTHER_LABELS,
    FieldValue,
    FormFields,
    checked_option,
    fields_from_candidates,
    fields_from_pairs,
    is_label,
    join_split_number,
    match_label,
    normalize_label,
    pairs_in_line,
    split_label_value,
)


@pytest.mark.parametrize(("label", "field"), [
    ("受理编号", "acceptance_number"), ("工单号", "acceptance_number"),
    ("编号：", "acceptance_number"), ("来电时间", "accepted_at"), ("来源:", "channel"),
    ("客 户 姓 名", "customer_name"), ("客　户　姓　名：", "customer_name"),
    ("投诉人", "customer_name"), ("姓名", "customer_name"), ("手机", "phone"),
    ("身份证号", "id_number"), ("账(卡)号", "account"), ("账（卡）号：", "account"),
    ("【卡号】", "account"), ("被投诉网点", "unit"), ("涉及机构", "unit"),
    ("被投诉部门", "unit"), ("投诉业务", "category"), ("问题描述", "content"),
    ("投诉事由：", "content"), ("客户要求", "request"), ("重要程度", "urgency"),
    ("受理员", "accepted_by"), ("处理情况反馈", "result"), ("核实情况", "result"),
    ("经办人", "handler"), ("处理日期", "handled_at"), ("满意度评价", "satisfaction"),
    ("邮箱", "customer_email"), ("*联系电话", "phone"), ("客户姓名（必填）", "customer_name"),
])
def test_labels_match_their_field(label, field):
    assert match_label(label) == field


@pytest.mark.parametrize("text", ["备注", "被投诉人", "客户反映", "", "张伟", "签字：", "受理"])
def test_other_text_is_no_label(text):
    assert match_label(text) is None


def test_every_label_names_a_known_field():
    assert set(LABELS.values()) == set(FIELD_NAMES)


# The words real call-centre, online-banking and work-order forms print for each field.
REAL_FORM_LABELS = {
    "customer_name": ("投诉人", "客户姓名", "来电人", "来电人姓名", "来电客户", "投诉客户"),
    "phone": ("来电号码", "联系号码", "手机号码", "客户电话", "回访电话", "手机号", "客户联系电话", "主叫号码"),
    "unit": ("涉及网点", "涉及机构", "被投诉网点", "所属机构", "所属网点", "责任单位", "被投诉支行", "发生网点"),
    "content": ("问题描述", "事件经过", "投诉事项", "具体内容", "投诉详情", "详细内容", "反映问题", "来电内容"),
    "request": ("诉求", "客户要求", "诉求内容", "客户期望", "投诉诉求", "期望处理结果", "投诉要求"),
    "accepted_at": ("受理时间", "来电时间", "来电日期", "投诉时间", "登记时间", "工单创建时间", "提交时间", "来访时间"),
    "acceptance_number": ("工单编号", "投诉编号", "投诉单号", "受理号", "工单流水号", "投诉工单号"),
}


@pytest.mark.parametrize(("field", "label"), [(f, w) for f, words in REAL_FORM_LABELS.items() for w in words])
def test_the_words_real_forms_use_name_their_field(field, label):
    assert match_label(label) == field
    assert match_label(f"{label}：") == field and match_label(" ".join(label)) == field


def test_the_label_table_is_honest():
    """Each key is spelt as a form's label is looked up (normalised), no word names a field and
    no field at once, and no key is written twice (a dict literal keeps the last silently)."""
    assert [k for k in LABELS if normalize_label(k) != k] == []
    assert sorted(set(LABELS) & OTHER_LABELS) == []
    assert [k for k in OTHER_LABELS if normalize_label(k) != k] == []
    table = next(node.value for node in ast.walk(ast.parse(inspect.getsource(form_fields)))
                 if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "LABELS")
    literal = next(n for n in ast.walk(table) if isinstance(n, ast.Dict))
    keys = [k.value for k in literal.keys if isinstance(k, ast.Constant)]
    assert len(keys) > 100 and sorted({k for k in keys if keys.count(k) > 1}) == []


@pytest.mark.parametrize("label", ["处理要求", "办理要求", "督办要求", "反馈时限"])
def test_the_senders_instructions_are_no_request_but_end_the_one_before(label):
    """处理要求 on a work order is what the dispatcher asks of the unit (请于5个工作日内反馈),
    not what the customer wants."""
    assert match_label(label) is None
    assert pairs_in_line(f"诉求：退还手续费 {label}：5个工作日内反馈") == [("诉求", "退还手续费")]


@pytest.mark.parametrize("config", ["s2t", "s2hk", "s2tw"])
def test_the_whole_table_written_in_traditional_characters_names_the_same_fields(config):
    """A form from Hong Kong, Macao or Taiwan prints the same labels in traditional characters
    (問題描述, 聯絡電話, 訴求): every label of the table, written so, is still that label."""
    written = OpenCC(config).convert
    changed = [label for label in LABELS if written(label) != label]
    assert len(changed) > len(LABELS) // 2  # the conversion does write most labels otherwise
    assert {label: match_label(written(label)) for label in LABELS} == dict(LABELS)
    assert [label for label in OTHER_LABELS if not is_label(written(label))] == []


def test_traditional_labels_split_a_form_line_as_simplified_ones_do():
    assert pairs_in_line("投訴人：陳嘉欣 聯絡電話：13850912647 涉及網點：三元支行") == \
        [("投訴人", "陳嘉欣"), ("聯絡電話", "13850912647"), ("涉及網點", "三元支行")]
    assert split_label_value("問題描述 多收了手續費") == ("問題描述", "多收了手續費")
    assert match_label("訴求：") == "request" and match_label("帳號") == "account"


def test_split_label_value_with_colon_or_space():
    assert split_label_value("客户姓名：张伟") == ("客户姓名", "张伟")
    assert split_label_value("联系电话: 13805912345 ") == ("联系电话", "13805912345")
    assert split_label_value("客 户 姓 名 王 芳") == ("客 户 姓 名", "王 芳")
    assert split_label_value("投诉内容：") == ("投诉内容", "")
    assert split_label_value("客户反映：排队时间长") is None
    assert split_label_value("投诉人姓名 王芳") == ("投诉人姓名", "王芳")  # the longest label
    assert split_label_value("（客户姓名） 张三") == ("（客户姓名）", "张三")
    assert split_label_value("E-mail a@b.example") == ("E-mail", "a@b.example")
    assert split_label_value("客户 张三") is None
    assert split_label_value("张伟") is None


def test_pairs_in_line_stop_at_every_label_even_unwanted_ones():
    line = "客户姓名：张伟    联系电话：138 0591 2345   备注：无"
    assert pairs_in_line(line) == [("客户姓名", "张伟"), ("联系电话", "138 0591 2345")]


def test_first_non_empty_value_wins_and_values_are_cleaned():
    found = fields_from_pairs([
        ("姓名", ""), ("客户姓名", " 王  芳 "), ("投诉人", "李娜"),
        ("卡号", "6222 0212 3456 7890 123"), ("身份证号", "35040219850312123x"),
        ("联系电话", "138 0591 2345"), ("被投诉单位", "三元支行\n梅列支行"),
        ("投诉内容", "  第一行  内容 \n\n 第二行\n"), ("备注", "无"),
    ], source_kind="docx", confidence=0.9)
    assert found.as_dict() == {
        "customer_name": "王芳", "phone": "13805912345", "id_number": "35040219850312123x",
        "account": "6222021234567890123", "unit": "三元支行 梅列支行",
        "content": "第一行 内容\n第二行",
    }
    assert found.fields["customer_name"] == FieldValue("王芳", 0.9, "客户姓名")
    assert found.source_kind == "docx"
    assert found.get("customer_name") == "王芳"
    assert found.get("result") is None


def test_stronger_evidence_replaces_weaker():
    found = fields_from_candidates(
        [("编号", "SL-1", 0.7), ("受理编号", "CSC20240315", 1.0), ("工单号", "X", 0.9)],
        source_kind="pdf")
    assert found.fields["acceptance_number"] == FieldValue("CSC20240315", 1.0, "受理编号")


def test_fields_come_in_form_order():
    found = fields_from_pairs([("客户满意度", "满意"), ("受理编号", "A1")], source_kind="docx")
    assert list(found.fields) == ["acceptance_number", "satisfaction"]


@pytest.mark.parametrize(("value", "choice"), [
    ("☑满意 □基本满意 □不满意", "满意"), ("□满意 ☑基本满意 □不满意", "基本满意"),
    ("□满意 □基本满意 ■不满意", "不满意"), ("满意", "满意"), ("√满意", "√满意"),
])
def test_tick_boxes_read_as_the_ticked_option(value, choice):
    assert checked_option(value) == choice


def test_form_fields_is_frozen():
    found = FormFields(fields={}, source_kind="docx")
    with pytest.raises(AttributeError):
        found.source_kind = "pdf"  # type: ignore[misc]


@pytest.mark.parametrize(("value", "longest", "joined"), [
    ("138 0591 2345", 12, "13805912345"),
    ("13805912345 0598-8234567", 12, "13805912345 0598-8234567"),
    ("13805912345 13905912345", 12, "13805912345 13905912345"),
    ("6222 0212 3456 7890 123", 19, "6222021234567890123"),
    ("350402 19850312 123X", 18, "35040219850312123X"),
    ("6222021234567890 6217000011112222", 19, "6222021234567890 6217000011112222"),
])
def test_digit_groups_join_while_they_fit_one_number(value, longest, joined):
    assert join_split_number(value, longest) == joined


@pytest.mark.parametrize(("value", "name"), [
    ("严光辉，男，52岁，夏阳乡养鸡户", "严光辉"), ("王芳（代母亲投诉）", "王芳"), ("张 三、李四", "张三"), ("蔡 淑 英", "蔡淑英"),
])
def test_a_persons_field_is_the_name_without_what_the_writer_adds(value, name):
    """A 投诉书 typed as a form says who the writer is after the name; the case keeps the name."""
    assert fields_from_pairs([("投诉人", value)], source_kind="mail body").get("customer_name") == name
