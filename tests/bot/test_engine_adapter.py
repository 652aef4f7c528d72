"""The Telegram adapter on the REAL Engine (real model, real index) — no network, no emulator.

The corpus is the fixture articles of tests/news_fixtures.py written to a temporary DOCS_DIR;
updates go through real PTB objects and the recording transport, as in test_handlers.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from tgfakes import BOT_USERNAME, GROUP_ID, callback, check, message
from tgharness import Harness

from index.engine import Engine

REPO = Path(__file__).resolve().parents[2]

# three fixture articles are AFP's, so citations name the Geneva one by its short title
GENEVA = "Morsland rejects limits on…"


@pytest.fixture
def engine(news_engine: Engine) -> Engine:
    return news_engine


@pytest.fixture
async def bot(engine: Engine, tmp_path: Path) -> AsyncIterator[Harness]:
    h = Harness(tmp_path, qa=engine)  # type: ignore[arg-type]  # any QA will do
    await h.start()
    h.request.clear()
    yield h
    await h.stop()
    for params in h.request.of("sendMessage"):
        assert params.get("parse_mode") == "HTML"
        check(str(params["text"]))


def _buttons(sent: dict) -> list[str]:
    markup = sent.get("reply_markup") or {"inline_keyboard": []}
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


async def test_question_is_answered_from_the_right_paragraph(bot: Harness) -> None:
    await bot.send(message("When did the provincial governor go to see the damage?"))
    (sent,) = bot.request.of("sendMessage")
    # three fixture articles are AFP's, so each is named by outlet and short title
    assert "<b>[Strike hits Port Aldane as… ¶11]</b>" in sent["text"]
    assert _buttons(sent)[0].startswith("p:harbour:11.")  # with the cited text's digest
    await bot.send(callback("p:harbour:11"))
    assert "¶11\n<blockquote>" in bot.request.texts()[-1]


async def test_group_mention_is_answered(bot: Harness) -> None:
    await bot.send(message(f"@{BOT_USERNAME} where does the analyst Arvid Kell work?", chat_id=GROUP_ID))
    (sent,) = bot.request.of("sendMessage")
    assert sent["chat_id"] == GROUP_ID and "Brenner Institute" in sent["text"] and "¶9]" in sent["text"]


async def test_quote_misworded(bot: Harness) -> None:
    await bot.send(message("/quote our rockets are not on the table and never will be"))
    (sent,) = bot.request.of("sendMessage")
    text = sent["text"]
    assert "✏️ <b>Misquoted.</b>" in text
    assert "<s>rockets</s> <b><u>missiles</u></b>" in text
    speaker = (
        f"<b>Teodor Vasilak</b>, Morsland’s foreign minister — <i>told reporters</i> <b>[{GENEVA} ¶2]</b>"
    )
    assert speaker in text
    assert "<blockquote expandable>" in text
    assert _buttons(sent) == ["p:geneva:2"]


async def test_quote_exact_and_not_found(bot: Harness) -> None:
    await bot.send(message("/quote Nobody should be fooled by these smiles"))
    await bot.send(message("/quote bananas are the bluest fruit in Geneva"))
    exact, missing = bot.request.texts()
    assert "Exact quote" in exact and "<b>Elena Marsh</b>" in exact and f"[{GENEVA} ¶6]" in exact
    assert "Not found" in missing and "The closest paragraph is" in missing


async def test_quotes_by_person_and_her_office(bot: Harness) -> None:
    await bot.send(message("/quotes Marsh"))
    (sent,) = bot.request.of("sendMessage")
    person, office = sent["text"].split("Organisations, offices and spokespeople")
    assert "<b>Elena Marsh</b>" in person and "· 3 quotes" in person
    assert f"[{GENEVA} ¶6]" in person and f"[{GENEVA} ¶7]" in person
    assert "Marsh’s office" in office and f"[{GENEVA} ¶13]" in office and "Marsh’s office" not in person
    assert "p:geneva:13" in _buttons(sent)


async def test_quotes_lists_speakers(bot: Harness) -> None:
    await bot.send(message("/quotes"))
    text = "\n".join(bot.request.texts())
    assert "• Teodor Vasilak — " in text and "• Marsh’s office — 1 quote" in text


async def test_who_said_and_did_say(bot: Harness) -> None:
    await bot.send(message("Who said the missile programme is non-negotiable?"))
    await bot.send(message("Did Vasilak say nobody should be fooled?"))
    who, did = bot.request.of("sendMessage")
    assert "a spokesperson for its foreign ministry" in who["text"] and f"[{GENEVA} ¶8]" in who["text"]
    assert _buttons(who)[0].startswith("p:geneva:8.")
    assert "❌ <b>No.</b> That was <b>Elena Marsh</b>, not <b>Vasilak</b>." in did["text"]


async def test_follow_up_survives_restart_with_the_real_engine(engine: Engine, tmp_path: Path) -> None:
    first = Harness(tmp_path, qa=engine)  # type: ignore[arg-type]
    await first.start()
    await first.send(message("Who said nobody should be fooled by these smiles?"))
    assert "Elena Marsh" in first.request.texts()[-1]
    await first.stop()
    second = Harness(tmp_path, qa=engine)  # type: ignore[arg-type]
    await second.start()
    try:
        await second.send(message("What else did she say?"))
        text = second.request.texts()[-1]
        assert "Marsh" in text and f"[{GENEVA} ¶7]" in text  # "she" = Marsh, ¶6 already shown
    finally:
        await second.stop()
