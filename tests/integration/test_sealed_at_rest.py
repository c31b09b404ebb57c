"""第六条 at rest: a copy of the database shows none of the customer's data, yet the office
still reads it with `case ID --reveal` and finds the customer's cases by phone.

A case from form to answer on the real servers; then the SQLite file (and its WAL) is read
byte by byte and run through `strings`, and PostgreSQL's rows are dumped with COPY, looking
for the seeded name, phone, ID number, card number, street address and e-mail address.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import psycopg
from sqlalchemy.engine import make_url

from tests.integration.test_cli import cli
from tests.integration.test_lifecycle_helpers import (
    FORM, SANYUAN, csc_form_mail, only_case, reply_to, submit, with_subject,
)
from tests.integration.test_confidentiality import AT
from tests.support.env import CSC, make_test_context

NAME, PHONE, ID_NUMBER, CARD = "黄秀珍", "13905987788", "350403197805061234", "6222021234567899876"
STREET, EMAIL = "和平路12号", "huangxz@customer.example"
SEEDED = {**FORM, "acceptance_number": "CSC-20260803-0007", "customer_name": NAME, "phone": PHONE,
          "content": f"客户{NAME}（身份证号{ID_NUMBER}，卡号{CARD}，家住{STREET}3栋502室）反映在三元支行营业部排队一个半小时。"}
SECRETS = (NAME, PHONE, ID_NUMBER, CARD, STREET, EMAIL)
TABLES = ("case", "event", "message", "attachment", "outbound_mail", "service_state")


def _found_in(data: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode("utf-8") in data]


def _sqlite_copy_leaks(db_url: str, tmp_path) -> list[str]:
    """The file as a thief would copy it (with its WAL), searched raw and through `strings`."""
    source = make_url(db_url).database
    copied = []
    for suffix in ("", "-wal"):
        if os.path.exists(source + suffix):
            copied.append(shutil.copy(source + suffix, tmp_path / f"stolen.db{suffix}"))
    leaks = [s for path in copied for s in _found_in(open(path, "rb").read())]
    printable = b"".join(subprocess.run(["strings", "-a", "-e", encoding, str(path)], capture_output=True,
                                        check=True).stdout for path in copied for encoding in ("s", "S"))
    return leaks + _found_in(printable)


def _postgres_dump_leaks(db_url: str) -> list[str]:
    url = make_url(db_url)
    dsn = f"host={url.host} port={url.port or 5432} user={url.username} dbname={url.database}" + (
        f" password={url.password}" if url.password else "")
    dumped = b""
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        for table in TABLES:
            with cur.copy(f'COPY "{table}" TO STDOUT') as copy:
                dumped += b"".join(bytes(chunk) for chunk in copy)
    assert NAME.encode() not in dumped and len(dumped) > 1000, "the dump holds the rows"
    return _found_in(dumped)


def test_a_copy_of_the_database_shows_no_customer_data(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(SEEDED, customer_email=EMAIL), CSC)
    case = only_case(ctx)
    [routing] = with_subject(mail, SANYUAN, "客户投诉督办")
    submit(mail, ctx, reply_to(routing, sender=SANYUAN, body=f"已致电{NAME}（{PHONE}）致歉，并调整排班。"), SANYUAN)
    assert case.customer_name == NAME and case.customer_phone == PHONE, "the store reads its own data"
    ctx.engine.dispose()

    leaks = _sqlite_copy_leaks(db_url, tmp_path) if db_url.startswith("sqlite") else _postgres_dump_leaks(db_url)
    assert leaks == [], leaks

    config = tmp_path / "complaints.toml"
    revealed = cli(config, "case", case.id, "--reveal").stdout
    assert NAME in revealed and PHONE in revealed and STREET in revealed, revealed
    assert case.id in cli(config, "cases", "--phone", "139-0598-7788").stdout, "found by phone, written any way"
    assert cli(config, "cases", "--phone", "13905987789").stdout.strip() == "no cases"


def test_the_engine_without_the_data_key_refuses_rather_than_writes_in_the_clear(tmp_path, mail, db_url):
    ctx = make_test_context(tmp_path, mail, db_url, at=AT)
    submit(mail, ctx, csc_form_mail(SEEDED), CSC)
    (tmp_path / "complaints.datakey").unlink()
    failed = cli(tmp_path / "complaints.toml", "case", only_case(ctx).id, check=False)
    assert failed.returncode != 0 and "data key" in failed.stdout + failed.stderr
    doctor = cli(tmp_path / "complaints.toml", "doctor", check=False)
    assert doctor.returncode != 0 and "data key" in doctor.stdout
