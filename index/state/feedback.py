"""SQLite store for answers and their 👍 / 👎 votes, under `settings.data_dir`.

Each answer the bot sends is recorded (question, cited paragraphs) and gets an id that the
feedback buttons carry; a vote is kept per (answer, user), the latest one winning, and only
from the chat the answer was sent to.
Calls are synchronous and short; handlers run them in `asyncio.to_thread`.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from ..types import Answer, Feedback, Vote
from .sqlite import open_sqlite

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    chat_id INTEGER,
    user_id INTEGER,
    question TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    citations TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    user_id INTEGER NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    created REAL NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);
"""


class FeedbackStore:
    """Thread-safe wrapper around one SQLite connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_sqlite(path, _SCHEMA)  # every answer is recorded before its reply

    def record_answer(self, answer: Answer, *, chat_id: int | None, user_id: int | None) -> int:
        """Store an answer with its question and cited paragraphs; returns its id."""
        cited = [answer.closest] if answer.abstained and answer.closest else list(answer.citations)
        keys = [f"{c.doc_id}#{c.paragraph}" for c in cited]
        with self._lock, self._db:
            cursor = self._db.execute(
                "INSERT INTO answers (created, chat_id, user_id, question, abstained, citations)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), chat_id, user_id, answer.question, int(answer.abstained), json.dumps(keys)),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def vote(self, answer_id: int, user_id: int, vote: Vote, *, chat_id: int | None) -> bool:
        """Record (or change) a user's vote, one per user; False if no answer with this id was
        sent to `chat_id` (answer ids are sequential: a forged button names someone else's)."""
        with self._lock, self._db:
            sent = self._db.execute(
                "SELECT 1 FROM answers WHERE id = ? AND chat_id IS ?", (answer_id, chat_id)
            )
            if sent.fetchone() is None:
                return False
            self._db.execute(
                "INSERT INTO votes (answer_id, user_id, vote, created) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote,"
                " created = excluded.created",
                (answer_id, user_id, vote, time.time()),
            )
            return True

    def get(self, answer_id: int) -> Feedback | None:
        with self._lock:
            row = self._db.execute(
                "SELECT question, citations,"
                " (SELECT COUNT(*) FROM votes WHERE answer_id = a.id AND vote = 'up'),"
                " (SELECT COUNT(*) FROM votes WHERE answer_id = a.id AND vote = 'down')"
                " FROM answers a WHERE id = ?",
                (answer_id,),
            ).fetchone()
        if row is None:
            return None
        return Feedback(answer_id, row[0], tuple(json.loads(row[1])), int(row[2]), int(row[3]))

    def vote_counts(self) -> tuple[int, int]:
        """(👍, 👎) over every stored answer, for /stats."""
        with self._lock:
            up, down = self._db.execute(
                "SELECT COALESCE(SUM(vote = 'up'), 0), COALESCE(SUM(vote = 'down'), 0) FROM votes"
            ).fetchone()
        return int(up), int(down)

    def close(self) -> None:
        with self._lock:
            self._db.close()
