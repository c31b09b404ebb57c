"""`complaints demo`: the whole job on a fresh machine with no mail server installed.

Starts an embedded IMAP + SMTP server on loopback, writes a config and SQLite database
into the demo directory, mails in sample complaints (acceptance forms, a letter, one that
needs triage), runs the service until it is idle, and plays the workflow as the office runs
it: a leader's 批示 passed to the unit, a unit's "not ours" sent back to the office for
转办, a unit's answer, a customer's 不满意 with its reason reopening the case (第二次督办),
the second answer and the closure. It prints the cases, where each mail went, and the
timelines of the cases that show these steps.
"""

from __future__ import annotations

import smtplib
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

from complaints.context import make_context
from complaints.digest.command import digest_command
from complaints.digest.periods import Month
from complaints.embedded import EmbeddedMailServers
from complaints.reports import case_detail, case_rows, format_case_detail, format_case_table
from complaints.sample_mail import complaint_mail, form_mail, reply_address_of, reply_mail
from complaints.samples import DATA_KEY_FILE, KEY_FILE, SAMPLES
from complaints.service import one_pass
from core.clock import SystemClock, local
from core.config import load_settings
from core.imap import connect
from core.keys import write_new_key_file
from core.sealing import write_new_data_key_file
from core.store.db import make_engine, upgrade
from ingest.fetcher import read_headers
from parsers.mail import parse_message

SERVICE = "complaints@branch.example"
PASSWORD = "demo"
ACCOUNTS = (
    SERVICE, "union@branch.example", "clerk1@branch.example", "clerk2@branch.example",
    "sanyuan@branch.example", "meilie@branch.example", "chengguan@branch.example", "card@branch.example",
    "personal@branch.example", "admin@branch.example", "vp1@branch.example", "vp2@branch.example",
    "president@branch.example", "scanner@branch.example", "csc@province.example",
    "complaints@province.example", "service@head-office.example",
)

SAMPLE_FORMS = (
    {"acceptance_number": "CSC-20261126-0001", "accepted_at": "2026-11-26 09:12", "channel": "省行客户服务中心",
     "customer_name": "陈晓梅", "phone": "13859012345", "unit": "三元支行", "category": "人民币储蓄",
     "content": "客户反映11月25日上午在三元支行营业部办理定期存款支取，排队等候一个半小时，柜员态度冷淡。",
     "request": "要求网点说明原因并道歉。", "urgency": "一般", "accepted_by": "省行客服 林芳"},
    {"acceptance_number": "CSC-20261126-0002", "accepted_at": "2026-11-26 10:40", "channel": "省行客户服务中心",
     "customer_name": "黄志强", "phone": "13905981234", "unit": "信用卡中心", "category": "信用卡",
     "content": "客户称信用卡年费未经告知被扣收300元，多次致电未获解释，表示如不处理将向监管部门投诉。",
     "request": "要求退还年费并书面说明。", "urgency": "紧急", "accepted_by": "省行客服 林芳"},
    {"acceptance_number": "CSC-20261126-0003", "accepted_at": "2026-11-26 14:05", "channel": "省行客户服务中心",
     "customer_name": "刘建国", "phone": "13600598765", "unit": "东门营业所", "category": "其他",
     "content": "客户反映在东门附近的网点ATM取款未出钞但账户已扣款500元。",
     "request": "要求尽快核实退款。", "urgency": "一般", "accepted_by": "省行客服 吴静"},
)


DEMO_MX = "mx.branch.example"   # the branch mail server the demo stands in for ([security] authserv_id)


def write_demo_config(workdir: Path, imap_port: int, smtp_port: int) -> Path:
    text = (SAMPLES / "complaints.toml").read_text(encoding="utf-8")
    text = text.replace("port = 10143", f"port = {imap_port}").replace("port = 10025", f"port = {smtp_port}")
    text = text.replace('password = "secret"', f'password = "{PASSWORD}"').replace("poll_seconds = 60", "poll_seconds = 5")
    text = text.replace('authserv_id = ""', f'authserv_id = "{DEMO_MX}"')
    path = workdir / "complaints.toml"
    path.write_text(text, encoding="utf-8")
    (workdir / "units.toml").write_text((SAMPLES / "units.toml").read_text(encoding="utf-8"), encoding="utf-8")
    if not (workdir / KEY_FILE).exists():
        write_new_key_file(workdir / KEY_FILE, SystemClock().now())
    if not (workdir / DATA_KEY_FILE).exists():
        write_new_data_key_file(workdir / DATA_KEY_FILE)
    return path


