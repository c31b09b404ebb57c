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
