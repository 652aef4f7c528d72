"""Reader round 17: a yes-or-no question whose only words a paragraph holds are those of its
time or occasion ("… after the summit?", "was kay at the meeting?"),. Every text here is
invented.
"""

from __future__ import annotations

from test_answer import evidence, para

from index.retrieval.checks.yes_no import asked_fact, fact_untold
from index.retrieval.compose import compose_answer
from index.types import Answer, Paragraph


def _answer(question: str, *passages: tuple[Paragraph, float, float, float]) -> Answer:
    return compose_answer(evidence(question, *passages), threshold=0.5)


# --- yes or no: the setting is not the fact -------------------------------------------------

SUMMIT = para("summit", 2, "The premiers of Brava and Tarn held a two-day summit in Kell on Monday.")
SHELLED = para("summit", 5, "After the summit, Brava attacked the border town of Ostel, killing four.")


def test_a_yes_no_question_is_not_told_by_a_paragraph_about_its_occasion_only() -> None:
    q = "Did Brava attack Tarn after the summit in Kell?"
    assert "attack" in asked_fact(q) and "summit" not in asked_fact(q)
    assert fact_untold(q, SUMMIT.text)
    assert not fact_untold(q, SHELLED.text)
    answer = _answer(q, (SUMMIT, 2.0, 0.8, 0.7))
    assert answer.abstained and answer.missing == ("fact",)


def test_a_lowercase_name_with_an_occasion_is_the_fact_asked() -> None:
    q = "was ilse varga at the summit"
    assert "varga" in asked_fact(q) and "summit" not in asked_fact(q)
    assert fact_untold(q, SUMMIT.text)
    assert not fact_untold(q, "Ilse Varga, Tarn's envoy, joined the summit on its second day.")
    assert _answer(q, (SUMMIT, 2.0, 0.8, 0.7)).abstained


def test_the_occasion_still_counts_when_nothing_else_is_asked() -> None:
    q = "Was Brava at the summit?"
    assert not fact_untold(q, SUMMIT.text)
    assert not _answer(q, (SUMMIT, 2.0, 0.8, 0.7)).abstained


def test_a_setting_phrase_inside_the_act_is_kept() -> None:
    # "before" ends what is asked; the act before it still has to be told
    assert fact_untold("Did Tarn sign the accord before the vote?", "Tarn held a vote on Sunday.")
    assert not fact_untold("Did Tarn sign the accord before the vote?", "Tarn signed the deal on Sunday.")
