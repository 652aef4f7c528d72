"""A did-say that makes the viewer into the thing viewed ("X is a red line" of "X sees that as
a red line") is no "Yes", on an article written for this test."""

from __future__ import annotations

from index.attribution.answers.answer import answer_attribution
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.sources import DocMeta, parse_document
from index.types import Answer

_TEXT = (
    "Dam talks stall\n\n"
    "“We want to make sure the council sees that as a red line too,” said Piet Varga, "
    "who chairs the farmers’ group."
)


def _answer(question: str) -> Answer:
    query = parse_attribution_question(question)
    assert query is not None
    quotes = extract_quotes(parse_document(_TEXT, DocMeta("dam")))
    return answer_attribution(question, query, quotes, {})


def _verdict(question: str) -> str:
    answer = _answer(question)
    assert answer.attribution is not None
    return answer.attribution.verdict


def test_the_viewer_is_not_the_thing_viewed() -> None:
    assert _verdict("Did Varga say the council is a red line?") == "misworded"


def test_the_judgement_as_said_is_a_yes() -> None:
    assert _verdict("Did Varga say the council sees that as a red line?") == "yes"


def test_telegram_and_the_terminal_both_say_not_quite_those_words() -> None:
    from bot import render
    from index.cli.render import answer_text

    answer = _answer("Did Varga say the council is a red line?")
    assert "<b>Not quite those words.</b> It was <b>Piet Varga</b>" in render.answer_html(answer)
    assert answer_text(answer).startswith("Not quite those words. It was Piet Varga")
