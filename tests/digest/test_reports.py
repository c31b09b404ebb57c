"""The hand-counted W13 figures as the mail text, the .docx tables and the .xlsx rows show them.

All three are rendered from one computation per database; each is read back with its own
reader (email parser, python-docx, openpyxl) and compared with literals.
"""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from docx import Document

from complaints.digest.figures import compute_figures
from complaints.digest.mail import digest_mail
from complaints.digest.render import render_digest
from tests.digest.helpers import NOW, WEEK, decoded_parts, digest_context, docx_tables, parse_mail, xlsx_sheets

HISTORY = [
    ("周次", "日期", "新收", "办结", "按时答复率", "超时未答复"),
    ("2026-W09", "02-23至03-01", "4", "0", "—", "0"),
    ("2026-W10", "03-02至03-08", "3", "1", "25.0%（1/4）", "2"),
    ("2026-W11", "03-09至03-15", "2", "2", "25.0%（1/4）", "2"),
    ("2026-W12", "03-16至03-22", "5", "3", "50.0%（2/4）", "3"),
    ("2026-W13（本周）", "03-23至03-29", "9", "7", "77.8%（7/9）", "4"),
]
# Days to answer (answered in W13): 三元 10.79, 7.31, 2.04 → mean 6.7, p90 7.31 + 0.8 × 3.48 = 10.1;
# 梅列 0.25 (TS-16). Rank: on-time rate, then fewer overdue; units with nothing to answer are not ranked.
UNITS = [
    ("排名", "单位", "新收", "一般", "较大问题", "重大问题", "应答复", "按时答复", "按时答复率", "超时未答复", "满意", "基本满意",
     "不满意", "未评价", "重开", "平均答复天数", "答复天数90%分位"),
    ("4", "三元支行", "3", "3", "0", "0", "3", "2", "66.7%（2/3）", "1", "1", "2", "1", "0", "1", "6.7", "10.1"),
    ("1", "梅列支行", "2", "2", "0", "0", "2", "2", "100.0%（2/2）", "0", "1", "1", "0", "0", "0", "0.2", "0.2"),
    ("5", "城关分理处", "0", "0", "0", "0", "2", "1", "50.0%（1/2）", "2", "0", "0", "0", "0", "0", "4.5", "4.5"),
    ("3", "信用卡中心", "2", "1", "0", "1", "1", "1", "100.0%（1/1）", "1", "0", "0", "0", "1", "0", "7.1", "7.1"),
    ("2", "个人金融部", "1", "0", "1", "0", "1", "1", "100.0%（1/1）", "0", "0", "0", "0", "0", "0", "3.0", "3.0"),
    ("—", "综合管理部", "0", "0", "0", "0", "0", "0", "—", "0", "0", "0", "0", "0", "0", "—", "—"),
    ("—", "未分派", "1", "1", "0", "0", "0", "0", "—", "0", "0", "0", "0", "0", "0", "—", "—"),
]
OVERDUE = [
    ("案件编号", "被投诉单位", "业务类别", "问题等级", "状态", "受理时间", "办理时限", "超时工作日"),
    ("TS-2026-000021", "城关分理处", "理财", "一般", "已转办", "2026-02-25 10:00", "2026-03-04 18:00", "17"),
    ("TS-2026-000004", "信用卡中心", "信用卡", "较大问题", "重新办理", "2026-03-04 14:00", "2026-03-11 18:00", "12"),
    ("TS-2026-000008", "城关分理处", "信用卡", "一般", "已转办", "2026-03-18 11:00", "2026-03-25 18:00", "2"),
    ("TS-2026-000009", "三元支行", "银行卡", "较大问题", "重新办理", "2026-03-19 10:00", "2026-03-26 18:00", "1"),
]
SEVERITY = [("问题等级", "新收", "办结", "周末在办"), ("一般", "7", "6", "8"), ("较大问题", "1", "1", "3"),
            ("重大问题", "1", "0", "1")]
SUMMARY = (
    "本周新收投诉 9 件，办结 7 件；周末在办 12 件，其中待单位答复 10 件。",
    "按时答复率 77.8%（7/9）；监管时限内办结率 85.7%（6/7）。",
    "本周答复 7 件，答复用时中位数 4.5 天，90% 分位 8.7 天。",
    "客户满意度（本周办结）：满意 2 件，基本满意 3 件，不满意 1 件，未评价 1 件；本周重开 1 件。",
    "周末超时未答复 4 件；较大问题、重大问题投诉 4 件。",
)


def T(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}")


