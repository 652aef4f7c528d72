"""Typed `bot_data` / `chat_data` and the `CallbackContext` type every handler receives."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from index import QA, LLMAnswerer, Settings

from .adminjobs import AdminTools
from .ratelimit import EditPacer, RepeatGuard, UserRateLimiter

if TYPE_CHECKING:  # bot.state builds the stores and imports this module
    from .state import AnswerStats, ChatContextStore, FeedbackLog


@dataclass(frozen=True)
class Services:
    """What `post_init` builds once and handlers share."""

    settings: Settings
    qa: QA
    feedback: FeedbackLog
    limiter: UserRateLimiter
    chats: ChatContextStore  # each chat's previous turn, for follow-ups (bot.state)
    stats: AnswerStats | None = None  # per-answer latency and abstention (/stats)
    admin: AdminTools | None = None  # audit log, index jobs, corpus manager (bot/admin.py)
    llm: LLMAnswerer | None = None  # optional LLM answers (None: LLM_BASE_URL/LLM_MODEL unset)
    pacer: EditPacer = field(default_factory=EditPacer)  # spaces out streamed edits per chat
    repeats: RepeatGuard = field(default_factory=RepeatGuard)  # a message sent twice is answered once
    turn_lock: threading.Lock = field(default_factory=threading.Lock)  # chat records (bot.threads)


class BotData:
    """Application-wide data; not persisted (it is rebuilt in `post_init`)."""

    def __init__(self) -> None:
        self.services: Services | None = None


@dataclass
class ChatData:
    """Per-chat state, persisted across restarts as plain data only (see `bot.turns`).

    Used with INDEX_BACKEND=local only; with postgres the previous turn lives in the database.
    """

    previous: dict[str, Any] | None = None  # the chat's record of exchanges (`bot.threads`)


Context = CallbackContext[ExtBot[int], dict[Any, Any], ChatData, BotData]
CONTEXT_TYPES = ContextTypes(context=CallbackContext, bot_data=BotData, chat_data=ChatData, user_data=dict)
