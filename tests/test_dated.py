"""A date question is answered by a date of the thing it asks about, not of its neighbour.
Text written for these tests."""

from __future__ import annotations

from index.retrieval.compose import compose_answer
from tests.test_answer import evidence, para

Q = "On what date did the truce between the two clans come into force?"
FEUD = para("feud", 4, "The feud between the two clans flared up in March after a disputed wedding.")
TRUCE = para("feud", 5, "A truce brokered by the elders later came into force.")
DATED = para("feud", 6, "The truce came into force on May 2, the elders said.")


def test_a_date_of_something_else_is_no_answer() -> None:
    answer = compose_answer(evidence(Q, (FEUD, 2.0, 0.7, 0.8), (TRUCE, 1.8, 0.6, 0.5)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the date asked for"


def test_the_date_of_the_thing_asked_about_answers() -> None:
    answer = compose_answer(evidence(Q, (FEUD, 2.0, 0.7, 0.8), (DATED, 1.8, 0.6, 0.5)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 6


def test_a_named_subject_is_not_held_to_its_words() -> None:
    q = "In what year did the Brava Rovers win the cup?"
    won = para("cup", 2, "The club won the cup in 1998.")
    answer = compose_answer(evidence(q, (won, 2.0, 0.7, 0.8)), threshold=0.5)
    assert not answer.abstained