# The spreadsheet's case rows: all 16 columns, branch-local times, masked name and phone.
CASE_ROWS = [
    ("TS-2026-000021", "客户信件", "城关分理处", "理财", "业务差错", "一般", "已转办", T("02-25 10:00"), T("03-04 18:00"), None, None, None, 17, 0, "梁**", "139****0021"),
    ("TS-2026-000004", "网络(总行客服中心)", "信用卡中心", "信用卡", "系统故障", "较大问题", "重新办理", T("03-04 14:00"), T("03-11 18:00"), T("03-12 10:00"), T("03-16 10:00"), "不满意", 12, 0, "赵*", "139****0004"),
    ("TS-2026-000023", "客户上门", "三元支行", "个人存款", "收费争议", "一般", "已办结", T("03-05 10:00"), T("03-12 18:00"), T("03-19 10:00"), T("03-23 11:00"), "基本满意", "否", 0, "欧阳**", "139****0023"),
    ("TS-2026-000006", "意见簿(箱)", "三元支行", "个人存款", "服务态度", "一般", "已办结", T("03-12 15:00"), T("03-19 18:00"), T("03-23 10:00"), T("03-25 10:00"), "基本满意", "否", 0, "陈*", "139****0006"),
    ("TS-2026-000007", "网络(总行客服中心)", "梅列支行", "银行卡", "系统故障", "一般", "已办结", T("03-16 09:00"), T("03-23 18:00"), T("03-20 16:00"), T("03-24 09:00"), "满意", "否", 0, "杨**", "139****0007"),
    ("TS-2026-000024", "网络(总行客服中心)", "信用卡中心", "信用卡", "业务差错", "一般", "已办结", T("03-17 10:00"), T("03-24 18:00"), T("03-24 12:00"), T("03-26 17:00"), None, "否", 0, "谢*", "139****0024"),
    ("TS-2026-000008", "省行客户服务中心", "城关分理处", "信用卡", "收费争议", "一般", "已转办", T("03-18 11:00"), T("03-25 18:00"), None, None, None, 2, 0, "黄*", "139****0008"),
    ("TS-2026-000009", "上级行转来", "三元支行", "银行卡", "业务差错", "较大问题", "重新办理", T("03-19 10:00"), T("03-26 18:00"), T("03-26 17:30"), T("03-27 10:00"), "不满意", 1, 1, "周**", "139****0009"),
    ("TS-2026-000020", "客户上门", "城关分理处", "个人存款", "服务态度", "一般", "已反馈", T("03-22 23:00"), T("03-27 18:00"), T("03-27 11:00"), None, None, "否", 0, "罗*", "139****0020"),
    ("TS-2026-000010", "省行客户服务中心", "三元支行", "银行卡", "服务态度", "一般", "已办结", T("03-23 09:00"), T("03-30 18:00"), T("03-25 10:00"), T("03-26 15:00"), "满意", "否", 0, "吴*", "139****0010"),
    ("TS-2026-000011", "客户上门", "梅列支行", "个人存款", "业务差错", "一般", "已转办", T("03-23 14:00"), T("03-30 18:00"), None, None, None, "否", 0, "徐**", "139****0011"),
    ("TS-2026-000012", "媒体", "信用卡中心", "信用卡", "收费争议", "重大问题", "已转办", T("03-24 10:00"), T("03-31 18:00"), None, None, None, "否", 0, "孙*", "139****0012"),
    ("TS-2026-000013", "网络(总行客服中心)", "个人金融部", "理财", "系统故障", "较大问题", "已反馈", T("03-24 16:00"), T("03-31 18:00"), T("03-27 16:00"), None, None, "否", 0, "胡**", "139****0013"),
    ("TS-2026-000014", "客户信件", "未分派", "未分类", "未注明", "一般", "待分派", T("03-25 11:00"), None, None, None, None, "否", 0, "朱*", "139****0014"),
    ("TS-2026-000015", "省行客户服务中心", "三元支行", "银行卡", "业务差错", "一般", "已转办", T("03-26 09:00"), T("04-02 18:00"), None, None, None, "否", 0, "高**", "139****0015"),
    ("TS-2026-000016", "上级行转来", "梅列支行", "银行卡", "系统故障", "一般", "已办结", T("03-27 10:00"), T("04-03 18:00"), T("03-27 16:00"), T("03-28 10:00"), "基本满意", "否", 0, "林*", "139****0016"),
    ("TS-2026-000017", "意见簿(箱)", "三元支行", "个人存款", "服务态度", "一般", "已转办", T("03-28 20:00"), T("04-03 18:00"), None, None, None, "否", 0, "何**", "139****0017"),
    ("TS-2026-000018", "网络(总行客服中心)", "信用卡中心", "信用卡", "收费争议", "一般", "已转办", T("03-29 23:30"), T("04-03 18:00"), None, None, None, "否", 0, "郭*", "139****0018"),
]


@pytest.fixture
def rendered(tmp_path, db_url):
    ctx = digest_context(tmp_path, db_url)
    fig = compute_figures(ctx.engine, WEEK, directory=ctx.directory, calendar=ctx.calendar, now=NOW)
    return ctx, fig, render_digest(fig, office_name=ctx.settings.office.name)


