"""The embedded IMAP+SMTP servers behind `complaints demo`, exercised over real sockets."""

from __future__ import annotations

import email
import email.policy
import smtplib
import socket
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient

from complaints.embedded import DEMO_FOLDERS, EmbeddedMailServerError, EmbeddedMailServers

SERVICE = "complaints@branch.example"
SANYUAN = "sanyuan@branch.example"
UNION = "union@branch.example"
ACCOUNTS = (SERVICE, SANYUAN, UNION)


@pytest.fixture
def mail(tmp_path: Path):
    with EmbeddedMailServers(tmp_path / "mail", ACCOUNTS) as servers:
        yield servers


def imap(servers: EmbeddedMailServers, account: str) -> IMAPClient:
    client = IMAPClient(servers.host, port=servers.imap_port, ssl=False, timeout=30)
    client.login(account, servers.password)
    return client


def complaint(subject: str, to: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "csc@province.example"
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash(subject))}@province.example>"
    msg.set_content("客户投诉：柜台办理业务等候时间过长。\n")
    return msg


def send(servers: EmbeddedMailServers, msg: EmailMessage, to: list[str]) -> None:
    with smtplib.SMTP(servers.host, servers.smtp_port, timeout=30) as smtp:
        smtp.send_message(msg, to_addrs=to)


def inbox_messages(servers: EmbeddedMailServers, account: str, folder: str = "INBOX"):
    with imap(servers, account) as client:
        client.select_folder(folder, readonly=True)
        uids = client.search(["ALL"])
        fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return [email.message_from_bytes(fetched[uid][b"BODY[]"], policy=email.policy.default)
                for uid in uids]


def test_starts_fast_on_free_ports(tmp_path: Path) -> None:
    began = time.perf_counter()
    servers = EmbeddedMailServers(tmp_path, ACCOUNTS).start()
    elapsed = time.perf_counter() - began
    try:
        assert elapsed < 2.0, f"start took {elapsed:.2f} s"
        assert servers.host == "127.0.0.1"
        assert servers.imap_port > 0 and servers.smtp_port > 0
        assert servers.imap_port != servers.smtp_port
        assert servers.password == "demo"
        assert servers.running
    finally:
        servers.stop()


def test_mail_to_two_recipients_reaches_both_inboxes(mail: EmbeddedMailServers) -> None:
    msg = complaint("投诉受理单 TS-2026-000001", [SERVICE, UNION])
    send(mail, msg, [SERVICE, UNION])
    for account in (SERVICE, UNION):
        [got] = inbox_messages(mail, account)
        assert got["Subject"] == "投诉受理单 TS-2026-000001"
        assert got["Message-ID"] == msg["Message-ID"]
        assert got["Delivered-To"] == account
        assert got["Return-Path"] == "<csc@province.example>"
        assert "等候时间过长" in got.get_content()
    assert inbox_messages(mail, SANYUAN) == []


def test_recipient_case_and_duplicates_deliver_once(mail: EmbeddedMailServers) -> None:
    send(mail, complaint("dup", [SERVICE]), [SERVICE, SERVICE.upper()])
    assert [m["Subject"] for m in inbox_messages(mail, SERVICE)] == ["dup"]


@pytest.mark.parametrize("stranger", ["nobody@branch.example", "nobody+Sent@branch.example"])
def test_unknown_recipient_is_refused_at_rcpt(mail: EmbeddedMailServers, stranger: str) -> None:
    with smtplib.SMTP(mail.host, mail.smtp_port, timeout=30) as smtp:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            smtp.send_message(complaint("lost", [stranger]), to_addrs=[stranger])
    code, text = refused.value.recipients[stranger]
    assert code == 550
    assert b"no such mailbox" in text


def test_detail_address_files_the_copy_in_that_folder(mail: EmbeddedMailServers) -> None:
    receipt = "complaints+Sent@branch.example"  # the outbox sender's receipt copy
    msg = complaint("[TS-2026-000001] 投诉督办单", [SANYUAN])
    send(mail, msg, [SANYUAN, receipt])
    [got] = inbox_messages(mail, SANYUAN)
    assert got["Message-ID"] == msg["Message-ID"]
    [copy] = inbox_messages(mail, SERVICE, "Sent")
    assert copy["Message-ID"] == msg["Message-ID"]
    assert copy["Delivered-To"] == receipt
    assert "等候时间过长" in copy.get_content()
    assert inbox_messages(mail, SERVICE) == []


