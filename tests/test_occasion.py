"""'What did X say after the vote?' lists first what X said at that occasion.
Text written for these tests."""

from __future__ import annotations

from news_fixtures import doc

from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.check import parse_attribution_question
from index.attribution.extraction.extract import extract_quotes

_STORY = (
    "Mayor keeps port deal alive after council vote\n\n"
    "The vote comes days after the port union met the board, after which Ilse Varga said "
    "further talks would follow.\n\n"
    "“We will keep talking until the port has a deal,” Varga said following the two-hour vote.\n"
)


def test_the_quote_said_at_the_occasion_comes_first() -> None:
    quotes = extract_quotes(doc(_STORY, "port", outlet=None))
    assert {q.paragraph for q in quotes if q.speaker == "Ilse Varga"} == {1, 2}
    question = "What did Ilse Varga say after the vote?"
    query = parse_attribution_question(question)
    assert query is not None and query.topic == "after the vote"
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    assert [q.paragraph for q in answer.attribution.quotes][:1] == [2]


def test_a_quote_said_after_the_occasion_does_not_answer_what_was_said_before_it() -> None:
    quotes = extract_quotes(doc(_STORY, "port", outlet=None))
    question = "What did Ilse Varga say before the vote?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, quotes, {})
    assert answer.attribution is not None
    assert [q.paragraph for q in answer.attribution.quotes][:1] == [1]
