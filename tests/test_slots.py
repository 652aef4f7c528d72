"""Near paragraphs that share a question's words and leave empty what it asks for
(index/retrieval/checks/slots.py, index/retrieval/checks/held.py, the "price" kind and "to what level").
Text written for these tests."""

from __future__ import annotations

import pytest

from index.retrieval.checks.asked_kind import wanted
from index.retrieval.checks.held import counts_dated_act
from index.retrieval.checks.slots import (
    act_in_background,
    moved,
    names_someone,
    parties_only,
    places_it,
    unfilled,
)
from index.retrieval.checks.value_stated import states
from index.retrieval.compose import compose_answer
from tests.test_answer import evidence, para


def _stem(word: str) -> str:
    return word[:4]


def test_who_else_needs_a_sentence_that_names_someone() -> None:
    q = "Who else came to the Kestin ferry launch?"
    assert not names_someone("The launch was held at the Kestin Quay on Monday, in the Old Harbour.", q)
    assert names_someone("Mayor Ilse Varga and the harbour master came to the launch.", q)
    assert not names_someone("The mayor came too.", q)  # a role is not a name
    bare = para("ferry", 2, "The launch was held at the Kestin Quay on Monday, in the Old Harbour.")
    answer = compose_answer(evidence(q, (bare, 1.0, 0.7, 0.6)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    named = para("ferry", 3, "Tomas Berg, the union chief, also came to the launch at Kestin.")
    assert not compose_answer(evidence(q, (named, 1.0, 0.7, 0.6)), threshold=0.5).abstained


@pytest.mark.parametrize(
    ("sentence", "background"),
    [
        ("Dockers walked out in response to the sackings of three union leaders.", True),
        ("Dockers walked out after the sackings.", True),
        ("Dockers walked out after the sackings by the port company.", False),
        ("The port company carried out the sackings in May.", False),  # the asked verb, with its subject
        ("The sackings of three leaders were announced by the port.", False),  # not background
    ],
)
def test_an_act_named_only_as_background_says_nothing_of_who_did_it(sentence: str, background: bool) -> None:
    q = "Who carried out the sackings of the union leaders?"
    assert act_in_background(q, sentence, _stem) is background


def test_who_did_it_is_not_answered_by_a_sentence_that_only_reacts_to_it() -> None:
    q = "Who carried out the sackings of the union leaders?"
    p = para("port", 5, "In May the dockers struck in response to the sackings of senior union leaders.")
    answer = compose_answer(evidence(q, (p, 1.0, 0.7, 0.6)), threshold=0.5)
    assert answer.abstained and answer.missing == ("name",)


@pytest.mark.parametrize(
    ("question", "parties"),
    [
        ("Who mediated the wage talks in Kestin?", True),
        ("Who chaired the wage talks?", True),
        ("Who attended the wage talks in Kestin?", False),  # taking part: the parties answer
        ("Who took part in the wage talks?", False),
        ("Who held the wage talks?", False),
    ],
)
def test_a_sentence_naming_the_parties_to_an_act_does_not_say_who_ran_it(
    question: str, parties: bool
) -> None:
    sentence = "Last week the dockers and the port company held wage talks in Kestin."
    assert parties_only(question, sentence, _stem) is parties
    assert not parties_only(question, "The mayor chaired and mediated the wage talks.", _stem)
    assert not parties_only(question, "The talks were hosted by the mayor.", _stem)


def test_who_mediated_is_refused_near_a_sentence_that_names_only_the_parties() -> None:
    p = para("port", 2, "Last week the dockers and the port company held wage talks in Kestin.")
    answer = compose_answer(evidence("Who mediated the wage talks?", (p, 1.0, 0.7, 0.6)), threshold=0.5)
    assert answer.abstained and answer.missing == ("name",)


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Where did the minister stay in Kestin?", "stay"),
        ("Where will the delegation go after Brava?", "go"),
        ("Where did the villagers flee to?", "flee"),
        ("Where did the minister meet the union?", None),  # not a place gone to or stayed in
        ("Where is the mayor going to be on Friday?", None),
    ],
)
def test_questions_after_where_someone_went_or_stayed(question: str, verb: str | None) -> None:
    assert moved(question) == verb


