"""Each chat's previous turn in SQLite under DATA_DIR, written when it changes.

PTB's pickle persistence writes chat data every `update_interval` seconds and on a clean
shutdown, so a crash (SIGKILL, OOM, power) lost up to 30 s of follow-up context. This store
commits each turn as it is saved (WAL, so an append), and reads chats saved by the pickle
before it existed.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from index import open_sqlite

from .context import ChatData
from .turns import TurnData

CHAT_CONTEXT_FILE = "chats.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_context (
    chat_id INTEGER PRIMARY KEY,
    data TEXT NOT NULL,
    updated REAL NOT NULL
);
"""


class SqliteChatContext:
    """A `ChatContextStore` that is crash-safe: `save` commits before it returns."""

    def __init__(self, path: Path, legacy: Mapping[int, ChatData] | None = None) -> None:
        self._lock = threading.Lock()
        self._db = open_sqlite(path, _SCHEMA)
        self._legacy = legacy  # chat_data from the pickle file, for chats saved before

    def load(self, chat_id: int) -> object | None:
        with self._lock:
            row = self._db.execute("SELECT data FROM chat_context WHERE chat_id = ?", (chat_id,)).fetchone()
        if row is not None:
            try:
                data: object = json.loads(row[0])
            except ValueError:
                return None  # `turns.turn_from_data` treats it as no previous turn
            return data
        old = self._legacy.get(chat_id) if self._legacy is not None else None
        return None if old is None else old.previous

    def save(self, chat_id: int, value: TurnData) -> None:
        data = json.dumps(value, ensure_ascii=False)
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO chat_context (chat_id, data, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (chat_id) DO UPDATE SET data = excluded.data, updated = excluded.updated",
                (chat_id, data, time.time()),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
