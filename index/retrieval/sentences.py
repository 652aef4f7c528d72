"""A paragraph's sentences as answers: how well each tells what is asked, and the citation
that quotes them. Pure, no I/O (used by `compose.py` and `leading.py`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import sentence_spans
from ..types import AbstainReason, Answer, Citation, Paragraph, Passage
from .checks.placed import placing_subject
from .lexical import coverage, terms

StatesValue = Callable[[str], bool]  # whether a sentence states the value a question asks for
Ranked = tuple[float, int, str]  # a sentence's share of the question's terms, its place, its text


def confidence(passage: Passage) -> float:
    """How sure we are that `passage` answers the question (about 0..1.5).

    The best sentence's cosine to the question, plus a quarter of the share of the
    question's IDF mass that the best sentence and the whole paragraph cover.
    """
    return passage.dense + 0.25 * passage.lexical + 0.25 * passage.coverage


def ranked_sentences(
    paragraph: Paragraph, qweights: dict[str, float], value: StatesValue | None = None
) -> list[Ranked]:
    """The paragraph's sentences, best first: those stating the value asked for (if any
    is asked for), then by the share of the question's terms they hold."""
    out = []
    sentences = sentences_of(paragraph)
    answering = set()
    for pos, sentence in enumerate(sentences):
        out.append((coverage(qweights, set(terms(sentence))), pos, sentence))
        before = sentences[pos - 1] if pos else ""
        after = sentences[pos + 1] if pos + 1 < len(sentences) else ""
        if value is not None and answers_with(value, sentence, qweights, before, after):
            answering.add(pos)
    out.sort(key=lambda s: (value is not None and s[1] not in answering, -s[0], s[1]))
    return out


def sentences_of(paragraph: Paragraph) -> list[str]:
    """The paragraph's sentences, in order."""
    return [paragraph.text[a:b] for a, b in sentence_spans(paragraph.text)]


# a sentence opening with a demonstrative goes on about the sentence before ("That conflict, …")
_BACK_REFERENCE = re.compile(r"^\W*(?:that|this|these|those)\s+[a-z]", re.IGNORECASE)


def answers_with(
    value: StatesValue, sentence: str, qweights: dict[str, float], previous: str = "", following: str = ""
) -> bool:
    """`sentence` states the value asked for and holds one of the question's terms, or goes on
    about a previous sentence that does ("… a 12-day war … That conflict, which resulted in 610
    deaths in Iran, …"), or is placed by the sentence after it at what the question names ("The
    mayor agreed to a truce. The exchange took place at the summit."): "200 missiles" does not
    answer "how many troops were sent?" from a sentence about none of them."""
    if not value(sentence):
        return False
    if coverage(qweights, set(terms(sentence))) > 0:
        return True
    if following and placing_subject(following) is not None and coverage(qweights, set(terms(following))) > 0:
        return True
    return (
        bool(previous)
        and _BACK_REFERENCE.match(sentence) is not None
        and (coverage(qweights, set(terms(previous))) > 0)
    )


def states_value(paragraph: Paragraph, value: StatesValue, qweights: dict[str, float]) -> bool:
    sentences = sentences_of(paragraph)
    previous = ["", *sentences[:-1]]
    return any(answers_with(value, x, qweights, p) for x, p in zip(sentences, previous, strict=True))


def states_any(paragraph: Paragraph, value: StatesValue) -> bool:
    return any(value(s) for s in sentences_of(paragraph))


def citation(p: Paragraph, quote: str) -> Citation:
    """`p` cited by `quote`, the sentences taken from it."""
    return Citation(
        doc_id=p.doc_id, title=p.title, paragraph=p.number, quote=quote, text=p.text, outlet=p.outlet
    )


def abstention(
    question: str,
    top: Passage,
    qweights: dict[str, float],
    conf: float,
    reason: AbstainReason,
    missing: tuple[str, ...] = (),
) -> Answer:
    """No answer, naming the paragraph that came closest and why."""
    best = ranked_sentences(top.paragraph, qweights)
    quote = best[0][2] if best else top.paragraph.text
    return Answer(
        question=question,
        sentences=(),
        citations=(),
        abstained=True,
        reason=reason,
        missing=missing,
        confidence=conf,
        closest=citation(top.paragraph, quote),
    )
