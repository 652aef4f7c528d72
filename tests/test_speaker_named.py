"""Named speakers, issue 13 round 5: one English news construction per test.

Fictional sentences written for these tests (docs/attribution.md, round 5).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extract import extract_quotes
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
    got = _speakers(
        "Piet Hals called the plan “a disgrace.” “Fares rose twice in one year for most riders.”"
    )
    assert got[0] == "Piet Hals"
