"""OCR's punctuation slips in Chinese prose undone, and text that only looks like them kept."""

import pytest

from parsers.ocr_prose import prose_restored


@pytest.mark.parametrize("read, meant", [
    ('网点“爱心窗口"无人值守', "网点“爱心窗口”无人值守"),
    ('经理称"系统故障”。', "经理称“系统故障”。"),
    ('他说"等等"，又说"明天再来"。', "他说“等等”，又说“明天再来”。"),
    ("客服电话95588－直占线", "客服电话95588一直占线"),
    ("取了3000-次性还清", "取了3000一次性还清"),
])
def test_slips_are_undone(read, meant):
    assert prose_restored(read) == meant


@pytest.mark.parametrize("text", [
    "等候3-5个工作日",                 # a range: digit, dash, digit
    "电话0598-8331234",
    "交易于2026年——也就是上周",       # an em dash comes doubled
    'He said "wait" twice.',           # no Chinese: nothing to restore
    "周一-周五营业",                   # a dash after a Chinese character stays
])
def test_what_only_looks_like_a_slip_is_kept(text):
    assert prose_restored(text) == text
