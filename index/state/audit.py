"""The admin audit log: who did what, when, and how it ended; kept across restarts.

`AuditLog` is the interface; `SqliteAuditLog` stores it in a SQLite file under DATA_DIR,
`index.state.postgres.PgAuditLog` in PostgreSQL. `open_audit_log(settings)` picks by INDEX_BACKEND.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .base import AuditEntry, AuditLog, Outcome
from .sqlite import open_sqlite

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["AUDIT_FILE", "AuditEntry", "AuditLog", "Outcome", "SqliteAuditLog", "open_audit_log"]

AUDIT_FILE = "audit.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'error', 'refused')),
    detail TEXT NOT NULL
);
"""


class SqliteAuditLog:
    """`AuditLog` in one SQLite file; thread-safe."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = open_sqlite(path, _SCHEMA)

    def record(self, actor: str, action: str, target: str, outcome: Outcome, detail: str = "") -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO audit (at, actor, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), actor, action, target, outcome, detail[:2000]),
            )

    def recent(self, limit: int = 20) -> list[AuditEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT at, actor, action, target, outcome, detail FROM audit ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [AuditEntry(float(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_audit_log(settings: Settings) -> AuditLog:
    """PostgreSQL's `audit_log` table with INDEX_BACKEND=postgres (shared by every replica and
    the CLI), else the SQLite file in DATA_DIR."""
    if settings.index_backend == "postgres":
        from .postgres import PgAuditLog, database_url

        return PgAuditLog(database_url(settings))
    return SqliteAuditLog(settings.data_dir / AUDIT_FILE)
