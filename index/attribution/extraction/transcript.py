"""The answers of an interview transcript as the interviewee's words (kind ``transcript``).

An edited Q&A ("Q: …" / "A: …" paragraphs, the "Q" at times glued to the question) holds the
interviewee's own words in no quotation marks: an answer runs from its "A:" paragraph up to
the next question. The interviewee is the person the title names: after "Q&A with" /
"interview with", else a full name the article gives that the title holds, else two
capitalised words that end the title and stand in the text too ("… for actress Ana Roe"),
else the two the title opens with ("Ana Roe sees hope …"). Their answers are quotes of
kind ``transcript``, never ``direct`` or ``partial``: they stand in no marks, and PolNeAR's
gold, which keeps only quotations holding a mark, does not score them. Pure.
"""

from __future__ import annotations

import re

from ...types import Document, Paragraph, Quote
from ..speakers.article_names import article_full_names

_QUESTION = re.compile(r"^Q(?:[:.]\s*|(?=[A-Z]))")
_ANSWER = re.compile(r"^A[:.]\s*")
_WITH = re.compile(r"\b(?:Q\s*&\s*A|Q and A|interview|conversation)\s+with\s+(.+)$", re.IGNORECASE)
_CAPS = re.compile(r"[A-Z][\w’'.-]*")
MIN_ANSWERS = 2  # "A:" paragraphs that make an article a transcript


def _person_in_title(doc: Document) -> str | None:
    title = doc.paragraphs[0].title if doc.paragraphs else ""
    m = _WITH.search(title)
    if m:
        run = re.search(r"(?:[A-Z][\w’'.-]*\s*)+", m.group(1).strip())
        toks = run.group(0).split() if run else []
        return " ".join(toks[-2:]) if len(toks) >= 2 else None
    for full in article_full_names(doc).values():
        if len(full.split()) >= 2 and full in title:
            return full
    ending = re.search(r"(?:^|\s)([A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+)$", title)
    if ending and any(ending.group(1) in p.text for p in doc.paragraphs):
        return ending.group(1)  # "… hits home for actress Ana Roe", named again in the lede
    toks = title.split()
    if len(toks) >= 3 and all(_CAPS.fullmatch(t) for t in toks[:2]) and toks[2].islower():
        return " ".join(toks[:2])
    return None


def transcript_quotes(doc: Document) -> list[Quote]:
    """The interviewee's answers in a Q&A transcript, one quote per answer paragraph; none
    when `doc` has fewer than `MIN_ANSWERS` "A:" paragraphs or no interviewee is named."""
    paragraphs = doc.paragraphs
    if sum(1 for p in paragraphs if _ANSWER.match(p.text)) < MIN_ANSWERS:
        return []
    if not any(_QUESTION.match(p.text) for p in paragraphs):
        return []
    who = _person_in_title(doc)
    if who is None:
        return []
    out: list[Quote] = []
    answering = False
    for p in paragraphs:
        if _QUESTION.match(p.text):
            answering = False
            continue
        opened = _ANSWER.match(p.text)
        answering = answering or opened is not None
        if answering:
            out.append(_answer(p, opened.end() if opened else 0, who))
    return out


def _answer(p: Paragraph, start: int, who: str) -> Quote:
    return Quote(
        text=p.text[start:],
        speaker=who,
        speaker_detail=None,
        cue=None,
        doc_id=p.doc_id,
        title=p.title,
        paragraph=p.number,
        start=start,
        end=len(p.text),
        kind="transcript",
        speaker_kind="person",
        outlet=p.outlet,
        mention=who,
        context=p.text,
    )


def outside_answers(quotes: list[Quote], answers: list[Quote]) -> list[Quote]:
    """`quotes` less the words quoted inside an answer with no cue of their own: the
    interviewee's scare quotes or mimicry (``A: Look at his pitch. ‘We gotta take on Wall
    Street.’``), part of the answer's own quotation, not another speaker's."""
    answered = {(a.paragraph, a.start) for a in answers}
    return [
        q
        for q in quotes
        if q.cue is not None
        or q.kind not in ("direct", "partial")
        or not any(p == q.paragraph and s <= q.start for p, s in answered)
    ]
