"""The seed articles through Telegram: what a new reader sees right after the README's two
commands (the real `python -m bot` on the shipped seeds/ folder, against the Bot API emulator)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import RealBot

pytestmark = pytest.mark.e2e
USER = 7001


async def _reply(
    bot: RealBot, chat: int, text: str, command: bool = False, user: int = USER, **fields: Any
) -> str:
    before = len(await bot.emulator.bot_messages(chat))
    if command:
        await bot.emulator.send_command(user, chat, text)
    else:
        await bot.emulator.send_message(user, chat, text, **fields)
    for _ in range(300):
        messages = await bot.emulator.bot_messages(chat)
        if len(messages) > before:
            return "\n".join(m.text or "" for m in messages[before:])
        await asyncio.sleep(0.1)
    pytest.fail(f"no reply to {text!r}")


async def test_start_names_the_articles_and_offers_questions_they_answer(seed_bot: RealBot) -> None:
    text = await _reply(seed_bot, 7101, "/start", command=True)
    print("\n/start →", text)
    assert "Netanyahu to press Trump for a tougher line on Iran's missiles — <i>AFP</i>" in text
    title = "Trump keeps Iran talks going after Netanyahu presses for a harder line"
    assert f"{title} — <i>outlet unknown</i>" in text
    assert "192c380beb5f4df8" not in text and "README" not in text and "any language" not in text


async def test_a_reader_asks_follows_up_and_is_told_plainly_what_is_not_there(seed_bot: RealBot) -> None:
    chat = 7102
    first = await _reply(seed_bot, chat, "What did Netanyahu want from the meeting?")
    follow = await _reply(seed_bot, chat, "And what did Trump say?")
    putin = await _reply(seed_bot, chat, "What did Vladimir Putin say about the meeting?")
    russian = await _reply(seed_bot, chat, "Чего хотел Нетаньяху от встречи?")
    nato = await _reply(seed_bot, chat, "What did NATO say about the meeting?")
    troops = await _reply(seed_bot, chat, "How many extra American troops have been sent to the Middle East?")
    answers = {"netanyahu": first, "trump": follow, "putin": putin, "russian": russian, "nato": nato}
    for q, a in (*answers.items(), ("troops", troops)):
        print(f"\n{q} →", a)
    assert "harder line" in first and "[Trump keeps Iran talks going… ¶3]" in first
    assert first.count("had been expected to urge Trump") == 1 and "““" not in first
    assert "I insisted to the Prime Minister" in follow and "Donald Trump" in follow
    assert "don't mention Vladimir Putin" in putin
    assert "I answer questions in English" in russian
    assert "don't mention NATO" in nato
    assert "don't give the number asked for" in troops and "The closest paragraph is" in troops


async def test_the_war_dates_are_flagged_once(seed_bot: RealBot) -> None:
    text = await _reply(seed_bot, 7103, "When was the 12-day war?")
    print("\nwar →", text)
    assert text.count("Sources disagree") == 1
    assert "June" in text and "July" in text and "[AFP ¶21]" in text


async def test_a_journalist_asks_where_the_sources_disagree_and_checks_a_claim(seed_bot: RealBot) -> None:
    text = await _reply(seed_bot, 7104, "Where do the sources disagree?")
    print("\ndisagree →", text)
    assert text.count("Sources disagree") == 1 and "12-day war" in text
    claim_text = "/quote Netanyahu said the missiles caused severe damage"
    claim = await _reply(seed_bot, 7104, claim_text, command=True)
    print("\nclaim →", claim)
    assert "Misattributed." in claim and "Danny Citrinowicz" in claim


async def test_a_greeting_before_a_question_does_not_change_the_answer(seed_bot: RealBot) -> None:
    text = await _reply(seed_bot, 7105, "hello what did Trump say about *Iran*?", user=7005)  # own rate limit
    print("\ngreeting →", text)
    assert "What Trump said" in text and "Guy Ziv" not in text  # was Ziv's "He wants to first convince …"


async def test_quotes_of_a_person_only_their_office_speaks_for_says_so(seed_bot: RealBot) -> None:
    text = await _reply(seed_bot, 7106, "/quotes netanyahu", command=True, user=7006)
    print("\n/quotes netanyahu →", text[:300])
    assert text.startswith("🤷 <b>I found no quotes by netanyahu in person.</b>")  # was a bare heading
    assert "<b>Netanyahu’s office</b>" in text and "[AFP ¶7]" in text


async def test_a_forwarded_claim_a_link_and_a_quote_reply_are_read_as_a_journalist_means_them(
    seed_bot: RealBot,
) -> None:
    chat, user = 7107, 7007
    channel = {"type": "channel", "date": 1, "chat": {"id": -1007, "type": "channel", "title": "Wire"}}
    forwarded = await _reply(
        seed_bot, chat, "JUST IN: Netanyahu said the missiles caused severe damage", user=user,
        forward_origin=channel | {"message_id": 3}, forward_date=1,
    )  # fmt: skip
    print("\nforwarded →", forwarded[:300])
    assert forwarded.startswith("📨") and "Misattributed." in forwarded and "Danny Citrinowicz" in forwarded
    link = await _reply(seed_bot, chat, "https://news.example.com/2026/iran-talks", user=user)
    assert "I can't open links" in link and "don't mention" not in link  # was "don't mention Iran-talks"
    first = await _reply(seed_bot, chat, "When was the 12-day war?", user=user)
    answer = (await seed_bot.emulator.bot_messages(chat))[-1]
    assert "unprecedented Israeli strikes" in first
    quote = {
        "text": "unprecedented Israeli strikes on Iranian military and nuclear facilities",
        "position": 50,
    }
    who = await _reply(seed_bot, chat, "who said this?", user=user, reply_to=answer.message_id, quote=quote)
    print("\nquote-reply →", who[:300])
    assert "I found no one quoted saying that" in who and "Sources disagree" not in who  # the writer's words