def test_each_detail_is_one_delivery_and_a_missing_folder_means_the_inbox(
        mail: EmbeddedMailServers) -> None:
    """As Dovecot with lmtp_save_to_detail_mailbox and no autocreate: a reply to a token
    address (complaints+<token>@) reaches the inbox, never a folder of its own."""
    token = "complaints+ts2026000001-u-abcdefghijklmnop@branch.example"
    send(mail, complaint("two folders", [SERVICE]),
         ["complaints+Sent@branch.example", "COMPLAINTS+Sent@Branch.Example", token])
    assert [m["Subject"] for m in inbox_messages(mail, SERVICE, "Sent")] == ["two folders"]
    assert [m["Subject"] for m in inbox_messages(mail, SERVICE)] == ["two folders"]
    with imap(mail, SERVICE) as client:
        assert not client.folder_exists("ts2026000001-u-abcdefghijklmnop")


def test_mixed_recipients_deliver_to_the_known_one(mail: EmbeddedMailServers) -> None:
    with smtplib.SMTP(mail.host, mail.smtp_port, timeout=30) as smtp:
        refused = smtp.send_message(complaint("mixed", [SANYUAN]),
                                    to_addrs=[SANYUAN, "ghost@branch.example"])
    assert refused["ghost@branch.example"][0] == 550
    assert [m["Subject"] for m in inbox_messages(mail, SANYUAN)] == ["mixed"]


def test_every_account_has_the_service_folders(mail: EmbeddedMailServers) -> None:
    for account in ACCOUNTS:
        with imap(mail, account) as client:
            names = {name for _, _, name in client.list_folders()}
            subscribed = {name for _, _, name in client.list_sub_folders()}
        assert set(DEMO_FOLDERS) <= names
        assert set(DEMO_FOLDERS) <= subscribed


def test_uid_search_fetch_peek_and_move_to_processed(mail: EmbeddedMailServers) -> None:
    send(mail, complaint("first", [SERVICE]), [SERVICE])
    send(mail, complaint("second", [SERVICE]), [SERVICE])
    with imap(mail, SERVICE) as client:
        assert b"MOVE" in client.capabilities()
        client.select_folder("INBOX")
        uids = client.search(["UNSEEN"])  # imapclient searches by UID
        assert len(uids) == 2
        [second] = client.search(["SUBJECT", "second"])
        body = client.fetch([second], ["BODY.PEEK[]"])[second][b"BODY[]"]
        assert b"Subject: second" in body
        assert client.search(["UNSEEN"]) == uids  # PEEK left \Seen alone
        client.move([second], "Processed")
        assert client.search(["SUBJECT", "second"]) == []
    assert [m["Subject"] for m in inbox_messages(mail, SERVICE)] == ["first"]
    assert [m["Subject"] for m in inbox_messages(mail, SERVICE, "Processed")] == ["second"]


def test_copy_then_expunge_to_quarantine(mail: EmbeddedMailServers) -> None:
    send(mail, complaint("bad attachment", [SERVICE]), [SERVICE])
    with imap(mail, SERVICE) as client:
        client.select_folder("INBOX")
        [uid] = client.search(["ALL"])
        client.copy([uid], "Quarantine")
        client.delete_messages([uid])
        client.uid_expunge([uid])
        assert client.search(["ALL"]) == []
    [copied] = inbox_messages(mail, SERVICE, "Quarantine")  # pymap 0.36 alone copies b"\n"
    assert copied["Subject"] == "bad attachment"
    assert "等候时间过长" in copied.get_content()


def test_append_to_sent(mail: EmbeddedMailServers) -> None:
    sent = complaint("[TS-2026-000001] 投诉督办单", [SANYUAN])
    with imap(mail, SERVICE) as client:
        client.append("Sent", sent.as_bytes(), flags=[b"\\Seen"])
        client.select_folder("Sent", readonly=True)
        [uid] = client.search(["HEADER", "Message-ID", sent["Message-ID"]])
        assert b"\\Seen" in client.get_flags([uid])[uid]
    [got] = inbox_messages(mail, SERVICE, "Sent")
    assert got["Subject"] == "[TS-2026-000001] 投诉督办单"


