"""Named speakers, issue 13 round 9: quotes the rules left without a speaker.

Fictional sentences written for these tests (docs/attribution.md, "Round 9 (unattributed
quotes)").
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_a_relative_clause_that_reports_a_quotation_names_the_person_before_it() -> None:
    para = (
        "The toll plan began, as such plans often do, in a speech by Mayor Piet Hals, who "
        "declared in March that drivers “will pay for the bridge they use.”"
    )
    assert _speaker_of("will pay for the bridge they use.", para) == "Piet Hals"
    para = (
        "The plan drew fire from critics such as Councillor Ana Roe of Dunmore, who mused at the "
        "meeting that the bridge was “a monument to one man.”"
    )
    assert "Ana Roe of Dunmore" in (_speaker_of("a monument to one man.", para) or "")
    para = "The most shared reply was a post from Lena Vidal who tweeted, “Nobody asked the ferry crews.”"
    assert _speaker_of("Nobody asked the ferry crews.", para) == "Lena Vidal"


def test_a_relative_clause_keeps_its_own_subject_and_unnamed_sources() -> None:
    para = "He took aim at Tom Vidal, who he dubbed “the harbour baron.”"
    assert _speaker_of("the harbour baron.", para) != "Tom Vidal"
    para = "“We were never consulted,” said a ferry captain who asked not to be named."
    assert _speaker_of("We were never consulted", para) == "a ferry captain"


def test_a_describing_clause_without_its_closing_comma() -> None:
    para = "“The vote was rushed,” Ana Roe, who is chair of the Harbour Trust said on Monday."
    assert _speaker_of("The vote was rushed", para) == "Ana Roe"


def test_a_letter_from_someone_obtained_by_a_paper() -> None:
    para = (
        "A March 3 letter from the Harbour Trust obtained by the Dunmore Gazette warns that "
        "“any toll will be challenged in court.”"
    )
    assert _speaker_of("any toll will be challenged in court.", para) == "the Harbour Trust"


def test_an_organisation_after_of_does_not_make_a_speaker_phrase_too_long() -> None:
    para = (
        "“The bridge will need repairs within a decade,” engineers Piet Hals and Ana Roe of the "
        "Dunmore Institute for Coastal Engineering and Bridge Safety wrote in May."
    )
    speaker = _speaker_of("The bridge will need repairs within a decade", para)
    assert speaker is not None and "Piet Hals" in speaker


def test_a_list_mark_before_the_sentence() -> None:
    para = "~ As the Gazette put it, “The bridge is built, now who pays?” Tolls start in May."
    assert _speaker_of("The bridge is built, now who pays?", para) == "the Gazette"
