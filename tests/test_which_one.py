"""A "which NOUN" question is not answered by a paragraph that only speaks of one in passing."""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.which_one import asked_which, only_in_passing
from index.retrieval.compose import compose_answer


def test_which_asks_for_one_picked_out() -> None:
    assert asked_which("Which bridge was closed after the flood?") == "bridge"
    assert asked_which("In which year did the flood come?") is None  # a date answers it
    assert asked_which("Which of the bridges was closed?") is None


def test_a_bridge_in_passing_does_not_say_which_bridge() -> None:
    q = "Which bridge was closed in Brava after the flood?"
    passing = para("flood", 5, "In Brava, the flood closed roads, a school and a bridge for a week.")
    answer = compose_answer(evidence(q, (passing, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    for text in (
        "In Brava, the flood closed the Old Mill bridge for a week.",
        "In Brava, the flood closed a bridge on the Tarn, the Pont Neuf, for a week.",
        "In Brava, the flood closed a bridge called Sainte-Anne for a week.",
    ):
        named = para("flood", 6, text)
        assert not compose_answer(evidence(q, (named, 2.0, 0.7, 0.8)), threshold=0.5).abstained, text
    assert not only_in_passing("Which duty do some believe a citizen has?", "It is a citizen's duty to vote.")


def test_a_place_inside_a_named_one_is_not_given_by_the_named_one_alone() -> None:
    q = "In which town in Brava were the ferry talks held?"
    vague = para("ferry", 2, "The port and the union held ferry talks in Brava last week, without result.")
    answer = compose_answer(evidence(q, (vague, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the place asked for"
    told = para("ferry", 3, "The port and the union held ferry talks in Tarsby, in northern Brava.")
    assert not compose_answer(evidence(q, (told, 2.0, 0.7, 0.8)), threshold=0.5).abstained
