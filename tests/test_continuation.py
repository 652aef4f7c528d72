""" "Tell me more" after an answer continues the cited article: its next paragraph."""

from __future__ import annotations

from index.engine import Engine, Turn
from index.retrieval.articles.continuation import asks_continuation, continuation
from index.types import Answer, AnswerSentence, Citation, Paragraph


def _para(doc: str, n: int) -> Paragraph:
    return Paragraph(doc, doc.title(), n, f"{doc} paragraph {n}.", 0, 0, f"h{n}")


def _cited(*where: tuple[str, int]) -> Answer:
    citations = tuple(Citation(d, d.title(), n, "q", "t") for d, n in where)
    return Answer("q", tuple(AnswerSentence("q", i) for i in range(len(where))), citations, abstained=False)


def test_the_next_paragraph_of_each_cited_article_skipping_those_already_shown() -> None:
    paragraphs = {
        (p.doc_id, p.number): p for d in ("rail", "port") for p in map(lambda n: _para(d, n), range(1, 5))
    }
    previous = _cited(("rail", 1), ("rail", 2), ("port", 4))
    more = continuation("tell me more", previous, paragraphs, 3)
    # rail ¶1 goes on past ¶2 (already shown) to ¶3; port ends at ¶4
    assert more is not None and [(c.doc_id, c.paragraph) for c in more.citations] == [("rail", 3)]
    assert more.sentences[0].text == "rail paragraph 3." and not more.abstained
    assert continuation("tell me more", _cited(("port", 4)), paragraphs, 3) is None  # the article ends


def test_only_a_bare_request_for_more_continues() -> None:
    assert all(
        map(asks_continuation, ["Tell me more", "go on...", "more details, please", "Can you elaborate?"])
    )
    assert not any(map(asks_continuation, ["Tell me more about the strike", "What else?", "More than what?"]))


def test_tell_me_more_after_a_duration_continues_instead_of_asking_for_a_duration_again(
    fixture_corpus_engine: Engine,
) -> None:
    first = fixture_corpus_engine.ask("When will construction begin?")
    assert not first.abstained
    more = fixture_corpus_engine.ask("Tell me more", Turn(first.question, first))
    stated = first.citations[first.sentences[0].citation]
    assert not more.abstained and more.citations[0].doc_id == stated.doc_id
    assert more.citations[0].paragraph > stated.paragraph
    assert more.citations[0].paragraph not in {
        c.paragraph for c in first.citations if c.doc_id == stated.doc_id
    }
