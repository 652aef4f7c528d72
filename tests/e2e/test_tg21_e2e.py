"""Telegram round 21 through the emulator, on the seed articles (the real `python -m bot`):
two questions in one message, a pasted quotation with its cue, `/ask` with nothing after it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import RealBot
from emulator import BotMessage

pytestmark = pytest.mark.e2e


async def _replies(
    bot: RealBot, chat: int, text: str, count: int, command: bool = False, **fields: Any
) -> list[BotMessage]:
    before = len(await bot.emulator.bot_messages(chat))
    if command:
        await bot.emulator.send_command(abs(chat), chat, text, **fields)
    else:
        await bot.emulator.send_message(abs(chat), chat, text, **fields)
    for _ in range(600):
        messages = (await bot.emulator.bot_messages(chat))[before:]
        if len(messages) >= count:
            return messages
        await asyncio.sleep(0.1)
    pytest.fail(f"fewer than {count} replies to {text!r}")


async def test_two_questions_in_one_message_get_an_answer_each(seed_bot: RealBot) -> None:
    war, ziv = await _replies(seed_bot, 7401, "When was the 12-day war? Who is Guy Ziv?", 2)
    print("\nwar →", (war.text or "")[:200], "\nziv →", (ziv.text or "")[:200])
    # was Ziv's answer alone: the question about the war was dropped without a word
    assert (war.text or "").startswith("❓ <i>When was the 12-day war?</i>") and "[AFP ¶21]" in (
        war.text or ""
    )
    assert (ziv.text or "").startswith("❓ <i>Who is Guy Ziv?</i>") and "associate professor" in (
        ziv.text or ""
    )
    assert any(d.startswith("fb:") for _, d in war.buttons if d) and any(
        d.startswith("fb:") for _, d in ziv.buttons if d
    )


async def test_a_quotation_pasted_with_its_cue_is_shown_as_the_words_alone(seed_bot: RealBot) -> None:
    (reply,) = await _replies(
        seed_bot, 7402, "/quote “caused severe damage,” said Danny Citrinowicz", 1, command=True
    )
    print("\n/quote →", (reply.text or "")[:200])
    assert "The articles quote these words: “caused severe damage”\n" in (
        reply.text or ""
    )  # was “…,” said …”


async def test_ask_with_nothing_after_it_in_a_group_says_where_the_question_goes(seed_bot: RealBot) -> None:
    (reply,) = await _replies(seed_bot, -7403, "/ask", 1, command=True, chat_type="supergroup")
    assert (reply.text or "").startswith("Write your question after /ask, e.g. <i>/ask ")
