"""Round 18 refusals: a name asked for where the paragraph only says "a judge", "a woman"
(index/retrieval/checks/indefinite.py)."""

from __future__ import annotations

import pytest
from test_answer import evidence, para

from index.retrieval.checks.indefinite import asked_role, role_unnamed
from index.retrieval.compose import compose_answer


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("What was the name of the elderly man who rang the bell?", "man"),
        ("What were the names of the three climbers?", "climbers"),
        ("What is the name of Ilse Varga's husband?", "husband"),
        ("What is the title of Tomas Berg's latest novel?", "novel"),
        ("Which district court judge blocked the ferry contract?", None),
        ("Who rang the bell?", None),
        ("Which of the climbers fell?", None),
        ("What is the name given to the storm?", None),
    ],
)
def test_the_role_a_question_asks_the_name_of(question: str, role: str | None) -> None:
    assert asked_role(question) == role


def test_a_role_brought_in_only_with_an_article_gives_no_name() -> None:
    q = "What is the name of the district court judge who blocked the Brava ferry contract?"
    vague = "In March, a district court judge, in a short ruling, blocked the Brava ferry contract."
    assert role_unnamed(q, vague)
    answer = compose_answer(evidence(q, (para("ferry", 5, vague), 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.unstated_reply == "The articles don't give the name asked for"
    for named in (
        "In March, a district court judge, Ana Ruiz, blocked the Brava ferry contract.",
        "A district court judge blocked the Brava ferry contract. The judge said the bids were rigged.",
        "Judge Ana Ruiz of the district court blocked the Brava ferry contract.",
        "Ana Ruiz, a district court judge in Kestin, blocked the Brava ferry contract.",
        "Ana Ruiz was a district court judge when she blocked the Brava ferry contract.",
    ):
        assert not role_unnamed(q, named), named
        told = compose_answer(evidence(q, (para("ferry", 6, named), 2.0, 0.7, 0.8)), threshold=0.5)
        assert not told.abstained, named


def test_counted_people_are_not_named_people() -> None:
    q = "What were the names of the three climbers who were rescued?"
    assert role_unnamed(q, "Rescuers in the Tarsby Alps reached three British climbers on Sunday.")
    assert not role_unnamed(q, "The three climbers, Ana Ruiz, Tomas Berg and Ilse Varga, were rescued.")
    assert not role_unnamed(q, "Rescuers in the Tarsby Alps were called out on Sunday.")  # no climbers


def test_a_name_is_not_mentioned_by_a_common_word_with_its_first_letters() -> None:
    from index.retrieval.mentions import Vocabulary

    vocab = Vocabulary.of(["The mayor, a germaphobe, shook no hands. Canada sent a trade envoy."])
    assert vocab.unmentioned("What is Germany's corporate tax rate?") == ["Germany"]
    assert vocab.unmentioned("What did the Canadian envoy say?") == []
    assert vocab.unmentioned("Did the Canadians send an envoy?") == []


def test_what_a_named_doer_did_is_not_told_by_a_paragraph_that_never_names_them() -> None:
    from index.retrieval.checks.doer import doer_absent

    q = "What top fare did Ilse Varga propose for the Brava ferry?"
    other = "Ferry fares would fall to as low as 3 euros, which councillor Tomas Berg proposed in May."
    assert doer_absent(q, other)
    answer = compose_answer(evidence(q, (para("ferry", 2, other), 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained
    for told in (
        "Varga proposed a top fare of 3 euros for the Brava ferry.",
        "She proposed a top fare of 3 euros for the Brava ferry.",  # named a paragraph back
    ):
        assert not doer_absent(q, told), told
        assert not compose_answer(
            evidence(q, (para("ferry", 3, told), 2.0, 0.7, 0.8)), threshold=0.5
        ).abstained
    assert not doer_absent("What fare did the council propose?", other)  # no doer by name


def test_where_a_party_will_hold_its_convention_needs_a_place_ahead() -> None:
    q = "Where will the Brava Greens hold their convention?"
    soon = para("greens", 4, "The Brava Greens are holding their convention next week, the party said.")
    answer = compose_answer(evidence(q, (soon, 2.0, 0.7, 0.8)), threshold=0.5)
    assert answer.abstained and answer.missing == ("place",)
    told = para("greens", 5, "The Brava Greens will hold their convention in Kestin next week.")
    assert not compose_answer(evidence(q, (told, 2.0, 0.7, 0.8)), threshold=0.5).abstained
