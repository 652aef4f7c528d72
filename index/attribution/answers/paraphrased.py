"""A "did X say …?" put in other words that X's quotation says the reverse of.

"Did Lee say the new fees would help the port?" shares too few words with Lee's "the fees
will do lasting harm to the port" for the word match of `claims.did_say`, and got the ordinary
cited answer with no verdict. When X is quoted, the quote of X that fits the claim in meaning
(`quote_for_claim`: the encoder's fit, the claim's words beyond its names, a word of the
quote's sentence kept) answers it with "the article has X saying the opposite" when it holds
the reverse of one of the claim's words (`reversal_diff`). A fit with no reversal is left to
the ordinary answer: measured on did-say paraphrases written to reverse a quote, the encoder
fits "more eager", "harmless" or "less of a threat" as well as the true paraphrase, so a fit is
no yes. Someone else's quote never answers here: that is the word match's "No. That was Y".
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...types import Answer, Paragraph, Passage, Quote
from ..checks.check import AttributionQuery, reversal_diff
from .answer import matched_answer
from .claim_quote import quote_for_claim
from .relevance import Relevance
from .voiced import voiced_by


def did_say_in_other_words(
    question: str,
    query: AttributionQuery,
    passages: Sequence[Passage],
    quotes: Sequence[Quote],
    relevance: Relevance,
    paragraphs: dict[tuple[str, int], Paragraph],
) -> Answer | None:
    """The ``contradicts`` did-say answer from the asked speaker's quote that fits the claim in
    meaning and holds the reverse of one of its words; None when the speaker is not quoted, no
    quote of theirs among the `passages` fits the claim, or the one that fits reverses none."""
    if query.kind != "did_say" or not query.speaker or not query.text or query.quoted:
        return None
    theirs = voiced_by(query.speaker, quotes)
    found = quote_for_claim(query.text, passages, theirs, relevance) if theirs else None
    if found is None:
        return None
    answer = matched_answer(question, query, found, paragraphs)
    att = answer.attribution
    if att is None or att.verdict == "quoting":
        return None  # the claim's words are a label the speaker cites: the word match's job
    reversal = att.diff or reversal_diff(query.text, found.text)
    if reversal is None:
        # a fit in meaning is no yes: the encoder does not tell "less eager" from "more
        # eager", and an antonym no list holds would pass for a paraphrase. The ordinary cited
        # answer shows the quote for the journalist to judge.
        return None
    return replace(
        answer, attribution=replace(att, verdict="contradicts", diff=reversal, said_by=found.speaker)
    )
