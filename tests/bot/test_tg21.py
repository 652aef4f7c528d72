"""Telegram round 21: replies that read wrong when the bot was used as its readers,
journalists and admins use it (README, "Telegram round 21"). Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_fixtures import doc
from tgfakes import BOT_USERNAME, GROUP_ID, message
from tgharness import Harness

from bot import render_admin
from bot.render_quotes import quote_check_html
from index.admin.corpus import Corpus
from index.admin.manage import Manager, Upload
from index.admin.upload import Fields
from index.attribution.checks.claims import check_claim
from index.attribution.extraction.extract import extract_quotes
from index.errors import UploadError
from tests.test_corpus import FolderIndex

FERRY = "\n\n".join(
    [
        "Ferry fares to rise in Orlund",
        "The Orlund ferry company will raise fares by a tenth in March, its board said on Monday.",
        "“The diesel bill has doubled since the winter,” said Petra Holm, the company's finance director.",
    ]
)


def test_a_claim_pasted_with_its_cue_is_shown_as_the_quoted_words_alone() -> None:
    quotes = extract_quotes(doc(FERRY, "ferry"))
    claim = "“The diesel bill has doubled since the winter,” said Petra Holm"
    check = check_claim(claim, quotes)
    assert check.verdict == "exact" and check.said == "The diesel bill has doubled since the winter"
    html = quote_check_html(claim, check)
    assert "these words: “The diesel bill has doubled since the winter”" in html  # was “…,” said Petra Holm”
    assert "said Petra Holm”" not in html


@pytest.mark.parametrize("marks", ["''", "‘’"])
def test_a_quotation_in_single_quotation_marks_is_exact_not_misquoted(marks: str) -> None:
    # was "Misquoted": the closing mark stuck to the last word ("winter'" against "winter")
    quotes = extract_quotes(doc(FERRY, "ferry"))
    claim = f"{marks[0]}The diesel bill has doubled since the winter{marks[1]}"
    check = check_claim(claim, quotes)
    assert check.verdict == "exact" and check.quote is not None and check.quote.speaker == "Petra Holm"
    assert "these words: “The diesel bill has doubled since the winter”" in quote_check_html(claim, check)
    # with the speaker named before the words too
    assert check_claim(f"Holm said {claim}", quotes).speaker_right is True


GALLERY = b"Gallery reopens after flood\n\nThe gallery reopened on Friday.\n\nIts basement is still shut.\n"


def test_the_same_text_uploaded_under_another_name_is_refused_and_names_the_article(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    manager = Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)
    manager.add([Upload("gallery.txt", GALLERY)])
    with pytest.raises(UploadError) as refused:
        manager.add([Upload("copy of gallery.md", GALLERY.replace(b"\n\n", b"\r\n\r\n"))])
    assert "already indexed, word for word, as `gallery`" in str(refused.value)
    kept = sorted(p.name for p in docs.iterdir() if p.suffix != ".json" and not p.name.startswith("."))
    assert kept == ["gallery.txt"]
    assert "copy" not in (docs / "manifest.json").read_text()
    html = render_admin.upload_refused(str(refused.value))
    assert "<code>id: gallery</code>" in html and "Nothing was changed" in html
    # the same id again is a replacement, and a new title for the same text is allowed that way
    fields = Fields(doc_id="gallery", title="Flooded gallery")
    (again,) = manager.add([Upload("g.txt", GALLERY, fields)]).documents
    assert again.replaced and again.doc_id == "gallery"
    # a different article of the same length is no duplicate
    other = GALLERY.replace(b"Friday", b"Monday")
    assert manager.add([Upload("other.txt", other)]).documents[0].doc_id == "other"


async def test_ask_or_a_mention_with_nothing_after_it_says_where_the_question_goes(harness: Harness) -> None:
    # was "Please send a question as text", though the reader had sent text: a command
    await harness.send(message("/ask", chat_id=GROUP_ID))
    await harness.send(message(f"@{BOT_USERNAME}", chat_id=GROUP_ID))
    await harness.send(message("/ask 🤔", chat_id=GROUP_ID))
    asked, mentioned, emoji = harness.request.texts()
    assert asked == "Write your question after /ask, e.g. <i>/ask How many people died?</i>"
    mention = f"@{BOT_USERNAME}"
    assert mentioned == f"Write your question after {mention}, e.g. <i>{mention} How many people died?</i>"
    assert emoji.startswith("Please send a question as text")  # something was asked, in no words
    assert harness.qa.asked == []


async def test_two_questions_in_one_message_are_each_answered_in_turn(harness: Harness) -> None:
    # was one answer to a blend of both ("What did Ziv say? And Citrinowicz?" → "no quotes by
    # Ziv about ? And Citrinowicz"; "When …? Who …?" answered only the second)
    await harness.send(message("What did the river do overnight? And how many people died?"))
    (first, _), (second, previous) = harness.qa.asked
    assert (first, second) == ("What did the river do overnight?", "And how many people died?")
    assert previous is not None and previous.question == first  # the second follows up the first
    texts = harness.request.texts()
    assert len(texts) == 2 and texts[0].startswith("❓ <i>What did the river do overnight?</i>")
    assert texts[1].startswith("❓ <i>And how many people died?</i>")


async def test_a_question_mark_inside_a_quotation_or_after_a_lead_in_splits_nothing(harness: Harness) -> None:
    asked = [
        "Who said “is it over? not yet”?",
        "Really? What did the river do?",
        "Is that true? Did the river rise?",
    ]
    for text in asked:
        await harness.send(message(text))
    assert [q for q, _ in harness.qa.asked] == asked


async def test_more_questions_than_i_answer_from_one_message_are_asked_for_one_at_a_time(
    harness: Harness,
) -> None:
    await harness.send(message("Who? What? When? Where?"))
    assert [q for q, _ in harness.qa.asked] == ["Who?", "What?", "When?"]
    assert "please send the others one at a time" in harness.request.texts()[-1]


async def test_over_the_rate_limit_a_message_of_questions_gets_one_notice(tmp_path: Path) -> None:
    harness = Harness(tmp_path / "data", user_rate_limit=1)
    await harness.start()
    try:
        harness.request.clear()
        await harness.send(message("What did the river do? How many people died? Who sang?"))
        assert [q for q, _ in harness.qa.asked] == ["What did the river do?"]
        answered, refused = harness.request.texts()  # not one "too fast" per question left
        assert answered.startswith("❓") and "asking faster than I can read" in refused
    finally:
        await harness.stop()
