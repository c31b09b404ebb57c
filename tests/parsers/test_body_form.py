"""Forms in the mail body: the call centre's HTML table mail and a pasted text form."""

from pathlib import Path

from parsers.body_form import parse_body_form
from parsers.mail import parse_message

EML = Path(__file__).parent / "eml"


def test_html_table_form_in_the_body():
    text = parse_message((EML / "csc_html_form.eml").read_bytes()).text
    form = parse_body_form(text)
    assert form is not None and form.source_kind == "mail body"
    assert form.get("acceptance_number") == "2024010900123"
    assert form.get("customer_name") == "张三" and form.get("phone") == "13812345678"
    assert form.get("unit") == "三元支行" and form.get("request") == "要求道歉"
    assert form.get("content").startswith("客户反映在三元支行办理业务时排队两个小时")


def test_pasted_text_form_with_full_width_colons():
    body = "受理编号：CSC-7\n客户姓名：李四\n联系电话：13900001111\n被投诉单位：梅列支行\n投诉内容：\n取款机吞卡。\n第二天才退回。\n客户诉求：赔偿误工"
    form = parse_body_form(body)
    assert form.get("unit") == "梅列支行" and form.get("customer_name") == "李四"
    assert form.get("content") == "取款机吞卡。\n第二天才退回。"


def test_a_letter_is_not_a_form():
    assert parse_body_form("尊敬的领导：我是王秀英，在梅列支行办理业务时受到冷遇，请求调查。") is None


def test_a_work_order_table_with_a_header_row_and_its_systems_labels():
    """The province system's push: labels in a <thead> row, values in the row below, 涉及网点 and
    投诉事项 for the unit and the complaint, a system footer under the table."""
    form = parse_body_form(parse_message((EML / "kf_push_system_footer.eml").read_bytes()).text)
    assert form is not None
    assert {name: form.get(name) for name in ("accepted_at", "customer_name", "phone", "unit")} == {
        "accepted_at": "2026/12/02 09:05", "customer_name": "蔡文斌", "phone": "13799870125", "unit": "城关分理处"}
    assert form.get("content") == "客户在城关分理处办理银行卡挂失，被要求先购买保险才给办理。"


def test_a_form_quoted_under_a_new_complaint_is_not_this_mails_form():
    quoted = ("-----原始邮件-----\n发件人: csc@province.example\n主题: 受理单\n\n"
              "客户姓名：钱国庆\n联系电话：13905981111\n被投诉单位：梅列支行\n投诉内容：ATM吞卡后三天未退卡。\n")
    new = "又有一件：客户林海燕（电话15259803356）反映城关分理处拒绝办理零钞兑换，要求道歉。"
    assert parse_body_form(f"{new}\n\n{quoted}") is None
    assert parse_body_form(f"请处理。\n\n{quoted}").get("customer_name") == "钱国庆"
