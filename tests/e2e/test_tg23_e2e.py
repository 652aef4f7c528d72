"""Telegram round 23 through the emulator, on the seed articles (the real `python -m bot`): a
Russian sentence beside an English question, a GIF from a reader, a question sent twice."""

from __future__ import annotations

from typing import Any

import pytest
from chat import replies as _replies
from conftest import RealBot
from emulator import BotMessage

pytestmark = pytest.mark.e2e


async def _send(bot: RealBot, user: int, text: str | None, count: int = 1, **fields: Any) -> list[BotMessage]:
    before = len(await bot.emulator.bot_messages(user))
    await bot.emulator.send_message(user, user, text, **fields)
    return await _replies(bot, user, before, count)


async def test_a_russian_sentence_beside_an_english_question_is_left_out(seed_bot: RealBot) -> None:
    notice, answer = await _send(seed_bot, 7601, "Что сказал Трамп? And what did Guy Ziv say?", count=2)
    print("\nmixed →", notice.text, "|", (answer.text or "")[:200])
    assert (
        notice.text
        == "🌐 I answer questions in English, so I left out “Что сказал Трамп?” and answered the rest."
    )
    assert (answer.text or "").startswith("❓ <i>And what did Guy Ziv say?</i>")
    assert "[AFP ¶17]" in (answer.text or "") and "Трамп" not in (answer.text or "")


async def test_a_gif_from_a_reader_is_no_upload(seed_bot: RealBot) -> None:
    gif = {"file_id": "g1", "file_unique_id": "g1u", "file_name": "nod.gif.mp4", "mime_type": "video/mp4"}
    animation = gif | {"width": 240, "height": 240, "duration": 2}
    (reply,) = await _send(seed_bot, 7602, None, animation=animation, document=gif)
    assert reply.text == "I can only read text questions. Please type your question."  # was "Only admins …"


async def test_a_question_sent_twice_in_a_row_gets_one_answer(seed_bot: RealBot) -> None:
    chat = 7603
    before = len(await seed_bot.emulator.bot_messages(chat))
    for _ in range(2):
        await seed_bot.emulator.send_message(chat, chat, "When was the 12-day war?")
    replies = await _replies(seed_bot, chat, before, count=2)
    texts = [m.text or "" for m in replies]
    assert len(texts) == 2 and sum("[AFP ¶21]" in t for t in texts) == 1, texts
    assert "☝️ You sent this twice in a row: I answer it once." in texts
