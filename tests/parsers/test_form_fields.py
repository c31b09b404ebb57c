"""The label table and value cleaning shared by every form reader."""

from __future__ import annotations

import pytest

from parsers.form_fields import (
    FIELD_NAMES,
    LABELS,
    FieldValue,
    FormFields,
    checked_option,
    fields_from_candidates,
    fields_from_pairs,
    join_split_number,
    match_label,
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
