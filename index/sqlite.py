"""The one way this project opens an embedded SQLite store (feedback, stats, audit log)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StateError(RuntimeError):
    """A state file (feedback, stats, audit log) cannot be opened; the message names it."""


def open_sqlite(path: Path, schema: str) -> sqlite3.Connection:
    """A connection shareable across threads (callers hold their own lock), schema applied.

    WAL with synchronous=NORMAL: the stores write on the answer path, and this makes each
    commit an append instead of a journal fsync (~15 ms per round trip otherwise), while a
    crash still loses at most the last transactions, never the file.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        with db:
            db.executescript(schema)
    except (OSError, sqlite3.Error) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StateError(
            f"cannot open {path} ({why}); check that DATA_DIR ({path.parent}) is a writable folder"
        ) from exc
    return db
