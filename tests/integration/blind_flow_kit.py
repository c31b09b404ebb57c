"""Mail as people write it, for the blind whole-flow tests (tests/integration/test_blind_flow*.py).

Written from the users' guide (docs/使用说明.md) and from how real mail clients answer a mail — not
from the service's parsers. A reply goes to the mail's Reply-To, carries In-Reply-To/References,
quotes the original the way its client does (Outlook pastes it below a header block, iPhone and
Foxmail quote with ">" or a rule), and ends with the writer's signature and the client's footer.
Mail from a person's own mailbox passes our receiving server's checks (`vouched`); a forgery
from outside carries the verdict our server would add to it (dmarc=fail).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
import time
from datetime import datetime
from email.message import EmailMessage

from sqlmodel import Session, select

from core.clock import BRANCH_ZONE
from core.store.models import Case, Event
from tests.integration.test_lifecycle_helpers import csc_form_mail
from tests.support.env import CSC, OFFICE, SERVICE, make_test_context, run_until_idle, vouched

SANYUAN, MEILIE, CHENGGUAN = "sanyuan@branch.example", "meilie@branch.example", "chengguan@branch.example"
CLERK1, CLERK2 = "clerk1@branch.example", "clerk2@branch.example"
VP1, VP2, PRESIDENT = "vp1@branch.example", "vp2@branch.example", "president@branch.example"
CUSTOMER = "customer@customer.example"
OUTSIDER = "someone@customer.example"           # an address outside the bank (a forger's envelope)
COLLEAGUE = "wanglei@branch.example"            # a 三元支行 colleague's own mailbox, not in units.toml
EVERYONE = (SANYUAN, MEILIE, CHENGGUAN, "card@branch.example", "admin@branch.example", "personal@branch.example",
            CLERK1, CLERK2, OFFICE, VP1, VP2, PRESIDENT, CSC, CUSTOMER)
NO_COMMENT_BOOK = "[comment_book]\nenabled = false\n"

FORM = {
    "acceptance_number": "CSC-20261203-0042", "accepted_at": "2026-12-03 09:05", "channel": "省行客户服务中心",
    "customer_name": "郑美玲", "phone": "13959876543", "unit": "三元支行", "category": "人民币储蓄",
    "content": "客户反映在三元支行办理大额取款时被要求提前三天预约，现场等候两小时仍未办理，大堂经理态度生硬。",
    "request": "要求支行说明原因并道歉。", "urgency": "一般", "accepted_by": "省行客服 黄丽",
}
SIGNATURE = "\n\n--\n三元支行 营业部\n刘晓东\n电话：0598-8221234"


# ---- setting up ----------------------------------------------------------------------------

_NOW: list = []   # the running test's clock: people date their mail by the service's day


def flow_ctx(tmp_path, mail, db_url, at: datetime, extra: str = ""):
    """The service with the tests' config at a fixed time; no comment-book duty mail in the boxes."""
    ctx = make_test_context(tmp_path, mail, db_url, at=at, extra=NO_COMMENT_BOOK + extra)
    _NOW[:] = [ctx.clock]
    return ctx


def _now() -> datetime:
    return _NOW[0].now() if _NOW else datetime.now(BRANCH_ZONE)


def at(ctx, *args) -> None:
    """Move the clock to that local time and let the service run its passes."""
    ctx.clock.at = datetime(*args, tzinfo=BRANCH_ZONE)
    run_until_idle(ctx)


def open_case(mail, ctx, fields: dict | None = None, customer_email: str | None = None) -> Case:
    """The province's call centre mails its 投诉受理单; the one new case."""
    before = {c.id for c in cases(ctx)}
    send(mail, ctx, csc_form_mail({**FORM, **(fields or {})}, customer_email=customer_email), CSC)
    [case] = [c for c in cases(ctx) if c.id not in before]
    return case


# ---- writing mail --------------------------------------------------------------------------

