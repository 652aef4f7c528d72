"""A full name written with middle initials ("Marta J. Kowal") names the person the article
later calls by surname alone ("Ms. Kowal"), as a full name without initials does."""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.extraction.extract import extract_quotes
from index.attribution.speakers.article_names import article_full_names

ARTICLE = """Port budget passes after long night

The port commissioner, Marta J. Kowal, defended the budget on Friday.

“We cut what we could and kept what we must,” Ms. Kowal told reporters after the vote.

The plan left the north docks short of money, said councillor Ben Aldous.
"""


def test_a_name_with_middle_initials_is_the_full_name_of_its_surname() -> None:
    names = article_full_names(doc(ARTICLE, "t"))
    assert names["kowal"] == "Marta J. Kowal"
    assert names["aldous"] == "Ben Aldous"


def test_the_same_person_with_and_without_initials_is_one_name() -> None:
    both = ARTICLE + "\nMarta Kowal has led the port since 2019.\n"
    assert article_full_names(doc(both, "t"))["kowal"] == "Marta J. Kowal"  # as first written


def test_a_quote_by_surname_is_given_the_full_name_with_initials() -> None:
    quotes = extract_quotes(doc(ARTICLE, "t"))
    said = [q for q in quotes if q.text.startswith("We cut")]
    assert said and said[0].speaker == "Marta J. Kowal"
