"""Builds the Application: settings in, handlers wired, heavy objects created in post_init."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from telegram import BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ExtBot,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from index import (
    QA,
    Corpus,
    Engine,
    Indexer,
    LLMAnswerer,
    Manager,
    ProcessIndexer,
    Settings,
    StateError,
    open_audit_log,
)

from . import admin, buttons, handlers, messages, quotes, render_admin, render_welcome
from .adminjobs import AdminTools, IndexJobs
from .context import CONTEXT_TYPES, BotData, ChatData, Context, Services
from .ratelimit import UserRateLimiter
from .retry import RetryingRateLimiter
from .state import open_persistence, open_state

log = logging.getLogger(__name__)

QAFactory = Callable[[Settings], QA]
BotApplication = Application[ExtBot[int], Context, dict[Any, Any], ChatData, BotData, None]
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.INLINE_QUERY,
]


def open_engine(settings: Settings) -> QA:
    """The default QA factory: the real `Engine` (model + index load; `post_init` runs it in a thread)."""
    return Engine.open(settings)


def admin_tools(settings: Settings, qa: QA) -> AdminTools:
    """The audit log and job queue; a corpus manager when `qa` can rebuild its index.

    The real engine's builds run in a child process at BUILD_NICE, so readers keep their speed."""
    manager = None
    indexer: Indexer | None = None
    if isinstance(qa, Engine):
        indexer = ProcessIndexer(qa, settings.build_nice)
    elif isinstance(qa, Indexer):  # a test's fake
        indexer = qa
    if indexer is not None:
        manager = Manager(Corpus(settings.docs_dir), indexer, settings.max_upload_bytes)
    return AdminTools(open_audit_log(settings), IndexJobs(), manager)


def llm_answerer(settings: Settings, qa: QA) -> LLMAnswerer | None:
    """The optional LLM (None when LLM_BASE_URL/LLM_MODEL are unset), checking with the engine's embedder."""
    embed = qa.embedder.embed if isinstance(qa, Engine) else None
    return LLMAnswerer.from_settings(settings, embed=embed)


async def set_admin_commands(app: BotApplication, settings: Settings) -> None:
    """Admins see the admin commands in their menu (best effort: the chat may not exist yet)."""
    commands = render_admin.admin_commands(render_welcome.bot_commands())
    for admin_id in settings.telegram_admin_ids:
        with contextlib.suppress(TelegramError):
            await app.bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))


def build_application(
    settings: Settings,
    qa_factory: QAFactory | None = None,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> BotApplication:
    """Wire the bot. Nothing heavy happens here: the QA object is built in `post_init`.

    `qa_factory` defaults to `open_engine`; tests pass a fake. `request`/`get_updates_request`
    replace PTB's HTTP layer (tests pass a recording `BaseRequest`).

    >>> app = build_application(Settings(_env_file=None, telegram_bot_token="1:x"), FakeQA)
    >>> app.run_polling()  # doctest: +SKIP
    """
    if settings.telegram_bot_token is None or not settings.telegram_bot_token.get_secret_value():
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    factory = qa_factory or open_engine
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StateError(
            f"cannot create DATA_DIR {settings.data_dir} ({exc.strerror}); point it at a writable folder"
        ) from exc

    async def post_init(app: BotApplication) -> None:
        qa = await asyncio.to_thread(factory, settings)
        state = await asyncio.to_thread(open_state, settings, app.chat_data)
        app.bot_data.services = Services(
            settings,
            qa,
            state.feedback,
            UserRateLimiter(settings.user_rate_limit),
            state.chats,
            stats=state.stats,
            admin=await asyncio.to_thread(admin_tools, settings, qa),
            llm=await asyncio.to_thread(llm_answerer, settings, qa),
        )
        await app.bot.set_my_commands(render_welcome.bot_commands())
        await set_admin_commands(app, settings)
        log.info("Bot @%s ready", app.bot.username)

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .context_types(CONTEXT_TYPES)
        .rate_limiter(RetryingRateLimiter(max_retries=3))
        .concurrent_updates(True)
        .job_queue(None)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if (persistence := open_persistence(settings)) is not None:
        builder = builder.persistence(persistence)
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    app = builder.build()
    register_handlers(app, settings)
    return app


async def post_shutdown(app: BotApplication) -> None:
    services = app.bot_data.services
    app.bot_data.services = None
    if services is None:
        return
    services.feedback.close()
    services.chats.close()
    if services.stats is not None:
        services.stats.close()
    if services.admin is not None:
        services.admin.close()
    if services.llm is not None:
        await services.llm.aclose()
    await asyncio.to_thread(services.qa.close)  # an Engine closes its store (a PgStore's pool)


def register_handlers(app: BotApplication, settings: Settings) -> None:
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    app.add_handlers(
        [
            *admin.admin_handlers(settings),  # first: admin commands and uploads, admins or refused
            CommandHandler(["start", "help"], handlers.start),
            MessageHandler(groups & filters.StatusUpdate.NEW_CHAT_MEMBERS, handlers.added_to_group),
            CommandHandler("ask", messages.ask_command),
            CommandHandler("quote", quotes.quote_command),
            CommandHandler("quotes", quotes.quotes_command),
            MessageHandler(filters.COMMAND & (private | groups), handlers.unknown_command),
            MessageHandler(
                private & filters.FORWARDED & (filters.TEXT | filters.CAPTION) & ~filters.VIA_BOT,
                quotes.forwarded,
            ),
            MessageHandler(private & filters.TEXT & ~filters.VIA_BOT, messages.private_text),
            MessageHandler(groups & (filters.TEXT | filters.CAPTION) & ~filters.VIA_BOT, messages.group_text),
            MessageHandler(
                private & ~filters.TEXT & ~filters.StatusUpdate.ALL & ~filters.VIA_BOT, messages.not_text
            ),
            CallbackQueryHandler(buttons.button),
            InlineQueryHandler(buttons.inline_query),
        ]
    )
    app.add_error_handler(handlers.on_error)
