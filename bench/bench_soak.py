"""Soak: N mails over a run in which the mail servers restart and `serve` is killed — nothing lost, nothing twice.

Run: `python -m bench.bench_soak` (10,000 mails, about 25 minutes on 2 cores); `--mails 500`
for a quick run. Options: `--rate` (mails submitted a second, default 12), `--db postgresql`
(default sqlite), `--restarts 10` (each of Dovecot and Postfix), `--kills 20`, `--seed`.

On the mail servers named by `COMPLAINTS_MAIL_DIR` / `_IMAP_PORT` / `_SMTP_PORT` (its own
instance: the benchmark empties every mailbox, and holds the test fixture's lock meanwhile):

1. A feeder submits N mails over SMTP at `--rate` a second, as an outside MTA would (when
   Postfix is down it retries the same mail): 45 % acceptance forms (.docx), 45 % complaint
   letters in the body, 8 % auto-replies from units (handled, no case), 2 % mails nested too
   deep to read (quarantined).
2. `complaints serve` runs as a process of its own (its clock started with `--at` and running
   on). Over the feeding window, at random moments: Dovecot stopped and started 10 times,
   Postfix 10 times (each down 1–5 s), and `serve` SIGKILLed 20 times (started again at once).
3. Then `serve` runs until every mail is stored and handled and the outbox is empty (a
   killed sender's rows wait out their 5-minute lease, then their receipts decide), and
   Postfix is given up to 10 minutes to deliver what it accepted before the INBOXes are counted.

Checks (the benchmark exits non-zero when one fails): every submitted Message-ID is stored
and accounted for — a case, handled, or quarantined; every case that was routed has its
督办 mail in each recipient's INBOX (counted there by Message-ID), handed over by the service
exactly once; no mail of the outbox is left unsent. A 督办 found more than once is explained
with its copies' Postfix queue ids (the topmost `(Postfix) ... id` Received line): the same id
on every copy is Postfix delivering one accepted mail again (Dovecot stopped after storing it,
before answering LMTP — an MTA's at-least-once), reported but not a failure; different ids
mean the service submitted it twice, a failure. Prints the figures, the RSS of each `serve` process just before it
ended, and the RSS of the first and the last process at their start and end.
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, func, select

from bench.bench_pipeline import AT, form_mails, imap
from complaints.sample_mail import complaint_mail
from core.config import load_settings
from core.store.db import make_engine, upgrade
from core.store.models import Case, Event, Message, OutboundMail
from tests.support.databases import reset_postgres
from tests.support.env import CSC, SERVICE, write_config
from tests.support.mailservers import MailServers, _exclusive, run_script, servers_from_environment

UNIT_SENDERS = ["sanyuan@branch.example", "meilie@branch.example", "chengguan@branch.example"]
UNIT_NAMES = ["三元支行", "梅列支行", "城关分理处"]
SAMPLE_EVERY = 2.0  # seconds between RSS samples of the running serve
WARM_SECONDS = 20.0  # a process's "start" RSS: its first sample this long after it began
SETTLE_TIMEOUT = 20 * 60  # after the feed: how long the service may take to finish
RELAY_DRAIN = 10 * 60  # then: how long Postfix may take to deliver what it accepted


# -- the mails ----------------------------------------------------------------------------------

def soak_mails(n: int, rng: random.Random) -> list[tuple[str, str, bytes]]:
    """(kind, Message-ID, raw) for N mails in the documented mix, shuffled."""
    kinds = ["form"] * round(n * 0.45) + ["letter"] * round(n * 0.45) + ["auto"] * round(n * 0.08)
    kinds += ["deep"] * (n - len(kinds))
    rng.shuffle(kinds)
    forms = iter(form_mails(kinds.count("form")))
    out = []
    for i, kind in enumerate(kinds):
        mid = f"<soak-{i}-{kind}@soak.example>"
        if kind == "form":
            raw = next(forms)
            raw = _with_message_id(raw, mid)
        elif kind == "letter":
            unit = UNIT_NAMES[i % 3]
            raw = complaint_mail(sender=CSC, to=SERVICE, subject=f"客户投诉（第{i}件）", message_id=mid,
                                 body=f"客户王先生反映在{unit}办理业务时等候两小时，柜员态度冷淡（第{i}件），电话1390{i:07d}，要求道歉。")
        elif kind == "auto":
            raw = (f"From: {UNIT_SENDERS[i % 3]}\r\nTo: {SERVICE}\r\nSubject: 自动回复：休假中 {i}\r\n"
                   f"Message-ID: {mid}\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n").encode() + "我正在休假，12月8日返回。\r\n".encode()
        else:
            head = f"From: {CSC}\r\nTo: {SERVICE}\r\nSubject: 嵌套过深 {i}\r\nMessage-ID: {mid}\r\nMIME-Version: 1.0\r\n"
            parts = "".join(f'Content-Type: multipart/mixed; boundary="b{d}"\r\n\r\n--b{d}\r\n' for d in range(120))
            raw = (head + parts + "Content-Type: text/plain\r\n\r\nx\r\n").encode()
        out.append((kind, mid, raw))
    return out


def _with_message_id(raw: bytes, mid: str) -> bytes:
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    lines = [line for line in head.splitlines() if not line.lower().startswith(b"message-id:")]
    return b"\r\n".join([*lines, f"Message-ID: {mid}".encode()]) + sep + body


# -- the run ------------------------------------------------------------------------------------

class Serve:
    """`complaints serve` as a process, started again after each kill; RSS sampled meanwhile."""

    def __init__(self, workdir: Path, started: float):
        self.workdir, self.started = workdir, started
        self.proc: subprocess.Popen | None = None
        self.lives: list[dict] = []  # per process: pid, rss samples (kB), how it ended
        self._lock = threading.Lock()
        self.log = (workdir / "serve.log").open("ab")

    def start(self) -> None:
        at = (AT + timedelta(seconds=time.monotonic() - self.started)).isoformat()
        self.proc = subprocess.Popen([sys.executable, "-m", "complaints.cli", "--config", str(self.workdir / "complaints.toml"),
                                      "--at", at, "serve"], stdout=self.log, stderr=self.log, cwd=self.workdir)
        self.lives.append({"pid": self.proc.pid, "rss": [], "end": "running"})

    def kill(self) -> None:
        with self._lock:
            self.sample()
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(30)
            self.lives[-1]["end"] = "SIGKILL"
            self.start()

    def stop(self) -> None:
        with self._lock:
            self.sample()
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(120)
            self.lives[-1]["end"] = "SIGTERM"

    def sample(self) -> None:
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return
        rss = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), None)
        if rss:
            self.lives[-1]["rss"].append((time.monotonic() - self.started, rss))

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


def feed(servers: MailServers, mails: list[tuple[str, str, bytes]], rate: float, retries: Counter) -> None:
    """Submit each mail over SMTP at `rate` a second; a refused or broken submission is tried again."""
    started = time.monotonic()
    smtp = None
    for i, (_, _, raw) in enumerate(mails):
        delay = started + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        while True:
            try:
                if smtp is None:
                    smtp = smtplib.SMTP(servers.host, servers.smtp_port, timeout=30)
                smtp.sendmail(CSC, [SERVICE], raw)
                break
            except (OSError, smtplib.SMTPException):
                retries["submission"] += 1
                try:
                    if smtp is not None:
                        smtp.close()
                except Exception:  # noqa: BLE001 - the connection is gone either way
                    pass
                smtp = None
                time.sleep(0.5)
    if smtp is not None:
        smtp.quit()


def chaos(servers: MailServers, serve: Serve, window: float, counts: dict[str, int], rng: random.Random,
          done: Counter) -> None:
    """The faults at random moments of the feeding window, in time order."""
    events = [(rng.uniform(0.03, 0.97) * window, what) for what, k in counts.items() for _ in range(k)]
    started = time.monotonic()
    for at, what in sorted(events):
        time.sleep(max(0.0, started + at - time.monotonic()))
        if what == "kill":
            serve.kill()
        else:
            run_script(f"stop-{what}", servers.state_dir)
            time.sleep(rng.uniform(1, 5))
            run_script(f"start-{what}", servers.state_dir)
        done[what] += 1


def settled(engine, ids: set[str]) -> tuple[int, int, int]:
    """(mails stored of those submitted, stored mails not handled yet, outbound mails not sent)."""
    with Session(engine) as session:
        stored = session.exec(select(func.count(func.distinct(Message.message_id)))
                              .where(Message.message_id.like("<soak-%"))).one()
        pending = session.exec(select(func.count()).select_from(Message).where(Message.state.in_(("pending", "refetch")))).one()
        unsent = session.exec(select(func.count()).select_from(OutboundMail)
                              .where(OutboundMail.state.not_in(("sent", "failed")))).one()
    return stored, pending, unsent


# -- the checks ---------------------------------------------------------------------------------

def inbox_ids(servers: MailServers, user: str) -> Counter:
    client = imap(servers, user)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        found: Counter = Counter()
        for i in range(0, len(uids), 500):
            for data in client.fetch(uids[i:i + 500], [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]).values():
                header = data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode("ascii", "replace")
                found[header.partition(":")[2].strip()] += 1
        return found
    finally:
        client.logout()


def account(engine, servers: MailServers, mails: list[tuple[str, str, bytes]], log_text: str) -> tuple[list[str], int]:
    """Every check; returns the failures (empty: all held) and the copies the relay delivered
    again, and prints the figures. A 督办 that
    arrived twice fails the run only when the service handed it over twice (see
    `explain_duplicate`); the relay delivering one accepted mail twice is reported, not failed."""
    problems = []
    with Session(engine) as session:
        rows = session.exec(select(Message.message_id, Message.state, Message.case_id)
                            .where(Message.message_id.like("<soak-%"))).all()
        routing = session.exec(select(OutboundMail).where(OutboundMail.kind == "routing")).all()
        unsent = session.exec(select(func.count()).select_from(OutboundMail)
                              .where(OutboundMail.state != "sent")).one()
        cases = session.exec(select(Case.status, func.count()).group_by(Case.status)).all()
    outcome: dict[str, str] = {}
    for mid, state, case_id in rows:
        verdict = "quarantine" if state == "quarantined" else "case" if case_id else "handled" if state == "processed" else state
        outcome[mid] = min(outcome.get(mid, verdict), verdict)
    by_kind: dict[str, Counter] = {}
    for kind, mid, _ in mails:
        by_kind.setdefault(kind, Counter())[outcome.get(mid, "MISSING")] += 1
    missing = sum(c["MISSING"] for c in by_kind.values()) + sum(c["pending"] for c in by_kind.values())
    print("mails by kind → outcome: " + "; ".join(f"{k}: {dict(c)}" for k, c in sorted(by_kind.items())))
    print(f"cases by status: {dict(cases)}")
    if missing:
        problems.append(f"{missing} submitted mail(s) not stored or not handled")
    boxes: dict[str, Counter] = {}
    wrong = Counter()
    for row in routing:
        for address in row.recipients:
            if address not in boxes:
                boxes[address] = inbox_ids(servers, address)
            wrong[boxes[address][row.message_id]] += 1
    print(f"督办 copies: {sum(wrong.values())} (routing rows {len(routing)}); copies found per Message-ID in the "
          f"recipient's INBOX: {dict(sorted(wrong.items()))}")
    if wrong[0]:
        problems.append(f"{wrong[0]} 督办 cop(ies) never arrived")
    doubles = [(row, address) for row in routing for address in row.recipients if boxes[address][row.message_id] > 1]
    kinds = Counter(explain_duplicate(engine, servers, row, address, log_text) for row, address in doubles)
    if doubles:
        print(f"督办 arriving more than once, by cause: {dict(kinds)}; rows resent after a doubt in the whole run: "
              f"{log_text.count(': in doubt, no receipt: never handed over')}")
    if kinds["ours"] or kinds["unknown"]:
        problems.append(f"督办 sent more than once by the service: {dict(kinds)}")
    if unsent:
        problems.append(f"{unsent} outbound mail(s) not sent")
    return problems, kinds["relay"]


POSTFIX_ID = re.compile(r"\(Postfix\)\s+with\s+\S+\s+id\s+([0-9A-Za-z]+)")


def queue_ids(servers: MailServers, user: str, folder: str, message_id: str) -> list[str]:
    """The relay's queue id of each copy of `message_id` in the folder: the id in the topmost
    Received header Postfix wrote (Dovecot's LMTP line sits above it). One submission to
    Postfix is one queue id, however often Postfix then delivers it."""
    client = imap(servers, user)
    try:
        client.select_folder(folder, readonly=True)
        uids = client.search(["HEADER", "Message-ID", message_id])
        ids = []
        for data in client.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (RECEIVED)]"]).values():
            header = data[b"BODY[HEADER.FIELDS (RECEIVED)]"].decode("ascii", "replace")
            found = POSTFIX_ID.search(re.sub(r"\r?\n[ \t]+", " ", header))
            ids.append(found.group(1) if found else "?")
        return ids
    finally:
        client.logout()


def explain_duplicate(engine, servers: MailServers, row: OutboundMail, address: str, log_text: str) -> str:
    """Why one 督办 reached `address` more than once, printed with the evidence; returns "relay"
    (every copy has the same Postfix queue id: the relay delivered one accepted mail again,
    e.g. Dovecot stopped after storing it but before answering LMTP), "ours" (different queue
    ids: the service submitted it more than once) or "unknown" (no queue id readable)."""
    inbox = queue_ids(servers, address, "INBOX", row.message_id)
    receipts = queue_ids(servers, SERVICE, "Sent", row.message_id)
    with Session(engine) as session:
        routed = session.exec(select(func.count()).select_from(OutboundMail)
                              .where(OutboundMail.case_id == row.case_id, OutboundMail.kind == "routing")).one()
        events = Counter(session.exec(select(Event.kind).where(Event.case_id == row.case_id)).all())
    doubted = len(re.findall(rf"outbound {row.id}: ", log_text))  # _leave_in_doubt logs the row id (ids are masked)
    kind = "unknown" if "?" in inbox or not inbox else "relay" if len(set(inbox)) == 1 else "ours"
    verdict = {"relay": f"the relay delivered its queue entry {inbox[0]} {len(inbox)} times (MTA redelivery, not ours)",
               "ours": f"the service handed it over {len(set(inbox))} times (queue ids {sorted(set(inbox))})",
               "unknown": "no Postfix queue id in its Received headers"}[kind]
    print(f"  duplicate {row.message_id} → {address}: inbox queue ids {inbox}; Sent receipts {receipts}; "
          f"outbox row {row.id} state {row.state}, attempts {row.attempts}, note {row.last_error!r}; "
          f"routing rows of case {row.case_id}: {routed}, its events {dict(events)}; row left in doubt {doubted}× in the log")
    print(f"  VERDICT {row.message_id}: {verdict}")
    return kind


def run(args) -> int:
    rng = random.Random(args.seed)
    servers = servers_from_environment()
    run_script("up", servers.state_dir)
    mails = soak_mails(args.mails, rng)
    window = args.mails / args.rate
    counts = {"dovecot": args.restarts, "postfix": args.restarts, "kill": args.kills}
    with _exclusive(Path(servers.state_dir) / "tests.lock"), tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        servers.reset()
        url = f"sqlite:///{workdir / 'soak.db'}" if args.db == "sqlite" else reset_postgres()
        write_config(workdir, imap_port=servers.imap_port, smtp_port=servers.smtp_port, db_url=url)
        settings = load_settings(workdir / "complaints.toml")
        engine = make_engine(settings.database.url, settings.data_key())
        upgrade(engine)
        print(f"soak: {args.mails} mails at {args.rate:g}/s (feeding ~{window / 60:.1f} min), {args.db}; "
              f"faults: {counts}")
        started = time.monotonic()
        serve = Serve(workdir, started)
        serve.start()
        retries, done = Counter(), Counter()
        feeder = threading.Thread(target=feed, args=(servers, mails, args.rate, retries), daemon=True)
        troubles = threading.Thread(target=chaos, args=(servers, serve, window, counts, rng, done), daemon=True)
        feeder.start(), troubles.start()
        ids = {mid for _, mid, _ in mails}
        deadline = None
        while True:
            time.sleep(SAMPLE_EVERY)
            with serve._lock:
                serve.sample()
                if not serve.alive():
                    print(f"serve exited by itself (see {workdir}/serve.log); started again")
                    serve.lives[-1]["end"] = "exited"
                    serve.start()
            if feeder.is_alive() or troubles.is_alive():
                continue
            deadline = deadline or time.monotonic() + SETTLE_TIMEOUT
            stored, pending, unsent = settled(engine, ids)
            if (stored, pending, unsent) == (len(ids), 0, 0) or time.monotonic() > deadline:
                break
        fed = time.monotonic() - started
        serve.stop()
        print(f"run: {fed / 60:.1f} min; faults done: {dict(done)}; submissions retried: {retries['submission']}")
        serve.log.close()
        log_text = (workdir / "serve.log").read_text("utf-8", "replace")
        drained = relay_drained(servers)
        problems, redelivered = account(engine, servers, mails, log_text)
        if not drained:
            problems.append("Postfix still held mail when the INBOXes were counted (see above)")
        report_rss(serve.lives)
        print_faults(log_text)
        servers.reset()
    again = f" ({redelivered} cop(ies) delivered again by the relay itself)" if redelivered else ""
    print("RESULT soak: " + (f"every mail accounted for, every 督办 handed over exactly once{again}" if not problems
                             else "FAILED: " + "; ".join(problems)))
    return 1 if problems else 0


def relay_drained(servers: MailServers) -> bool:
    """Wait, up to RELAY_DRAIN seconds, for Postfix to deliver what it accepted before the
    INBOXes are counted: the service's part ends at Postfix's 250, and after the last outage
    (or on a loaded machine) Postfix may still be delivering hundreds of copies — counted
    too early they look lost (a 10,000-mail run counted 666 such copies "never arrived";
    all were in INBOX once the queue was empty)."""
    started = time.monotonic()
    while (left := len(servers.queued())) and time.monotonic() - started < RELAY_DRAIN:
        time.sleep(1)
    print(f"Postfix's queue: {'empty' if not left else f'{left} message(s) still queued'} "
          f"after waiting {time.monotonic() - started:.0f} s")
    return not left


def print_faults(log_text: str) -> None:
    """What serve logged as faults, counted by kind (the mail servers' restarts show here)."""
    faults = Counter(m.group(1) for m in re.finditer(r"(\w+ fault)", log_text))
    print(f"serve's log: {dict(faults)}; tracebacks {log_text.count('Traceback')}")


def report_rss(lives: list[dict]) -> None:
    ends = [life["rss"][-1][1] // 1024 for life in lives if life["rss"]]
    print(f"serve processes: {len(lives)}; RSS (MiB) of each just before it ended: {ends}")
    for name, life in (("first", lives[0]), ("last", lives[-1])):
        if life["rss"]:
            born = life["rss"][0][0]
            warm = [s for s in life["rss"] if s[0] - born >= WARM_SECONDS] or life["rss"]  # imports done
            (t0, r0), (t1, r1) = warm[0], life["rss"][-1]
            print(f"RSS {name} serve process: start {r0 / 1024:.0f} MiB (t={t0:.0f} s), end {r1 / 1024:.0f} MiB "
                  f"(t={t1:.0f} s), max {max(r for _, r in life['rss']) / 1024:.0f} MiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mails", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=12.0)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--restarts", type=int, default=10)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=17)
    sys.exit(run(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
