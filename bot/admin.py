"""Admin handlers: uploads, /docs, /remove (with a confirmation button), /reindex, /stats.

Admins are the user ids in TELEGRAM_ADMIN_IDS; everyone else is refused, and every admin
action (refusals included) goes to the audit log. The work itself is `index.admin.manage.Manager`,
run by `adminjobs.IndexJobs` in a thread; rendering is `render_admin`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from index import (
    Manager,
    NewsdeskError,
    Outcome,
    Progress,
    Settings,
    ShrinkRefused,
    UnknownDocument,
    Upload,
    UploadError,
    catalogue,
    parse_caption,
)

from . import buttons, callbacks, render, render_admin
from .adminjobs import AdminTools
from .context import Context, Services

log = logging.getLogger(__name__)
T = TypeVar("T")
COMMANDS = ("docs", "remove", "reindex", "stats")


def _actor(update: Update) -> str:
    user = update.effective_user
    return f"telegram:{user.id}" if user else "telegram:?"


def _audit(
    tools: AdminTools, update: Update, action: str, target: str, outcome: Outcome, detail: str
) -> None:
    tools.audit.record(_actor(update), action, target, outcome, detail)


def _ready(update: Update, context: Context) -> tuple[Message, Services, AdminTools] | None:
    services = context.bot_data.services
    message = update.effective_message
    if services is None or services.admin is None or message is None:
        return None
    return message, services, services.admin


def reason_for(error: Exception, docs_dir: Path) -> str | None:
    """A message for the admin when the error is a known domain refusal, else None; server
    paths in it are reduced to the file's name (`render_admin.without_paths`)."""
    if isinstance(error, UnknownDocument):
        return f"there is no article with id {error.args[0]!r}"
    if isinstance(error, NewsdeskError):
        return render_admin.without_paths(str(error), docs_dir)
    if isinstance(error, OSError) and error.strerror:
        return f"the server could not write the index ({error.strerror})"
    return None


async def _job(
    update: Update,
    tools: AdminTools,
    message: Message,
    action: str,
    target: str,
    work: Callable[[Manager, Progress], T],
    done: Callable[[T], str],
) -> None:
    """Run `work` as a queued index job, then edit its status message with the outcome."""
    manager = tools.manager
    assert manager is not None
    job = await tools.jobs.run(message, action, lambda progress: work(manager, progress))
    outcome: Outcome = "ok"
    detail = ""
    keyboard = None
    if job.error is None and job.value is not None:
        text = done(job.value)
    elif isinstance(job.error, ShrinkRefused) and action == "reindex":
        text, keyboard = render_admin.confirm_shrink(job.error.lost, job.error.before, job.error.after)
        outcome, detail = "error", str(job.error)
    else:
        assert job.error is not None
        reason = reason_for(job.error, manager.corpus.root)
        if reason is None:
            log.error("admin %s failed", action, exc_info=job.error)
        if isinstance(job.error, UploadError) and reason is not None:
            text = render_admin.upload_refused(reason)
        else:
            text = render_admin.job_failed(action, reason)
        outcome = "error"
        detail = reason or f"internal error: {type(job.error).__name__}"
    try:
        await job.status.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    except TelegramError:
        await message.reply_html(text, reply_markup=keyboard)
    for watcher in job.watchers:  # a /reindex sent while this one ran: it was promised the outcome
        with contextlib.suppress(TelegramError):
            await watcher.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    await asyncio.to_thread(_audit, tools, update, action, target, outcome, detail or text)


async def upload(update: Update, context: Context) -> None:
    """A document from an admin: add it, or replace the article with the same id."""
    ready = _ready(update, context)
    if ready is None or (document := ready[0].document) is None:
        return
    message, services, tools = ready
    name = document.file_name or "document.txt"
    if tools.manager is None:
        await message.reply_html(render_admin.unavailable())
        return
    limit = services.settings.max_upload_bytes
    if document.file_size is not None and document.file_size > limit:
        await message.reply_html(render_admin.file_too_big(document.file_size, limit))
        await asyncio.to_thread(_audit, tools, update, "add", name, "error", "file too big")
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    uploads = [Upload(name, data, parse_caption(message.caption))]
    await _job(update, tools, message, "add", name, lambda m, p: m.add(uploads, p), render_admin.added)


async def docs(update: Update, context: Context) -> None:
    """/docs: the indexed articles with their counts."""
    if (ready := _ready(update, context)) is None:
        return
    message, services, tools = ready
    if tools.manager is not None:
        rows, built = await asyncio.to_thread(
            lambda m: (m.catalogue(), m.indexer.indexed_at()), tools.manager
        )
    else:
        rows, built = catalogue(await asyncio.to_thread(services.qa.documents), [], []), 0.0
    for text in render_admin.docs(rows, built):
        await message.reply_html(text)


async def remove(update: Update, context: Context) -> None:
    """/remove <id>: ask for confirmation with a button."""
    if (ready := _ready(update, context)) is None:
        return
    message, _, tools = ready
    if tools.manager is None:
        await message.reply_html(render_admin.unavailable())
        return
    rows = await asyncio.to_thread(tools.manager.catalogue)
    if not context.args:
        await message.reply_html(render_admin.remove_usage([r.doc_id for r in rows]))
        return
    doc_id = context.args[0]
    row = next((r for r in rows if r.doc_id == doc_id), None)
    if row is None:
        await message.reply_html(render_admin.unknown_document(doc_id))
        return
    text, keyboard = render_admin.confirm_remove(row.doc_id, row.title)
    await message.reply_html(text, reply_markup=keyboard)


