"""Round 26 (about26): "is this right?" and "who said this?" asked of the bot's own answer (a
reply to it, or the next message in a private chat) say where its words come from, instead of
answering the question again."""

from __future__ import annotations

from tgfakes import check, message
from tgharness import Harness


async def test_who_said_this_names_the_speaker_or_the_narration(harness: Harness) -> None:
    await harness.send(message("Will they rebuild every home?"))
    await harness.send(message("who said this?"))
    answer, whose = harness.request.texts()
    check(whose)
    assert "[AFP ¶4]" in answer
    assert whose.startswith("🗣") and "Ana Lopez, quoted in the article" in whose and "[AFP ¶4]" in whose
    await harness.send(message("How far did the river rise overnight?"))
    await harness.send(message("Who said that?"))
    whose = harness.request.texts()[-1]
    assert "the article's own narration" in whose and "[AFP ¶3]" in whose
    # neither was searched: the domain was asked the two real questions only
    assert [q for q, _ in harness.qa.asked] == [
        "Will they rebuild every home?",
        "How far did the river rise overnight?",
    ]


async def test_is_this_right_says_where_the_answer_comes_from(harness: Harness) -> None:
    await harness.send(message("How far did the river rise overnight?"))
    await harness.send(message("is this right?"))
    _, where, paragraph = harness.request.texts()
    check(where)
    assert where.startswith("📄") and "AFP ¶3" in where and "word for word" in where
    assert "rose three metres" in paragraph
    assert len(harness.qa.asked) == 1
