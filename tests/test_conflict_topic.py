"""Questions whether the sources disagree on one named thing (index/retrieval/conflicts/conflict_topic.py)."""

from __future__ import annotations

import pytest

from index.retrieval.conflicts.conflict_topic import disagreement_topic, on_topic
from index.types import Disagreement


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Do the sources disagree about the strike?", "the strike"),
        ("Do the two reports contradict each other on the death toll?", "the death toll"),
        ("Do the articles agree on when the bridge reopens?", "when the bridge reopens"),
        ("Are there any discrepancies between the reports about the vote?", "the vote"),
        ("Is there a contradiction in the articles over the ferry fares?", "the ferry fares"),
        ("Any inconsistencies about the budget?", "the budget"),
    ],
)
def test_the_topic_of_a_scoped_question(question: str, topic: str) -> None:
    assert disagreement_topic(question) == topic


@pytest.mark.parametrize(
    "question",
    [
        "Where do the sources disagree?",  # the corpus-wide form: no topic
        "Do the articles contradict each other?",
        "Why do the union and the council disagree about pay?",  # the parties, not the sources
        "What did the reports say about the strike?",
    ],
)
def test_questions_without_a_topic(question: str) -> None:
    assert disagreement_topic(question) is None


def test_a_disagreement_is_about_a_topic_by_its_claim_or_every_sides_sentence() -> None:
    dates = Disagreement("Date of the dock strike", ())
    assert on_topic(dates, "the strike")
    said = ["Dockers walked out in May.", "Dockers struck in June."]
    assert on_topic(dates, "when the dockers walked out", said)
    assert not on_topic(dates, "the mayor")
    # a shared word in one side's sentence only is not enough
    assert not on_topic(dates, "the port fees", ["Port workers struck in May.", "Dockers struck in June."])


def test_a_topic_that_asks_for_a_kind_of_value_keeps_that_kind() -> None:
    dates = Disagreement("Date of the dock strike", ())
    counts = Disagreement("Number of workers (strike)", ())
    assert on_topic(dates, "when the strike began") and not on_topic(counts, "when the strike began")
    assert on_topic(counts, "how many took part in the strike")
    assert not on_topic(dates, "the strike's death toll")
    assert on_topic(dates, "the dates") and not on_topic(counts, "the dates")
    # "took place" asks for no place
    assert on_topic(dates, "when the strike took place")
