"""Letters in traditional characters and names with rare characters (issue 12, blind round two):
城關分理處 is 城关分理处, the name is kept as written, 䶮 and 𠈌 are name characters, 月 opens a
given name (黄月娥) but not a month (王五月份), and "在…，徐丽 写道：" signs nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.config import load_directory
from parsers.letter_names import best_name
from parsers.letters import extract_letter, find_units
from parsers.traditional import simplified

DIRECTORY = load_directory(Path(__file__).parents[2] / "complaints" / "samples" / "units.toml")


def test_traditional_units_and_the_name_as_written():
    text = ("本人陳志遠，於2026年11月29日前往貴行城關分理處辦理外幣兌換業務，櫃員拒絕辦理。\n"
            "內地手機：13960581422\n\n陳志遠 敬上\n2026年11月30日")
    letter = extract_letter(text, DIRECTORY)
    assert [u.code for u in letter.units] == ["CG"] and letter.complainant.value == "陳志遠"
    assert [u.code for u in find_units("請城關分理處給予解釋", DIRECTORY)] == ["CG"]
    assert len(simplified(text)) == len(text) and simplified("綜合管理部") == "综合管理部"


@pytest.mark.parametrize("text, name", [
    ("客户黄月娥来电反映：三元支行柜员多次出错。", "黄月娥"),
    ("客户张月华说柜员态度差。", "张月华"),
    ("客户王𠈌来电投诉：信用卡中心深夜催收。", "王𠈌"),
    ("我叫刘䶮，电话13959861024。", "刘䶮"),
    ("客户王五月份来网点办理挂失。", "王五"),
])
def test_rare_characters_and_yue_in_given_names(text, name):
    assert best_name(text)[2] == name


def test_an_attribution_line_is_not_a_signature():
    text = ("补充：客户电话是13859907712。\n\n在 2026年12月2日，下午2:05，徐丽 <xuli@province.example> 写道：\n\n"
            "客户陶文华来电投诉，梅列支行信贷员搭售理财。")
    assert best_name(text)[2] == "陶文华"


def test_the_customer_of_a_forwarded_wechat_chat_is_its_speaker():
    text = ("客户微信反映的情况，转来登记。\n\n“刘䶮”和“梅列支行-小陈”的聊天记录\n\n————— 2026-12-02 —————\n\n"
            "刘䶮 19:42\n我今天下午在你们梅列支行ATM取钱，卡被吞了😭\n\n梅列支行-小陈 19:50\n刘先生您好，我已登记\n\n"
            "刘䶮 19:51\n👍 我电话 139 5986 1024")
    assert best_name(text, registered=True)[2] == "刘䶮"


@pytest.mark.parametrize("text, name", [
    ("我叫满秀梅，2025年3月起在三元支行做保洁。", "满秀梅"),  # blind FRESH33: 满, 贝, 古 were no surnames
    ("意见是写给银行看的，请马上撤下来。\n贝春燕\n手机：13559809147\n2026年11月12日", "贝春燕"),
    ("到今天钱还没回来，请尽快退回。\n古春兰\n电话：0598-2467103\n2026年11月20日", "古春兰"),
    ("客户池水根来电反映：理财到期收益不足一厘。", "池水根"),
    ("客户车建新反映分期手续费还清后仍在扣。", "车建新"),
])
def test_rarer_surnames_open_a_name(text, name):
    assert best_name(text)[2] == name


def test_a_surname_that_is_an_everyday_word_opens_no_name():
    """代 is a surname too, but "代母亲写信" writes for someone: such characters stay off the list."""
    name = best_name("我代母亲写这封信。她的存单到期后被自动转存了。\n马建国\n2026年12月1日")
    assert name[2] == "马建国"


@pytest.mark.parametrize("text, name", [
    # blind FRESH36: a Uyghur name is one name with its middle dot, in the text and on the signature line
    ("我叫热依拉·艾山，新疆人，在镇上开馕坑。手机银行输不进带点的名字。", "热依拉·艾山"),
    ("手机银行凭什么不认我的名字？请尽快修好。\n扎西·顿珠\n13859077461\n2026年12月1日", "扎西·顿珠"),
    # blind FORMS29: the role before a titled name after whoever passed the form on, with no word of telling
    ("个金部转来：养蜂户钟先生今年5月在三元支行买了一款理财，到期收益很低。要求解释。", "钟先生"),
])
def test_dotted_names_and_a_role_before_a_titled_name(text, name):
    assert best_name(text)[2] == name


def test_in_vain_is_no_name():
    """"客户白跑一趟": 白 before a verb means in vain (blind FORMS29 read 白跑一)."""
    found = best_name("客户反映到三元支行取款，柜员说签字对不上不给办，客户白跑一趟。要求道歉。")
    assert found is None or found[2] != "白跑一"


@pytest.mark.parametrize("sign_off, name", [("城关碧溪竹制品有限公司 罗美玲", "罗美玲"), ("退休干部 何国栋", "何国栋")])
def test_a_customers_company_or_title_before_the_signature_keeps_the_name(sign_off, name):
    """Only the bank's own unit before a sign-off makes it the sender's ("省分行消保办 陈志明")."""
    text = f"三元支行：\n我公司的基本户开在三元支行，柜员把支票簿交给了已离职的会计。请查清。\n{sign_off}\n联系电话 13906983152"
    assert best_name(text)[2] == name
