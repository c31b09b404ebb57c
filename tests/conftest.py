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

# pytest-xdist hands out whole files (--dist loadfile) in the order collected here
# (scripts/test passes --no-loadscope-reorder; xdist's own order, most tests first, put the
# files of one or two long tests last and left one worker idle for minutes at the end).
# Longest first: the run then ends on short files. Seconds per file, both databases, from
# `--durations` runs (CI's, and 2026-12-05's of single files at load 7-18, scaled down): a
# file that grows slow belongs here; any other is estimated from what its tests take.
SLOW_FILES = {
    "tests/integration/test_ingest_crash.py": 180,
    "tests/integration/test_cli.py": 120,   # a `complaints` process a command: imports take seconds
    "tests/integration/test_mail_tls.py": 85,
    "tests/integration/test_three_workers.py": 70,
    "tests/integration/test_restore.py": 60,
    "tests/integration/test_smtp_outage.py": 50,
    "tests/integration/test_workflow_words.py": 50,
    "tests/integration/test_delivery.py": 40,
    "tests/integration/test_routing.py": 35,
    "tests/integration/test_workflow_replies.py": 30,
    "tests/complaints/test_pass_memory.py": 25,
    "tests/integration/test_serve_delivery.py": 25,
    "tests/complaints/test_demo.py": 20,
    "tests/integration/test_two_branches.py": 20,
    "tests/integration/test_workflow_levels.py": 20,
    "tests/parsers/test_linear_time.py": 17,
}
SECONDS_WITH_MAIL, SECONDS_WITH_DATABASE, SECONDS_OTHER = 2.0, 0.5, 0.05


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
    _longest_files_first(items)
    _without_mail_servers(config, items)


def _longest_files_first(items) -> None:
    """Files in the order of their expected time, longest first (a stable sort: the tests of
    a file keep their order, and every worker sorts alike, as xdist requires)."""
    cost: dict[str, float] = {}
    for item in items:
        path = item.nodeid.split("::", 1)[0]
        names = set(getattr(item, "fixturenames", ()))
        cost[path] = cost.get(path, 0.0) + (SECONDS_WITH_MAIL if MAIL_FIXTURES & names else
                                            SECONDS_WITH_DATABASE if "db_url" in names else SECONDS_OTHER)
    items.sort(key=lambda item: -SLOW_FILES.get(path := item.nodeid.split("::", 1)[0], cost[path]))


def _without_mail_servers(config, items) -> None:
    """With --without-mail-servers, leave out every test that takes a mail-server fixture."""
    if not config.getoption("--without-mail-servers"):
        return
    kept, dropped = [], []
    for item in items:
        (dropped if MAIL_FIXTURES & set(getattr(item, "fixturenames", ())) else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
