"""Shared fixtures: the real mail servers (tests.support.mailservers) and the databases.

Integration tests take `db_url`, parametrised over SQLite and PostgreSQL, so one test body
runs on both. PostgreSQL is the machine's server (COMPLAINTS_TEST_PG to point elsewhere),
with a database of this test process's own (dropped at the end), and each test gets an
empty schema.
"""

pytest_plugins = ["tests.support.mailservers", "tests.support.databases"]
