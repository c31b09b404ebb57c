"""Every kind of mail is recognised before any handler reads it (pure: parsed mail + settings)."""

from pathlib import Path

import pytest

from complaints.classify import Kind, classify
from complaints.pipeline import WORDS
from complaints.samples import SAMPLES
from core.config import load_settings
from tests.support.keys import with_test_key
from core.message_ids import make_message_id
from parsers.mail import parse_message
from tests.ingest.helpers import CSC, SERVICE, plain_mail

SETTINGS = with_test_key(load_settings(SAMPLES / "complaints.toml"))


class Cases:
    """A case store of plain values: TS-2026-000001 exists, its routing mail is known."""

    def __init__(self, known=("TS-2026-000001",), threads=None):
        self.known, self.threads = set(known), threads or {}

    def exists(self, case_id):
        return case_id in self.known

    def by_thread(self, message_ids):
        return next((self.threads[m] for m in message_ids if m in self.threads), None)


def kind_of(raw, cases=None):
    return classify(parse_message(raw), raw, SETTINGS, cases or Cases(), WORDS)


AUTO_HEADERS = [
    {"Auto-Submitted": "auto-replied"},
    {"Auto-Submitted": "auto-generated"},
    {"Precedence": "bulk"},
    {"Precedence": "junk"},
    {"Precedence": "list"},
    {"Precedence": "auto_reply"},
    {"X-Autoreply": "yes"},
    {"X-Auto-Response-Suppress": "All"},
    {"X-Auto-Response-Suppress": "OOF, AutoReply"},
]


@pytest.mark.parametrize("headers", AUTO_HEADERS, ids=lambda h: "-".join(f"{k}={v}" for k, v in h.items()))
def test_auto_reply_headers_from_a_source_never_open_a_case(headers):
    found = kind_of(plain_mail(sender=CSC, subject="关于投诉的回复", headers=headers))
    assert found.kind == Kind.AUTO_REPLY, found


@pytest.mark.parametrize("subject", ["自动回复：客户投诉受理单", "Automatic reply: 客户投诉", "Out of Office: [TS-2026-000001]",
                                     "自動回覆: 休假中", "Re: Out of office autoreply"])
def test_auto_reply_subjects(subject):
    assert kind_of(plain_mail(sender="sanyuan@branch.example", subject=subject)).kind == Kind.AUTO_REPLY


def test_auto_submitted_no_is_a_person():
    raw = plain_mail(sender=CSC, subject="客户投诉", headers={"Auto-Submitted": "no"})
    assert kind_of(raw).kind == Kind.COMPLAINT


def test_our_own_mail_coming_back_by_x_loop():
    raw = plain_mail(sender="sanyuan@branch.example", subject="[TS-2026-000001] 督办", headers={"X-Loop": SERVICE})
    assert kind_of(raw).kind == Kind.LOOP


def test_our_own_mail_coming_back_by_signed_message_id_even_without_a_case():
    secret = SETTINGS.keyring().current
    for case_id in ("TS-2026-000001", None):
        mid = make_message_id(case_id=case_id, kind="alert", key="k1", domain="branch.example", secret=secret)
        raw = plain_mail(sender="union@branch.example", subject="转发：告警", message_id=mid)
        assert kind_of(raw).kind == Kind.LOOP


def test_a_forged_signature_is_not_ours():
    raw = plain_mail(sender=CSC, subject="客户投诉", message_id="<TS-2026-000001.alert.azE.k0000000000000000@branch.example>")
    assert kind_of(raw).kind == Kind.COMPLAINT


def test_mailer_daemon_and_null_sender_bounces():
    daemon = plain_mail(sender="MAILER-DAEMON@mail.example", subject="Undelivered Mail Returned to Sender")
    assert kind_of(daemon).kind == Kind.BOUNCE
    null = plain_mail(sender="someone@else.example", subject="退信：无法投递", headers={"Return-Path": "<>"})
    assert kind_of(null).kind == Kind.BOUNCE


def test_reply_command_complaint_unknown():
    assert kind_of(plain_mail(sender="sanyuan@branch.example", subject="回复：[TS-2026-000001] 督办")).kind == Kind.REPLY
    cmd = plain_mail(sender="clerk1@branch.example", subject="[TS-2026-000001]", body="/close")
    assert kind_of(cmd).kind == Kind.COMMAND
    assert kind_of(plain_mail(sender=CSC, subject="客户投诉受理单")).kind == Kind.COMPLAINT
    junk = kind_of(plain_mail(sender="customer@customer.example", subject="hello"))
    assert junk.kind == Kind.UNKNOWN and "customer@customer.example" in junk.reason


def test_reply_found_by_thread_when_the_subject_lost_the_case_id():
    raw = plain_mail(sender="sanyuan@branch.example", subject="回复", headers={"In-Reply-To": "<r1@branch.example>"})
    found = kind_of(raw, Cases(threads={"<r1@branch.example>": "TS-2026-000001"}))
    assert found.kind == Kind.REPLY and found.case_id == "TS-2026-000001"


NOTICE_2027 = Path(__file__).parents[1] / "parsers" / "notices" / "2027-stand-in.txt"


def test_the_state_councils_notice_forwarded_by_staff():
    body = NOTICE_2027.read_text(encoding="utf-8")
    staff = kind_of(plain_mail(sender="clerk1@branch.example", subject="转发：节假日通知", body=body))
    assert staff.kind == Kind.HOLIDAY_NOTICE and staff.case_id is None
    unit = kind_of(plain_mail(sender="sanyuan@branch.example", subject="转发：节假日通知", body=body))
    assert unit.kind != Kind.HOLIDAY_NOTICE, "only the office's own forward is read as the arrangement"


def test_the_offices_confirmation_quoting_the_notice_is_a_command():
    body = "确认放假安排 2027\n\n-----原始邮件-----\n" + "\n".join("> " + ln for ln in NOTICE_2027.read_text(encoding="utf-8").splitlines())
    found = kind_of(plain_mail(sender="clerk1@branch.example", subject="回复：国务院办公厅关于2027年部分节假日安排的通知", body=body))
    assert found.kind == Kind.COMMAND and found.case_id is None


def test_a_units_meeting_invitation_is_no_registration():
    """三元支行 invites the office to a 投诉整改 meeting (text/calendar): no case, a person looks
    (issue 12, blind round two)."""
    ics = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    raw = plain_mail(sender="sanyuan@branch.example", subject="客户投诉整改工作会",
                     body="三元支行定于12月4日召开客户投诉整改工作会，通报客户投诉处理情况，请工会派员参加。",
                     attachments=(("invite.ics", "text/calendar", ics),))
    found = kind_of(raw)
    assert found.kind == Kind.UNKNOWN and "会议邀请" in found.reason, found
    registration = plain_mail(sender="sanyuan@branch.example", subject="客户投诉登记",
                              body="客户周德海到网点投诉ATM少吐钞，要求退还。电话13959871234。")
    assert kind_of(registration).channel == "walk_in"


def test_a_read_receipt_in_a_cases_thread_is_no_reply():
    raw = ("From: sanyuan@branch.example\r\nSubject: [TS-2026-000001] read\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/report; report-type=disposition-notification; boundary="m"\r\n\r\n'
           "--m\r\nContent-Type: text/plain\r\n\r\nread 2026/12/3 10:25\r\n--m\r\n"
           "Content-Type: message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; "
           "displayed\r\n--m--\r\n").encode()
    assert kind_of(raw).kind == Kind.AUTO_REPLY
