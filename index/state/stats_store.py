"""Per-answer statistics for /stats: latency and abstention, in SQLite under DATA_DIR.

One row per answer the bot produced (chat or inline). Feedback counts come from
`FeedbackStore.vote_counts`. `index.state.postgres.PgStats` is the PostgreSQL twin (INDEX_BACKEND=postgres).
Calls are short and synchronous; handlers use `asyncio.to_thread`.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from ..types import Answer
from .sqlite import open_sqlite
from .stats import WINDOW, Stats, percentile

__all__ = ["STATS_FILE", "WINDOW", "Stats", "StatsStore", "percentile"]

STATS_FILE = "stats.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS answer_stats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    seconds REAL NOT NULL,
    abstained INTEGER NOT NULL,
    attribution INTEGER NOT NULL
);
"""


class StatsStore:
    """Thread-safe wrapper around one SQLite connection."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = open_sqlite(path, _SCHEMA)

    def record(self, answer: Answer, seconds: float) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO answer_stats (at, seconds, abstained, attribution) VALUES (?, ?, ?, ?)",
                (time.time(), seconds, int(answer.abstained), int(answer.attribution is not None)),
            )

    def summary(self, votes: tuple[int, int] = (0, 0)) -> Stats:
        """Totals over all answers; `votes` is (up, down) from the feedback store."""
        with self._lock:
            total, abstained = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(abstained), 0) FROM answer_stats"
            ).fetchone()
            latencies = [
                float(r[0])
                for r in self._db.execute(
                    "SELECT seconds FROM answer_stats ORDER BY id DESC LIMIT ?", (WINDOW,)
                )
            ]
        return Stats(
            int(total), int(abstained), percentile(latencies, 0.5), percentile(latencies, 0.95), *votes
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()
