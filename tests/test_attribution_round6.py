"""Named speakers and quote marks, issue 13 round 6: one English news construction per test.

Fictional sentences written for these tests (docs/attribution.md, round 6).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_a_sentence_subject_outranks_the_paragraphs_earlier_speaker() -> None:
    para = (
        "“We will reopen the pier by May,” Mayor Ilse Brandvold said on Friday. "
        "Harbour master Piet Hals waved off the plan as “wishful thinking” in a letter."
    )
    assert _speaker_of("wishful thinking", para) == "Piet Hals"
    para = "“The ferry stays,” Ana Roe said. A neighbour likened the vote to “the last chance for us.”"
    assert _speaker_of("the last chance for us.", para) == "A neighbour"


def test_a_pronoun_subject_still_takes_the_paragraphs_speaker() -> None:
    para = "“The ferry stays,” Ana Roe said on Monday. She called the decision “long overdue.”"
    assert _speaker_of("long overdue.", para) == "Ana Roe"


def test_a_lone_capitalised_opener_does_not_outrank_the_paragraphs_speaker() -> None:
    para = (
        "Fares will rise, Ana Roe said. Good planning can still help, but only when "
        "“the riders are asked first.”"
    )
    assert _speaker_of("the riders are asked first.", para) == "Ana Roe"


def test_single_marks_in_a_double_marked_article_quote_only_whole_words() -> None:
    article = (
        "“The pier reopens in May,” Mayor Ilse Brandvold said on Friday.",
        "Critics call it the mayor’s ‘pivot’ to tourism, and the council has a ‘Harbour First’ plan.",
        "A review found that few officials had ‘even the slightest sense of duty’ at the time.",
        "“We were not consulted,” Piet Hals said.",
    )
    got = [q.text for q in _quotes(*article) if q.kind != "indirect"]
    assert "pivot" not in got and "Harbour First" not in got
    assert "even the slightest sense of duty" in got


def test_single_marks_quote_in_an_article_written_in_single_marks() -> None:
    article = (
        "‘The pier reopens in May,’ Mayor Ilse Brandvold said on Friday.",
        "Critics call it the mayor’s ‘pivot’ to tourism.",
    )
    got = [q.text for q in _quotes(*article) if q.kind != "indirect"]
    assert got == ["The pier reopens in May", "pivot"]


def test_a_crowd_a_band_or_a_plan_as_subject_owns_its_sentences_quote() -> None:
    assert (
        _speaker_of(
            "three cheers for the harbour.",
            "The crowd greeted the ferry with “three cheers for the harbour.”",
        )
        == "the crowd"
    )
    assert (
        _speaker_of(
            "put a ferry on every route.", "The transport plan promises to “put a ferry on every route.”"
        )
        == "the transport plan"
    )
    assert (
        _speaker_of("to the last bench", "The band promised to play on “to the last bench” of the pier.")
        == "the band"
    )


def test_a_plain_statement_with_a_scare_quote_stays_unattributed() -> None:
    # round 7: a scare quote is no quote at all (tests/test_scare_quotes.py), so no speaker either
    quotes = _quotes("The approach reflects a theory of four “fundamental forces” in nature.")
    assert not any(q.speaker for q in quotes if q.text == "fundamental forces")
