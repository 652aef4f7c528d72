"""/quote, /quotes and "who said …" questions through real PTB objects and the fake QA."""

from __future__ import annotations

import json
import sqlite3

import pytest
from tgfakes import BOT_USERNAME, GROUP_ID, callback, check, inline, message
from tgharness import Harness

from bot import render_quotes
from bot.chatstore import CHAT_CONTEXT_FILE
from bot.threads import chat_record
from bot.turns import turn_from_data, turn_to_data
from index.engine import Turn


def _buttons(sent: dict) -> list[str]:
    markup = sent.get("reply_markup") or {"inline_keyboard": []}
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


async def test_quote_exact_shows_speaker_wording_and_source(harness):
    await harness.send(message("/quote we will REBUILD every home"))
    (sent,) = harness.request.of("sendMessage")
    text = sent["text"]
    assert "✅ <b>Exact quote.</b>" in text
    assert "<b>Ana Lopez</b>, Mayor — <i>told reporters</i> <b>[AFP ¶4]</b>" in text
    assert "<blockquote expandable><b>[AFP ¶4]</b> Floods hit the valley\n“We will rebuild" in text
    assert _buttons(sent) == ["p:afp-flood:4"]
    assert harness.qa.checked == ["we will REBUILD every home"]
    await harness.send(callback("p:afp-flood:4"))
    assert "Mayor Ana Lopez told reporters." in harness.request.texts()[-1]


async def test_an_exact_quote_typed_with_markdown_emphasis_is_echoed_without_it(harness):
    # was "The articles quote these words: “*we will rebuild every home*”", asterisks and all
    await harness.send(message("/quote *we will rebuild every home*"))
    text = harness.request.texts()[0]
    assert "✅ <b>Exact quote.</b> The articles quote these words: “we will rebuild every home”" in text


async def test_quote_of_a_persons_office_is_said_on_their_behalf(harness):
    await harness.send(message("/quote Lopez said the mayor will visit the shelters on Friday"))
    text = harness.request.texts()[-1]
    assert "🏛 <b>Said on their behalf.</b> These are the words of <b>Lopez’s office</b>" in text
    assert "speaking for Lopez: not Lopez's own words" in text and "Misattributed" not in text
    await harness.send(message("/quote the mayor will visit the shelters on Friday"))
    assert "on their behalf" not in harness.request.texts()[-1]  # no speaker claimed


async def test_quote_misworded_shows_word_diff(harness):
    await harness.send(message("/quote We shall rebuild every home, whatever it costs"))
    text = harness.request.texts()[0]
    assert "✏️ <b>Misquoted.</b>" in text
    assert "We <s>shall</s> <b><u>will</u></b> rebuild every home whatever it costs" in text
    assert "<b>[AFP ¶4]</b>" in text and "<blockquote expandable>" in text


async def test_quote_not_found_offers_closest_paragraph(harness):
    await harness.send(message("/quote the river rose ten metres in an hour"))
    (sent,) = harness.request.of("sendMessage")
    assert "🤷 <b>Not found.</b>" in sent["text"]
    assert "The closest paragraph is <b>[AFP ¶3]</b>" in sent["text"]
    assert _buttons(sent) == ["p:afp-flood:3"]


async def test_quote_with_html_is_escaped(harness):
    await harness.send(message("/quote we cannot do this <alone> & fast"))
    text = harness.request.texts()[0]
    assert "Exact quote" in text and "“we cannot do this &lt;alone&gt; &amp; fast”" in text
    assert "<b>[Reuters ¶3]</b>" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/quote", "Send the words after the command"),
        ("/quote  ?! ", "Send the words"),
        ("/quote " + "x" * 1001, "keep it under 1000"),
    ],
)
async def test_quote_bad_input(harness, text, expected):
    await harness.send(message(text))
    (reply,) = harness.request.texts()
    assert expected in reply
    assert harness.qa.checked == []


async def test_quote_in_group_addressed_to_me(harness):
    await harness.send(message(f"/quote@{BOT_USERNAME} we will rebuild every home", chat_id=GROUP_ID))
    (sent,) = harness.request.of("sendMessage")
    assert sent["chat_id"] == GROUP_ID and "Exact quote" in sent["text"]


