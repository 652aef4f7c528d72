"""Telegram round 22 through the emulator, on the seed articles (the real `python -m bot`):
another bot's command, two questions inline, /quote as a reply, a refusal with nothing to rate."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import RealBot
from emulator import BotMessage

pytestmark = pytest.mark.e2e


async def _replies(bot: RealBot, user: int, chat: int, text: str, **fields: Any) -> list[BotMessage]:
    before = len(await bot.emulator.bot_messages(chat))
    await bot.emulator.send_message(user, chat, text, **fields)
    for _ in range(600):
        if messages := (await bot.emulator.bot_messages(chat))[before:]:
            return messages
        await asyncio.sleep(0.1)
    pytest.fail(f"no reply to {text!r}")


def _command(text: str) -> list[dict[str, Any]]:
    return [{"type": "bot_command", "offset": 0, "length": len(text.split(" ", 1)[0])}]


async def test_a_command_for_another_bot_in_a_private_chat_says_whose_it_is(seed_bot: RealBot) -> None:
    (reply,) = await _replies(seed_bot, 7501, 7501, "/start@OtherBot", entities=_command("/start@OtherBot"))
    assert reply.text == "/start@OtherBot is addressed to @OtherBot, not to me. Send /start for mine."


async def test_a_refusal_in_another_language_has_no_feedback_buttons(seed_bot: RealBot) -> None:
    (reply,) = await _replies(seed_bot, 7502, 7502, "Что сказал Трамп?")
    assert "I answer questions in English" in (reply.text or "") and reply.buttons == []


async def test_quote_as_a_reply_checks_the_claim_replied_to(seed_bot: RealBot) -> None:
    group = -7503
    claim = await seed_bot.emulator.send_message(
        7503, group, "Iran's missiles caused serious damage", chat_type="supergroup"
    )
    text = f"/quote@{seed_bot.username}"
    (reply,) = await _replies(
        seed_bot, 7504, group, text, chat_type="supergroup", reply_to=claim, entities=_command(text)
    )
    print("\n/quote as a reply →", (reply.text or "")[:300])
    assert "Danny Citrinowicz" in (reply.text or "") and "[AFP ¶14]" in (reply.text or "")


async def test_an_inline_query_of_two_questions_offers_an_answer_to_each(seed_bot: RealBot) -> None:
    query_id = await seed_bot.emulator.send_inline_query(7505, "When was the 12-day war? Who is Guy Ziv?")
    results = (await seed_bot.emulator.inline_answer(query_id, timeout=60))["results"]
    for r in results:
        print("\ninline →", r["title"], "|", r["description"])
    war, ziv = results[:2]
    assert war["description"].startswith("❓ When was the 12-day war? · ")
    assert ziv["description"].startswith("❓ Who is Guy Ziv? · ")
    assert "[AFP ¶21]" in war["input_message_content"]["message_text"]
    assert "associate professor" in ziv["input_message_content"]["message_text"]