def run_demo(workdir: Path, *, keep_running: bool = False, echo: Callable[[str], None] = print) -> None:
    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    for stale in workdir.glob("complaints.db*"):
        stale.unlink()
    servers = EmbeddedMailServers(workdir / "mail", ACCOUNTS, password=PASSWORD)
    servers.start()
    try:
        echo(f"embedded mail servers: IMAP 127.0.0.1:{servers.imap_port}  SMTP 127.0.0.1:{servers.smtp_port}")
        config = write_demo_config(workdir, servers.imap_port, servers.smtp_port)
        settings = load_settings(config)
        engine = make_engine(settings.database.url, settings.data_key())
        upgrade(engine)
        ctx = make_context(settings, engine, SystemClock())
        _send_samples(servers)
        _drive(ctx)
        _unit_answers(servers, ctx)
        _drive(ctx)
        _office_reopens(servers, ctx)
        _drive(ctx)
        _unit_answers_again(servers, ctx)
        _drive(ctx)
        _office_closes(servers, ctx)
        _drive(ctx)
        _office_asks_for_open_cases(servers)
        _drive(ctx)
        _report(ctx, servers, config, echo)
        _timelines(ctx, echo)
        _office_views(ctx, workdir, echo)
        if keep_running:
            echo("mail servers keep running; press Ctrl-C to stop")
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        servers.stop()


def _send_samples(servers: EmbeddedMailServers) -> None:
    # accepted and signed today: a form's 受理时间 and a letter's signed date are when its time
    # limits start, and the month report at the end counts this month's cases
    now = local(SystemClock().now())
    today = f"{now:%Y-%m-%d %H:%M}"
    mails = [("csc@province.example", form_mail(dict(f, accepted_at=today), sender="csc@province.example", to=SERVICE))
             for f in SAMPLE_FORMS]
    letter = complaint_mail(
        sender="scanner@branch.example", to=SERVICE, subject="客户来信（扫描件）",
        body=("尊敬的领导：我是梅列区居民王秀英，联系电话13959876543。前几天我在梅列支行办理业务时，"
              "工作人员在未说明风险的情况下向我推荐购买理财产品，现产品亏损。请求贵行调查此事并给予合理赔偿。"
              f"此致 敬礼 王秀英 {now.year}年{now.month}月{now.day}日"))
    mails.append(("scanner@branch.example", letter))
    with smtplib.SMTP("127.0.0.1", servers.smtp_port, timeout=30) as smtp:
        for sender, raw in mails:
            smtp.sendmail(sender, [SERVICE], raw)


def _drive(ctx, passes: int = 6) -> None:
    with connect(ctx.settings.imap) as box:
        quiet = 0
        for _ in range(passes * 3):
            quiet = quiet + 1 if one_pass(ctx, box).idle() else 0
            if quiet >= 2:
                return
            time.sleep(0.5)


def _reply(servers: EmbeddedMailServers, ctx, account: str, subject_word: str, body: str,
           *, reader: str | None = None) -> bool:
    """`account` answers, from its mail client, the first mail whose subject has the word in
    its own inbox (or in `reader`'s, e.g. the office mailbox a clerk reads)."""
    with connect(ctx.settings.imap.model_copy(update={"username": reader or account})) as box:
        box.select("INBOX")
        raws = box.fetch_raw(box.uids_after(0))
    original = next((raw for raw in raws.values() if subject_word in (read_headers(raw).subject or "")), None)
    if original is None:
        return False
    with smtplib.SMTP("127.0.0.1", servers.smtp_port, timeout=30) as smtp:
        smtp.sendmail(account, [reply_address_of(original)], reply_mail(original, sender=account, body=body))
    return True


def _unit_answers(servers: EmbeddedMailServers, ctx) -> None:
    """A leader's 批示 on the card case; 梅列支行 says the letter is not theirs; 三元支行 answers;
    a clerk assigns the triage case to 城关分理处."""
    _reply(servers, ctx, "vp2@branch.example", "信用卡中心", "请信用卡中心两日内核实年费扣收依据，妥善答复客户。")
    _reply(servers, ctx, "meilie@branch.example", "督办",
           "经核实，该理财产品由个人金融部代销，客户系在个人金融部柜台购买，不属于我行办理范围，请重新分派。")
    _reply(servers, ctx, "sanyuan@branch.example", "督办",
           "处理情况：已致电陈女士致歉，说明当日系统升级导致排队，已增开窗口。\n经办人：三元支行 郑丽")
    _reply(servers, ctx, "clerk1@branch.example", "待分派", "转办 城关分理处", reader="union@branch.example")


