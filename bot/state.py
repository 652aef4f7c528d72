"""Where the bot keeps its state, chosen in one place by INDEX_BACKEND.

- ``local``: feedback, answer stats and each chat's previous turn in SQLite files under
  DATA_DIR (the turn is committed when it changes: `bot.chatstore`); turns saved earlier
  in PTB's `chat_data` (pickled by `SafePicklePersistence`) are still read;
- ``postgres``: all of it in the database (`index.state.postgres`), so replicas behind a webhook
  load balancer share it, and no pickle file is written.

The admin audit log is chosen the same way by `index.state.audit.open_audit_log` (the CLI uses it too).
Store calls are synchronous and short; handlers run them in `asyncio.to_thread`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from telegram.ext import PersistenceInput

from index import STATS_FILE, Answer, FeedbackStore, Settings, Stats, StatsStore, Vote

from .chatstore import CHAT_CONTEXT_FILE, SqliteChatContext
from .context import CONTEXT_TYPES, ChatData
from .persistence import SafePicklePersistence
from .turns import TurnData

CHATS_FILE = "chats.pickle"
FEEDBACK_FILE = "feedback.sqlite3"


class FeedbackLog(Protocol):
    """Answers and their votes: `index.FeedbackStore` (SQLite) or `index.PgFeedbackStore`."""

    def record_answer(self, answer: Answer, *, chat_id: int | None, user_id: int | None) -> int: ...

    def vote(self, answer_id: int, user_id: int, vote: Vote, *, chat_id: int | None) -> bool: ...

    def vote_counts(self) -> tuple[int, int]: ...

    def close(self) -> None: ...


class AnswerStats(Protocol):
    """Per-answer latency and abstention: `index.StatsStore` (SQLite) or `index.PgStats`."""

    def record(self, answer: Answer, seconds: float) -> None: ...

    def summary(self, votes: tuple[int, int] = (0, 0)) -> Stats: ...

    def close(self) -> None: ...


class ChatContextStore(Protocol):
    """Each chat's previous turn (`turns.turn_to_data`), for follow-up questions."""

    def load(self, chat_id: int) -> object | None:
        """What `save` stored for the chat (None if nothing); `turns.turn_from_data` checks it."""
        ...

    def save(self, chat_id: int, value: TurnData) -> None: ...

    def close(self) -> None: ...


class ChatDataContext:
    """`ChatContextStore` over the application's `chat_data` (saved by its persistence)."""

    def __init__(self, chat_data: Mapping[int, ChatData]) -> None:
        self._chats = chat_data

    def load(self, chat_id: int) -> object | None:
        data = self._chats.get(chat_id)
        return None if data is None else data.previous

    def save(self, chat_id: int, value: TurnData) -> None:
        self._chats[chat_id].previous = value  # PTB's chat_data creates a missing chat's entry

    def close(self) -> None:
        pass  # the persistence writes chat_data on shutdown


@dataclass(frozen=True)
class BotState:
    feedback: FeedbackLog
    stats: AnswerStats
    chats: ChatContextStore

    def close(self) -> None:
        self.feedback.close()
        self.stats.close()
        self.chats.close()


def open_state(settings: Settings, chat_data: Mapping[int, ChatData]) -> BotState:
    """The stores INDEX_BACKEND names; `chat_data` is the application's (used by ``local``)."""
    if settings.index_backend != "postgres":
        return BotState(
            FeedbackStore(settings.data_dir / FEEDBACK_FILE),
            StatsStore(settings.data_dir / STATS_FILE),
            SqliteChatContext(settings.data_dir / CHAT_CONTEXT_FILE, chat_data),  # crash-safe
        )
    from index import PgChatContext, PgFeedbackStore, PgStats, database_url

    url = database_url(settings)
    with contextlib.ExitStack() as opened:  # close what was opened if a later one fails
        feedback = PgFeedbackStore(url)
        opened.callback(feedback.close)
        stats = PgStats(url)
        opened.callback(stats.close)
        chats = PgChatContext(url)
        opened.pop_all()
    return BotState(feedback, stats, chats)


def open_persistence(settings: Settings) -> SafePicklePersistence | None:
    """The pickle file for chat data with INDEX_BACKEND=local; None with postgres (the database has it)."""
    if settings.index_backend == "postgres":
        return None
    return SafePicklePersistence(
        settings.data_dir / CHATS_FILE,
        store_data=PersistenceInput(bot_data=False, user_data=False, callback_data=False),
        context_types=CONTEXT_TYPES,
        update_interval=30,
    )
