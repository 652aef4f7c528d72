"""Typed `bot_data` / `chat_data` and the `CallbackContext` type every handler receives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from index.engine import QA, Turn
from index.settings import Settings

from .feedback import FeedbackStore
from .ratelimit import UserRateLimiter


@dataclass(frozen=True)
class Services:
    """What `post_init` builds once and handlers share."""

    settings: Settings
    qa: QA
    feedback: FeedbackStore
    limiter: UserRateLimiter


class BotData:
    """Application-wide data; not persisted (it is rebuilt in `post_init`)."""

    def __init__(self) -> None:
        self.services: Services | None = None


@dataclass
class ChatData:
    """Per-chat state, persisted across restarts."""

    previous: Turn | None = None


Context = CallbackContext[ExtBot[int], dict[Any, Any], ChatData, BotData]
CONTEXT_TYPES = ContextTypes(context=CallbackContext, bot_data=BotData, chat_data=ChatData, user_data=dict)
