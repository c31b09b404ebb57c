"""The complainant's name on a signature line as OCR returns it: spaces lost between a title
or a relative and the name, a phone run into the name with OCR's own dashes and spaces."""

import pytest

from parsers.letters import find_complainant

BODY = "十二月三日我在网点排队两个小时，没有人管，请给个说法。\n"


@pytest.mark.parametrize("signature, name", [
    ("退休教师方淑华0598-6123456", "方淑华"),                 # title and name run together
    ("个体户柯建平 电话 059 8-61 2345 6", "柯建平"),
    ("外婆的外孙邹明辉代写\n电话15905982233", "邹明辉"),      # a relative writing for the elderly
    ("张阿婆口述 侄子张国栋执笔", "张国栋"),
    ("柯建平电话0598—6123456", "柯建平"),                     # an em dash in the number
    ("柯建平0598–6123456", "柯建平"),                         # an en dash
    ("女儿 方晓梅 电话 : 05 9 8- 6 12 3 4 5 6", "方晓梅"),    # spaces anywhere in the number
    ("儿子 范志强1 5 9 0 5 98 22 3 3", "范志强"),
    ("林女士5月21日15880623417", "林女士"),                     # a year-less date run in
    ("秦海燕电话138590588162026年4月6日", "秦海燕"),
    ("郭美玲丨手机13515981234丨2026年3月5日", "郭美玲"),       # OCR's 丨 for the bar
    ("郭美玲 | 手机 13515981234 | 2026年3月5日", "郭美玲"),
    ("持卡人  谢  文  华\n联系电话 18 6 0598 4 4 1 6二0二六年六月三日", "谢文华"),  # spaced out
    ("市民 蒋 先生 手机号 13850987766", "蒋先生"),
    ("女儿 方 晓梅 电话 13905987654", "方晓梅"),
    ("邻居官秀兰\n13950592286", "官秀兰"),                     # who signs, run into the name
    ("邻居 官秀兰\n13950592286", "官秀兰"),
])
def test_the_name_on_an_ocr_signature_line(signature, name):
    found = find_complainant(BODY + signature)
    assert found is not None and found.value == name


@pytest.mark.parametrize("text", [
    BODY + "请尽快处理给我一个说法",        # a long line that is no signature
    BODY + "希望你们认真对待这件事情",
])
def test_no_name_from_the_end_of_a_sentence(text):
    assert find_complainant(text) is None


@pytest.mark.parametrize("text", [
    BODY + "此 致\n敬 礼",                 # spaced closings are no name
    BODY + "谨 上 2026年3月5日",
])
def test_spaced_words_that_are_no_name(text):
    assert find_complainant(text) is None
