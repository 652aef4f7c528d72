"""Answer composition: (question, ranked passages) → `Answer`. Pure, no I/O.

Every sentence of an answer is copied verbatim from a cited paragraph. The best passage
gives its best-matching sentence (and a second one when it also carries the question's
terms); a passage from another article that scores nearly as well adds its best sentence,
so both sides are cited. Weak evidence gives an abstention that names the closest paragraph.
"""

from __future__ import annotations

from ..text import sentence_spans
from ..types import Answer, AnswerSentence, Citation, Paragraph, Passage
from .hybrid import Evidence
from .lexical import coverage, terms

# Used only when an index carries no calibrated threshold (see calibrate.py).
DEFAULT_THRESHOLD = 0.6
SUPPORTING = 3  # citations listed at most (answer paragraphs first)
OTHER_ARTICLE_RATIO = 0.9  # a second article is cited when it scores this close to the best
# An added sentence must answer nearly as well as the first: this share of the first
# sentence's question-term coverage, and (another article's) a best-sentence cosine at most
# DENSE_MARGIN below the top passage's.
ALSO_ANSWERS = 0.8
DENSE_MARGIN = 0.05


def confidence(passage: Passage) -> float:
    """How sure we are that `passage` answers the question (about 0..1.5).

    The best sentence's cosine to the question, plus a quarter of the share of the
    question's IDF mass that the best sentence and the whole paragraph cover.
    """
    return passage.dense + 0.25 * passage.lexical + 0.25 * passage.coverage


def _ranked_sentences(paragraph: Paragraph, qweights: dict[str, float]) -> list[tuple[float, int, str]]:
    out = []
    for pos, (a, b) in enumerate(sentence_spans(paragraph.text)):
        sentence = paragraph.text[a:b]
        out.append((coverage(qweights, set(terms(sentence))), pos, sentence))
    out.sort(key=lambda s: (-s[0], s[1]))
    return out


def _citation(p: Paragraph, quote: str) -> Citation:
    return Citation(
        doc_id=p.doc_id, title=p.title, paragraph=p.number, quote=quote, text=p.text, outlet=p.outlet
    )


def compose_answer(evidence: Evidence, max_sentences: int = 3, threshold: float | None = None) -> Answer:
    """Build the answer for `evidence`, or an abstention when it is too weak.

    >>> compose_answer(Evidence("q", (), {})).abstained
    True
    """
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    passages = evidence.passages
    if not passages:
        return Answer(question=evidence.question, sentences=(), citations=(), abstained=True, reason="weak")
    top = passages[0]
    conf = confidence(top)
    qw = evidence.qweights
    if conf < threshold or not qw:
        best = _ranked_sentences(top.paragraph, qw)
        quote = best[0][2] if best else top.paragraph.text
        return Answer(
            question=evidence.question,
            sentences=(),
            citations=(),
            abstained=True,
            reason="weak",
            confidence=conf,
            closest=_citation(top.paragraph, quote),
        )

    chosen: list[tuple[Paragraph, list[tuple[int, str]]]] = []
    ranked = _ranked_sentences(top.paragraph, qw)
    picks = [(ranked[0][1], ranked[0][2])]
    first_cov = ranked[0][0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if max_sentences > 1 and second > 0 and second >= ALSO_ANSWERS * first_cov:
        picks.append((ranked[1][1], ranked[1][2]))
    chosen.append((top.paragraph, sorted(picks)))

    for other in passages[1:]:
        if sum(len(p) for _, p in chosen) >= max_sentences:
            break
        if other.paragraph.doc_id in {c[0].doc_id for c in chosen}:
            continue
        if (
            other.score >= OTHER_ARTICLE_RATIO * top.score
            and confidence(other) >= threshold
            and other.dense >= top.dense - DENSE_MARGIN
        ):
            r = _ranked_sentences(other.paragraph, qw)
            if r and r[0][0] > 0 and r[0][0] >= ALSO_ANSWERS * first_cov:
                chosen.append((other.paragraph, [(r[0][1], r[0][2])]))

    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    for paragraph, picked in chosen:
        citations.append(_citation(paragraph, " ".join(s for _, s in picked)))
        sentences.extend(AnswerSentence(text=s, citation=len(citations) - 1) for _, s in picked)
    used = {(c.doc_id, c.paragraph) for c in citations}
    for extra in passages[1:]:
        if len(citations) >= SUPPORTING:
            break
        if (extra.paragraph.doc_id, extra.paragraph.number) in used:
            continue
        r = _ranked_sentences(extra.paragraph, qw)
        citations.append(_citation(extra.paragraph, r[0][2] if r else extra.paragraph.text))
    return Answer(
        question=evidence.question,
        sentences=tuple(sentences[:max_sentences]),
        citations=tuple(citations),
        abstained=False,
        confidence=conf,
    )
