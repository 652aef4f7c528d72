"""Named speakers, issue 13 round 5: one English news construction per test.

Fictional sentences written for these tests (docs/attribution.md, round 5).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in _quotes(*paragraphs)]


def test_a_quote_sentence_after_a_person_subject_is_theirs() -> None:
    assert _speakers(
        "Harbour economist Ana Roe agreed. “The depot must stay open, whatever the board decides.”"
    ) == ["Ana Roe"]
    assert _speakers(
        "Senator Piet Hals defended his record on the ferry. “We kept the crossing open all winter.”"
    ) == ["Piet Hals"]


def test_a_quote_sentence_after_a_text_or_a_lone_word_stays_unattributed() -> None:
    assert _speakers(
        "A survey in Ostrava covered bus fares. “Fares rose twice in one year for most riders.”"
    ) == [None]
    assert _speakers("Why did the ferry stop? “Nobody told us anything at all,” one rider said.") == [
        "one rider"
    ]


def test_a_quote_sentence_after_a_sentence_with_its_own_quote_is_not_the_subjects() -> None:
    got = _speakers("Piet Hals called the plan “a disgrace.” “Fares rose twice in one year for most riders.”")
    assert got[0] == "Piet Hals"


def test_a_title_of_the_other_gender_is_not_expanded_to_the_one_full_name() -> None:
    # the article spells only Ms. Maria Lund in full; "Mr. Lund" is someone else
    assert _speakers(
        "Ms. Maria Lund opened the dock on Friday.",
        "“The crossing is on the ballot,” Mr. Lund said at the dinner.",
    ) == ["Lund"]
    assert _speakers(
        "Ms. Maria Lund opened the dock on Friday.",
        "“The crossing is on the ballot,” Ms. Lund said at the dinner.",
    ) == ["Maria Lund"]
    # a first name the shipped table knows as a woman's does the same without a title
    assert _speakers(
        "Michelle Lund opened the dock on Friday.",
        "“The crossing is on the ballot,” Mr. Lund said at the dinner.",
    ) == ["Lund"]


def test_an_organisation_named_with_an_article_inside_keeps_its_whole_name() -> None:
    quotes = _quotes("The Committee for a Balanced Port Budget reported that the plan would cost “far more.”")
    assert [q.speaker for q in quotes] == ["the Committee for a Balanced Port Budget"]
