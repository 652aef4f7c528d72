"""Answer composition is pure: hand-built passages in, Answer out."""

from __future__ import annotations

from index.retrieval.compose import compose_answer
from index.retrieval.hybrid import Evidence
from index.retrieval.lexical import TermWeights
from index.sources import text_hash
from index.types import Paragraph, Passage


def para(doc: str, n: int, text: str, outlet: str | None = None) -> Paragraph:
    return Paragraph(
        doc_id=doc,
        title=f"Title {doc}",
        number=n,
        text=text,
        start=0,
        end=len(text),
        hash=text_hash(text),
        outlet=outlet,
    )


def evidence(question: str, *passages: tuple[Paragraph, float, float, float]) -> Evidence:
    weights = TermWeights({}, 100).weigh(question)
    return Evidence(
        question,
        tuple(Passage(p, score=s, dense=d, lexical=lx, coverage=lx) for p, s, d, lx in passages),
        weights,
    )


RAIL = para(
    "rail",
    3,
    "The line opens in 2031. Construction is due to begin in March next year. Fares are low.",
    outlet="Wire",
)
BRIEF = para("brief", 2, "Business leaders cheered. Construction of the line will begin in May next year.")
OTHER = para("rail", 9, "The minister praised the engineers.")


def test_answer_sentences_are_verbatim_and_cited() -> None:
    ev = evidence("When does construction begin?", (RAIL, 2.0, 0.7, 0.8), (OTHER, 1.0, 0.3, 0.1))
    answer = compose_answer(ev, threshold=0.5)
    assert not answer.abstained
    assert answer.sentences[0].text == "Construction is due to begin in March next year."
    first = answer.citations[answer.sentences[0].citation]
    assert (first.doc_id, first.paragraph, first.label) == ("rail", 3, "Wire ¶3")
    assert first.text == RAIL.text
    for s in answer.sentences:
        assert s.text in answer.citations[s.citation].text


def test_second_article_with_close_evidence_is_cited_too() -> None:
    ev = evidence("When does construction begin?", (RAIL, 2.0, 0.7, 0.8), (BRIEF, 1.95, 0.7, 0.8))
    answer = compose_answer(ev, threshold=0.5)
    assert {c.doc_id for c in answer.citations[:2]} == {"rail", "brief"}
    assert any("May" in s.text for s in answer.sentences)


def test_weak_evidence_abstains_and_names_the_closest_paragraph() -> None:
    ev = evidence("Who won the cup final?", (OTHER, 0.4, 0.2, 0.0))
    answer = compose_answer(ev, threshold=0.5)
    assert answer.abstained and answer.sentences == () and answer.citations == ()
    assert answer.closest is not None and answer.closest.paragraph == 9


def test_no_passages_abstains_without_closest() -> None:
    answer = compose_answer(Evidence("anything?", (), {}), threshold=0.5)
    assert answer.abstained and answer.closest is None


def test_at_most_max_sentences_and_three_citations() -> None:
    many = [
        (para("d", i, f"Construction starts in phase {i}. Work begins early."), 2.0 - i / 100, 0.7, 0.8)
        for i in range(1, 8)
    ]
    answer = compose_answer(evidence("When does construction start?", *many), max_sentences=2, threshold=0.5)
    assert len(answer.sentences) <= 2
    assert len(answer.citations) == 3
    assert [c.paragraph for c in answer.citations] == sorted(c.paragraph for c in answer.citations)


def test_a_further_source_sharing_nothing_with_the_question_is_listed_only_when_it_ranks_close() -> None:
    far = para("rail", 12, "The minister praised the engineers.")
    ev = evidence("When does construction begin?", (RAIL, 2.0, 0.7, 0.8), (far, 0.6, 0.3, 0.0))
    assert [(c.doc_id, c.paragraph) for c in compose_answer(ev, threshold=0.5).citations] == [("rail", 3)]
    close = evidence("When does construction begin?", (RAIL, 2.0, 0.7, 0.8), (far, 1.6, 0.6, 0.0))
    assert [(c.doc_id, c.paragraph) for c in compose_answer(close, threshold=0.5).citations] == [
        ("rail", 3),
        ("rail", 12),
    ]


def test_a_paragraph_the_article_repeats_word_for_word_is_cited_once() -> None:
    again = para("rail", 14, RAIL.text.replace(". ", ".  ", 1))  # spacing aside, the same words
    elsewhere = para("brief", 5, RAIL.text)
    ev = evidence(
        "When does construction begin?",
        (RAIL, 2.0, 0.7, 0.8),
        (again, 1.9, 0.7, 0.8),
        (OTHER, 1.5, 0.5, 0.3),
        (elsewhere, 1.4, 0.5, 0.8),
    )
    cited = [(c.doc_id, c.paragraph) for c in compose_answer(ev, threshold=0.5).citations]
    assert ("rail", 14) not in cited  # the same words in the same article
    assert ("rail", 9) in cited and ("brief", 5) in cited  # another article carrying them still counts


def test_another_articles_sentence_that_shares_only_a_name_is_cited_but_not_stated() -> None:
    q = "Why are the dockers of Brava so angry now?"
    first = para("port", 4, "Workers in Brava walked out on Monday after the pay talks failed.")
    other = para("brief", 7, "The mayor of Brava opened a new library.")
    ev = evidence(q, (first, 1.0, 0.6, 0.2), (other, 0.97, 0.6, 0.2))
    answer = compose_answer(ev, threshold=0.5)
    assert [s.text for s in answer.sentences] == [first.text]
    assert [(c.doc_id, c.paragraph) for c in answer.citations] == [("port", 4), ("brief", 7)]


def test_who_is_answered_by_the_sentence_that_names_someone() -> None:
    q = "Who did the mayor meet at the town hall on Friday?"
    text = (
        "Brava's mayor held talks with union leader Tomas Berg about the strike. "
        "The meeting took place at the town hall on Friday, as the port stayed shut."
    )
    answer = compose_answer(evidence(q, (para("strike", 2, text), 2.0, 0.7, 0.8)), threshold=0.5)
    assert not answer.abstained and "Tomas Berg" in answer.sentences[0].text
