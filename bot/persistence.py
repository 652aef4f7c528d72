"""Chat state on disk that never blocks start-up: a `PicklePersistence` that survives bad files.

PTB raises `TypeError` when the pickle is corrupt, truncated or from an older code version
(a class it names no longer exists). The previous turn of each chat is a convenience, so the
bot logs a warning, moves the unreadable file aside (for inspection) and starts empty.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram.ext import PicklePersistence

from .context import BotData, ChatData

log = logging.getLogger(__name__)


class SafePicklePersistence(PicklePersistence[dict[Any, Any], ChatData, BotData]):
    """`PicklePersistence` whose chat data falls back to empty when the file can't be read."""

    async def get_chat_data(self) -> dict[int, ChatData]:
        try:
            data = await super().get_chat_data()
        except TypeError as exc:  # PTB wraps every unpickling failure in TypeError
            self._start_empty(exc)
            return {}
        # an old format may hold other objects: keep only what this version can use
        return {chat_id: value for chat_id, value in data.items() if isinstance(value, ChatData)}

    def _start_empty(self, exc: Exception) -> None:
        aside = self.filepath.with_name(self.filepath.name + ".unreadable")
        try:
            self.filepath.replace(aside)
        except OSError:
            aside = self.filepath
        log.warning(
            "could not read the chat state %s (%s: %s); starting with empty chat data (old file: %s)",
            self.filepath, type(exc).__name__, exc.__cause__ or exc, aside,
        )  # fmt: skip
        self.conversations = {}
        self.user_data = {}
        self.chat_data = {}
        self.bot_data = self.context_types.bot_data()
        self.callback_data = None
