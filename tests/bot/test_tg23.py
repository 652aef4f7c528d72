"""Telegram round 23: what round 22 left and what reading the bot as its readers, journalists
and admins use it showed (README, "Telegram round 23"). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakeqa import FakeQA
from tgfakes import ADMIN_ID, BOT_USERNAME, GROUP_ID, USER_ID, check, inline, message
from tgharness import Harness

from bot.incoming import english_part
from bot.render_speakers import speaker_quotes_keyboards, speaker_quotes_messages
from index import Document, group_speakers
from index.types import Quote


def _ferry_quotes(count: int) -> list[Quote]:
    text = "“The ferry will run every hour from May, and the fares will not change this year,” said Ola Berg."
    return [
        Quote(text[1:80], "Ola Berg", None, "said", "ferry", "Ferry timetable", n, 1, 80, outlet="Post")
        for n in range(1, count + 1)
    ]


def test_each_message_of_a_long_quotes_list_carries_the_buttons_of_its_own_quotes() -> None:
    # were all under the last message, and only the first eight paragraphs of the whole list
    groups = group_speakers(_ferry_quotes(90))
    chunks = speaker_quotes_messages("Berg", groups, [])
    keyboards = speaker_quotes_keyboards(chunks, groups)
    assert len(chunks) >= 3 and len(keyboards) == len(chunks)
    for chunk, keyboard in zip(chunks, keyboards, strict=True):
        check(chunk)
        assert keyboard is not None
        labels = [row[0].text.removeprefix("📄 ") for row in keyboard.inline_keyboard]
        assert 1 <= len(labels) <= 8
        assert all(f"<b>[{label}]</b>" in chunk for label in labels)  # each opens a quote above it
    first = [row[0].text for row in keyboards[0].inline_keyboard] if keyboards[0] else []
    last = [row[0].text for row in keyboards[-1].inline_keyboard] if keyboards[-1] else []
    assert first[0] == "📄 Post ¶1" and "📄 Post ¶1" not in last
    # the last message's buttons open its own first quotes, not the list's first eight
    assert chunks[-1].index(f"<b>[{last[0].removeprefix('📄 ')}]</b>") < chunks[-1].index("</b>\n• ")


def test_a_short_quotes_list_keeps_one_keyboard_and_no_label_matches_a_longer_one() -> None:
    groups = group_speakers(_ferry_quotes(12))
    (chunk,) = speaker_quotes_messages("Berg", groups, [])
    (keyboard,) = speaker_quotes_keyboards([chunk], groups)
    assert keyboard is not None
    labels = [row[0].text for row in keyboard.inline_keyboard]
    assert labels == [f"📄 Post ¶{n}" for n in range(1, 9)]
    # "[Post ¶1]" is not found inside "[Post ¶12]"
    (only,) = speaker_quotes_keyboards(["• “x” <b>[Post ¶12]</b>"], groups)
    assert only is not None and [row[0].text for row in only.inline_keyboard] == ["📄 Post ¶12"]


@pytest.mark.parametrize("sender", [USER_ID, ADMIN_ID])
async def test_a_gif_is_no_upload(harness: Harness, sender: int) -> None:
    # Telegram sends a GIF as an animation that is also a document: a reader was told "Only
    # admins can add documents", and an admin's GIF would have been read as an article
    gif = {"file_id": "g1", "file_unique_id": "g1u", "file_name": "nod.gif.mp4", "mime_type": "video/mp4"}
    animation = gif | {"width": 240, "height": 240, "duration": 2}
    await harness.send(message(None, user_id=sender, chat_id=sender, animation=animation, document=gif))
    assert harness.request.texts() == ["I can only read text questions. Please type your question."]
    assert not harness.request.of("getFile")


def test_english_sentences_are_kept_apart_from_those_in_another_script() -> None:
    assert english_part("Что сказал мэр? And what did Ola Berg say?") == (
        "And what did Ola Berg say?",
        ["Что сказал мэр?"],
    )
    assert english_part("Я из Риги, простите.\nWho runs the ferry?") == (
        "Who runs the ferry?",
        ["Я из Риги, простите."],
    )
    # a name or a quotation in another script inside an English sentence stays where it is, and
    # so does a sentence of one such word, which may be a name ("And Хольм?")
    for kept in (
        "What did Берг say about the ferry?",
        "Who said «паром пойдёт»? Was it Berg?",
        "What did Ola Berg say? And Хольм?",
    ):
        assert english_part(kept) == (kept, [])
    # all in one other language: refused as a whole by the question check, as before
    assert english_part("Что сказал мэр? Кто такой Берг?") == ("Что сказал мэр? Кто такой Берг?", [])


async def test_a_russian_sentence_beside_an_english_question_is_left_out(harness: Harness) -> None:
    # was one question: refused as not English, or answered as a blend of the two
    await harness.send(message("Что сказал мэр о пароме? When did the mill reopen?"))
    notice, answer = harness.request.texts()
    assert notice == (
        "🌐 I answer questions in English, so I left out “Что сказал мэр о пароме?” and answered the rest."
    )
    assert answer.startswith("❓ <i>When did the mill reopen?</i>") and "Что" not in answer


async def test_a_question_sent_twice_in_a_row_is_answered_once(harness: Harness) -> None:
    # a double tap got two identical answers, each with its own buttons
    await harness.send(message("When did the mill reopen?"))
    await harness.send(message("when did the mill  reopen?"))
    first, second = harness.request.texts()
    assert len(harness.qa.asked) == 1 and second == "☝️ You sent this twice in a row: I answer it once."
    # another asker in the group, an edit, and a different question are answered as ever
    await harness.send(message(f"@{BOT_USERNAME} When did the mill reopen?", chat_id=GROUP_ID))
    other = message(f"@{BOT_USERNAME} When did the mill reopen?", chat_id=GROUP_ID, user_id=USER_ID + 1)
    await harness.send(other)
    await harness.send(message("When did the mill reopen?", edited=True))
    await harness.send(message("Who runs the mill?"))
    assert len(harness.qa.asked) == 5


class _NoArticles(FakeQA):
    """Every article removed by an admin."""

    def documents(self) -> list[Document]:
        return []


async def test_with_every_article_removed_readers_are_told_so_not_that_the_articles_dont_say(
    tmp_path: Path,
) -> None:
    # was "🤷 The articles don't say. I couldn't find this in the articles I have read." (and
    # "/quote …": "No one in the articles I have read is quoted saying …"), though there were none
    h = Harness(tmp_path, qa=_NoArticles())
    await h.start()
    try:
        await h.send(message("When did the mill reopen?"))
        await h.send(message("/quote the mill will reopen"))
        await h.send(inline("When did the mill reopen?"))
        asked, quoted = h.request.texts()
        assert asked == quoted and asked.startswith("📭 <b>No articles are indexed right now</b>")
        (notice,) = h.request.of("answerInlineQuery")
        assert "No articles are indexed right now" in str(notice["button"])
        assert h.qa.asked == [] and h.qa.checked == []
    finally:
        await h.stop()


async def test_why_not_after_a_reply_that_found_nothing_is_told_how_i_answer(harness: Harness) -> None:
    # was a search for "why not?": "The articles don't say", beside an unrelated paragraph
    await harness.send(message("Quantum chromodynamics lattice?"))
    await harness.send(message("why not?"))
    refusal, why = harness.request.texts()
    assert "The articles don't say" in refusal and why.startswith(
        "I answer only from the articles I have indexed"
    )
    assert [q for q, _ in harness.qa.asked] == ["Quantum chromodynamics lattice?"]
    assert "reply_markup" not in harness.request.of("sendMessage")[-1]  # nothing to rate
    # after an answer, "why?" is a follow-up like any other
    await harness.send(message("What did the river do?"))
    await harness.send(message("why?"))
    assert [q for q, _ in harness.qa.asked][-2:] == ["What did the river do?", "why?"]


async def test_quotes_of_a_name_in_another_script_says_to_write_it_as_the_articles_do(
    harness: Harness,
) -> None:
    # was "I found no quotes by ברג", where a question naming ברג is told to write it in Latin letters
    await harness.send(message("/quotes ברג"))
    await harness.send(message("/quotes Zeller"))
    hebrew, unknown = harness.request.texts()
    assert hebrew == (
        "🔤 <b>The articles write names in Latin letters, and I can't read “ברג” as one of them.</b> "
        "Please write it as they do."
    )
    assert unknown.startswith("🤷 <b>I found no quotes by Zeller</b>")


async def test_an_inline_query_is_asked_without_its_sentence_in_another_script(harness: Harness) -> None:
    await harness.send(inline("Что сказал мэр о пароме? When did the mill reopen?"))
    assert [q for q, _ in harness.qa.asked] == ["When did the mill reopen?"]
    (results,) = harness.request.of("answerInlineQuery")
    assert "Что" not in str(results["results"])
