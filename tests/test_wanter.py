""" "What did Brava want?" near a sentence telling what someone else wants of Brava: no answer,
unless a close runner-up tells what Brava wants. Every text here is invented."""

from __future__ import annotations

from test_answer import evidence, para

from index.cli.render import abstention_text
from index.retrieval.checks.wanter import wanted_by_another
from index.retrieval.compose import compose_answer
from index.types import Answer, Paragraph

OF_BRAVA = para(
    "talks", 6, "“He wants to convince Brava that the border must stay open,” said Ana Ruiz, an analyst."
)
BRAVA_WANTS = para("talks", 2, "Brava wants the ferry tolls dropped before any new round, its envoy said.")
PRESSED = para("talks", 3, "Brava pressed for lower ferry tolls at the talks in Kell.")


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


def test_what_another_wants_of_them_does_not_tell_what_they_want() -> None:
    q = "What did Brava want from the talks?"
    assert wanted_by_another(q, OF_BRAVA.text)
    answer = _answer(q, (OF_BRAVA, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("aim",)
    assert abstention_text(answer) == "The articles don't give what was wanted."


def test_a_close_runner_up_that_tells_what_they_want_leads() -> None:
    q = "What did Brava want from the talks?"
    assert not wanted_by_another(q, BRAVA_WANTS.text)
    answer = _answer(q, (OF_BRAVA, 2.0, 0.8, 0.7), (BRAVA_WANTS, 1.9, 0.78, 0.68))
    assert not answer.abstained and answer.citations[0].paragraph == 2


def test_a_paragraph_with_no_word_of_wanting_is_left_to_the_other_checks() -> None:
    assert not wanted_by_another("What did Brava want?", PRESSED.text)
    assert not wanted_by_another("What did the envoy say?", OF_BRAVA.text)
