"""Telegram request retries: AIORateLimiter handles 429 (RetryAfter); this adds 5xx.

Only plain `NetworkError` (what PTB raises for HTTP 5xx) is retried, never its subclasses
(`BadRequest`, `Forbidden`, `TimedOut`, ...): a timed-out send may have been delivered.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
JSON = bool | dict[str, Any] | list[dict[str, Any]]


class RetryingRateLimiter(AIORateLimiter):
    """`AIORateLimiter` that also retries server errors with exponential backoff."""

    def __init__(self, *, max_retries: int = 3, server_error_retries: int = 2, backoff: float = 0.5) -> None:
        super().__init__(max_retries=max_retries)
        self.server_error_retries = server_error_retries
        self.backoff = backoff

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSON]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSON:
        attempt = 0
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except NetworkError as exc:
                # getUpdates has its own retry loop in the updater.
                if type(exc) is not NetworkError or endpoint == "getUpdates":
                    raise
                if attempt >= self.server_error_retries:
                    raise
                delay = self.backoff * 2**attempt
                attempt += 1
                log.warning("Telegram %s failed (%s); retry %d in %.1fs", endpoint, exc, attempt, delay)
                await asyncio.sleep(delay)