def test_mail_text_shows_the_figures(rendered):
    ctx, fig, _ = rendered
    mail = digest_mail(fig, ctx.settings, NOW)
    msg = parse_mail(mail.raw)
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert msg["Subject"] == mail.subject == (
        "[投诉系统] 客户投诉处理周报 2026年第13周（3月23日—3月29日）：新收 9 件，办结 7 件，超时 4 件")
    for line in SUMMARY:
        assert line in text and line in html
    for row in HISTORY + UNITS + OVERDUE + SEVERITY:
        assert " | ".join(row) in text
    assert "<td style=\"border:1px solid #bbbbbb;\">77.8%（7/9）</td>" in html
    assert "TS-2026-000021" in html and "城关分理处" in html


def test_docx_tables_show_the_figures(rendered):
    _, _, files = rendered
    found = docx_tables(files.docx)
    assert found["周次"] == HISTORY
    assert found["排名"] == UNITS
    assert found["案件编号"] == OVERDUE
    assert found["问题等级"] == SEVERITY
    assert found["投诉渠道"][1:] == [("省行客户服务中心", "2", "1", "2"), ("客户上门", "1", "1", "2"),
                                 ("客户信件", "1", "0", "2"), ("意见簿(箱)", "1", "1", "1"),
                                 ("网络(总行客服中心)", "2", "2", "3"), ("媒体", "1", "0", "1"),
                                 ("上级行转来", "1", "2", "1")]
    assert ("监管时限内办结率", "85.7%（6/7）") in found["指标"]
    assert ("答复用时90%分位（天）", "8.7") in found["指标"]


def test_xlsx_has_one_row_per_case_of_the_week(rendered):
    _, _, files = rendered
    sheets = xlsx_sheets(files.xlsx)
    title, header, *rows = sheets["案件明细"]
    assert title[0] == "客户投诉处理周报（2026年第13周（3月23日—3月29日）） 案件明细"
    assert header == ("案件编号", "投诉渠道", "被投诉单位", "业务类别", "投诉原因", "问题等级", "状态", "受理时间",
                      "办理时限", "答复时间", "办结时间", "客户满意度", "超时未答复（工作日）", "本周重开",
                      "客户姓名", "联系电话")
    assert rows == CASE_ROWS
    assert ("2026-W13（本周）", "03-23至03-29", 9, 7, 0.778, 4) in sheets["近五周主要指标"]
    units = sheets["各单位考核情况"]
    assert (4, "三元支行", 3, 3, 0, 0, 3, 2, 0.667, 1, 1, 2, 1, 0, 1, 6.7, 10.1) in units


def test_mail_carries_inline_charts_and_both_reports(rendered):
    ctx, fig, files = rendered
    msg = parse_mail(digest_mail(fig, ctx.settings, NOW).raw)
    assert msg.get_content_type() == "multipart/mixed"
    related = next(p for p in msg.walk() if p.get_content_type() == "multipart/related")
    images = [p for p in related.iter_parts() if p.get_content_type() == "image/png"]
    html = msg.get_body(("html",)).get_content()
    assert len(images) == 3
    for image in images:
        assert image.get_content().startswith(b"\x89PNG")
        assert f'src="cid:{image["Content-ID"].strip("<>")}"' in html
    names = sorted(p.get_filename() for p in msg.iter_attachments())
    assert names == ["digest-2026-W13.docx", "digest-2026-W13.xlsx"]
    parts = decoded_parts(msg)
    [docx] = parts["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
    [xlsx] = parts["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]
    assert docx_tables(docx) == docx_tables(files.docx)
    assert xlsx_sheets(xlsx)["案件明细"][2:] == CASE_ROWS


def test_the_document_number_prefix_is_the_branchs_own(tmp_path):
    """[digest] number_prefix begins the .docx report's 文号 line (the mail's attachment as sent)."""
    ctx = digest_context(tmp_path, f"sqlite:///{tmp_path / 'c.db'}",
                         extra='[digest]\nto = ["union@branch.example"]\nnumber_prefix = "三明分行工会投诉"\n')
    assert ctx.settings.digest.number_prefix == "三明分行工会投诉"
    fig = compute_figures(ctx.engine, WEEK, directory=ctx.directory, calendar=ctx.calendar, now=NOW)
    parts = decoded_parts(parse_mail(digest_mail(fig, ctx.settings, NOW).raw))
    [docx] = parts["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
    first = Document(io.BytesIO(docx)).paragraphs[0].text
    assert first == "三明分行工会投诉周报〔2026〕13号"
    (tmp_path / "default").mkdir()
    default = digest_context(tmp_path / "default", f"sqlite:///{tmp_path / 'd.db'}", seeded=False)
    assert default.settings.digest.number_prefix == "工会投诉"
