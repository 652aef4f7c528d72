"""A question about a time still to come is not answered by a paragraph that only dates the past."""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.tense import asks_future, looks_ahead
from index.retrieval.compose import compose_answer


def test_when_will_is_a_question_about_the_future() -> None:
    assert asks_future("When will the ferry service to Brava resume?")
    assert asks_future("When are the harbour talks expected to reopen?")
    assert not asks_future("When did the ferry service to Brava stop?")


def test_a_paragraph_dating_only_the_past_does_not_say_when_something_will_happen() -> None:
    q = "When will the ferry service to Brava resume?"
    past = para("ferry", 3, "The ferry service to Brava was halted last March after the storm.")
    answer = compose_answer(evidence(q, (past, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the time asked for"
    ahead = para("ferry", 4, "The ferry service to Brava will resume in May, the port said.")
    answer = compose_answer(evidence(q, (ahead, 2.0, 0.7, 0.8)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 4
    assert looks_ahead(ahead.text) and not looks_ahead(past.text)
