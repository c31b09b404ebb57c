"""Shared fixtures: the real mail servers (tests.support.mailservers) and the databases.

Integration tests take `db_url`, parametrised over SQLite and PostgreSQL, so one test body
runs on both. PostgreSQL is the machine's server (COMPLAINTS_TEST_PG to point elsewhere),
with a database of this test process's own (dropped at the end), and each test gets an
empty schema.
"""

pytest_plugins = ["tests.support.mailservers", "tests.support.databases"]

MAIL_FIXTURES = {"mail", "mail_servers"}


def pytest_addoption(parser) -> None:
    parser.addoption("--without-mail-servers", action="store_true",
                     help="Deselect the tests that need Dovecot/Postfix (for runs under a moved clock, "
                          "e.g. `faketime`, which the real servers do not share).")


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