async def test_quotes_by_speaker_keeps_the_office_apart(harness):
    await harness.send(message("/quotes Lopez"))
    (sent,) = harness.request.of("sendMessage")
    text = sent["text"]
    person, office = text.split("Organisations, offices and spokespeople")
    assert "🗣 <b>Ana Lopez</b>, Mayor · 2 quotes" in person
    assert "“We will rebuild every home, whatever it costs” — <i>told reporters</i> <b>[AFP ¶4]</b>" in person
    assert "<i>Rock &amp; Roll &lt;live&gt; _*[x] flood relief</i> (Reuters)" in person
    assert "Lopez’s office" in office and "not Ana Lopez's own words" in text
    assert "<b>[AFP ¶5]</b>" in office
    assert _buttons(sent) == ["p:afp-flood:4", "p:reuters-flood:3", "p:afp-flood:5"]


async def test_quotes_without_speaker_lists_speakers_with_counts(harness):
    await harness.send(message("/quotes"))
    text = harness.request.texts()[0]
    assert "<b>Who is quoted</b> (2 speakers, 3 quotes)" in text
    people, offices = text.split("Organisations, offices and spokespeople")
    assert "• Ana Lopez — 2 quotes" in people and "• Lopez’s office — 1 quote" in offices


async def test_quotes_unknown_speaker(harness):
    await harness.send(message("/quotes Zorro"))
    assert "I found no quotes by Zorro" in harness.request.texts()[0]


# --- natural attribution questions --------------------------------------------------------------


async def test_who_said_is_answered_with_speaker_and_source(harness):
    await harness.send(message("Who said we will rebuild every home?"))
    (sent,) = harness.request.of("sendMessage")
    text = sent["text"]
    assert text.startswith("🗣 That was <b>Ana Lopez</b>") or text.startswith("✅ <b>Ana Lopez</b>")
    assert "<blockquote expandable><b>[AFP ¶4]</b>" in text
    assert _buttons(sent)[0].startswith("p:afp-flood:4.")


async def test_who_said_misquote_shows_diff(harness):
    await harness.send(message("Who said “we shall rebuild every home, whatever it costs”?"))
    text = harness.request.texts()[0]
    assert "Not quite those words" in text and "<s>shall</s> <b><u>will</u></b>" in text


async def test_did_say_no_names_the_real_speaker(harness):
    await harness.send(message("Did Lopez say the mayor will visit the shelters on Friday?"))
    text = harness.request.texts()[0]
    assert "❌ <b>No.</b> That was <b>Lopez’s office</b>, not <b>Lopez</b>." in text
    assert "(an organisation, office or spokesperson, not a person)" in text


async def test_did_say_yes(harness):
    await harness.send(message("Did Lopez say we cannot do this alone?"))
    text = harness.request.texts()[0]
    assert "✅ <b>Yes.</b> <b>Lopez</b> is quoted saying that." in text and "[Reuters ¶3]" in text


async def test_what_did_x_say_lists_quotes(harness):
    await harness.send(message("What did Lopez say?"))
    (sent,) = harness.request.of("sendMessage")
    assert "<b>What Lopez said</b> (2 quotes):" in sent["text"]
    assert {b.split(".")[0] for b in _buttons(sent)} >= {"p:afp-flood:4", "p:reuters-flood:3"}


async def test_who_said_unknown_offers_closest(harness):
    await harness.send(message("Who said the river is made of chocolate?"))
    text = harness.request.texts()[0]
    assert "I found no one quoted saying that" in text and "The closest paragraph is" in text


async def test_inline_mode_shares_attribution_answers(harness):
    await harness.send(inline("who said we will rebuild every home"))
    (answer,) = harness.request.of("answerInlineQuery")
    first = answer["results"][0]["input_message_content"]["message_text"]
    check(first)
    assert "Ana Lopez" in first


# --- chat context persistence --------------------------------------------------------------------


