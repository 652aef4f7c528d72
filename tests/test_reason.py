"""'Why …?' answered by the paragraph after the event that points back and gives the cause.
Text written for these tests."""

from __future__ import annotations

from index.retrieval.checks.reason import reason_first
from index.retrieval.compose import compose_answer
from index.types import Paragraph, Passage
from tests.test_answer import evidence, para

Q = "Why did the rebels shell the port of Brava in April?"
EVENT = para("brava", 7, "In April the rebels shelled the port of Brava for the first time.")
CAUSE = para("brava", 8, "That attack was in retaliation for the arrest of two rebel leaders.")
LATER = para("brava", 9, "That harbour was rebuilt in 1990 to take larger ships.")


def test_the_next_paragraph_that_points_back_with_a_cause_answers_why() -> None:
    answer = compose_answer(evidence(Q, (EVENT, 2.0, 0.8, 0.9), (CAUSE, 0.9, 0.5, 0.2)), threshold=0.5)
    assert not answer.abstained and answer.citations[0].paragraph == 8
    assert answer.text.startswith("That attack was in retaliation")


def test_a_next_paragraph_without_a_cause_or_a_cause_in_the_event_itself_changes_nothing() -> None:
    answer = compose_answer(evidence(Q, (EVENT, 2.0, 0.8, 0.9), (LATER, 0.9, 0.5, 0.2)), threshold=0.5)
    assert answer.citations[0].paragraph == 7
    own = para("brava", 7, "In April the rebels shelled Brava in response to the arrests.")
    answer = compose_answer(evidence(Q, (own, 2.0, 0.8, 0.9), (CAUSE, 0.9, 0.5, 0.2)), threshold=0.5)
    assert answer.citations[0].paragraph == 7
    when = "When did the rebels shell the port of Brava?"
    answer = compose_answer(evidence(when, (EVENT, 2.0, 0.8, 0.9), (CAUSE, 0.9, 0.5, 0.2)), threshold=0.5)
    assert answer.citations[0].paragraph == 7


def test_a_paragraph_of_another_article_or_further_on_is_not_taken() -> None:
    far = para("brava", 12, "That attack was in retaliation for the arrest of two rebel leaders.")
    other = para("coast", 8, "That attack was in retaliation for the arrest of two rebel leaders.")
    for p in (far, other):
        answer = compose_answer(evidence(Q, (EVENT, 2.0, 0.8, 0.9), (p, 0.9, 0.5, 0.2)), threshold=0.5)
        assert answer.citations[0].paragraph == 7 and answer.citations[0].doc_id == "brava"


def _p(number: int, text: str, score: float) -> Passage:
    return Passage(Paragraph("d", "T", number, text, 0, len(text), str(number)), score)


def test_a_close_runner_up_that_states_a_purpose_leads() -> None:
    trip = _p(7, "“She is worried about the harbour,” said an analyst of the mayor's trip to Tarsby.", 1.0)
    purpose = _p(1, "The mayor will travel to Tarsby on Monday, seeking to reopen the harbour talks.", 0.95)
    assert reason_first("Why did the mayor go to Tarsby?", (trip, purpose))[0] is purpose
    # not when it ranks far below, nor for a question that asks no reason
    far = _p(1, purpose.paragraph.text, 0.5)
    assert reason_first("Why did the mayor go to Tarsby?", (trip, far))[0] is trip
    assert reason_first("When did the mayor go to Tarsby?", (trip, purpose))[0] is trip
