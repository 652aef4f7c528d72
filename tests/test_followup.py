from __future__ import annotations

from index.retrieval.followup import resolve
from index.types import Answer, AnswerSentence, Citation


def _answer() -> Answer:
    c = Citation(doc_id="g", title="T", paragraph=4, quote="q", text="t")
    return Answer("What did Vasilak say?", (AnswerSentence("q", 0),), (c,), abstained=False)


def test_standalone_question_is_untouched() -> None:
    r = resolve("How much will the rail line cost?", "What did Vasilak say?", _answer())
    assert r.query == "How much will the rail line cost?" and not r.is_followup


def test_short_continuation_joins_the_previous_question() -> None:
    r = resolve("And Morsland?", "What did Valdoria demand?", None)
    assert r.is_followup and r.query == "What did Valdoria demand? And Morsland?"


def test_what_else_skips_paragraphs_already_answered_from() -> None:
    r = resolve("What else did he say?", "What did Vasilak say?", _answer())
    assert r.is_followup and r.exclude == frozenset({("g", 4)})


def test_no_previous_turn() -> None:
    assert resolve("And then?", None, None).query == "And then?"
