"""Round lead26: "how did X announce / let people know …?" asks for a channel ("via social
media", "in a statement"); a close runner-up that names one leads over a paragraph that tells of
the same people and none. "What was the toll of the flood?" asks for a count as "the death toll"
does. Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.asked_kind import wanted
from index.retrieval.checks.channel import asks_channel, channel_first, names_channel
from index.retrieval.compose import compose_answer
from index.types import Passage

PLANNED = para(
    "vote", 2, "It will be the third budget since Ana Ruiz took office; the council meets on Friday."
)
POSTED = para(
    "vote",
    5,
    "“The budget passed and the pools stay open,” Ruiz wrote via social media after the two-hour session.",
)
PRESSER = para("vote", 6, "Ruiz told reporters the council would meet again in May.")


def _passages(*scored: tuple[object, float]) -> tuple[Passage, ...]:
    return tuple(Passage(p, score=s, dense=s, lexical=s, coverage=s) for p, s in scored)  # type: ignore[arg-type]


def test_how_someone_made_a_thing_known_asks_for_a_channel() -> None:
    assert asks_channel("How did Ruiz let residents know what came out of the session?")
    assert asks_channel("how did the mayor communicate after the vote")
    assert asks_channel("How was the closure made public?")
    # the manner of another act, a count, a noun of telling: no channel asked
    assert not asks_channel("How did the council vote on the budget?")
    assert not asks_channel("How many residents did Ruiz tell?")
    assert not asks_channel("How is the announcement system implemented?")


def test_a_channel_is_a_medium_after_its_preposition_or_a_verb_that_is_one() -> None:
    assert names_channel(POSTED.text) and names_channel(PRESSER.text)
    assert names_channel("She set out the plan in a brief statement on Friday.")
    assert not names_channel(PLANNED.text)
    assert not names_channel("The two met on Tuesday to discuss the budget.")


def test_a_close_runner_up_that_names_a_channel_leads() -> None:
    q = "How did Ruiz let people know the outcome of the session?"
    led = channel_first(q, _passages((PLANNED, 1.0), (POSTED, 0.8)))
    assert led[0].paragraph is POSTED and led[1].paragraph is PLANNED
    # a far weaker match does not lead; nor does any when the question asks no channel
    assert channel_first(q, _passages((PLANNED, 1.0), (POSTED, 0.6)))[0].paragraph is PLANNED
    other = "What did Ruiz say about the session?"
    assert channel_first(other, _passages((PLANNED, 1.0), (POSTED, 0.9)))[0].paragraph is PLANNED
    # a best match that names a channel keeps its place
    assert channel_first(q, _passages((PRESSER, 1.0), (POSTED, 0.95)))[0].paragraph is PRESSER


def test_the_answer_cites_the_paragraph_that_names_the_channel() -> None:
    q = "How did Ruiz let people know the outcome of the session?"
    answer = compose_answer(evidence(q, (PLANNED, 1.0, 0.8, 0.4), (POSTED, 0.85, 0.7, 0.4)), threshold=0.5)
    assert not answer.abstained
    assert (answer.citations[0].doc_id, answer.citations[0].paragraph) == ("vote", 5)
    assert "via social media" in answer.text


CAUSED = para("flood", 3, "The two-day flood in Ostel was caused by a burst dam upstream of the old harbour.")
KILLED = para("flood", 7, "That flood, which killed about 40 people in Ostel, shut the harbour for a month.")


def test_the_toll_of_a_war_or_disaster_asks_for_a_count_and_a_bridge_toll_does_not() -> None:
    assert wanted("What was the toll of the two-day flood in Ostel?") == "number"
    assert wanted("what was the human toll from last week's earthquake") == "number"
    assert wanted("What was the death toll in Ostel?") == "number"
    assert wanted("What is the toll of the new bridge?") is None
    assert wanted("What toll did the war take on trade?") is None


def test_a_toll_question_is_answered_by_the_paragraph_that_gives_the_count() -> None:
    q = "What was the toll of the two-day flood in Ostel?"
    answer = compose_answer(evidence(q, (CAUSED, 1.0, 0.8, 0.6), (KILLED, 0.9, 0.7, 0.5)), threshold=0.5)
    assert not answer.abstained
    assert (answer.citations[0].doc_id, answer.citations[0].paragraph) == ("flood", 7)
    assert "40 people" in answer.text
