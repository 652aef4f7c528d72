"""The one way this project opens an embedded SQLite store (feedback, stats, audit log)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..errors import StateError

log = logging.getLogger(__name__)


def open_sqlite(path: Path, schema: str) -> sqlite3.Connection:
    """A connection shareable across threads (callers hold their own lock), schema applied.

    WAL with synchronous=NORMAL: the stores write on the answer path, and this makes each
    commit an append instead of a journal fsync (~15 ms per round trip otherwise), while a
    crash still loses at most the last transactions, never the file.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = _connect(path, schema)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) or not path.exists():
                raise  # cannot open (permissions, a folder missing): not the file's fault
            # a damaged file must not stop the bot: keep it for inspection, start a new one
            aside = path.with_name(path.name + ".damaged")
            path.replace(aside)
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            log.error("%s is damaged (%s); moved it to %s and started a new one", path, exc, aside)
            db = _connect(path, schema)
    except (OSError, sqlite3.Error) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StateError(
            f"cannot open {path} ({why}); check that DATA_DIR ({path.parent}) is a writable folder"
        ) from exc
    return db


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        with db:
            db.executescript(schema)
    except BaseException:
        db.close()
        raise
    return db
