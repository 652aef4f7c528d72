"""Words a speaker relays ("The unions are saying we will strike"): a did-say and a /quote of
those words say they are not the speaker's own, on an article written for this test."""

from __future__ import annotations

from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.claims import check_claim
from index.attribution.extraction.extract import extract_quotes
from index.attribution.query import parse_attribution_question
from index.sources import DocMeta, parse_document

_TEXT = (
    "Port strike looms\n\n"
    "“The dockers are saying we will strike on Monday unless the pay offer improves,” said "
    "Lena Vogt, a mediator in the talks.\n\n"
    "“We will not sign a bad deal,” said Omar Reyes, who leads the dockers’ union."
)


def _quotes():  # type: ignore[no-untyped-def]
    return extract_quotes(parse_document(_TEXT, DocMeta("port")))


def test_a_did_say_of_relayed_words_says_whose_they_are() -> None:
    question = "Did Vogt say 'we will strike on Monday'?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, _quotes(), {})
    assert answer.attribution is not None
    assert (answer.attribution.verdict, answer.attribution.relayed) == ("relaying", "the dockers")


def test_a_did_say_that_keeps_the_frame_is_a_plain_yes() -> None:
    question = "Did Vogt say the dockers will strike on Monday?"
    query = parse_attribution_question(question)
    assert query is not None
    answer = answer_attribution(question, query, _quotes(), {})
    assert answer.attribution is not None and answer.attribution.verdict != "relaying"


def test_quote_of_relayed_words_names_who_is_reported() -> None:
    check = check_claim("we will strike on Monday", _quotes())
    assert check.verdict == "exact" and check.relayed == "the dockers"
    own = check_claim("we will not sign a bad deal", _quotes())
    assert own.verdict == "exact" and own.relayed is None


def test_telegram_says_the_words_are_relayed() -> None:
    from bot import render, render_quotes

    check = check_claim("we will strike on Monday", _quotes())
    html = render_quotes.quote_check_html("we will strike on Monday", check)
    assert "↩️ <b>Not their own words.</b> <b>Lena Vogt</b> reports the dockers saying this." in html
    question = "Did Vogt say 'we will strike on Monday'?"
    query = parse_attribution_question(question)
    assert query is not None
    reply = render.answer_html(answer_attribution(question, query, _quotes(), {}))
    assert "<b>Not as their own words.</b> <b>Lena Vogt</b> reports the dockers saying it." in reply
