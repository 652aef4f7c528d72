"""Named speakers, issue 13 round 8: one English news construction per test.

Fictional sentences written for these tests (docs/attribution.md, round 8).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.types import Quote


def _quotes(*paragraphs: str) -> list[Quote]:
    return extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))


def _speaker_of(words: str, *paragraphs: str) -> str | None:
    return next(q.speaker for q in _quotes(*paragraphs) if q.text == words)


def test_a_cue_right_after_a_quotation_names_its_speaker() -> None:
    para = (
        "When Mayor Piet Hals said at a rally that he would not run again, he “changed the mood "
        "in the harbour,” said Ana Roe, a ferry captain."
    )
    assert _speaker_of("changed the mood in the harbour", para) == "Ana Roe"
    para = (
        "If the port is sold — as many traders believe, but the council firmly denies — “who will "
        "pay the dockers?” asked Tom Vidal, a union organiser. “Nobody has told us.”"
    )
    assert _speaker_of("who will pay the dockers?", para) == "Tom Vidal"
    assert _speaker_of("Nobody has told us.", para) == "Tom Vidal"
    para = (
        "The ferry union expects a strike in May, while the port's owners “have never listened to "
        "the crews,” Ana Roe wrote."
    )
    assert _speaker_of("have never listened to the crews", para) == "Ana Roe"


def test_a_cue_after_a_quotation_that_starts_a_new_clause_or_a_colon_does_not() -> None:
    para = (
        "Ana Roe said the pier would “sink by spring,” for instance, and Tom Vidal "
        "promised to “fix it by June.”"
    )
    assert _speaker_of("sink by spring", para) == "Ana Roe"
    para = (
        "After Piet Hals said the new ferries were “far too slow,” Ana Roe said: "
        "“They are the fastest we have ever had.”"
    )
    assert _speaker_of("far too slow", para) == "Piet Hals"
