"""A letter's files are read in the order their names number or time them, else as attached."""

from __future__ import annotations

import pytest

from parsers.page_order import page_key, page_order


def _read(names: list[str]) -> list[str]:
    return [names[i] for i in page_order(names)]


SERIES = {  # each in page order, as scanners, phones and people name them
    "pantum counter after a shared date": ["扫描_20261203_0001.jpg", "扫描_20261203_0002.jpg", "扫描_20261203_0003.jpg"],
    "unpadded counter past nine": ["Scan 3.pdf", "Scan 9.pdf", "Scan 10.pdf"],
    "dash": ["letter-1.jpg", "letter-2.jpg", "letter-12.jpg"],
    "browser copies": ["scan.jpg", "scan (1).jpg", "scan (2).jpg"],
    "p and page": ["p1.png", "p2.png", "p11.png"],
    "page of, no separator": ["page2.JPG", "page3.jpg", "page10.jpeg"],
    "第N页": ["叶淑珍来信第1页.jpg", "叶淑珍来信第2页.jpg", "叶淑珍来信第10页.jpg"],
    "第N页 in Chinese numerals": ["来信第一页.jpg", "来信第二页.jpg", "来信第十一页.jpg"],
    "之N": ["客户来信之一.pdf", "客户来信之二.pdf", "客户来信之三.pdf"],
    "bracketed halves": ["来信（上）.jpg", "来信（下）.jpg"],
    "full-width numbers": ["扫描（１）.jpg", "扫描（２）.jpg", "扫描（１０）.jpg"],
    "phone time stamps across midnight": ["IMG_20261130_235958.jpg", "IMG_20261201_000012.jpg",
                                          "IMG_20261201_000012_1.jpg"],
    "seconds only": ["20261203093512.jpg", "20261203093540.jpg"],
    "wechat exports": ["mmexport1764725712345.jpg", "mmexport1764725799001.jpg"],
    "serial and date run together": ["doc00123420261201.pdf", "doc00123520261201.pdf"],
    "a counter after a device serial": ["SKM_C36826120309350_0001.tif", "SKM_C36826120309350_0002.tif"],
    "case differs": ["SCAN0001.JPG", "scan0002.jpg"],
}


@pytest.mark.parametrize("name", SERIES)
def test_pages_attached_in_any_order_are_read_in_page_order(name):
    pages = SERIES[name]
    for attached in (pages[::-1], pages[1:] + pages[:1]):
        assert _read(attached) == pages, attached


def test_names_with_no_common_pattern_keep_the_order_they_were_attached_in():
    names = ["来信.jpg", "身份证.jpg", "银行卡.png", "IMG_0042.jpg", "mmexport1764725712345.jpg"]
    assert _read(names) == names


def test_a_series_takes_its_own_places_and_leaves_the_other_files_where_they_are():
    attached = ["扫描_0002.jpg", "身份证正面.jpg", "扫描_0003.jpg", "说明.pdf", "扫描_0001.jpg"]
    assert _read(attached) == ["扫描_0001.jpg", "身份证正面.jpg", "扫描_0002.jpg", "说明.pdf", "扫描_0003.jpg"]


def test_files_with_the_same_numbers_keep_their_order():
    """The same scan as PDF and JPEG: neither goes first by its extension."""
    for attached in (["SCAN0001.pdf", "SCAN0001.jpg"], ["SCAN0001.jpg", "SCAN0001.pdf"]):
        assert _read(attached) == attached
    assert _read(["SCAN0002.jpg", "SCAN0001.pdf", "SCAN0001.jpg"]) == ["SCAN0001.pdf", "SCAN0001.jpg", "SCAN0002.jpg"]


def test_the_number_that_differs_decides_not_the_shared_date_before_it():
    assert page_key("扫描_20261203_0002.jpg").numbers == (20261203, 2)
    assert page_key("扫描_20261203_0002.jpg").series == page_key("扫描_20261203_0010.png").series == "扫描"
    assert page_key("第三页.jpg").series == page_key("第3页.jpg").series == "第#页"


def test_a_hostile_name_is_cut_not_read_to_its_end():
    names = ["9" * 100_000 + ".jpg", "a" * 100_000, "1.jpg"]
    assert sorted(page_order(names)) == [0, 1, 2]
    assert page_order([]) == []