def _office_reopens(servers: EmbeddedMailServers, ctx) -> None:
    """The clerk called the customer back, who is not satisfied: the reason goes to the unit."""
    _reply(servers, ctx, "clerk1@branch.example", "回访", "满意度 不满意 客户认为电话致歉不够，要求网点负责人当面说明")


def _unit_answers_again(servers: EmbeddedMailServers, ctx) -> None:
    _reply(servers, ctx, "sanyuan@branch.example", "重新办理",
           "处理情况：网点负责人已上门向陈女士当面致歉并说明排队原因，客户表示接受。\n经办人：三元支行 郑丽")


def _office_closes(servers: EmbeddedMailServers, ctx) -> None:
    """The clerk called again: 满意度 满意 closes the case and reports to the source."""
    _reply(servers, ctx, "clerk1@branch.example", "回访", "满意度 满意")


SHOWN_KINDS = ("instruction", "reassignment_requested", "reopened")


def _timelines(ctx, echo) -> None:
    """The timeline of each case that shows a 批示, a reassignment or a reopening."""
    now = datetime.now().astimezone()
    for row in case_rows(ctx.engine, now):
        detail = case_detail(ctx.engine, row["id"], now)
        if any(e["kind"] in SHOWN_KINDS for e in detail["events"]):
            echo("")
            echo(format_case_detail(detail))


def _office_asks_for_open_cases(servers: EmbeddedMailServers) -> None:
    """A clerk mails 在办清单 to the service, as anyone in the directory may — from her own mailbox,
    which the branch's mail server vouches for (the embedded server checks nothing, so the demo adds
    the Authentication-Results line that server would): an unproven sender would get only a ✗."""
    verdict = f"Authentication-Results: {DEMO_MX}; dmarc=pass header.from=branch.example\r\n".encode("ascii")
    with smtplib.SMTP("127.0.0.1", servers.smtp_port, timeout=30) as smtp:
        smtp.sendmail("clerk1@branch.example", [SERVICE], verdict + complaint_mail(
            sender="clerk1@branch.example", to=SERVICE, subject="在办清单", body="在办清单"))


def _office_views(ctx, workdir: Path, echo) -> None:
    """What the office sees: the 在办清单 answer in the clerk's inbox, and this month's report."""
    with connect(ctx.settings.imap.model_copy(update={"username": "clerk1@branch.example"})) as box:
        box.select("INBOX")
        raws = box.fetch_raw(box.uids_after(0))
    answer = next((raw for raw in raws.values() if "在办清单" in (read_headers(raw).subject or "")), None)
    echo("")
    echo("the office's 在办清单 (answer to clerk1's mail):")
    for line in (parse_message(answer).text if answer else "(no answer yet)").splitlines():
        echo(f"  {line}")
    month = Month.containing(ctx.clock.now())
    echo("")
    echo(f"this month's report ({month.label}, so far):")
    for line in digest_command(ctx, month.label, send=False, out_dir=None, kind="month").splitlines():
        echo(f"  {line}")
    echo(digest_command(ctx, month.label, send=False, out_dir=workdir / "reports", kind="month"))


def _report(ctx, servers, config: Path, echo) -> None:
    rows = case_rows(ctx.engine, datetime.now().astimezone())
    echo("")
    echo(f"{len(rows)} case(s):")
    echo(format_case_table(rows))
    echo("")
    echo("where the mail went:")
    for account in ACCOUNTS[1:]:
        with connect(ctx.settings.imap.model_copy(update={"username": account})) as box:
            box.select("INBOX")
            uids = box.uids_after(0)
            if not uids:
                continue
            heads = box.fetch_headers(uids)
        for uid in uids:
            echo(f"  {account:<28} {read_headers(heads[uid]).subject}")
    echo("")
    echo("look at it:")
    echo(f"  complaints --config {config} cases")
    echo(f"  complaints --config {config} case {rows[0]['id'] if rows else 'TS-YYYY-NNNNNN'}")
    echo(f"  mail client: IMAP 127.0.0.1:{servers.imap_port}, user e.g. sanyuan@branch.example, password {PASSWORD}"
         " (run `complaints demo --keep-running` to keep the servers up)")