async def remove_button(update: Update, context: Context) -> None:
    """The Remove / Cancel buttons under a /remove confirmation."""
    query = update.callback_query
    services = context.bot_data.services
    if query is not None and not (query.data or "").startswith("adm:"):
        await buttons.button(update, context)  # PTB lets empty data match any pattern
        return
    if query is None or services is None or services.admin is None:
        return
    tools = services.admin
    if query.from_user.id not in services.settings.telegram_admin_ids:
        await query.answer(render_admin.refused("removing articles"), show_alert=True)
        await asyncio.to_thread(_audit, tools, update, "remove", "", "refused", "not an admin")
        return
    message = query.message if isinstance(query.message, Message) else None
    if query.data == render_admin.CANCEL_DATA or tools.manager is None or message is None:
        await query.answer()
        if message is not None:
            await message.edit_text(render_admin.cancelled(), parse_mode=ParseMode.HTML)
        return
    manager = tools.manager
    if not tools.jobs.claim_press(message.chat.id, message.message_id):
        await query.answer(render_admin.already_pressed())  # a double press is answered once
        return
    if query.data == render_admin.SHRINK_DATA:
        await query.answer()
        with contextlib.suppress(TelegramError):
            await message.edit_reply_markup(None)
        await _job(
            update,
            tools,
            message,
            "reindex",
            "",
            lambda m, p: m.reindex(p, allow_shrink=True),
            render_admin.reindexed,
        )
        return
    wanted = (query.data or "").removeprefix(render_admin.REMOVE_PREFIX)
    ids = await asyncio.to_thread(manager.known_ids)
    doc_id = next((i for i in ids if callbacks.digest(i, 16) == wanted), None)
    if doc_id is None:
        await query.answer(render.stale_button())
        return
    await query.answer()
    with contextlib.suppress(TelegramError):
        await message.edit_reply_markup(None)  # no second press
    await _job(
        update, tools, message, "remove", doc_id, lambda m, p: m.remove(doc_id, p), render_admin.removed
    )


async def reindex(update: Update, context: Context) -> None:
    """/reindex: rebuild the index from the documents folder."""
    if (ready := _ready(update, context)) is None:
        return
    message, _, tools = ready
    if tools.manager is None:
        await message.reply_html(render_admin.unavailable())
        return
    if tools.jobs.busy_with("reindex"):
        tools.jobs.watch("reindex", await message.reply_html(render_admin.reindex_busy()))
        return
    await _job(update, tools, message, "reindex", "", lambda m, p: m.reindex(p), render_admin.reindexed)


async def edited(update: Update, context: Context) -> None:
    """An admin edited an upload's caption or a /reindex: say so, and do nothing again."""
    message = update.edited_message
    if message is not None:
        await message.reply_html(render_admin.edit_not_run(upload=message.document is not None))


async def stats(update: Update, context: Context) -> None:
    """/stats: answers, abstention rate, latency percentiles, feedback."""
    if (ready := _ready(update, context)) is None or ready[1].stats is None:
        return
    message, services, _ = ready
    assert services.stats is not None
    stats, feedback = services.stats, services.feedback
    summary = await asyncio.to_thread(lambda: stats.summary(feedback.vote_counts()))
    await message.reply_html(render_admin.stats(summary))


async def refuse(update: Update, context: Context) -> None:
    """An admin command or upload from someone who is not an admin."""
    message = update.effective_message
    services = context.bot_data.services
    if message is None:
        return
    what = "adding documents" if message.document else (message.text or "/?").split()[0].split("@")[0]
    await message.reply_html(render.admins_only() if message.document else render_admin.refused(what))
    if services is not None and services.admin is not None:
        await asyncio.to_thread(
            _audit, services.admin, update, what.lstrip("/"), "", "refused", "not an admin"
        )


def admin_handlers(settings: Settings) -> list[BaseHandler[Any, Any, Any]]:
    """Handlers to register before the general ones (order matters within a group)."""
    admins = filters.User(user_id=settings.telegram_admin_ids)
    private = filters.ChatType.PRIVATE
    # An edit re-sends the whole message: an edited /reindex or upload caption must not run
    # the job again (/docs, /stats and /remove, which only asks, are answered again, as
    # edited questions are).
    edit = filters.UpdateType.EDITED_MESSAGE
    # a GIF arrives as an animation that is also a document: it is no upload (`not_text`)
    files = private & filters.Document.ALL & ~filters.ANIMATION
    return [
        CommandHandler("reindex", edited, filters=admins & edit),
        MessageHandler(files & admins & edit, edited),
        CommandHandler("docs", docs, filters=admins),
        CommandHandler("remove", remove, filters=admins),
        CommandHandler("reindex", reindex, filters=admins),
        CommandHandler("stats", stats, filters=admins),
        CommandHandler(list(COMMANDS), refuse),
        CallbackQueryHandler(remove_button, pattern=r"^adm:"),
        MessageHandler(files & admins, upload),
        MessageHandler(files, refuse),
    ]
