"""The quote records every layer shares: a quotation with its speaker (`Quote`) and the
attribution part of an answer (`Attribution`). Re-exported by `index.types`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .text import source_name, title_beside

SpeakerKind = Literal["person", "office", "anonymous", "unknown"]
QuoteKind = Literal["direct", "partial", "indirect", "transcript"]


@dataclass(frozen=True)
class Quote:
    """A quotation (or reported speech) found in an article, with its attributed speaker."""

    text: str
    speaker: str | None
    speaker_detail: str | None
    cue: str | None
    doc_id: str
    title: str
    paragraph: int
    start: int
    end: int
    kind: QuoteKind = "direct"
    speaker_kind: SpeakerKind = "person"
    outlet: str | None = None
    # The speaker words as written ("he", "his office") when `speaker` was resolved from them.
    mention: str | None = None
    # The sentence(s) of the paragraph that hold the quotation, for display and matching.
    context: str = ""
    source: str = ""  # as in `Citation.source`

    @property
    def label(self) -> str:
        return f"{self.source or source_name(self.outlet, self.title)} ¶{self.paragraph}"

    @property
    def heading(self) -> str:
        """The title to show beside the label (see `Citation.heading`)."""
        return title_beside(self.label, self.title)


@dataclass(frozen=True)
class Attribution:
    """The attribution part of an answer to "who said …", "did X say …", "what did X say".

    `verdict`: ``exact`` / ``misworded`` / ``not_found`` for who-said checks (``matched`` when
    the question paraphrased without quote marks and a quote fits), ``yes`` / ``no``
    / ``not_found`` for did-say, ``listed`` for what-said; ``contradicts`` for either check
    when the quote's matching clause is negated where the claim is not, or the reverse.
    `quotes` holds the matched quote first (or every quote of the speaker); `diff` is the
    rendered word diff of a misquote
    (``we [-shall-] {+will+} win``); `said_by` names the real speaker when X did not say it.
    ``quoting`` (either check): the claim's words stand in the quote only inside the speaker's
    own quotation marks, a label they cite (often to reject it), kept in `within`.
    ``relaying`` (did-say): the words are the speaker's report of what another says, `relayed`.
    """

    kind: str
    verdict: str
    claim: str | None = None
    speaker_asked: str | None = None
    quotes: tuple[Quote, ...] = ()
    diff: str | None = None
    said_by: str | None = None
    within: str | None = None
    # ``relaying``: the claim's words stand in the quote as what someone else says ("The
    # unions are saying we will strike"): who that is, as the quote names them
    relayed: str | None = None
    # for what-said: other people quoted under the asked surname ("no quote by Olek Brandt;
    # Ilse Brandt is quoted 2 times"), so a namesake's words are never taken for theirs
    note: str | None = None
    # for "what did X tell AFP?" answered by quotes whose cue names AFP: "AFP" (else None)
    told: str | None = None
    # for what-said: how many quotes were found, when `quotes` lists only the first of them
    found: int = 0
    # for "what else did X say?": X is quoted, but only in the paragraphs already shown
    all_shown: bool = False
    # for what-said: X is quoted only through offices and spokespeople named after them
    # ("Netanyahu’s office"), and `quotes` are theirs, said on X's behalf
    on_behalf: bool = False

    @property
    def count(self) -> str:
        """What-said's count as a reply gives it: "3 quotes", "the first 12 of 60 quotes"."""
        n, total = len(self.quotes), max(self.found, len(self.quotes))
        if total > n:
            return f"the first {n} of {total} quotes"
        return f"{n} quote{'s' if n != 1 else ''}"

    @property
    def on_claim(self) -> str:
        """What-said's topic as it follows "quotes by X" in a reply: " about the budget", or
        as asked when it opens on a preposition (" at the press conference"); "" for none."""
        if not self.claim:
            return ""
        if _INFINITIVE.match(self.claim):
            # "what did X tell Lee to focus on?": " about what to focus on", not " to focus on"
            return f" about what {self.claim}"
        if _OPENS_ON_PREPOSITION.match(self.claim):
            return f" {self.claim}"
        return f" about {self.claim}"


# "to" before a verb ("to focus on", "to do"), not before what it points at ("to the board")
_INFINITIVE = re.compile(
    r"to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me)\b)[a-z]+\b"
)
# "what did X say at the summit / on the budget / after the vote?": the topic is a phrase of its own
_OPENS_ON_PREPOSITION = re.compile(
    r"(?:about|at|on|in|during|after|before|to|with|over|regarding|concerning|from|since|"
    r"following|upon|towards?|against|into)\s",
    re.IGNORECASE,
)
