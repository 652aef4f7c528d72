"""Words an article sets in quotation marks without saying whose: no one is on record for them.

A scare quote the writer kept ("a strategy of “maximum pressure”") or a quotation whose
speaker the rules could not resolve has no speaker. A "did X say …?" or "who said …?" that
matches it must not read "No. That was an unnamed source" or "An unnamed source said that":
an unnamed source is someone the article quotes while withholding the name, which is a claim
the article does not make. The reply is that no one is quoted saying it, with the sentence
that holds the words as the closest match, so the journalist reads them in the writer's voice.
Pure.
"""

from __future__ import annotations

from ...types import Answer, Attribution, Citation, Paragraph, Quote
from ..checks.check import AttributionQuery


def unattributed(
    question: str,
    query: AttributionQuery,
    claim: str,
    quote: Quote,
    paragraphs: dict[tuple[str, int], Paragraph],
) -> Answer:
    """The not-found answer to an attribution question whose best match is `quote`, which
    has no speaker: abstained, with the quote's sentence (its paragraph) as `closest`.

    >>> q = Quote("fresh start", None, None, None, "d", "T", 2, 0, 11, kind="partial",
    ...           context="The plan promises a “fresh start” for the port.")
    >>> query = AttributionQuery("did_say", speaker="Roe")
    >>> a = unattributed("did Roe call it a fresh start?", query, "", q, {})
    >>> a.abstained, a.attribution.verdict, a.closest.quote
    (True, 'not_found', 'The plan promises a “fresh start” for the port.')
    """
    para = paragraphs.get((quote.doc_id, quote.paragraph))
    said = quote.context or (para.text if para else quote.text)
    closest = Citation(
        doc_id=quote.doc_id,
        title=quote.title,
        paragraph=quote.paragraph,
        quote=said,
        text=para.text if para else said,
        outlet=quote.outlet,
    )
    attribution = Attribution(
        kind=query.kind, verdict="not_found", claim=claim or None, speaker_asked=query.speaker
    )
    return Answer(question, (), (), abstained=True, closest=closest, attribution=attribution)
