"""Quote precision, issue 13 round 8: titles and names that are nobody's words.

Fictional sentences written for these tests (docs/attribution.md, round 8).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extract import extract_quotes


def _texts(*paragraphs: str) -> list[str]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [q.text for q in quotes if q.kind != "indirect"]


def test_a_show_someone_told_is_no_quote_but_the_words_stay() -> None:
    para = "“The ferry must run,” Ana Roe told “Harbour Morning Live,” adding that fares would fall."
    assert _texts(para) == ["The ferry must run"]
    assert _texts("Ana Roe told “Harbour Morning Live” that the ferry “must run.”") == ["must run."]
