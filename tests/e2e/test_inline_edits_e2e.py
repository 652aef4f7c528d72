"""Inline mode and edited questions through the emulator, on the seed articles (the real
`python -m bot`): what a reader sees when typing `@bot …` in another chat or fixing a question."""

from __future__ import annotations

import asyncio

import pytest
from conftest import RealBot

pytestmark = pytest.mark.e2e


async def test_inline_title_gives_the_verdict_and_small_talk_is_not_searched(seed_bot: RealBot) -> None:
    emu = seed_bot.emulator
    claim = await emu.inline_answer(
        await emu.send_inline_query(7201, "did Trump say the missiles caused severe damage?")
    )
    first = claim["results"][0]
    print("\ninline did-say →", first["title"])
    assert first["title"] == "❌ No. That was Danny Citrinowicz, not Trump."  # was the quoted sentence
    assert "Danny Citrinowicz" in first["input_message_content"]["message_text"]
    for query in ("hi", "🤔", ""):
        answered = await emu.inline_answer(await emu.send_inline_query(7202, query))
        assert answered["results"] == [] and "Type a question" in answered["button"]


async def test_an_edited_question_is_answered_again(seed_bot: RealBot) -> None:
    emu, chat = seed_bot.emulator, 7203
    sent = await emu.send_message(chat, chat, "Who is Guy Zvi?")
    await emu.wait_for_bot_message(chat, timeout=30)
    await emu.edit_message(chat, chat, sent, "Who is Guy Ziv?")
    for _ in range(300):
        replies = await emu.bot_messages(chat)
        if len(replies) > 1:
            break
        await asyncio.sleep(0.1)
    print("\nedited →", replies[-1].text)
    assert len(replies) == 2 and "associate professor" in (replies[-1].text or "")
    assert replies[-1].reply_to_message_id == sent
