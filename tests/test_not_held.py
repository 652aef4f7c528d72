"""Questions about the articles themselves that the bot cannot answer from what it holds:
"who wrote this article?" and "when was it published?". The list of articles (title, outlet,
lede) answers them, headed by a line saying what is not known, in every adapter."""

from __future__ import annotations

import pytest

from bot.render import answer_html
from index.cli.render import answer_json, answer_text
from index.engine import Engine
from index.retrieval.articles.overview import asks_byline


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Who wrote this article?", "author"),
        ("who are the reporters of these stories", "author"),
        ("What is the author's name?", "author"),
        ("When were the articles written?", "date"),
        ("what date was the story published", "date"),
        ("How recent is this news?", "date"),
        # about something the articles report, not about the articles
        ("Who wrote the letter to the council?", None),
        ("When was the report released?", None),
        ("Who is the author of the rail plan?", None),
        ("When did the strike begin?", None),
    ],
)
def test_questions_about_the_articles_byline_are_told_apart(question: str, asked: str | None) -> None:
    assert asks_byline(question) == asked


def test_who_wrote_the_articles_lists_them_and_says_the_authors_are_not_known(
    fixture_corpus_engine: Engine,
) -> None:
    answer = fixture_corpus_engine.ask("Who wrote these articles?")
    assert answer.overview and not answer.abstained
    assert answer.not_held == "author"
    assert answer_text(answer).startswith("I don't have the authors' names")
    out = answer_json(answer)
    # declined, in words and in the JSON contract, though the articles are listed
    assert out["not_held"] == "author" and out["abstained"] is True and out["reason"] == "not_held"
    assert out["answer"].startswith("I don't have the authors' names") and out["citations"]
    assert answer.declined
    assert "I don't have the authors' names" in answer_html(answer)


def test_when_was_it_published_says_the_dates_are_not_known(fixture_corpus_engine: Engine) -> None:
    answer = fixture_corpus_engine.ask("When was the story published?")
    assert answer.overview and answer.not_held == "date"
    assert "publication dates" in answer_text(answer)
    plain = fixture_corpus_engine.ask("What is this about?")
    assert plain.overview and plain.not_held is None
    assert "not_held" not in answer_json(plain) and "I don't have" not in answer_text(plain)
    assert answer_json(plain)["abstained"] is False and not plain.declined
