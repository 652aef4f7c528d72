"""A fake `QA` whose answers depend on the question's words (so ranking means something).

Quotes are hand-made `Quote` records on the fake paragraphs; checking and attributing them
uses the domain's pure functions (`check_claim`, `quotes_by`, `answer_attribution`), so the
fake's verdicts depend on the words given, as the real engine's do.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.attribution.answers.answer import answer_attribution
from index.attribution.checks.check import QuoteCheck, parse_attribution_question, quotes_by
from index.attribution.checks.claims import check_claim
from index.engine import Turn
from index.types import (
    Answer,
    AnswerSentence,
    Citation,
    Disagreement,
    DisagreementSide,
    Document,
    Paragraph,
    Passage,
    Quote,
)


def _paragraphs(doc_id: str, title: str, outlet: str | None, texts: list[str]) -> tuple[Paragraph, ...]:
    return tuple(
        Paragraph(doc_id, title, n, text, 0, len(text), f"h{n}", outlet=outlet)
        for n, text in enumerate(texts, start=1)
    )


DOCS = [
    Document(
        "afp-flood",
        "Floods hit the valley",
        "afp-flood.txt",
        "h1",
        _paragraphs(
            "afp-flood",
            "Floods hit the valley",
            "AFP",
            [
                "Heavy rain fell across the valley on Monday.",
                "At least 12 people died in the floods, the mayor said.",
                "The river rose three metres overnight.",
                "“We will rebuild every home, whatever it costs,” Mayor Ana Lopez told reporters.",
                "“The mayor will visit the shelters on Friday,” Lopez’s office said in a statement.",
            ],
        ),
        outlet="AFP",
    ),
    Document(
        "reuters-flood",
        "Rock & Roll <live> _*[x] flood relief",
        "reuters-flood.txt",
        "h2",
        _paragraphs(
            "reuters-flood",
            "Rock & Roll <live> _*[x] flood relief",
            "Reuters",
            [
                "A benefit concert raised money for flood relief.",
                "Officials said 15 people died in the floods.",
                "Lopez said the city needed help. “We cannot do this <alone> & fast,” she added.",
            ],
        ),
        outlet="Reuters",
    ),
]


def _quote(doc: Document, number: int, words: str, speaker: str, cue: str, **kw: str) -> Quote:
    para = doc.paragraphs[number - 1]
    start = para.text.index(words)
    q = Quote(words, speaker, None, cue, doc.doc_id, doc.title, number, start, start + len(words))
    return replace(q, outlet=doc.outlet, context=para.text, **kw)


QUOTES = [
    _quote(DOCS[0], 4, "We will rebuild every home, whatever it costs", "Ana Lopez", speaker_detail="Mayor",
           cue="told reporters"),
    _quote(DOCS[0], 5, "The mayor will visit the shelters on Friday", "Lopez’s office", speaker_kind="office",
           cue="said in a statement"),
    _quote(DOCS[1], 3, "We cannot do this <alone> & fast", "Ana Lopez", cue="added", mention="she"),
]  # fmt: skip
_STOP = {"the", "a", "in", "of", "and", "what", "how", "many", "did", "who", "is", "was", "on", "about"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


class FakeQA:
    """A content-dependent QA: ranks paragraphs by word overlap with the question.

    A follow-up (a question starting with "and") borrows the previous question's words.
    "explode" raises, to exercise the error handler; "died" answers with a disagreement.
    """

    def __init__(self) -> None:
        self.asked: list[tuple[str, Turn | None]] = []
        self.checked: list[str] = []
        self.with_evidence = 0  # calls of `ask_with_evidence` (the LLM path)

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        return self._answer(question, previous)[0]

    def ask_with_evidence(
        self, question: str, previous: Turn | None = None
    ) -> tuple[Answer, tuple[Passage, ...]]:
        """Like `Engine.ask_with_evidence`: no passages for attribution answers."""
        self.with_evidence += 1
        return self._answer(question, previous)

    def _answer(self, question: str, previous: Turn | None) -> tuple[Answer, tuple[Passage, ...]]:
        self.asked.append((question, previous))
        if "explode" in question:
            raise RuntimeError("secret internal detail")
        if (query := parse_attribution_question(question)) is not None:
            paragraphs = {(p.doc_id, p.number): p for d in DOCS for p in d.paragraphs}
            answer = answer_attribution(question, query, QUOTES, paragraphs)
            if answer.abstained:
                fallback = self._retrieve(question, None)
                closest = fallback.closest or (fallback.citations[0] if fallback.citations else None)
                answer = replace(answer, closest=closest)
            return answer, ()
        return self._retrieve(question, previous), self._passages(question, previous)

    def _ranked(self, question: str, previous: Turn | None) -> list[tuple[int, Paragraph]]:
        words = _words(question)
        if previous is not None and question.lower().startswith("and"):
            words |= _words(previous.question)
        scored = [(len(words & _words(p.text)), p) for d in DOCS for p in d.paragraphs]
        return sorted(scored, key=lambda sp: sp[0], reverse=True)

    def _passages(self, question: str, previous: Turn | None, k: int = 3) -> tuple[Passage, ...]:
        return tuple(Passage(p, s / 10) for s, p in self._ranked(question, previous)[:k] if s)

    def _retrieve(self, question: str, previous: Turn | None) -> Answer:
        words = _words(question)
        if previous is not None and question.lower().startswith("and"):
            words |= _words(previous.question)
        best = self._ranked(question, previous)[0][1]
        citation = Citation(best.doc_id, best.title, best.number, best.text[:30], best.text, best.outlet)
        if not words & _words(best.text):
            return Answer(question, (), (), abstained=True, closest=citation)
        disagreements: tuple[Disagreement, ...] = ()
        if "died" in words:
            disagreements = (
                Disagreement(
                    "death toll",
                    (
                        DisagreementSide("12", "afp-flood", 2, "Floods hit the valley"),
                        DisagreementSide("15", "reuters-flood", 2, DOCS[1].title, outlet="Reuters"),
                    ),
                ),
            )
        return Answer(
            question,
            (AnswerSentence(best.text, 0),),
            (citation,),
            abstained=False,
            confidence=0.9,
            disagreements=disagreements,
        )

    def documents(self) -> list[Document]:
        return list(DOCS)

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        for doc in DOCS:
            if doc.doc_id == doc_id:
                return next((p for p in doc.paragraphs if p.number == number), None)
        return None

    def check_quote(self, text: str) -> QuoteCheck:
        self.checked.append(text)
        return check_claim(text, QUOTES)

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        return list(quotes_by(speaker, QUOTES)) if speaker else list(QUOTES)

    def name_as_written(self, name: str) -> str:
        return name

    def example_questions(self, n: int = 3) -> list[str]:
        return ["How many people died?", "What did the river do?", "What did the concert raise?"][:n]

    def close(self) -> None:
        self.closed = True
