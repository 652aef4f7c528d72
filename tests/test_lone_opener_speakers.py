"""A question word, a month or a weekday opening a sentence is nobody's name: it must not
become the speaker of the quotation in that sentence, nor of the quotations that follow.

Fictional sentences written for these tests (docs/history.md, session 21).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def test_what_opening_a_sentence_names_no_one() -> None:
    found = _speakers(
        "Mayor Ana Lund promised to “fix the harbour” at a rally in Portby.",
        "What “fix the harbour” means is anyone's guess, since Lund gave no figures.",
        "“We have to be bolder than the last council.”",
    )
    assert [s for _, s in found if s in {"What", "what"}] == []
    assert found[-1] == ("We have to be bolder than the last council.", "Ana Lund")


def test_a_month_or_weekday_is_no_speaker() -> None:
    # a guard: the sentence's cue already named Lund before; the weekday must not take over
    found = _speakers("Tuesday, Ana Lund told reporters the pier would “open by spring.”")
    assert found == [("open by spring.", "Ana Lund")]


def test_a_surname_that_is_also_a_word_stays_a_speaker() -> None:
    # prepositions stay out of the list: "From" is a surname as often as a word
    found = _speakers("“We will not sell the pier,” From said.")
    assert [s for _, s in found] == ["From"]
