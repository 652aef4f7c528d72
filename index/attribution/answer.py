"""Attribution answers: turn quote checks into `Answer`s the adapters can render. Pure.

The stated sentences are still verbatim from the cited paragraph (the sentence holding the
quote); the verdict, speaker and word diff travel in `Answer.attribution`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Answer, AnswerSentence, Attribution, Citation, Paragraph, Passage, Quote
from .check import AttributionQuery, check_quote, did_say, quotes_by
from .speaker_groups import namesake_note, namesakes

MAX_LISTED = 12


def _context(q: Quote, paragraph: Paragraph | None) -> str:
    if q.context:
        return q.context
    return paragraph.text if paragraph else q.text


def _cite(
    quotes: Sequence[Quote], paragraphs: dict[tuple[str, int], Paragraph]
) -> tuple[tuple[AnswerSentence, ...], tuple[Citation, ...]]:
    sentences: list[AnswerSentence] = []
    citations: list[Citation] = []
    index: dict[tuple[str, int], int] = {}
    for q in quotes:
        para = paragraphs.get((q.doc_id, q.paragraph))
        key = (q.doc_id, q.paragraph)
        if key not in index:
            index[key] = len(citations)
            citations.append(
                Citation(
                    doc_id=q.doc_id,
                    title=q.title,
                    paragraph=q.paragraph,
                    quote=_context(q, para),
                    text=para.text if para else _context(q, para),
                    outlet=q.outlet,
                )
            )
            sentences.append(AnswerSentence(text=_context(q, para), citation=index[key]))
    return tuple(sentences), tuple(citations)


def answer_attribution(
    question: str,
    query: AttributionQuery,
    quotes: Sequence[Quote],
    paragraphs: dict[tuple[str, int], Paragraph],
    exclude: frozenset[tuple[str, int]] = frozenset(),
) -> Answer:
    """Answer a routed attribution question from the indexed quotes.

    `exclude` drops quotes from paragraphs already shown ("what else did she say?").
    """
    if query.kind == "what_said" and query.speaker:
        found = [q for q in quotes_by(query.speaker, quotes) if (q.doc_id, q.paragraph) not in exclude]
        if query.topic:
            from ..retrieval.lexical import terms

            # the speaker's quotes on the topic first, most topic words first; the rest after
            topic = set(terms(query.topic))
            overlap = {id(q): len(topic & set(terms(q.context or q.text))) for q in found}
            # none on the topic: not found here, so the engine answers from the paragraphs
            found = sorted((q for q in found if overlap[id(q)]), key=lambda q: -overlap[id(q)])
        attribution = Attribution(
            kind="what_said",
            verdict="listed" if found else "not_found",
            speaker_asked=query.speaker,
            quotes=tuple(found[:MAX_LISTED]),
            note=namesake_note(query.speaker, bool(found), namesakes(query.speaker, quotes)),
        )
        sentences, citations = _cite(found[:MAX_LISTED], paragraphs)
        return Answer(question, sentences, citations, abstained=not found, attribution=attribution)

    claim = query.text or ""
    if query.kind == "did_say" and query.speaker:
        result = did_say(query.speaker, claim, quotes)
        check = result.check
        verdict: str = result.verdict
        said_by = result.said_by
    else:
        check = check_quote(claim, quotes)
        verdict = str(check.verdict)
        said_by = None
    matched = (check.quote,) if check.quote is not None and check.verdict != "not_found" else ()
    if not query.quoted and verdict == "misworded":
        # An unquoted question paraphrases ("who said the programme is non-negotiable?"):
        # the words were never claimed to be a quote, so this is a match, not a misquote.
        verdict = "matched"
    attribution = Attribution(
        kind=query.kind,
        verdict=verdict,
        claim=claim,
        speaker_asked=query.speaker,
        quotes=matched,
        diff=check.rendered if verdict == "misworded" else None,
        said_by=said_by,
    )
    sentences, citations = _cite(matched, paragraphs)
    return Answer(question, sentences, citations, abstained=not matched, attribution=attribution)


def quote_in_passages(question: str, passages: Sequence[Passage], quotes: Sequence[Quote]) -> Quote | None:
    """The quotation, among those in `passages` (best first), whose words share the most of
    the question's terms; the first passage holding any quotation wins."""
    from ..retrieval.lexical import terms

    wanted = set(terms(question))
    for passage in passages:
        par = passage.paragraph
        here = [q for q in quotes if (q.doc_id, q.paragraph) == (par.doc_id, par.number)]
        scored = [(len(wanted & set(terms(q.context or q.text))), q) for q in here]
        scored = [(n, q) for n, q in scored if n]
        if scored:
            return max(scored, key=lambda pair: pair[0])[1]
    return None


def matched_answer(
    question: str, query: AttributionQuery, quote: Quote, paragraphs: dict[tuple[str, int], Paragraph]
) -> Answer:
    """A who-said answer for a paraphrased claim: ``matched`` to `quote`, whose speaker said it."""
    attribution = Attribution(
        kind=query.kind, verdict="matched", claim=query.text, speaker_asked=query.speaker, quotes=(quote,)
    )
    sentences, citations = _cite([quote], paragraphs)
    return Answer(question, sentences, citations, abstained=False, attribution=attribution)


_PRONOUNS = frozenset("he she they it we i".split())


def speaker_shown(q: Quote) -> str | None:
    """The speaker as a reader sees it: ``he (Guy Ziv)`` when the text says ``he``.

    >>> speaker_shown(Quote("x", "Guy Ziv", None, "said", "d", "T", 1, 0, 1, mention="he"))
    'he (Guy Ziv)'
    """
    if q.speaker and q.mention and q.mention.lower() in _PRONOUNS:
        return f"{q.mention} ({q.speaker})"
    return q.speaker


def quote_json(q: Quote | None, verdict: str, diff: str | None, text: str | None) -> dict[str, object]:
    """The `quote --json` contract: `speaker` is the resolved name, `mention` the words the
    article uses for them (``he``), `speaker_shown` both (``he (Guy Ziv)``)."""
    return {
        "verdict": verdict,
        "speaker": q.speaker if q else None,
        "mention": q.mention if q else None,
        "speaker_shown": speaker_shown(q) if q else None,
        "speaker_detail": q.speaker_detail if q else None,
        "cue": q.cue if q else None,
        "quote": q.text if q else None,
        "doc": q.doc_id if q else None,
        "title": q.title if q else None,
        "label": q.label if q else None,
        "paragraph": q.paragraph if q else None,
        "text": text,
        "diff": diff,
    }
