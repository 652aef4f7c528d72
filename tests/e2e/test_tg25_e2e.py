"""Telegram round 25 through the emulator, on the seed articles (the real `python -m bot`): two
names in /quotes, /quote of a speaker alone, "is this quote accurate?" replying to a channel's
post in a group, a reader asking for the full paragraph and the link."""

from __future__ import annotations

import pytest
from chat import send as _send
from conftest import RealBot

pytestmark = pytest.mark.e2e


async def test_quotes_of_two_names_lists_each_and_quote_of_a_name_lists_theirs(seed_bot: RealBot) -> None:
    ziv, citrinowicz = await _send(seed_bot, 7701, 7701, "/quotes Ziv and Citrinowicz", count=2)
    assert (ziv.text or "").startswith("🗣 <b>Guy Ziv</b>") and "[AFP ¶17]" in (ziv.text or "")
    assert (citrinowicz.text or "").startswith("🗣 <b>Danny Citrinowicz</b>")
    assert ("📄 AFP ¶14", "p:004_c315de4e413674e6:14") in citrinowicz.buttons  # under its own quotes
    hint, listing = await _send(seed_bot, 7701, 7701, "/quote Ziv", count=2)
    assert "Here is what Ziv is quoted saying" in (hint.text or "") and "Not found" not in (hint.text or "")
    assert (listing.text or "").startswith("🗣 <b>Guy Ziv</b>")
    (analyst,) = await _send(seed_bot, 7701, 7701, "/quotes the analyst")
    assert "Michael Horowitz" in (analyst.text or "") and "<b>Analysts</b>" not in (analyst.text or "")


async def test_is_this_quote_accurate_under_a_channels_post_checks_its_words(seed_bot: RealBot) -> None:
    group = -7702
    channel = {"type": "channel", "date": 1, "chat": {"id": -1077, "type": "channel", "title": "Wire"}}
    post = await seed_bot.emulator.send_message(
        7702, group, "Netanyahu said the missiles caused severe damage", chat_type="supergroup",
        forward_origin=channel | {"message_id": 5}, forward_date=1,
    )  # fmt: skip
    text = f"@{seed_bot.username} is this quote accurate?"
    (reply,) = await _send(seed_bot, 7703, group, text, chat_type="supergroup", reply_to=post)
    print("\nis this quote accurate? →", (reply.text or "")[:300])
    assert (reply.text or "").startswith("📨") and "Danny Citrinowicz" in (reply.text or "")


async def test_a_reader_asks_for_the_full_paragraph_and_the_link(seed_bot: RealBot) -> None:
    chat = 7704
    (answer,) = await _send(seed_bot, chat, chat, "When was the 12-day war?")
    assert "[AFP ¶21]" in (answer.text or "")
    (paragraph,) = await _send(seed_bot, chat, chat, "show me the full paragraph")
    assert (paragraph.text or "").startswith("📄 <b>Netanyahu to press Trump") and "¶21" in (
        paragraph.text or ""
    )
    (link,) = await _send(seed_bot, chat, chat, "can you give me the source link?")
    assert "not their web links" in (link.text or "")


async def test_two_questions_joined_by_and_get_an_answer_each(seed_bot: RealBot) -> None:
    text = "What did Trump say and what did Netanyahu say?"
    trump, netanyahu = await _send(seed_bot, 7705, 7705, text, count=2)
    print("\njoined →", (trump.text or "")[:120], "|", (netanyahu.text or "")[:120])
    assert (trump.text or "").startswith("❓ <i>What did Trump say?</i>")
    assert (netanyahu.text or "").startswith("❓ <i>What did Netanyahu say?</i>")
