"""Running index jobs for admins: one at a time, in a thread, with a throttled progress message.

The index work (`index.admin.manage.Manager`) runs in `asyncio.to_thread`, so the bot keeps
answering from the old index meanwhile. Jobs are serialised by an `asyncio.Lock` (the store's
flock also serialises writers across processes); a job that has to wait is announced as
queued, and a /reindex while one is running or queued is not started twice: its reply is
edited with the outcome of the one that runs (`IndexJobs.watch`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from telegram import Message
from telegram.constants import ParseMode
from telegram.error import TelegramError

from index import AuditLog, Manager, Progress

from . import render_admin

log = logging.getLogger(__name__)
T = TypeVar("T")
PROGRESS_EVERY = 2.0  # seconds between progress edits: Telegram rate-limits edits


class ThrottledProgress:
    """A `Progress` callback (called from the worker thread) that edits one message, at most
    once per `interval` seconds."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, message: Message, kind: str, interval: float = PROGRESS_EVERY
    ) -> None:
        self._loop = loop
        self._message = message
        self._kind = kind
        self._interval = interval
        self._last = time.monotonic()
        self._lock = threading.Lock()
        self._pending: list[Future[None]] = []
        self.edits = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            now = time.monotonic()
            if now - self._last < self._interval:
                return
            self._last = now
            self.edits += 1
            text = render_admin.progress(self._kind, stage, done, total)
            self._pending.append(asyncio.run_coroutine_threadsafe(self._edit(text), self._loop))

    async def _edit(self, text: str) -> None:
        with contextlib.suppress(TelegramError):  # "not modified", or the message is gone
            await self._message.edit_text(text, parse_mode=ParseMode.HTML)

    async def drain(self) -> None:
        """Wait for the edits already scheduled, so the final summary is the last edit."""
        with self._lock:
            pending, self._pending = self._pending, []
        for future in pending:
            await asyncio.wrap_future(future)


@dataclass(frozen=True)
class Job(Generic[T]):
    """A finished job: its status message, and its result or the exception it raised."""

    status: Message
    value: T | None
    error: Exception | None = None
    watchers: tuple[Message, ...] = ()  # replies to a repeated /reindex, to edit with the outcome too


@dataclass
class IndexJobs:
    """One index job at a time, in arrival order; knows what runs and what waits.

    Each waiting job has its own entry (a token, not its kind), so jobs of one kind queued
    together (three uploads at once) each leave the queue exactly once and all finish.
    """

    interval: float = PROGRESS_EVERY
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    running: str | None = None
    waiting: list[tuple[object, str]] = field(default_factory=list)
    pressed: set[tuple[int, int]] = field(default_factory=set)
    watching: dict[str, list[Message]] = field(default_factory=dict)

    def busy_with(self, kind: str) -> bool:
        return self.running == kind or any(k == kind for _, k in self.waiting)

    def watch(self, kind: str, message: Message) -> None:
        """`message` (the reply to a /reindex not started twice) gets the outcome of the next
        job of `kind` to finish: the admin who asked may be in another chat than the one who
        started it."""
        self.watching.setdefault(kind, []).append(message)

    def claim_press(self, chat_id: int, message_id: int) -> bool:
        """True the first time a confirmation button of this message is pressed, False after."""
        key = (chat_id, message_id)
        if key in self.pressed:
            return False
        if len(self.pressed) > 10_000:  # old confirmations: their buttons are gone anyway
            self.pressed.clear()
        self.pressed.add(key)
        return True

    async def run(self, reply_to: Message, kind: str, work: Callable[[Progress], T]) -> Job[T]:
        """Post a status message, run `work(progress)` in a thread once it's our turn.

        Returns the status message (for the summary edit) with the result or the exception.
        """
        queued = self.running is not None or self.lock.locked()
        text = render_admin.queued(kind, self.running or "?") if queued else render_admin.started(kind)
        entry = (object(), kind)
        self.waiting.append(entry)  # before any await: a second /reindex sees this one at once
        try:
            status = await reply_to.reply_html(text)
            async with self.lock:
                self.waiting.remove(entry)
                self.running = kind
                try:
                    if queued:
                        with contextlib.suppress(TelegramError):
                            await status.edit_text(render_admin.started(kind), parse_mode=ParseMode.HTML)
                    progress = ThrottledProgress(asyncio.get_running_loop(), status, kind, self.interval)
                    value: T | None = None
                    error: Exception | None = None
                    try:
                        value = await asyncio.to_thread(work, progress)
                    except Exception as exc:  # reported to the admin by the caller
                        error = exc
                    finally:
                        await progress.drain()
                    job = Job(status, value, error, tuple(self.watching.pop(kind, ())))
                finally:
                    self.running = None
        finally:
            if entry in self.waiting:  # cancelled or failed before its turn
                self.waiting.remove(entry)
        return job


@dataclass(frozen=True)
class AdminTools:
    """What admin handlers share: the corpus manager (None when the index is read-only),
    the audit log and the job queue."""

    audit: AuditLog
    jobs: IndexJobs
    manager: Manager | None = None

    def close(self) -> None:
        self.audit.close()
