"""Who holds an office the articles never speak of: "who is the Bravan defence minister?" near a
paragraph naming the Bravan prime minister. The names it gives are other people's."""

from __future__ import annotations

import pytest
from test_answer import evidence, para

from index.cli.render import abstention_text
from index.retrieval.checks.office import office_unmentioned
from index.retrieval.compose import compose_answer
from index.types import Answer, Paragraph

PREMIER = para(
    "talks", 1, "Bravan Prime Minister Ana Ruiz will meet Tarn's president, Jon Amsel, in Kell on Monday."
)
DEFENCE = para("talks", 3, "Bravan Defence Minister Ilse Varga said the border posts would stay shut.")


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Bravan defence minister?",
        "What is the name of the Bravan defense minister?",
        "who is Brava's finance minister",
        "Who is the Bravan ambassador to Tarn?",
    ],
)
def test_an_office_the_paragraph_never_speaks_of_gets_no_name(question: str) -> None:
    assert office_unmentioned(question, PREMIER.text)
    answer = _answer(question, (PREMIER, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("name",)
    assert abstention_text(answer) == "The articles don't give the name asked for."


def test_the_office_spoken_of_is_answered_in_either_spelling_or_order() -> None:
    assert not office_unmentioned("Who is the Bravan defense minister?", DEFENCE.text)
    assert not office_unmentioned(
        "Who is Brava's defence minister?", "The minister of defence, Ilse Varga, spoke."
    )
    answer = _answer("Who is the Bravan defence minister?", (DEFENCE, 2.0, 0.8, 0.7))
    assert not answer.abstained and answer.citations[0].paragraph == 3


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Bravan leader?",  # any office may be the leader's
        "Who is the chief negotiator?",  # a rank the paragraph may leave out
        "Who is Ana Ruiz?",  # a person, not an office
        "Who is the minister meeting on Monday?",  # not an office asked after
    ],
)
def test_a_loose_office_or_no_office_is_left_to_the_other_checks(question: str) -> None:
    assert not office_unmentioned(question, PREMIER.text.replace("Prime Minister", "negotiator"))