async def test_chat_context_is_persisted_as_plain_data(tmp_path):
    h = Harness(tmp_path)
    await h.start()
    await h.send(message("What did Lopez say?"))
    await h.stop()
    with sqlite3.connect(tmp_path / CHAT_CONTEXT_FILE) as db:  # committed when it changed (bot.chatstore)
        (data,) = db.execute("SELECT data FROM chat_context").fetchone()
    record = json.loads(data)
    _assert_plain(record)
    kept = chat_record(record)  # the chat's record of turns (bot.threads)
    turn = turn_from_data(kept["turns"][kept["last"]])
    assert turn is not None and turn.answer is not None and turn.answer.attribution is not None
    assert turn.answer.attribution.quotes[0].speaker == "Ana Lopez"


def _assert_plain(value: object) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            assert isinstance(k, str)
            _assert_plain(v)
    elif isinstance(value, list):
        for v in value:
            _assert_plain(v)
    else:
        assert value is None or isinstance(value, str | int | float | bool), type(value)


def test_turn_data_survives_changed_or_damaged_records():
    assert turn_from_data(None) is None
    assert turn_from_data(Turn("q")) is None  # the old pickled-object format
    data = turn_to_data(Turn("q"))
    assert turn_from_data({**data, "answer": {"sentences": "garbage"}}) is None


# --- rendering units ----------------------------------------------------------------------------


def test_diff_round_trip_and_escaping():
    ops = render_quotes.parse_diff("we [-shall <b>-] {+will & +} win")
    assert ops == [("=", "we"), ("-", "shall <b>"), ("+", "will & "), ("=", "win")]
    assert render_quotes.diff_html(ops) == "we <s>shall &lt;b&gt;</s> <b><u>will &amp; </u></b> win"


def test_quotes_of_offices_alone_are_listed_without_the_people_heading():
    from index.types import Quote

    office = Quote(
        "we will reopen the port",
        "the port authority",
        None,
        "said",
        "d",
        "Port news",
        2,
        0,
        5,
        speaker_kind="office",
    )
    parts = render_quotes._groups_html([office])
    assert len(parts) == 1 and "the port authority" in parts[0]
    assert "“we will reopen the port”" in parts[0]
    assert "Organisations, offices and spokespeople" not in parts[0]


async def test_quote_naming_the_wrong_speaker_says_whose_words_they_are(harness):
    await harness.send(message("/quote The governor said we will rebuild every home"))
    text = harness.request.texts()[0]
    assert "❌ <b>Misattributed.</b> These are the words of <b>Ana Lopez</b>, not The governor." in text
    assert "✅ <b>Exact quote.</b>" in text and "<b>[AFP ¶4]</b>" in text
    # the words checked are echoed without the speaker the claim names
    assert "The articles quote these words: “we will rebuild every home”" in text


async def test_quote_naming_the_right_speaker_is_not_flagged(harness):
    await harness.send(message("/quote “We will rebuild every home,” Ana Lopez said"))
    text = harness.request.texts()[0]
    assert "Misattributed" not in text and "opposite" not in text
    assert "✅ <b>Exact quote.</b> The articles quote these words: “We will rebuild every home”\n" in text


async def test_quote_in_quotation_marks_is_echoed_with_one_pair(harness):
    await harness.send(message('/quote Lopez said: "We will rebuild every home"'))
    assert "these words: “We will rebuild every home”\n" in harness.request.texts()[0]
    await harness.send(message('/quote "the river rose ten metres in an hour"'))
    assert "quoted saying “the river rose ten metres in an hour”." in harness.request.texts()[-1]


async def test_quote_reversing_the_words_says_the_quote_says_the_opposite(harness):
    await harness.send(message("/quote Ana Lopez said we will not rebuild every home"))
    text = harness.request.texts()[0]
    assert "⚠️ <b>The quote says the opposite.</b>" in text
    assert "Misattributed" not in text
    assert text.count("<s>") + text.count("<u>") >= 1 and text.count(render_quotes._LEGEND) == 1  # one diff


def test_a_speaker_description_that_opens_the_verdict_is_capitalised():
    from index.types import Answer, Attribution, Quote

    quote = Quote(
        "The port will close.",
        "an official at the port",
        None,
        "said",
        "port",
        "Port",
        2,
        0,
        20,
        speaker_kind="anonymous",
    )
    found = Attribution("who_said", "exact", quotes=(quote,))
    answer = Answer("Who said the port will close?", (), (), False, attribution=found)
    html = render_quotes.attribution_html(answer)
    assert html.startswith("✅ <b>An official at the port</b> said that, word for word.")
