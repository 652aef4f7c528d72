"""Reader round 12: a near paragraph that reports another act, another holder's view, no
result, or a thing without its name is refused.

"What did X offer / promise / ask Y?", "is X planning to …?" and "who will …?" name the act
whose content or doer they ask for; "what is X's position on …?" names whose view; "what is
the name of the …?" and "which minister's resignation …?" ask for a name; "what was the
result of …?" for a result. Every text here is invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.acts import (
    act_unreported,
    asked_act,
    asked_holder,
    holder_absent,
)
from index.retrieval.checks.named import asks_name
from index.retrieval.checks.results import result_unreported
from index.retrieval.checks.which_one import name_not_given, name_of_thing
from index.retrieval.compose import compose_answer
from index.types import Answer


def _ask(question: str, text: str, number: int = 3) -> Answer:
    return compose_answer(evidence(question, (para("port", number, text), 2.0, 0.7, 0.8)), threshold=0.5)


# --- the act asked about ------------------------------------------------------------------


def test_what_was_offered_is_not_answered_by_another_act_of_the_same_people() -> None:
    q = "What did the harbour master offer Kell's trawler crews at the meeting?"
    other = "The harbour master insisted to the trawler crews at the meeting that the quay stay shut."
    answer = _ask(q, other)
    assert answer.abstained and answer.missing == ("act",)
    assert answer.unstated_reply == "The articles don't say that happened"
    offered = "At the meeting the harbour master offered the trawler crews a berth at the new quay."
    assert not _ask(q, offered).abstained
    # a word of the same family answers it, in any form
    assert not act_unreported(q, "The crews were promised a berth by the harbour master.")


def test_what_was_asked_is_not_answered_by_a_warning() -> None:
    q = "What did the fishermen's guild ask Kell's council to do about the quay?"
    assert act_unreported(q, "The fishermen's guild warned on Monday that closing the quay would be ruinous.")
    assert not act_unreported(q, "The guild urged the council to reopen the quay by spring.")
    # the act must be asked of someone named: "give to the world" may ask what was made
    assert asked_act("What did the old poet give to the world?") is None


def test_a_plan_or_a_future_doer_needs_the_act_planned() -> None:
    q = "Is the dockers' union planning to strike at the Kell terminal?"
    answer = _ask(q, "The dockers' union said it will raise its safety concerns with the owners.")
    assert answer.abstained and answer.missing == ("act",)
    assert not _ask(q, "The dockers' union plans to strike at the Kell terminal next week.").abstained
    who = "Who will chair the next round of talks on the Kell terminal?"
    assert act_unreported(who, "The talks on the terminal ended on Friday and another round would follow.")
    assert not act_unreported(who, "The next round, to be headed by a retired judge, opens in May.")
    assert asked_act("Who is expected to lead the family?") is None  # an expectation, not a plan


# --- whose view ----------------------------------------------------------------------------


def test_a_view_is_not_answered_by_a_paragraph_about_someone_elses_view() -> None:
    q = "What is Vennick's position on the new toll on the Kell bridge?"
    assert asked_holder(q) == "Vennick"
    other = "“For Brava, the aim is clear: no toll on the Kell bridge at all,” an analyst said."
    answer = _ask(q, other)
    assert answer.abstained and answer.missing == ("view",)
    assert not holder_absent(q, "Vennick's council has said the toll on the Kell bridge is fair.")
    assert asked_holder("What is the position of the Kell bridge?") is None


# --- a thing's name ------------------------------------------------------------------------


def test_the_name_of_a_thing_met_only_in_passing_is_not_given() -> None:
    q = "What is the name of the side gate the mayor used at the town hall?"
    assert name_of_thing(q) == "gate"
    passing = "The mayor reached the town hall through a side gate, away from the cameras."
    answer = _ask(q, passing)
    assert answer.abstained and answer.missing == ("name",)
    assert not name_not_given(q, "The mayor reached the town hall through a side gate called the Mill Gate.")
    # a sentence that defines the thing holds its name
    assert not name_not_given(q, "The Mill Gate is a side gate of the town hall.")
    # the whole class is not one of it by name
    q = "What is the name of the Brava flood barrier the storm could breach?"
    answer = _ask(q, "Engineers warn that a storm could breach the town's flood barriers within hours.")
    assert answer.abstained and answer.missing == ("name",)
    assert not name_not_given(q, "Engineers warn that a storm could breach the Kell flood barriers.")


def test_which_office_holders_act_asks_for_a_name() -> None:
    q = "Which Vennick minister's resignation led to the vote in Brava?"
    assert asks_name(q)
    answer = _ask(q, "The vote in Brava came after the resignation of a senior Vennick minister.")
    assert answer.abstained and answer.missing == ("name",)
    assert not _ask(q, "The vote came after Vennick's trade minister, Ana Ruiz, resigned.").abstained


# --- a result ------------------------------------------------------------------------------


def test_an_outcome_is_not_answered_by_the_event_alone_or_by_what_is_still_open() -> None:
    q = "What was the result of the Vennick ferry strike in March?"
    event = "In March, amid a pay dispute, Vennick's ferry crews staged their first ever strike."
    answer = _ask(q, event)
    assert answer.abstained and answer.missing == ("result",)
    assert result_unreported(q, "It remains unclear whether the ferry strike will be discussed.")
    assert not _ask(q, "The March ferry strike ended with a 5 % pay rise for Vennick's crews.").abstained


def test_an_outcome_may_come_from_a_close_runner_up() -> None:
    q = "What was the outcome of the ferry talks in Kell?"
    event = para("port", 2, "Vennick's ferry crews and the owners held talks in Kell last week.")
    result = para("port", 5, "The ferry talks in Kell ended without a deal, the union said.")
    answer = compose_answer(evidence(q, (event, 2.0, 0.7, 0.8), (result, 1.8, 0.7, 0.7)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 5


def test_a_yes_or_no_question_on_sending_or_raising_needs_that_act() -> None:
    q = "Did Vennick send ministers to Brava during the ferry strike?"
    answer = _ask(q, "Vennick's premier praised the ferry crews in Brava during the strike.")
    assert answer.abstained and answer.missing == ("act",)
    assert not act_unreported(q, "Vennick sent two ministers to Brava as the strike began.")
    q = "Did the mayor bring up the toll with Vennick's premier?"
    assert act_unreported(q, "The mayor and Vennick's premier will meet amid anger over the toll.")
    assert not act_unreported(q, "The mayor raised the toll with the premier on Monday.")


def test_a_result_question_cites_the_sentence_that_tells_the_result() -> None:
    from index.retrieval.compose import compose_answer
    from tests.test_answer import evidence, para

    text = (
        "The council reopened the bridge talks after a long strike by the ferry crews last spring. "
        "That strike, which cost the port two million euros, ended the old pay deal. "
        "Ferry crews in the north voted on a new union leader."
    )
    p = para("port", 4, text)
    answer = compose_answer(evidence("What was the result of the ferry strike?", (p, 1.0, 0.9, 0.6)), 1)
    assert not answer.abstained
    assert [s.text for s in answer.sentences] == [
        "That strike, which cost the port two million euros, ended the old pay deal."
    ]


def test_a_position_question_cites_the_stance_not_the_sentence_repeating_position() -> None:
    from index.retrieval.compose import compose_answer
    from tests.test_answer import evidence, para

    text = (
        "Brava maintains the dam is “not up for sale,” its mayor said on Monday. "
        "This position on the harbour dam complicates the talks with the regional board."
    )
    p = para("dam", 2, text)
    question = "What is Brava's position on the harbour dam?"
    answer = compose_answer(evidence(question, (p, 1.0, 0.9, 0.6)), 1)
    assert not answer.abstained
    assert answer.sentences[0].text.startswith("Brava maintains the dam")


def test_did_it_succeed_is_an_outcome_question_too() -> None:
    q = "Did the ferry talks in Kell succeed?"
    event = para("port", 2, "Vennick's ferry crews and the owners held talks in Kell last week.")
    result = para("port", 5, "The ferry talks in Kell ended without a deal, the union said.")
    answer = compose_answer(evidence(q, (event, 2.0, 0.7, 0.8), (result, 1.8, 0.7, 0.7)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 5
    # "unsuccessful" tells a result as "successful" does
    assert not result_unreported("How did the strike end?", "In the end the strike was unsuccessful.")
    assert result_unreported("How did the strike end?", "The crews staged a strike in March.")
