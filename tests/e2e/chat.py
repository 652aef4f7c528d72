"""Sending a message to the bot under test through the emulator and collecting its replies,
shared by the round-by-round end-to-end files."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import RealBot
from emulator import BotMessage


async def replies(bot: RealBot, chat: int, before: int, count: int = 1) -> list[BotMessage]:
    """The bot's messages in `chat` after the first `before`, once `count` have come and a
    second has passed with nothing more."""
    for _ in range(600):
        if len((await bot.emulator.bot_messages(chat))[before:]) >= count:
            await asyncio.sleep(1.0)  # and nothing more after them
            return (await bot.emulator.bot_messages(chat))[before:]
        await asyncio.sleep(0.1)
    pytest.fail(f"fewer than {count} replies in chat {chat}")


async def send(
    bot: RealBot, user: int, chat: int, text: str, count: int = 1, **fields: Any
) -> list[BotMessage]:
    """`text` from `user` in `chat` (a leading /command or @mention marked as Telegram marks
    it), and the bot's `count` replies."""
    before = len(await bot.emulator.bot_messages(chat))
    kind = "bot_command" if text.startswith("/") else "mention" if text.startswith("@") else None
    entities = [{"type": kind, "offset": 0, "length": len(text.split(" ", 1)[0])}] if kind else None
    await bot.emulator.send_message(user, chat, text, entities=entities, **fields)
    return await replies(bot, chat, before, count)
