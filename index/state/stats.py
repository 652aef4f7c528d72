"""The /stats summary record, shared by the SQLite (`stats_store.py`) and PostgreSQL stores."""

from __future__ import annotations

from dataclasses import dataclass

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
