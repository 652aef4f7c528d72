"""Who said a paraphrased claim: the quotation of a retrieved passage that says what the
claim says, in other words ("who said Iran will talk nuclear but not missiles?"). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text import words
from ...types import Passage, Quote
from ..checks.check import said_text
from ..checks.claim_words import nameless, negations, shares_a_word, subject_untold
from ..checks.swapped import other_subject
from .relevance import CLAIM_FLOOR, Relevance

# "who said <paraphrase>": quotes of passages scoring this share of the best are candidates,
# and the passage's share counts this much beside the quote's own fit (`quote_for_claim`)
CLOSE_PASSAGE = 0.7
PASSAGE_WEIGHT = 0.5
DENIAL_MISMATCH = 0.2  # taken off a quote with no negation when the claim denies
NAMELESS_FLOOR = 0.25  # the least fit of the claim's words beyond its names to the quote found


def quote_for_claim(
    claim: str, passages: Sequence[Passage], quotes: Sequence[Quote], relevance: Relevance
) -> Quote | None:
    """The quotation that says what a paraphrased `claim` says ("who said Iran will talk
    nuclear but not missiles?"), or None.

    Candidates are the attributed quotes of the retrieved `passages` (best first) that score
    at least `CLOSE_PASSAGE` of the best passage; each is scored by `relevance` plus
    `PASSAGE_WEIGHT` × its passage's share of the best score, so the quote that says it wins
    over one that only sits in the best paragraph; the first of them that says the claim
    (`_says_it`) and fits at least `CLAIM_FLOOR` answers. None when the best fits less.
    """
    if not passages or passages[0].score <= 0:
        return None
    top = passages[0].score
    share = {
        (p.paragraph.doc_id, p.paragraph.number): p.score / top
        for p in passages
        if p.score >= CLOSE_PASSAGE * top
    }
    near = [q for q in quotes if q.speaker and (q.doc_id, q.paragraph) in share]
    if not near:
        return None
    fits = relevance(claim, near)
    # a claim that denies ("… is not up for negotiation") is said by someone who denies: a
    # quote with no negation at all on the same subject says something else about it
    denies = negations(words(claim)) % 2 == 1
    unlike = [DENIAL_MISMATCH if denies and not negations(words(said_text(q))) else 0.0 for q in near]
    ranked = sorted(
        range(len(near)),
        key=lambda i: fits[i] + PASSAGE_WEIGHT * share[(near[i].doc_id, near[i].paragraph)] - unlike[i],
        reverse=True,
    )
    if fits[ranked[0]] < CLAIM_FLOOR:
        return None
    if _says_it(claim, near[ranked[0]], relevance):
        return near[ranked[0]]
    # the best fit only shares the claim's names or its story: a later one answers when the
    # claim's own words, its names left out, fit it as well as `CLAIM_FLOOR` asks of the whole
    # ("it has done nothing but make it dearer" for "who said X made it costlier?" after "X
    # has been a boon to them"), not a writer's frame around one quoted word
    rest = nameless(claim) or claim
    for i in ranked[1:]:
        if fits[i] < CLAIM_FLOOR or relevance(rest, [near[i]])[0] < CLAIM_FLOOR:
            continue
        if _says_it(claim, near[i], relevance):
            return near[i]
    return None


def _says_it(claim: str, quote: Quote, relevance: Relevance) -> bool:
    """Whether `quote`, close to `claim` in meaning, says what the claim says and not merely
    something about the same names, subject or story."""
    # the fit must not rest on the claim's names alone: "Lee is a liar" is close to "Lee is
    # wary of the deal" by "Lee", and its words that carry the claim are far from it
    rest = nameless(claim)
    if rest and rest != claim and relevance(rest, [quote])[0] < NAMELESS_FLOOR:
        return False
    # nor on the claim's topic alone: "Iran wants a deal" is not said by "… negotiations with
    # Iran continue to see whether or not a Deal can be consummated", which names Iran only as
    # the other party
    if subject_untold(claim, quote.text):
        return False
    # nor on the story alone: "sanctions on Iran should be lifted" is near in meaning to "…
    # hinted at potential military action against Iran" (one story, one country) with no word
    # of it; a paraphrase keeps at least one of its words, or one news uses for the same thing
    if not shares_a_word(claim, quote.context or quote.text):
        return False
    # nor when said of someone else: "Lund should drop out" is not "Mr. Roe should leave"
    return other_subject(claim, quote.text) is None
