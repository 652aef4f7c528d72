"""Per-answer statistics for /stats: latency and abstention, in SQLite under DATA_DIR.

One row per answer the bot produced (chat or inline). Feedback counts come from
`FeedbackStore.vote_counts`. Calls are short and synchronous; handlers use `asyncio.to_thread`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from index.types import Answer

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
WINDOW = 10_000  # latency percentiles over the newest answers


@dataclass(frozen=True)
class Stats:
    answered: int
    abstained: int
    p50: float | None  # seconds
    p95: float | None
    votes_up: int = 0
    votes_down: int = 0

    @property
    def abstention_rate(self) -> float:
        return self.abstained / self.answered if self.answered else 0.0


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile of `values` (sorted or not); None when empty.

    >>> percentile([0.1, 0.2, 0.3, 0.4], 0.5), percentile([], 0.9)
    (0.2, None)
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 1))  # ceil(n*q), at least 1
    return ordered[int(rank) - 1]


class StatsStore:
    """Thread-safe wrapper around one SQLite connection."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        # One insert per answer, after the reply: WAL with synchronous=NORMAL (as in
        # `bot.feedback`) makes it an append rather than a journal fsync.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)

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
