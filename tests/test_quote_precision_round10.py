"""Quote precision, issue 13 round 10: marks typed for other marks, titles.

Fictional sentences written for these tests (docs/attribution.md, round 10 (precision)).
"""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes


def _texts(*paragraphs: str) -> list[str]:
    quotes = extract_quotes(doc("Title line\n\n" + "\n\n".join(paragraphs), "one"))
    return [q.text for q in quotes if q.kind != "indirect"]


def test_an_apostrophe_before_a_cut_year_opens_no_quote() -> None:
    para = "The first episode of ‘19 On The Road, the station’s series about the race, airs today."
    assert _texts(para) == []
    assert _texts("It was the music of the ‘80s, she said.") == []
    # a single-marked quotation in an article quoting in single marks still counts
    assert _texts("‘We will rebuild the pier,’ Ana Roe told the council.") == ["We will rebuild the pier"]


def test_a_nickname_after_initials_is_no_quote() -> None:
    para = "The county was represented by Judge R.J. “Dusty” Varga, who spoke about the levee."
    assert _texts(para) == []


def test_a_single_closing_mark_typed_for_a_double_one_ends_the_quote() -> None:
    para = "Lee posted: “Vote early. Vote today.’ Lee was at the harbour on Monday, near the “Blue Gull.”"
    assert _texts(para)[0] == "Vote early. Vote today."
    # never closing, the quote runs on into the next paragraph as before
    assert _texts("Lee said: “The tide is high. ‘Stay home,’ they told us. The pier") == [
        "The tide is high. ‘Stay home,’ they told us. The pier"
    ]


def test_a_title_after_the_work_it_names_in_an_adjunct_is_no_quote() -> None:
    para = "“We were broke,” she wrote in her memoir, “Salt and Spray.” The book sold well."
    assert _texts(para) == ["We were broke"]
    para = "“It’s early,” said Roe, who is a host on the radio show “Harbour Hour.”"
    assert _texts(para) == ["It’s early"]


def test_a_name_in_marks_with_no_one_to_say_it_is_no_quote() -> None:
    assert _texts("What followed was the “Quiet Tide” protest along the pier.") == []
    assert _texts("The crowd grew tired. Several waved their “Harbour First” scarves from their seats.") == []
    # a named subject, or a sentence in marks, keeps the quotation
    assert _texts("Ana Roe backed the “Quiet Tide” protest along the pier.") == ["Quiet Tide"]
    assert _texts("The crowd grew tired. Several shouted “Go home.” at the council.") == ["Go home."]
