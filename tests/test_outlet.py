"""Questions that ask after one outlet ("according to the Coastal Herald, …", "what does
AFP say?") are answered from that outlet's articles only, with the real model on the fixture
news corpus (rail.txt is Meridian Wire's, rail_brief.txt the Coastal Herald's)."""

from __future__ import annotations

from bot import render
from index.cli.render import answer_text
from index.engine import Engine


def test_according_to_an_outlet_cites_its_article_and_still_flags_another_s_value(
    fixture_corpus_engine: Engine,
) -> None:
    answer = fixture_corpus_engine.ask("According to the Coastal Herald, when will construction begin?")
    assert not answer.abstained and answer.outlet == "Coastal Herald"
    assert answer.citations[0].doc_id == "rail-brief" and "May" in answer.text
    # Meridian Wire says March: the reader is told, though only the Herald was asked
    assert answer.disagreements


def test_an_outlet_that_does_not_say_it_is_named_in_the_abstention(fixture_corpus_engine: Engine) -> None:
    answer = fixture_corpus_engine.ask("According to Meridian Wire, what did Ivo Sandel say about hotels?")
    assert answer.abstained and answer.closest is not None and answer.closest.doc_id == "rail"
    assert answer_text(answer).startswith("The articles from Meridian Wire don't say.")
    assert "The articles from Meridian Wire don't say." in render.answer_html(answer)


def test_what_an_outlet_says_is_its_lede(fixture_corpus_engine: Engine) -> None:
    answer = fixture_corpus_engine.ask("What does the Coastal Herald say?")
    assert [(c.doc_id, c.paragraph) for c in answer.citations] == [("rail-brief", 1)]
    assert answer.text.endswith("approval of the high-speed line to Kestin.")
