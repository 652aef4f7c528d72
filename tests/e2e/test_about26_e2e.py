"""about26 through the emulator, on the seed articles (the real `python -m bot`): in a group,
"@bot who said this?" and "@bot is this right?" replying to the bot's own answer; in a private
chat, questions about the articles themselves and "and him?" after an answer."""

from __future__ import annotations

import pytest
from chat import send as _send
from conftest import RealBot

pytestmark = pytest.mark.e2e


async def test_who_said_this_and_is_this_right_replying_to_the_bots_answer(seed_bot: RealBot) -> None:
    group, user, me = -7801, 7801, f"@{seed_bot.username}"
    (answer,) = await _send(seed_bot, user, group, f"{me} Who met whom and when?", chat_type="supergroup")
    (whose,) = await _send(
        seed_bot, user, group, f"{me} who said this?", chat_type="supergroup", reply_to=answer.message_id
    )
    print("\nwho said this? →", (whose.text or "")[:300])
    assert (whose.text or "").startswith("🗣") and "the article's own narration" in (whose.text or "")
    assert whose.text != answer.text
    (quoted,) = await _send(seed_bot, user, group, f"{me} What did Citrinowicz say?", chat_type="supergroup")
    (whose,) = await _send(
        seed_bot, user, group, f"{me} who said this?", chat_type="supergroup", reply_to=quoted.message_id
    )
    assert "Danny Citrinowicz, quoted in the article" in (whose.text or "")
    where, paragraph = await _send(
        seed_bot,
        user,
        group,
        f"{me} is this right?",
        count=2,
        chat_type="supergroup",
        reply_to=answer.message_id,
    )
    print("is this right? →", (where.text or "")[:300])
    assert (where.text or "").startswith("📄") and "AFP ¶" in (where.text or "")
    assert (paragraph.text or "").startswith("📄 <b>")


async def test_questions_about_the_articles_in_a_chat(seed_bot: RealBot) -> None:
    chat = 7802
    (first,) = await _send(seed_bot, chat, chat, "Who met whom and when?")
    (him,) = await _send(seed_bot, chat, chat, "and him?")
    assert "I can't tell whom or what “him” means" in (him.text or "") and him.text != first.text
    (wrote,) = await _send(seed_bot, chat, chat, "who wrote it?")
    print("\nwho wrote it? →", (wrote.text or "")[:300])
    assert "I don't have the authors' names" in (wrote.text or "") and "AFP" in (wrote.text or "")
    (other,) = await _send(seed_bot, chat, chat, "what about the other article?")
    assert "Trump keeps Iran talks going" in (other.text or "")
    (afp,) = await _send(seed_bot, chat, chat, "what is the AFP one about?")
    assert (afp.text or "").startswith("📰 <b>What AFP reports</b>") and "[AFP ¶1]" in (afp.text or "")
    (newer,) = await _send(seed_bot, chat, chat, "which article is newer?")
    assert "publication dates" in (newer.text or "")
