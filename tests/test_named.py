"""Questions that ask for someone by name (index/retrieval/checks/named.py) and their answers."""

from __future__ import annotations

import pytest
from test_answer import evidence, para

from bot import render
from index.retrieval.checks.named import asks_name, gives_name
from index.retrieval.compose import compose_answer


@pytest.mark.parametrize(
    "question",
    [
        "Who is the harbour master?",
        "Who is Brava's finance minister?",
        "who's the union's lead negotiator?",
        "What is the name of the ministry spokesperson?",
        "What's the name of Kestin's deputy mayor?",
        "Which dockers' union leader was arrested?",
        "Which minister resigned over the ferry contract?",
        "Which Brava officials were questioned?",
    ],
)
def test_questions_after_a_name(question: str) -> None:
    assert asks_name(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who is Ilse Varga?",  # asks who a named person is
        "Who is quoted in the articles?",
        "What is the name of the ferry?",  # a thing's name may be any word
        "Who said the port would close?",
        "Which official statements did the port publish?",  # "official" qualifies a thing
        "Which of the ministers spoke first?",
    ],
)
def test_other_questions(question: str) -> None:
    assert not asks_name(question)


def test_a_full_name_the_question_does_not_hold() -> None:
    q = "Who is Brava's harbour master?"
    assert gives_name("Harbour master Ilse Varga said the port would close.", q)
    assert gives_name("Ilse Varga, the harbour master, said so.", q)
    assert not gives_name("Brava’s harbour master said on Monday that the port would close.", q)
    assert not gives_name("The harbour master of Brava said the port would close in May.", q)


def test_a_paragraph_that_names_no_one_does_not_answer_who_holds_the_role() -> None:
    unnamed = para("port", 3, "The ministry spokesperson warned on Tuesday that the strike would spread.")
    ev = evidence("Who is the ministry spokesperson?", (unnamed, 1.0, 0.7, 0.6))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    assert render.abstention_html(answer) == "🤷 <b>The articles don't give the name asked for.</b>"
    assert answer.closest is not None and answer.closest.paragraph == 3
    named = para("port", 4, "The ministry spokesperson, Tomas Berg, warned that the strike would spread.")
    ev = evidence("Who is the ministry spokesperson?", (named, 1.0, 0.7, 0.6))
    assert compose_answer(ev, threshold=0.5).sentences[0].text == named.text


def test_which_office_holder_is_not_answered_by_a_paragraph_that_names_no_one() -> None:
    strike = para("port", 6, "Police arrested a senior leader of the dockers' union after the Brava strike.")
    ev = evidence("Which dockers' union leader was arrested in Brava?", (strike, 1.0, 0.7, 0.6))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"


def test_a_post_holder_is_asked_for_by_name_and_a_sentence_opener_is_no_name() -> None:
    from index.retrieval.checks.named import asks_name, gives_name

    question = "Who heads the Tarsby harbour board?"
    assert asks_name(question)
    assert not gives_name("The board met on Monday. Several Tarsby captains walked out.", question)
    assert gives_name("The board, chaired by Ilse Varga, met on Monday.", question)


def test_who_was_killed_needs_a_paragraph_that_says_who() -> None:
    q = "Who was killed in the raid on the Brava fuel depot?"
    vague = para("raid", 3, "The raid on the Brava fuel depot was deadly, the port authority said.")
    answer = compose_answer(evidence(q, (vague, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    for text in (
        "The raid on the Brava fuel depot killed two night guards.",
        "The raid on the Brava fuel depot killed its manager, Ilse Varga.",
        "A depot watchman died in the raid on the Brava fuel depot.",
    ):
        told = para("raid", 4, text)
        assert not compose_answer(evidence(q, (told, 2.0, 0.7, 0.8)), threshold=0.5).abstained, text


def test_a_capital_that_only_opens_a_sentence_names_no_one_arrested() -> None:
    q = "Who was arrested in the Brava crackdown?"
    fear = para("crackdown", 2, "Many Brava families fear the crackdown will go on. Patrols are everywhere.")
    answer = compose_answer(evidence(q, (fear, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    named = para("crackdown", 3, "Police arrested the union leader Tomas Berg in the Brava crackdown.")
    assert not compose_answer(evidence(q, (named, 2.0, 0.7, 0.8)), threshold=0.5).abstained


def test_which_leaders_of_two_named_groups_asks_for_names() -> None:
    q = "Which Brava and Vennick union leaders were jailed after the strike?"
    assert asks_name(q)
    vague = para("strike", 4, "The strike ended after the jailing of senior Brava and Vennick unionists.")
    answer = compose_answer(evidence(q, (vague, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"


def test_a_source_kept_unnamed_gives_no_name() -> None:
    q = "What is the name of the engineer who inspected the Brava dam?"
    unnamed = para(
        "dam",
        3,
        "The Brava Dam Authority said repairs were due. The dam is unsafe, an engineer who inspected "
        "it said, speaking on condition of anonymity.",
    )
    answer = compose_answer(evidence(q, (unnamed, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    named = para("dam", 4, "The dam is unsafe, said Ilse Varga, the engineer who inspected the Brava dam.")
    assert not compose_answer(evidence(q, (named, 2.0, 0.7, 0.8)), threshold=0.5).abstained
