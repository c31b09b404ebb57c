"""Files inside files: an Outlook winmail.dat (TNEF) and a zip made by Windows, taken apart
into the files the clerk meant, as parse_message hands them on (issue 12, blind round two)."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest

from core.errors import HostileInput
from parsers.containers import is_mail_file, unwrapped
from parsers.mail import MAX_DEPTH, parse_message
from parsers.tnef import TnefError, tnef_files
from tests.integration.blind_mail2_kit import windows_zip, winmail_dat

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORM = b"PK\x03\x04" + "客户投诉受理单".encode() * 40


def test_winmail_dat_gives_the_form_with_its_long_chinese_name():
    tnef = winmail_dat("投诉受理单（钟雅琴）.docx", FORM, "转：客户投诉受理单")
    [inside] = tnef_files(tnef)
    assert (inside.name, inside.data) == ("投诉受理单（钟雅琴）.docx", FORM)
    assert unwrapped("winmail.dat", "application/ms-tnef", tnef) == [("投诉受理单（钟雅琴）.docx", DOCX, FORM)]


def test_a_cut_winmail_dat_stays_itself():
    tnef = winmail_dat("投诉受理单.docx", FORM, "s")[:200]
    with pytest.raises(TnefError):
        tnef_files(tnef)
    assert unwrapped("winmail.dat", "application/ms-tnef", tnef) == [("winmail.dat", "application/ms-tnef", tnef)]


def test_a_windows_zip_names_its_member_in_cp936():
    packed = windows_zip("投诉受理单（官建平）.docx", FORM)
    assert unwrapped("受理单.zip", "application/x-zip-compressed", packed) == [("投诉受理单（官建平）.docx", DOCX, FORM)]


def test_a_zip_with_utf8_names_and_folders():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("12月/受理单.pdf", b"%PDF-1.4 form")
    assert unwrapped("forms.zip", "application/zip", out.getvalue()) == [("受理单.pdf", "application/pdf",
                                                                         b"%PDF-1.4 form")]


def test_an_office_file_named_zip_and_a_damaged_zip_stay_themselves():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    for data in (out.getvalue(), b"PK\x03\x04 cut short"):
        assert unwrapped("a.zip", "application/zip", data) == [("a.zip", "application/zip", data)]


def test_a_zip_bomb_and_a_climbing_name_are_hostile():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", b"\0" * (101 * 1024 * 1024))
    climb = io.BytesIO()
    with zipfile.ZipFile(climb, "w") as z:
        z.writestr("../../etc/passwd", b"x")
    for data in (bomb.getvalue(), climb.getvalue()):
        with pytest.raises(HostileInput):
            unwrapped("a.zip", "application/zip", data)


def test_parse_message_hands_on_the_files_a_winmail_dat_carries():
    tnef = winmail_dat("受理单.docx", FORM, "s")
    raw = ("From: complaints@province.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
           "请办理\r\n--b\r\nContent-Type: application/ms-tnef; name=\"winmail.dat\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(tnef).decode() + "\r\n--b--\r\n")
    msg = parse_message(raw.encode())
    assert [(a.filename, a.content_type, a.data) for a in msg.attachments] == [("受理单.docx", DOCX, FORM)]


CUSTOMER_MAIL = ("From: =?utf-8?B?5Y+25oWn546y?= <ye.huiling@customer.example>\r\nTo: service@head-office.example\r\n"
                 "Subject: =?utf-8?B?5oqV6K+J?=\r\nDate: Tue, 01 Dec 2026 21:07:00 +0800\r\nMessage-ID: <c.1@qq.com>\r\n"
                 "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=gb18030\r\n"
                 "Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + "柜员态度恶劣，要求道歉。\r\n".encode("gb18030")


@pytest.mark.parametrize("name, content_type, data", [
    ("客户投诉邮件.eml", "application/octet-stream", CUSTOMER_MAIL),
    ("a.eml", "text/plain", CUSTOMER_MAIL),
    ("x", "application/x-eml", CUSTOMER_MAIL),
    ("attachment-1.bin", "application/octet-stream", CUSTOMER_MAIL),  # nothing tells: its bytes do
    ("mbox.txt", "text/plain", b"From ye@customer.example Tue Dec  1 21:07:00 2026\n" + CUSTOMER_MAIL),
    ("a.eml", "message/rfc822", b"Subject: only this\r\n\r\nbody"),  # labelled: one mail field is enough
])
def test_a_mail_attached_as_a_file_is_known_by_its_bytes(name, content_type, data):
    assert is_mail_file(name, content_type, data)


@pytest.mark.parametrize("name, content_type, data", [
    ("note.txt", "text/plain", b"Subject: only a subject line\r\n\r\nand text"),  # unlabelled needs From
    ("a.eml", "application/octet-stream", b"%PDF-1.4\r\nFrom: x\r\n\r\n"),
    ("a.eml", "application/octet-stream", b"From: a@b.example\r\nSubject: no blank line ever"),
    ("form.csv", "text/csv", b"From: a\r\nDate: b\r\nthis line is no field\r\n\r\nbody"),
    ("part.bin", "application/octet-stream", b"Content-Type: text/plain\r\n\r\nhello"),
])
def test_files_that_are_not_mails(name, content_type, data):
    assert not is_mail_file(name, content_type, data)


@pytest.mark.parametrize("content_type", ["application/octet-stream", "application/x-eml", "text/plain"])
def test_parse_message_reads_an_eml_file_as_a_forwarded_mail(content_type):
    raw = ("From: service@head-office.example\r\nSubject: fw\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
           f"原件附后\r\n--b\r\nContent-Type: {content_type}; name=\"=?UTF-8?B?5oqV6K+JLmVtbA==?=\"\r\n"
           "Content-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(CUSTOMER_MAIL).decode() + "--b--\r\n").encode()
    msg = parse_message(raw)
    [inner] = msg.forwarded
    assert (inner.from_address, inner.subject, inner.text) == ("ye.huiling@customer.example", "投诉", "柜员态度恶劣，要求道歉。")
    assert inner.date.isoformat() == "2026-12-01T21:07:00+08:00"
    assert msg.attachments == () and msg.text == "原件附后"


def test_mail_files_nested_past_the_depth_limit_are_hostile():
    data = CUSTOMER_MAIL
    for _ in range(MAX_DEPTH + 2):
        data = (b"From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: application/octet-stream;'
                b' name="m.eml"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + base64.encodebytes(data) + b"--b--\r\n")
    with pytest.raises(HostileInput):
        parse_message(data)