def new_mail(sender: str, subject: str, body: str, *, to: str = SERVICE, attachments=(),
             when: datetime | None = None) -> bytes:
    """A new mail written in a client (plain text, UTF-8)."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = email.utils.format_datetime(when or _now())
    msg["Message-ID"] = email.utils.make_msgid(domain=sender.rpartition("@")[2])
    msg.set_content(body)
    for name, ctype, data in attachments:
        main, sub = ctype.split("/", 1)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def client_reply(original: bytes, sender: str, body: str, *, style: str = "iphone", attachments=(),
                 subject: str | None = None, when: datetime | None = None, signature: str = "") -> bytes:
    """A reply as the named client writes it: to the Reply-To, threaded, the original quoted."""
    parent = parse(original)
    to = email.utils.parseaddr(str(parent.get("Reply-To") or parent["From"]))[1]
    original_text = text_of(original)
    stamp = _now().strftime("%Y年%m月%d日 %H:%M")
    if style == "outlook":  # Outlook pastes the original below a header block, unquoted
        quoted = (f"\n\n________________________________\n发件人: {parent['From']}\n发送时间: {stamp}\n"
                  f"收件人: {sender}\n主题: {parent['Subject']}\n\n{original_text}")
        footer = ""
    elif style == "foxmail":
        quoted = (f"\n\n------------------ 原始邮件 ------------------\n发件人: {parent['From']}\n"
                  f"发送时间: {stamp}\n主题: {parent['Subject']}\n\n{original_text}")
        footer = ""
    else:  # iPhone / Huawei mail: "> " quoting below an attribution line
        quoted = f"\n\n在 {stamp}，{parent['From']} 写道：\n" + "\n".join("> " + ln for ln in original_text.splitlines())
        footer = "\n\n发自我的iPhone" if style == "iphone" else "\n\n发自我的华为手机"
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, to
    msg["Subject"] = subject or f"回复：{parent['Subject']}"
    msg["Date"] = email.utils.format_datetime(when or _now())
    msg["Message-ID"] = email.utils.make_msgid(domain=sender.rpartition("@")[2])
    msg["In-Reply-To"] = str(parent["Message-ID"])
    msg["References"] = " ".join(str(parent.get("References", "")).split() + [str(parent["Message-ID"])])
    charset = "gbk" if style == "outlook" else "utf-8"   # Outlook on a Chinese Windows writes GBK
    msg.set_content(body + signature + footer + quoted, charset=charset)
    if style == "outlook":
        html = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in (body + signature).splitlines()) + \
               "<hr><div>" + "<br>".join(quoted.splitlines()) + "</div></body></html>"
        msg.add_alternative(html, subtype="html", charset=charset)
    for name, ctype, data in attachments:
        main, sub = ctype.split("/", 1)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def forward(original: bytes, sender: str, to: str, note: str) -> bytes:
    """Forwarded inline, as Outlook does (转发: subject, the original below a header block)."""
    parent = parse(original)
    body = (f"{note}\n\n________________________________\n发件人: {parent['From']}\n主题: {parent['Subject']}\n\n"
            f"{text_of(original)}")
    return new_mail(sender, f"转发：{parent['Subject']}", body, to=to)


# ---- sending -------------------------------------------------------------------------------

def send(mail, ctx, raw: bytes, envelope: str, *, vouch: bool = True, verdict: str = "dmarc=pass") -> None:
    """Through Postfix to the address the mail's To names, as the sender's server hands it on;
    our receiving server's check on top (`vouch`); then passes until nothing moves."""
    to = email.utils.parseaddr(str(parse(raw)["To"]))[1]
    mail.send(vouched(raw, verdict) if vouch else raw, envelope, [to])
    mail.wait_for(SERVICE, 1)
    run_until_idle(ctx)
    mail.delivered()


# ---- reading -------------------------------------------------------------------------------

def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def text_of(raw: bytes) -> str:
    body = parse(raw).get_body(("plain", "html"))
    return body.get_content() if body is not None else ""


def subject(raw: bytes) -> str:
    return str(parse(raw)["Subject"])


def inbox(mail, user: str) -> list[bytes]:
    return mail.messages(user)


def find(mail, user: str, *words: str, count: int = 1, timeout: float = 15) -> list[bytes]:
    """Wait until `user` holds `count` mails whose subject or text has every word; return them."""
    deadline = time.monotonic() + timeout
    while True:
        found = [m for m in mail.messages(user) if all(w in subject(m) + "\n" + text_of(m) for w in words)]
        if len(found) >= count or time.monotonic() > deadline:
            assert len(found) >= count, (f"{user}: {len(found)} mail(s) with {words}, expected {count}; "
                                         f"has {[subject(m) for m in mail.messages(user)]}")
            return found
        time.sleep(0.1)


def none_with(mail, user: str, *words: str) -> None:
    found = [subject(m) for m in mail.messages(user) if all(w in subject(m) + "\n" + text_of(m) for w in words)]
    assert not found, f"{user} got mail with {words}: {found}"


def counts(mail) -> dict[str, int]:
    return {user: len(mail.messages(user)) for user in EVERYONE}


def marks(raw: bytes) -> list[tuple[str, str]]:
    """The ✓/✗ lines of a command answer."""
    found = (re.search(r"([✓✗])\s*(.*)$", ln.strip()) for ln in text_of(raw).splitlines() if not ln.startswith(">"))
    return [(m[1], m[2]) for m in found if m]


def cases(ctx) -> list[Case]:
    with Session(ctx.engine) as session:
        return list(session.exec(select(Case).order_by(Case.id)).all())


def case_of(ctx, case_id: str) -> Case:
    with Session(ctx.engine) as session:
        return session.get(Case, case_id)


def event_kinds(ctx, case_id: str) -> list[str]:
    with Session(ctx.engine) as session:
        return [e.kind for e in session.exec(select(Event).where(Event.case_id == case_id).order_by(Event.id))]


def routing_mail(mail, unit: str, case_id: str) -> bytes:
    """The 客户投诉督办 mail the unit received for the case."""
    return find(mail, unit, "客户投诉督办", case_id)[0]


def office_mail(mail, case_id: str) -> bytes | None:
    """The newest mail about the case in the union office's shared mailbox (staff reply to it)."""
    found = [m for m in mail.messages(OFFICE) if case_id in subject(m)]
    return found[-1] if found else None
