"""Named speakers and quote precision, issue 13 round 12 (PolNeAR).

Fictional sentences written for these tests (docs/attribution.md, "Round 12").
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.article_names import _proper
from index.attribution.speakers.sentence_subject import leading_np
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_a_fronted_phrase_then_an_inverted_cue() -> None:
    para = "In other words, asked harbour pilot Piet Hals: “Who pays for the new pier?”"
    assert _speaker_of("Who pays for the new pier?", para) == "Piet Hals"
    # a fronted phrase, then the subject with its apposition: the subject speaks
    para = "At the pier, Ana Roe, the mayor, said: “The work starts in May.”"
    assert _speaker_of("The work starts in May.", para) == "Ana Roe"


def test_one_name_after_a_person_noun_opens_the_subject() -> None:
    para = "Crew member Hals shared the plan on Monday, writing “The pier will be ready in May.”"
    assert _speaker_of("The pier will be ready in May.", para) == "Hals"
    # a verb and an adjective before the name are no role: the sentence's own subject stays
    assert leading_np("Lund quotes former Harbour official Ana Roe:") == ("Lund", None)


def test_the_name_in_a_free_relative_before_the_cue() -> None:
    para = "Lund’s use of the “Pier Plan” led to what pilot Piet Hals called “the end of an era” later."
    assert _speaker_of("the end of an era", para) == "Piet Hals"


def test_a_closing_mark_typed_against_the_next_sentence() -> None:
    para = (
        "“Fair winds!,” Lund tweeted. “I love the pier!”Harbour pilot Piet Hals explained "
        "what was wrong to the Dagblad: “Lund never sailed. Not once.”"
    )
    assert _speaker_of("Lund never sailed. Not once.", para) == "Piet Hals"
    assert _speaker_of("I love the pier!", para) != "Piet Hals"


def test_the_clause_after_so_adjective_that_before_a_colon() -> None:
    para = "The timing was so odd that a spokesman for Ana Roe could only sigh: “The pier is booked.”"
    assert _speaker_of("The pier is booked.", para) == "a spokesman for Ana Roe"


def test_a_name_then_a_place_phrase_before_the_verb() -> None:
    para = "The break was complete when Roe in her opening speech called the pilots “pirates” and left."
    assert _speaker_of("pirates", "Ana Roe runs the port.", para) == "Ana Roe"
    # a title-case line is no name the article introduces
    assert not _proper("Harbour Outreach Undone By Roe")
    assert _proper("Ana Roe")
