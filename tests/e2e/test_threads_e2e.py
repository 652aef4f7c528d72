"""Follow-ups where a chat holds several conversations, through the emulator on the seed
articles (the real `python -m bot`): a reply to an old answer, and a group of several askers."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from conftest import RealBot
from emulator import BotMessage

pytestmark = pytest.mark.e2e
BOT = "TestNameBot"
NETANYAHU = "What did Netanyahu want from the meeting?"
WAR = "When was the 12-day war?"


async def _ask(bot: RealBot, chat: int, user: int, text: str, **kwargs: Any) -> BotMessage:
    before = len(await bot.emulator.bot_messages(chat))
    await bot.emulator.send_message(user, chat, text, **kwargs)
    for _ in range(300):
        messages = await bot.emulator.bot_messages(chat)
        if len(messages) > before:
            return messages[-1]
        await asyncio.sleep(0.1)
    pytest.fail(f"no reply to {text!r}")


def _cited(message: BotMessage) -> set[str]:
    """The ¶ buttons' `p:doc:n`, without the digest of the paragraph's text."""
    return {
        re.sub(r"\.[0-9a-f]{6}$", "", str(data)) for _, data in message.buttons if str(data).startswith("p:")
    }


async def test_tell_me_more_in_reply_to_an_old_answer_goes_on_from_that_answer(seed_bot: RealBot) -> None:
    chat = 7301
    first = await _ask(seed_bot, chat, chat, NETANYAHU)
    await _ask(seed_bot, chat, chat, WAR)
    more = await _ask(seed_bot, chat, chat, "tell me more", reply_to=first.message_id)
    print("\nmore →", more.text)
    following = {d.rsplit(":", 1)[0] + f":{int(d.rsplit(':', 1)[1]) + 1}" for d in _cited(first)}
    assert _cited(more) and _cited(more) <= following  # the paragraph after one the old answer cited


async def test_in_a_group_a_follow_up_goes_on_from_the_askers_own_question(seed_bot: RealBot) -> None:
    group = -7302
    mention = [{"type": "mention", "offset": 0, "length": len(BOT) + 1}]

    async def ask(user: int, text: str) -> BotMessage:
        return await _ask(seed_bot, group, user, f"@{BOT} {text}", chat_type="supergroup", entities=mention)

    first = await ask(7311, NETANYAHU)
    await ask(7312, WAR)
    more = await ask(7311, "tell me more")
    print("\ngroup more →", more.text)
    following = {d.rsplit(":", 1)[0] + f":{int(d.rsplit(':', 1)[1]) + 1}" for d in _cited(first)}
    assert _cited(more) and _cited(more) <= following


async def test_the_bot_added_to_a_group_introduces_itself(seed_bot: RealBot) -> None:
    group, emu = -7303, seed_bot.emulator
    bot_id = int(emu.token.split(":")[0])  # the emulator's getMe: the token's number
    bot = {"id": bot_id, "is_bot": True, "first_name": "Newsdesk", "username": BOT}
    await emu.add_members(7321, group, [bot])
    hello = await emu.wait_for_bot_message(group, timeout=30)
    print("\nadded →", (hello.text or "")[:200])
    assert "I answer questions about the news articles" in (hello.text or "")
    assert hello.reply_to_message_id is None  # not a reply to the service message
