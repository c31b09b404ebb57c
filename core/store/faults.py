"""Database faults in one line a person can act on: which file or server, what is wrong, the fix.

SQLAlchemy reports a read-only, full, corrupt or missing SQLite file and an unreachable
PostgreSQL server as a driver exception with a traceback. The command line, `doctor`, the
service's log and the office's alert all say it the same way, from `explain` below.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.engine import URL, make_url

from core.errors import ComplaintsError


class DatabaseFault(StrEnum):
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"
    CANNOT_OPEN = "cannot_open"
    SERVER_DOWN = "server_down"
    LOGIN = "login"
    OTHER = "other"


@dataclass(frozen=True)
class _Kind:
    fault: DatabaseFault
    markers: tuple[str, ...]  # lower-case words of the driver's message that name the fault


# One table: the driver's words → the fault. The first kind whose marker occurs wins.
_KINDS = (
    _Kind(DatabaseFault.READ_ONLY, ("readonly database", "read-only", "read only")),
    _Kind(DatabaseFault.DISK_FULL, ("database or disk is full", "no space left", "disk full", "could not extend file")),
    _Kind(DatabaseFault.CORRUPT, ("file is not a database", "malformed", "file is encrypted", "corrupt")),
    _Kind(DatabaseFault.CANNOT_OPEN, ("unable to open database file",)),
    _Kind(DatabaseFault.LOGIN, ("password authentication failed", "role", "does not exist")),
    _Kind(DatabaseFault.SERVER_DOWN, ("connection refused", "could not connect", "server closed the connection",
                                      "connection to server", "timeout expired", "terminating connection",
                                      "the database system is", "no route to host", "name or service not known")),
)

_FIXES = {
    DatabaseFault.READ_ONLY: ("只读（read-only）", "让运行服务的用户能写该文件和它所在的目录（chown/chmod），或把只读挂载改为可写"),
    DatabaseFault.DISK_FULL: ("所在磁盘已满（disk full）", "清理该磁盘的空间（旧日志、旧备份），服务会自动继续"),
    DatabaseFault.CORRUPT: ("已损坏（corrupt）", "停止服务，用最近的备份替换该文件"
                                                  "（或用 sqlite3 的 .recover 抢救），再启动服务"),
    DatabaseFault.CANNOT_OPEN: ("无法打开（cannot open）", "检查 [database] url 的路径、目录是否存在、是否有权限"),
    DatabaseFault.LOGIN: ("拒绝登录（login refused）", "检查 [database] url 中的用户名、密码和数据库名"),
    DatabaseFault.SERVER_DOWN: ("无法连接（server down）", "启动 PostgreSQL 服务或检查网络与 [database] url 的主机和端口，"
                                                        "服务会自动重试"),
    DatabaseFault.OTHER: ("出错（database error）", "运行 `complaints doctor` 查看，必要时把日志交给 IT 人员"),
}


class DatabaseUnavailable(ComplaintsError):
    """The database cannot be used; the message names it, the fault and the fix."""

    def __init__(self, message: str, fault: DatabaseFault):
        super().__init__(message)
        self.fault = fault


def classify(exc: BaseException) -> DatabaseFault:
    text = " ".join(str(part) for part in (exc, getattr(exc, "orig", None)) if part).lower()
    return next((kind.fault for kind in _KINDS if any(m in text for m in kind.markers)), DatabaseFault.OTHER)


def where(url: str | URL) -> str:
    """`数据库文件 /var/lib/complaints.db` or `PostgreSQL 服务器 db.example:5432 (complaints)`."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return f"数据库文件 {parsed.database or ':memory:'}"
    return f"PostgreSQL 服务器 {parsed.host or 'localhost'}:{parsed.port or 5432}（数据库 {parsed.database}）"


def explain(url: str | URL, exc: BaseException) -> DatabaseUnavailable:
    """One line: the file or server, what is wrong with it, and what to do."""
    fault = classify(exc)
    what, fix = _FIXES[fault]
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    return DatabaseUnavailable(f"{where(url)} {what}：{fix}。（{detail}）", fault)
