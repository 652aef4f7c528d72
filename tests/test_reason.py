"""'Why …?': the paragraph that states the reason leads. Sentences written for these tests."""

from __future__ import annotations

from index.retrieval.reason import reason_first
from index.types import Paragraph, Passage


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


def test_the_paragraph_after_that_points_back_and_gives_the_cause_leads() -> None:
    event = _p(3, "In April the rebels shelled the port.", 1.0)
    cause = _p(4, "That attack was in retaliation for a raid on their camp.", 0.6)
    assert reason_first("Why did the rebels shell the port?", (event, cause))[0] is cause