def test_where_someone_stayed_needs_a_place_that_is_not_the_question_s_own() -> None:
    q = "Where did the minister stay in Kestin?"
    assert not places_it("The minister met the union in Kestin on Tuesday.", q, "stay", _stem)
    # where someone described in passing works is not where the minister stayed
    assert not places_it(
        "The minister is wary, said Ana Ruiz, a lecturer at the Brava Institute in Kestin.", q, "stay", _stem
    )
    assert places_it("The minister stayed at the Grand Hotel.", q, "stay", _stem)
    assert places_it("The minister was staying in a guest house by the river.", q, "stay", _stem)
    assert places_it("From Kestin the minister drove to Tarsby.", q, "stay", _stem)
    near = para("visit", 1, "The minister will meet the union in Kestin on Tuesday.")
    answer = compose_answer(evidence(q, (near, 1.0, 0.7, 0.6)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the place asked for"


def test_where_and_when_needs_a_paragraph_that_states_a_time() -> None:
    q = "Where and when will the next ferry talks be held?"
    untimed = para("ferry", 2, "The last ferry talks were held in Kestin, and more talks will follow.")
    assert unfilled(q, untimed.text, untimed.text) == "time"
    assert compose_answer(evidence(q, (untimed, 1.0, 0.7, 0.6)), threshold=0.5).abstained
    timed = para("ferry", 3, "The next ferry talks will be held in Kestin on Friday.")
    assert not compose_answer(evidence(q, (timed, 1.0, 0.7, 0.6)), threshold=0.5).abstained


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("Fuel prices rose 4 percent after the vote.", True),
        ("Shares in the ferry company fell sharply on Monday.", True),
        ("Diesel was selling at $1.80 a litre.", True),
        ("The vote was held on Monday in the Old Harbour.", False),
        ("Tension rose after the vote.", False),
    ],
)
def test_how_prices_moved_needs_a_value_or_a_price_s_movement(sentence: str, holds: bool) -> None:
    assert wanted("How did fuel prices move after the vote?") == "price"
    assert states("price", sentence) is holds


def test_a_question_after_prices_with_no_price_in_the_passages_is_refused() -> None:
    q = "How did fuel prices react to the ferry vote?"
    p = para("ferry", 1, "The ferry vote was held on Monday at the Kestin town hall.")
    answer = compose_answer(evidence(q, (p, 1.0, 0.7, 0.6)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give how the price moved"


def test_to_what_level_asks_for_a_number() -> None:
    assert wanted("To what level has the reservoir fallen?") == "number"
    assert wanted("At what temperature does the alloy melt?") == "number"
    assert wanted("To what extent did the mayor agree?") is None  # a judgement
    p = para("water", 4, "The reservoir has fallen sharply since the spring, the water board said.")
    ev = evidence("To what level has the reservoir fallen?", (p, 1.0, 0.7, 0.6))
    assert compose_answer(ev, threshold=0.5).abstained


def test_a_count_used_in_a_dated_act_is_not_how_many_are_held() -> None:
    q = "How many buses does the city have in its fleet?"
    assert counts_dated_act(q, "In March 2023 the city deployed some 40 buses to the coast.")
    assert not counts_dated_act(q, "The city has 120 buses; in March 2023 it deployed 40.")
    assert not counts_dated_act(q, "The city deployed some 40 buses to the coast.")
    dated = para("bus", 7, "In March 2023 the city deployed some 40 buses to the coast for the festival.")
    answer = compose_answer(evidence(q, (dated, 1.0, 0.7, 0.6)), threshold=0.5)
    assert answer.abstained and answer.missing == ("number",)
