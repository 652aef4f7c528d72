"""Per-user question rate limit: a sliding one-minute window, kept in memory."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class UserRateLimiter:
    """Allow at most `per_minute` questions per user in any 60-second window.

    >>> limiter = UserRateLimiter(per_minute=1)
    >>> limiter.check(42)
    0.0
    >>> limiter.check(42) > 0
    True
    """

    def __init__(
        self, per_minute: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.per_minute = per_minute
        self.window = window
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}

    def check(self, user_id: int) -> float:
        """Record a question and return 0.0, or return the seconds to wait (nothing recorded)."""
        now = self._clock()
        hits = self._hits.setdefault(user_id, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return hits[0] + self.window - now
        hits.append(now)
        if len(self._hits) > 10_000:  # bound memory: forget users idle for a whole window
            self._hits = {uid: h for uid, h in self._hits.items() if h and h[-1] > now - self.window}
        return 0.0
