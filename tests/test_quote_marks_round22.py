"""Quote boundaries, issue 13 round 22: an opening single mark typed where the closing one
belongs ends the quotation there, instead of leaving it open to the end of the paragraph.

Fictional sentences written for these tests (docs/history.md, round 22).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.marks import find_quote_spans


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def test_an_opening_single_mark_after_a_word_closes_the_quote() -> None:
    spans = find_quote_spans("The board gave the college a ‘C-‘ grade while fees rose to $20,000.")
    assert [(s.text, s.closed) for s in spans] == [("C-", True)]
    spans = find_quote_spans("‘We will appeal,‘ the mayor said. ‘It is not over.’")
    assert [(s.text, s.closed) for s in spans] == [("We will appeal", True), ("It is not over.", True)]


def test_apostrophes_and_words_after_the_mark_do_not_close_it() -> None:
    # an opening mark before a word opens; an apostrophe inside a word never closes
    spans = find_quote_spans("She said ‘the harbour’s gates stay shut’ and left.")
    assert [(s.text, s.closed) for s in spans] == [("the harbour’s gates stay shut", True)]
    spans = find_quote_spans("He called it ‘a plan ‘for everyone’ at last.")
    assert [s.text for s in spans] == ["a plan ‘for everyone"]


def test_a_grade_in_single_marks_is_no_quote_in_a_double_marked_article() -> None:
    assert _quotes(
        "“We were misled,” said Ana Lund, a former student.",
        "The new ad faults the college for its ‘C-‘ grade from the consumer board while "
        "charging each student more than $20,000.",
    ) == [("We were misled", "Ana Lund")]
