""" "Tell me more" after an answer whose articles an admin has removed since: said plainly."""

from __future__ import annotations

from bot import render
from index.cli.render import abstention_text
from index.engine import Engine, Turn
from index.types import Answer, AnswerSentence, Citation


def _cited(*docs: tuple[str, str]) -> Answer:
    citations = tuple(Citation(d, title, 2, "q", "The ferry sails at dawn.") for d, title in docs)
    sentences = tuple(AnswerSentence("The ferry sails at dawn.", i) for i in range(len(docs)))
    return Answer("When does the ferry sail?", sentences, citations, abstained=False)


def test_tell_me_more_after_a_removed_article_says_it_was_removed(fixture_corpus_engine: Engine) -> None:
    # was "The articles don't say" beside whatever paragraph "tell me more" resembled
    previous = _cited(("ferry-timetable", "Ferry timetable changes"))
    more = fixture_corpus_engine.ask("Tell me more", Turn(previous.question, previous))
    assert more.abstained and more.reason == "removed" and more.missing == ("Ferry timetable changes",)
    assert more.citations == () and more.closest is None
    html = render.abstention_html(more)
    assert "🗑 <b>The article my last answer came from has been removed since</b>" in html
    assert "(<i>Ferry timetable changes</i>)" in html
    assert (
        abstention_text(more)
        == "The article that answer came from is no longer indexed (Ferry timetable changes)."
    )


def test_a_question_of_its_own_or_an_article_still_indexed_is_answered_as_before(
    fixture_corpus_engine: Engine,
) -> None:
    previous = _cited(("ferry-timetable", "Ferry timetable changes"))
    fresh = fixture_corpus_engine.ask("When will construction begin?", Turn(previous.question, previous))
    assert not fresh.abstained and fresh.reason is None
    first = fixture_corpus_engine.ask("When will construction begin?")
    gone = _cited(("ferry-timetable", "Ferry timetable changes")).citations
    both = Answer(first.question, first.sentences, (*first.citations, *gone), abstained=False)
    more = fixture_corpus_engine.ask("Tell me more", Turn(both.question, both))
    assert not more.abstained and more.citations[0].doc_id == first.citations[0].doc_id


def test_two_removed_articles_are_both_named() -> None:
    two = Answer("q", (), (), abstained=True, reason="removed", missing=("Ferry timetable", "Quay works"))
    html = render.abstention_html(two)
    assert "articles my last answer came from have been removed since" in html
    assert "<i>Ferry timetable</i> and <i>Quay works</i>" in html
