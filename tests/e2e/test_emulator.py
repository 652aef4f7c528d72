"""The emulator works with python-telegram-bot 22: a tiny in-test bot, driven as a user."""

from __future__ import annotations

import datetime as dtm
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from emulator import BotMessage, Emulator
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

pytestmark = pytest.mark.e2e

USER = 42


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Register the command list and greet."""
    await context.bot.set_my_commands([BotCommand("start", "Say hello")])
    commands = await context.bot.get_my_commands()
    assert update.effective_message is not None
    await update.effective_message.reply_text(f"Welcome! Commands: {', '.join(c.command for c in commands)}")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo the text with a Like button, after a typing action."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Like", callback_data="like")]])
    await message.reply_text(
        f"<b>echo:</b> {message.text}", parse_mode=ParseMode.HTML, reply_markup=keyboard, do_quote=True
    )


async def like(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge the button and edit its message, dropping the keyboard."""
    query = update.callback_query
    assert query is not None and query.message is not None
    await query.answer("Thanks!")
    edited = await query.edit_message_text(f"liked ({query.data})")
    assert not isinstance(edited, bool) and edited.text == f"liked ({query.data})"


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download the uploaded document and report its content."""
    message = update.effective_message
    assert message is not None and message.document is not None
    file = await message.document.get_file()
    content = await file.download_as_bytearray()
    await message.reply_text(f"{message.document.file_name}: {len(content)} bytes: {content.decode()}")


@pytest.fixture
async def bot_app(emulator: Emulator) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    app = (
        ApplicationBuilder()
        .token(emulator.token)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(MessageHandler(filters.Document.ALL, document))
    app.add_handler(CallbackQueryHandler(like))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(drop_pending_updates=True)
        yield app
        await app.updater.stop()
        await app.stop()


async def test_command_echo_keyboard_and_callback_edit(emulator: Emulator, bot_app: Application) -> None:  # type: ignore[type-arg]
    chat = 1001
    await emulator.send_command(USER, chat, "/start")
    welcome = await emulator.wait_for_bot_message(chat, lambda m: (m.text or "").startswith("Welcome"))
    assert welcome.text == "Welcome! Commands: start"
    assert (await emulator.bot_calls("setMyCommands"))[-1]["params"]["commands"] == [
        {"command": "start", "description": "Say hello"}
    ]

    sent_id = await emulator.send_message(USER, chat, "hello")
    echoed = await emulator.wait_for_bot_message(chat, lambda m: "hello" in (m.text or ""))
    assert echoed.text == "<b>echo:</b> hello"
    assert echoed.parse_mode == "HTML"
    assert echoed.reply_to_message_id == sent_id
    assert echoed.buttons == [("Like", "like")]
    actions = await emulator.bot_calls("sendChatAction")
    assert {"chat_id": str(chat), "action": "typing"} in [call["params"] for call in actions]

    await emulator.send_callback(echoed.message_id, "like", USER, chat)
    liked = await emulator.wait_for_bot_message(chat, lambda m: m.edited)
    assert (liked.message_id, liked.text, liked.buttons) == (echoed.message_id, "liked (like)", [])
    assert (await emulator.bot_calls("answerCallbackQuery"))[-1]["params"]["text"] == "Thanks!"


async def test_bot_downloads_uploaded_document(emulator: Emulator, bot_app: Application) -> None:  # type: ignore[type-arg]
    chat = 1002
    await emulator.send_document(USER, chat, "notes.txt", b"breaking news", caption="ingest me")

    reply = await emulator.wait_for_bot_message(chat, lambda m: (m.text or "").startswith("notes.txt"))

    assert reply.text == "notes.txt: 13 bytes: breaking news"


async def test_bot_can_send_a_document(emulator: Emulator) -> None:
    async with Bot(emulator.token, base_url=emulator.base_url, base_file_url=emulator.base_file_url) as bot:
        sent = await bot.send_document(1003, b"a,b\n", filename="export.csv", caption="export")
        assert sent.document is not None
        fetched = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()

    [message] = await emulator.bot_messages(1003)
    assert message == BotMessage(
        message_id=sent.message_id,
        chat_id=1003,
        text=None,
        caption="export",
        parse_mode=None,
        reply_markup=None,
        document=sent.document.to_dict(),
        reply_to_message_id=None,
        edited=False,
    )
    assert fetched == b"a,b\n"
    assert sent.date.year == dtm.datetime.now(dtm.UTC).year  # seconds, not milliseconds


async def test_get_updates_long_polls(emulator: Emulator) -> None:
    async with Bot("777:POLL", base_url=emulator.base_url) as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=dtm.timedelta(seconds=1)) == ()
        assert time.monotonic() - started >= 0.9


async def test_bad_client_request_is_an_error_not_a_crash(emulator: Emulator) -> None:
    async with httpx.AsyncClient(base_url=emulator.url) as client:
        response = await client.post("/sendMessage", json={"text": "no token"})
        assert response.status_code == 400
        assert (await client.post(f"/bot{emulator.token}/getMe")).json()["result"]["is_bot"] is True
