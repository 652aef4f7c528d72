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


class EditPacer:
    """Space out the messages and edits one chat receives (Telegram allows about one a second
    per chat and twenty a minute per group); shared by every update of the application.

    >>> pacer = EditPacer(interval=1.0, clock=lambda: 100.0)
    >>> pacer.try_now(42), pacer.try_now(42), pacer.reserve(42)
    (True, False, 1.0)
    """

    def __init__(
        self,
        interval: float = 1.0,
        group_interval: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval
        self.group_interval = group_interval
        self._clock = clock
        self._next: dict[int, float] = {}  # chat id -> earliest time of its next message or edit

    def _gap(self, chat_id: int) -> float:
        return self.group_interval if chat_id < 0 else self.interval

    def try_now(self, chat_id: int) -> bool:
        """Book the chat's next slot if it is free now (for optional updates such as drafts)."""
        now = self._clock()
        if self._next.get(chat_id, now) > now:
            return False
        self._book(chat_id, now)
        return True

    def reserve(self, chat_id: int) -> float:
        """Book the chat's next free slot; returns the seconds to wait for it (0.0 if now)."""
        now = self._clock()
        slot = max(now, self._next.get(chat_id, now))
        self._book(chat_id, slot)
        return slot - now

    def _book(self, chat_id: int, slot: float) -> None:
        self._next[chat_id] = slot + self._gap(chat_id)
        if len(self._next) > 10_000:  # bound memory: forget chats whose slot has passed
            now = self._clock()
            self._next = {chat: at for chat, at in self._next.items() if at > now}


class RepeatGuard:
    """The same message from the same user in the same chat within `window` seconds (a double
    tap, a resend while the answer is on its way) is answered once.

    >>> guard = RepeatGuard(window=10.0, clock=lambda: 100.0)
    >>> guard.repeated((1, 2, "Who won?")), guard.repeated((1, 2, "who  won?"))
    (False, True)
    >>> guard.repeated((1, 3, "Who won?"))  # another user
    False
    """

    def __init__(self, window: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.window = window
        self._clock = clock
        self._seen: dict[tuple[object, ...], float] = {}

    def repeated(self, key: tuple[object, ...]) -> bool:
        """Whether `key` (its last part a message's text, compared without case or spacing) was
        seen within the window; records it either way."""
        *where, text = key
        key = (*where, " ".join(str(text).split()).casefold())
        now = self._clock()
        last = self._seen.get(key)
        self._seen[key] = now
        if len(self._seen) > 10_000:  # bound memory: forget what is past the window
            self._seen = {k: at for k, at in self._seen.items() if at > now - self.window}
        return last is not None and now - last < self.window