def test_idle_sees_a_new_delivery(mail: EmbeddedMailServers) -> None:
    with imap(mail, UNION) as client:
        client.select_folder("INBOX")
        client.idle()
        send(mail, complaint("while idling", [UNION]), [UNION])
        deadline = time.monotonic() + 10
        seen: list = []
        while time.monotonic() < deadline and not any(
                isinstance(r, tuple) and r[1] == b"EXISTS" for r in seen):
            seen += client.idle_check(timeout=1)
        client.idle_done()
    assert (1, b"EXISTS") in seen


def test_stop_frees_ports_and_mail_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "mail"
    servers = EmbeddedMailServers(data, ACCOUNTS).start()
    imap_port, smtp_port = servers.imap_port, servers.smtp_port
    send(servers, complaint("kept", [UNION]), [UNION])
    idle_client = imap(servers, UNION)  # a client still connected at stop()
    idle_client.select_folder("INBOX")
    servers.stop()
    assert not servers.running
    assert not [t for t in threading.enumerate() if t.name == "complaints-embedded-mail"]
    for port in (imap_port, smtp_port):
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
    with pytest.raises(Exception):
        idle_client.noop()
    idle_client.shutdown()

    with EmbeddedMailServers(data, ACCOUNTS, imap_port=imap_port,
                             smtp_port=smtp_port) as again:
        assert (again.imap_port, again.smtp_port) == (imap_port, smtp_port)
        assert [m["Subject"] for m in inbox_messages(again, UNION)] == ["kept"]


def test_taken_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        for kwargs in ({"imap_port": port}, {"smtp_port": port}):
            servers = EmbeddedMailServers(tmp_path, ACCOUNTS, **kwargs)
            with pytest.raises(EmbeddedMailServerError, match="already in use"):
                servers.start()
            assert not servers.running
    assert not [t for t in threading.enumerate() if t.name == "complaints-embedded-mail"]


def test_other_password_and_wrong_password(tmp_path: Path) -> None:
    with EmbeddedMailServers(tmp_path, [SERVICE], password="s3cret") as servers:
        with imap(servers, SERVICE) as client:
            assert client.select_folder("INBOX")[b"EXISTS"] == 0
        client = IMAPClient(servers.host, port=servers.imap_port, ssl=False, timeout=30)
        with pytest.raises(Exception, match="(?i)invalid|fail|auth"):
            client.login(SERVICE, "demo")
        client.shutdown()


@pytest.mark.parametrize("accounts", [[], ["not-an-address"], ["a:b@branch.example"]])
def test_unusable_accounts_are_refused(tmp_path: Path, accounts: list[str]) -> None:
    with pytest.raises(EmbeddedMailServerError):
        EmbeddedMailServers(tmp_path, accounts).start()


def test_idle_survives_a_burst_of_updates(mail: EmbeddedMailServers) -> None:
    for n in range(3):
        send(mail, complaint(f"old {n}", [SERVICE]), [SERVICE])
    with imap(mail, SERVICE) as watcher, imap(mail, SERVICE) as worker:
        watcher.select_folder("INBOX")
        watcher.idle()
        worker.select_folder("INBOX")
        worker.add_flags(worker.search(["ALL"]), [b"\\Seen"])
        for n in range(3):
            send(mail, complaint(f"new {n}", [SERVICE]), [SERVICE])
        seen: list = []
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (6, b"EXISTS") not in seen:
            seen += watcher.idle_check(timeout=1)  # raised on half a line before the fix
        watcher.idle_done()
    assert (6, b"EXISTS") in seen


def test_unusable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "mail"
    blocker.write_text("not a directory")
    with pytest.raises(EmbeddedMailServerError, match="mail data directory"):
        EmbeddedMailServers(blocker / "inner", ACCOUNTS).start()


def test_failure_inside_the_server_thread_is_raised_and_cleaned_up(tmp_path: Path) -> None:
    (tmp_path / "pymap-etc-passwd").mkdir()  # pymap cannot write its users file
    servers = EmbeddedMailServers(tmp_path, ACCOUNTS)
    with pytest.raises(EmbeddedMailServerError, match="failed to start"):
        servers.start()
    assert not servers.running
    assert not [t for t in threading.enumerate() if t.name == "complaints-embedded-mail"]
    for port in (servers.imap_port, servers.smtp_port):
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=5).close()
