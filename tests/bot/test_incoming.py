"""Links, quote-replies and forwarded messages: what a message asks beyond its words."""

from __future__ import annotations

import pytest
from tgfakes import USER_ID, bot_message, chat, check, inline, message

from bot.incoming import about_link_only, reads_as_question, with_quoted, without_kicker, without_links

CHANNEL = {
    "type": "channel",
    "date": 1,
    "chat": {"id": -1001, "type": "channel", "title": "Wire"},
    "message_id": 9,
}


def forwarded(text: str) -> dict:
    return message(text, forward_origin=CHANNEL, forward_date=1)


@pytest.mark.parametrize(
    ("text", "rest", "only_link"),
    [
        ("https://news.example.org/2024/05/ferry-strike", "", True),
        ("www.example.net/story what's this about?", "what's this about?", True),
        ("Can you summarise this article? example.com/ferry?id=3", "Can you summarise this article?", True),
        ("Read more: https://t.example/x", "", True),
        ("http://example.org/a How many ferries were cancelled?", "How many ferries were cancelled?", False),
    ],
)
def test_links_are_dropped_and_a_question_only_about_the_link_is_recognised(text, rest, only_link):
    assert without_links(text) == (rest, True)
    assert about_link_only(rest) is only_link


def test_a_link_leaves_the_punctuation_after_it_and_no_empty_brackets():
    assert without_links("Ferries stop (see https://port.example/notice). Why?") == (
        "Ferries stop. Why?",
        True,
    )
    assert without_links("Tolls rise [via example.org/tolls], Kim said") == ("Tolls rise, Kim said", True)


def test_text_without_a_link_is_left_alone():
    for text in ("The U.S. and the E.U. met in St. Louis.", "Mail ops@harbour.example today", "v2.0 is out"):
        assert without_links(text) == (text, False)


@pytest.mark.parametrize(
    ("question", "quoted", "asked"),
    [
        ("who said this?", "the ferries will sail again", "who said “the ferries will sail again”?"),
        ("Who said that", "the ferries will sail again", "Who said “the ferries will sail again”"),
        ("is it true that Kim said this?", "tolls will rise", "is it true that Kim said “tolls will rise”?"),
        ("who said?", "tolls will rise", "who said “tolls will rise”?"),
        # the citation and the article's own quotation marks are not part of the words
        (
            "who said this?",
            "“Tolls will rise,” Kim said. [Harbour Post ¶4]",
            "who said “Tolls will rise, Kim said.”?",
        ),
        ("tell me more", "tolls will rise", "tell me more"),
        ("who said this?", None, "who said this?"),
        ("who said this?", "🙂", "who said this?"),
        ("who said this?", "x" * 700, "who said this?"),  # a whole article pasted is no quotation
        ("what's that?", "tolls", "what's “tolls”?"),
    ],
)
def test_the_quoted_words_take_the_place_of_this(question, quoted, asked):
    assert with_quoted(question, quoted) == asked


def test_a_statement_is_told_from_a_question_and_a_kicker_is_no_speaker():
    assert reads_as_question("How many ferries sailed?") and reads_as_question("did the ferries sail")
    assert not reads_as_question("Kim said tolls will rise.") and not reads_as_question(
        "“Tolls will rise,” Kim said"
    )
    assert without_kicker("JUST IN — Kim: tolls will rise") == "Kim: tolls will rise"
    assert without_kicker("Updates from the port: ferries sail") == "Updates from the port: ferries sail"


async def test_a_link_alone_is_answered_plainly_not_searched(harness):
    # was "The articles don't mention Ferry-strike": the link's slug was taken for a name
    await harness.send(message("https://news.example.org/2024/05/ferry-strike"))
    await harness.send(message("https://news.example.org/2024/05/ferry-strike what does it say?"))
    texts = [check(t) for t in harness.request.texts()]
    assert len(texts) == 2 and all("I can't open links" in t for t in texts)
    assert harness.qa.asked == []
    await harness.send(message("example.org/river What did the river do overnight?"))
    assert harness.qa.asked[-1][0] == "What did the river do overnight?"


async def test_a_quote_reply_asks_about_the_quoted_words(harness):
    answer = bot_message(USER_ID, "“We will rebuild every home,” Mayor Ana Lopez told reporters. [AFP ¶4]")
    quote = {"text": "We will rebuild every home", "position": 1}
    await harness.send(message("who said this?", reply_to=answer, quote=quote))
    assert harness.qa.asked[-1][0] == "who said “We will rebuild every home”?"
    await harness.send(message("tell me more", reply_to=answer))  # a plain reply still continues the answer
    assert harness.qa.asked[-1][0] == "tell me more"


async def test_a_reply_to_a_pasted_text_asks_about_that_text(harness):
    pasted = {"message_id": 501, "date": 1, "chat": chat(USER_ID), "from": {"id": USER_ID, "is_bot": False,
              "first_name": "Ann"}, "text": "Mayor Lopez promised to rebuild every home"}  # fmt: skip
    await harness.send(message("Who said that?", reply_to=pasted))
    assert harness.qa.asked[-1][0] == "Who said “Mayor Lopez promised to rebuild every home”?"


async def test_a_forwarded_claim_is_checked_as_quote_would(harness):
    # was searched as a question: the reader got Lopez's sentence with no word that the
    # forwarded post had put the mayor's words in someone else's mouth
    await harness.send(forwarded("BREAKING: Tom Reyes said we will rebuild every home, whatever it costs"))
    assert harness.qa.checked == ["Tom Reyes said we will rebuild every home, whatever it costs"]
    text = check(harness.request.texts()[-1])
    assert text.startswith("📨 A forwarded message: I checked its words as a quotation")
    assert "Misattributed" in text and "Ana Lopez" in text
    assert harness.qa.asked == []


async def test_a_forwarded_question_is_asked_and_a_long_post_is_refused_plainly(harness):
    await harness.send(forwarded("What did the river do overnight?"))
    assert harness.qa.asked[-1][0] == "What did the river do overnight?" and harness.qa.checked == []
    await harness.send(forwarded("The river rose. " * 80))
    assert "forwarded message is 1279 characters long" in harness.request.texts()[-1]
    await harness.send(forwarded("Full story: https://news.example.org/river"))
    assert "I can't open links" in harness.request.texts()[-1] and harness.qa.checked == []


async def test_an_inline_link_is_answered_with_a_notice_not_a_search(harness):
    await harness.send(inline("https://news.example.org/2024/05/ferry-strike"))
    (sent,) = harness.request.of("answerInlineQuery")
    assert sent["results"] == [] and sent["button"]["text"] == "I can't open links: type a question in words"
    assert harness.qa.asked == []
    await harness.send(inline("news.example.org/river what did the river do overnight?"))
    assert harness.qa.asked[-1][0] == "what did the river do overnight?"


async def test_quote_with_a_link_is_told_plainly_and_a_claim_beside_a_link_is_checked(harness):
    await harness.send(message("/quote https://news.example.org/2024/05/ferry-strike"))
    assert "I can't open links" in harness.request.texts()[-1] and harness.qa.checked == []
    await harness.send(message("/quote Ana Lopez said we will rebuild every home (via news.example.org/x)"))
    assert harness.qa.checked == ["Ana Lopez said we will rebuild every home"]
