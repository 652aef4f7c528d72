"""The answer to "did X threaten …?" (or vow, pledge, promise) when no quote of X says it and
the paragraph about X reports no such act ("X has hinted at …"): the verdict is that no quote
or report of it was found, and the paragraph stays beside it as what the article does say, so
the reply cannot read as a Yes to the stronger verb (`overstated.py`). Pure.
"""

from __future__ import annotations

from dataclasses import replace

from ...types import Answer, Attribution, Citation
from ..checks.check import AttributionQuery
from ..overstated import act_noun


def unreported_act(found: Answer, query: AttributionQuery, paragraph: Answer) -> Answer:
    """`paragraph` (the ordinary answer) under `found`'s not-found did-say verdict, with a note
    that the articles report no such act by the speaker; `paragraph`'s first citation is the
    closest match shown.

    >>> from index.types import AnswerSentence, Citation
    >>> c = Citation(doc_id="d", title="T", paragraph=3, quote="Lee hinted at a strike.", text="…")
    >>> plain = Answer("q", (AnswerSentence("Lee hinted at a strike.", 0),), (c,), abstained=False)
    >>> none = Answer("q", (), (), abstained=True)
    >>> query = AttributionQuery("did_say", text="a strike", speaker="Lee", verb="threaten")
    >>> a = unreported_act(none, query, plain)
    >>> a.attribution.verdict, a.attribution.note, a.closest.paragraph, a.abstained
    ('not_found', 'the articles report no threat by Lee; the closest paragraph is below', 3, False)
    """
    noun = act_noun(query.verb or "")
    # a note `found` already gives (the writer's own "X hinted …" found and set aside) stays
    said = found.attribution.note if found.attribution is not None else None
    attribution = Attribution(
        kind="did_say",
        verdict="not_found",
        claim=query.text,
        speaker_asked=query.speaker,
        note=said or f"the articles report no {noun} by {query.speaker}; the closest paragraph is below",
    )
    closest = paragraph.citations[0] if paragraph.citations else found.closest
    return replace(paragraph, attribution=attribution, closest=closest)


def narrated_act(
    question: str, query: AttributionQuery, claim: str, note: str, paragraph: Citation
) -> Answer:
    """A not-found answer whose only match is the article's own words about a speaker, not a
    quote of theirs: "did X threaten …?" of the writer's "X has hinted at a strike", or a claim
    holding only the writer's frame around X's short quotation (`checks/frame.py`). No quote is
    given under X's name; `paragraph` is shown as the closest, `note` saying what it has."""
    attribution = Attribution(
        kind=query.kind, verdict="not_found", claim=claim, speaker_asked=query.speaker, note=note
    )
    return Answer(question, (), (), abstained=True, attribution=attribution, closest=paragraph)
