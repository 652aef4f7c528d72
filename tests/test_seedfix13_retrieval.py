"""Seed replies round 13, retrieval: a toll asked with one verb and told with another, an
ordinal follow-up, the host of talks held in a place, and what someone did when they are only
named as whom something was done to. Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.fates import fate_kin
from index.retrieval.checks.slots import unfilled
from index.retrieval.compose import compose_answer
from index.retrieval.followup import another_ordinal, resolve
from index.types import Answer, AnswerSentence, Citation

# --- a toll asked with one verb, told with another ----------------------------------------

FLOOD = para("flood", 4, "In Brava, the flood killed 12 people and cut the power for a week.")


def test_how_many_died_is_answered_by_a_sentence_saying_killed() -> None:
    answer = compose_answer(evidence("How many died?", (FLOOD, 2.0, 0.8, 0.0)), threshold=0.5)
    assert not answer.abstained and "12 people" in answer.text
    weights = fate_kin("How many were injured?", {"injur": 3.0})
    assert weights["wound"] == 3.0 and "kill" not in weights
    assert fate_kin("How many ferries sank?", {"sank": 1.0}) == {"sank": 1.0}


# --- "and the second time?" ---------------------------------------------------------------


def test_an_ordinal_follow_up_asks_for_another_occasion_than_the_one_cited() -> None:
    first = "When did the rebels first shell the port?"
    said = "In May the rebels shelled the port for the first time."
    before = Answer(first, (AnswerSentence(said, 0),), (Citation("war", "War", 3, said, said),), False)
    resolved = resolve("And the second time?", first, before)
    assert resolved.is_followup and resolved.exclude == {("war", 3)}
    assert "first" not in resolved.query and "second" in resolved.query
    assert another_ordinal("And the second time?", first)
    assert not another_ordinal("What about the first time?", first)
    assert not another_ordinal("And the second time?", "When did the rebels shell the port?")


# --- who hosted the talks ------------------------------------------------------------------


def test_the_place_talks_were_held_in_is_their_host_but_no_mediator() -> None:
    text = "The union and the port held talks in Kestin, after which both sides went home."
    assert unfilled("Who hosted the wage talks?", text, text) is None
    assert unfilled("Who mediated the wage talks?", text, text) == "name"


# --- what did X do ------------------------------------------------------------------------

ARREST = para("strike", 2, "The strike followed the arrest of two guild leaders by the harbour police.")


def test_what_someone_did_is_not_told_by_a_phrase_about_what_was_done_to_them() -> None:
    answer = compose_answer(evidence("What did the guild do?", (ARREST, 2.0, 0.8, 0.5)), threshold=0.5)
    assert answer.abstained and answer.missing == ("act",)
    answer = compose_answer(evidence("What did the police do?", (ARREST, 2.0, 0.8, 0.5)), threshold=0.5)
    assert not answer.abstained
