"""Shared fixtures: the real mail servers (tests.support.mailservers) and the databases.

Integration tests take `db_url`, parametrised over SQLite and PostgreSQL, so one test body
runs on both. PostgreSQL is the machine's server (COMPLAINTS_TEST_PG to point elsewhere),
with a database of this test process's own (dropped at the end), and each test gets an
empty schema.
"""

import os

pytest_plugins = ["tests.support.mailservers", "tests.support.databases"]

# Under pytest-xdist (scripts/test runs two workers), worker gwN for N ≥ 1 gets mail servers
# of its own — a state directory and ports N×100 above the first worker's — so integration
# tests of different workers never wait on one another's lock or reset one another's mail.
# PostgreSQL databases are per process already (tests/support/databases.py).
WORKER_PORT_STEP = 100
MAIL_PORTS = {"COMPLAINTS_MAIL_IMAP_PORT": 10143, "COMPLAINTS_MAIL_SMTP_PORT": 10025,
              "COMPLAINTS_MAIL_TLS_PORT_BASE": 10200}

MAIL_FIXTURES = {"mail", "mail_servers"}


def pytest_addoption(parser) -> None:
    parser.addoption("--without-mail-servers", action="store_true",
                     help="Deselect the tests that need Dovecot/Postfix (for runs under a moved clock, "
                          "e.g. `faketime`, which the real servers do not share).")


def pytest_configure(config) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw") or worker == "gw0":
        return
    offset = WORKER_PORT_STEP * int(worker[2:])
    for name, default in MAIL_PORTS.items():
        os.environ[name] = str(int(os.environ.get(name, default)) + offset)
    os.environ["COMPLAINTS_MAIL_DIR"] = os.environ.get("COMPLAINTS_MAIL_DIR", "/var/tmp/complaints-mail") + f"-{worker}"


def pytest_collection_modifyitems(config, items) -> None:
    """With --without-mail-servers, leave out every test that takes a mail-server fixture."""
    if not config.getoption("--without-mail-servers"):
        return
    kept, dropped = [], []
    for item in items:
        (dropped if MAIL_FIXTURES & set(getattr(item, "fixturenames", ())) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
