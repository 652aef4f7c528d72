from __future__ import annotations

import pytest
from tgfakes import USER_ID, callback, inline, message
from tgharness import Harness

from bot import callbacks
from index.state.feedback import FeedbackStore


def _buttons(harness) -> list[str]:
    markup = harness.request.of("sendMessage")[-1]["reply_markup"]
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


async def test_source_button_shows_whole_paragraph(harness):
    await harness.send(callback("p:afp-flood:2"))
    assert harness.request.callback_answers() == [None]
    (text,) = harness.request.texts()
    assert "<b>Floods hit the valley</b>" in text and "¶2" in text
    assert "At least 12 people died in the floods, the mayor said." in text


async def test_source_button_with_long_doc_id_uses_digest(harness):
    data = callbacks.source_data("reuters-flood" + "", 1)
    assert data == "p:reuters-flood:1"
    digest_data = f"p:#{callbacks.digest('reuters-flood', 16)}:1"
    await harness.send(callback(digest_data))
    assert "benefit concert" in harness.request.texts()[0]


async def test_source_button_on_inline_message_shows_alert(harness):
    await harness.send(callback("p:afp-flood:3", inline=True))
    (answer,) = harness.request.of("answerCallbackQuery")
    assert answer["show_alert"] is True and "river rose" in answer["text"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("p:afp-flood:99", "no longer in the index"),
        ("p:unknown-doc:1", "no longer in the index"),
        ("p:#0000000000000000:1", "no longer in the index"),
        ("fb:424242:up", "expired"),
        ("fb:1:sideways", "expired"),
        ("q:0:0000000000", "expired"),
        ("q:9:0000000000", "expired"),
        ("garbage", "expired"),
        ("p:afp-flood:-1", "expired"),
        ("", "expired"),
    ],
)
async def test_forged_or_stale_button_gets_polite_answer(harness, data, expected):
    await harness.send(callback(data))
    (text,) = harness.request.callback_answers()
    assert text is not None and expected in text
    assert harness.request.of("sendMessage") == []


async def test_example_button_asks_the_question(harness):
    question = harness.qa.example_questions(3)[1]
    await harness.send(callback(callbacks.example_data(1, question)))
    assert harness.qa.asked[-1][0] == question
    text = harness.request.texts()[0]
    assert question in text and "[AFP ¶3]" in text


async def test_feedback_is_stored_with_question_and_citations(tmp_path):
    h = Harness(tmp_path)
    await h.start()
    await h.send(message("What did the river do?"))
    up, down = [d for d in _buttons(h) if d.startswith("fb:")]
    await h.send(callback(up))
    await h.send(callback(down, user_id=USER_ID + 1))
    await h.send(callback(up, user_id=USER_ID + 1))  # a changed mind counts once
    assert h.request.callback_answers()[0] == "Thanks for the 👍!"
    answer_id = callbacks.parse(up).answer_id  # type: ignore[union-attr]
    await h.stop()

    store = FeedbackStore(tmp_path / "feedback.sqlite3")  # survives the restart
    try:
        feedback = store.get(answer_id)
        assert feedback is not None
        assert feedback.question == "What did the river do?"
        assert feedback.citations == ("afp-flood#3",)
        assert (feedback.up, feedback.down) == (2, 0)
    finally:
        store.close()


async def test_inline_query_offers_cited_answer(harness):
    await harness.send(inline("what did the river do?"))
    (sent,) = harness.request.of("answerInlineQuery")
    first = sent["results"][0]
    assert first["type"] == "article"
    content = first["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "[AFP ¶3]" in content["message_text"] and "what did the river do?" in content["message_text"]
    assert any("AFP ¶3" in r["title"] for r in sent["results"][1:])


@pytest.mark.parametrize("query", ["", "x" * 2000, "🤔🤔", "?!", "hi!", "thanks a lot"])
async def test_inline_query_bad_input(harness, query):
    # as in a chat, emoji alone or small talk is not searched (was "The articles don't say" + a paragraph)
    await harness.send(inline(query))
    (sent,) = harness.request.of("answerInlineQuery")
    assert sent["results"] == [] and sent["button"]["text"]
    assert harness.qa.asked == []


async def test_inline_query_error_is_answered(harness):
    await harness.send(inline("explode"))
    (sent,) = harness.request.of("answerInlineQuery")
    assert "secret" not in str(sent)


@pytest.mark.parametrize(
    ("query", "title"),
    [
        (
            "Did Lopez's office say they will rebuild every home?",
            "❌ No. That was Ana Lopez, not Lopez's office.",
        ),
        ("Who said we will rebuild every home whatever it costs?", "✅ Ana Lopez said that, word for word."),
        ("what did Lopez say?", "🗣 What Lopez said (2 quotes)"),
    ],
)
async def test_inline_title_of_an_attribution_answer_is_its_verdict(harness, query, title):
    # the title was the quoted sentence: for "did X say …?" it read as a yes when the answer is no
    await harness.send(inline(query))
    (sent,) = harness.request.of("answerInlineQuery")
    assert sent["results"][0]["title"] == title
