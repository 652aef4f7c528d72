"""Quote precision, issue 13 round 21: a short name in quote marks that no one is found to
have said is a name, not a quotation.

Fictional sentences written for these tests (docs/history.md, round 21).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.extraction.marks import find_quote_spans
from index.attribution.extraction.scare import bare_name


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def test_a_quoted_name_no_one_says_is_no_quote() -> None:
    assert _quotes("By noon the “Silver Quay” district was under water.") == []
    assert _quotes("Some in the “Harbour First” crowd want the pier closed.") == []
    # a speaker named in an earlier paragraph does not make it anyone's words
    later = "By noon the “Silver Quay” district was flooded."
    assert _quotes("Ana Lund said the town was angry.", later) == []


def test_a_quoted_name_someone_says_or_ends_a_clause_stays() -> None:
    # a cue gives the words a speaker
    para = "By noon the “Silver Quay” district was under water, “Never Again,” a banner said."
    assert _quotes(para) == [("Silver Quay", "a banner"), ("Never Again", "a banner")]
    # the sentence's subject names it
    assert _quotes("Harbour master Ana Lund named the new pier “Silver Quay” on Monday.") == [
        ("Silver Quay", "Ana Lund")
    ]
    # a comma or a stop at the marks: the words may be a sentence, not a name
    assert _quotes("The “Silver Quay,” as locals call it, was under water.") == [("Silver Quay", None)]
    assert _quotes("By noon the water reached “Silver Quay.” Boats were lost.") == [("Silver Quay.", None)]


def test_bare_name_reads_the_marks_and_what_follows() -> None:
    text = "The “Harbour Mile” opened. “Harbour Mile,” she said. We said “we will stay” and “Go Home.”"
    assert [bare_name(text, s) for s in find_quote_spans(text)] == [True, False, False, False]
    # an open quotation running to the end of the paragraph is no name
    text = "He wrote: “Harbour Mile"
    assert [bare_name(text, s) for s in find_quote_spans(text)] == [False]
