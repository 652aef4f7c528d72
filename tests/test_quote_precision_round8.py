"""Quote precision, issue 13 round 8: titles and names that are nobody's words.

Fictional sentences written for these tests (docs/attribution.md, round 8).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _texts(*paragraphs: str) -> list[str]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [q.text for q in quotes if q.kind != "indirect"]


def test_a_show_someone_told_is_no_quote_but_the_words_stay() -> None:
    para = "“The ferry must run,” Ana Roe told “Harbour Morning Live,” adding that fares would fall."
    assert _texts(para) == ["The ferry must run"]
    assert _texts("Ana Roe told “Harbour Morning Live” that the ferry “must run.”") == ["must run."]


def test_a_closing_mark_typed_for_an_opening_one_opens_the_quote() -> None:
    says = "The harbour master says,” the ferry will run on Sunday.”"
    assert _texts(says) == ["the ferry will run on Sunday."]
    assert _texts("Closing the pier ”was a mistake from the start.” The vote is in May.") == [
        "was a mistake from the start."
    ]
    # a stray closing mark with no second one after it opens nothing
    assert _texts("the ferry will run,” the harbour master said on Sunday.") == []


def test_an_invisible_format_character_before_the_mark_is_blank() -> None:
    para = "\u202a”The ferry is late again!” wrote Ana Roe."
    quotes = extract_quotes(doc("Title line\n\n" + para, "one"))
    assert [(q.text, q.speaker) for q in quotes] == [("The ferry is late again!", "Ana Roe")]
