"""Checking quotes and attributions against what the articles actually report.

`check_quote` says whether words a user gives are a real quote (``exact``), a close
misquote (``misworded``, with a word diff) or absent (``not_found``). Matching is on folded
word tokens (`text.words`): case, accents, quote marks and punctuation never matter, and a
fragment of a longer quote is exact when its words appear there contiguously. A misquote is
the best window of a quote (or of the sentence around it) whose word-level
`difflib.SequenceMatcher` ratio is at least `MIN_RATIO`, sharing at least two words and half
the claim's words.

The diff is a tuple of ``(op, words)`` from the claim to the real quote: ``"="`` words in
both, ``"-"`` words only in the claim, ``"+"`` words only in the article;
`QuoteCheck.rendered` shows it as ``we [-shall-] {+will+} win``.

"Did X say …" and claims that name their speaker are `claims.py`'s. Speaker names go
through `speaker_groups`, which also provides `quotes_by`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from ...retrieval.lexical import terms
from ...types import Quote, read_as_line
from ..claim import parse_claim
from ..query import AttributionQuery, parse_attribution_question
from ..speakers.speaker_groups import SpeakerGroup, group_speakers, quotes_by
from .cited_label import quoted_within
from .claim_words import FUNCTION_WORDS, LIGHT_VERBS, PARTICLES, uncontracted
from .contractions import only_contractions
from .elided import elided_matches
from .match_words import (
    DiffOp,
    _as_typed,
    _contains,
    _content,
    _diff,
    _display_words,
    _Match,
    _mostly_prose,
    _reach,
    _spelled,
    _widen,
    writers_words,
)
from .meaning import opposing_clause, opposite, said_text
from .numbers import against, renumbered
from .opposites import opposites

__all__ = [
    "AttributionQuery",
    "QuoteCheck",
    "SpeakerGroup",
    "check_quote",
    "group_speakers",
    "opposite",
    "parse_attribution_question",
    "parse_claim",
    "quoted_within",
    "quotes_by",
    "reversal_diff",
    "said_text",
]

MIN_RATIO = 0.6
Verdict = Literal["exact", "misworded", "not_found"]


@dataclass(frozen=True)
class QuoteCheck:
    """Outcome of `check_quote`: verdict, the closest real quote, the word diff and its ratio."""

    verdict: Verdict
    quote: Quote | None
    diff: tuple[DiffOp, ...] = ()
    ratio: float = 0.0
    # set by `check_claim`: the speaker the claim names, whether the quote is theirs (None
    # when no speaker was named or nothing was found), and the diff to the quote's clause
    # when it says the opposite of the claim
    claimed_speaker: str | None = None
    speaker_right: bool | None = None
    # set by `check_claim`: the words are those of the claimed speaker's office, not their own
    # ("Netanyahu said …" of a quote by "Netanyahu’s office"): right, but on their behalf
    on_behalf: bool = False
    # set by `check_claim`: who the speaker reports as saying the claim's words ("The unions
    # are saying we will strike"), when the claim leaves that out (`relayed.relayed_source`)
    relayed: str | None = None
    reversal: str | None = None
    # set by `check_claim`: the words the claim attributes, without the speaker it names
    said: str = ""
    # set by `check_claim`: the label the speaker cites inside marks of their own, when that
    # is all the claim holds of the quote (`quoted_within`)
    within: str | None = None
    # for ``not_found``: the short quotation the claim copies the writer's sentence around
    # ("… a strategy of “maximum pressure”"), to say the words are the article's own
    prose: Quote | None = None
    # the claimed speaker's name as typed and as read (`retrieval/spelling.py`: "Citrinowitz"
    # read as "Citrinowicz"), so a typo is not taken for a misattribution
    read_as: tuple[tuple[str, str], ...] = ()
    # set by `check_claim`: another quotation the claim copies a stretch of (`joined.py`); a
    # claim joining two speakers' words is then ``not_found`` as one quotation
    joined: Quote | None = None

    @property
    def read_as_reply(self) -> str | None:
        """ "Read “Citrinowitz” as Citrinowicz", without a full stop; None if nothing was read so."""
        return read_as_line(self.read_as)

    @property
    def rendered(self) -> str:
        """The diff as text: ``[-claimed-] {+actual+}`` around the shared words."""
        out = []
        for op, ws in self.diff:
            out.append(ws if op == "=" else f"[-{ws}-]" if op == "-" else f"{{+{ws}+}}")
        return " ".join(out)


def _match(claim: list[str], q: Quote, names: frozenset[str] = frozenset()) -> _Match | None:
    """`claim` (spelled words) against `q`: exact, or the best window of misworded words that
    shares a word of content with the claim beyond the `names` it holds."""
    best: _Match | None = None
    sources = [(q.text, True)] + ([(q.context, False)] if q.context and q.context != q.text else [])
    for text, in_text in sources:
        shown, real = _display_words(text)
        if not real:
            continue
        at = _contains(real, claim)
        if at >= 0 and not in_text and _contains(claim, _spelled(q.text)) >= 0 and _mostly_prose(claim, q):
            # the writer's sentence around a short quotation ("… a strategy of 'maximum
            # pressure'") is not the speaker's words: the claim is no quote of theirs
            return best
        if at >= 0 and (in_text or _contains(claim, _spelled(q.text)) >= 0):
            diff = (("=", " ".join(shown[at : at + len(claim)])),)
            return _Match(q, True, 1.0, diff, in_text)
        if len(claim) < 3:
            continue
        quote_words = _spelled(q.text)
        for size in range(max(2, len(claim) - 2), len(claim) + 3):
            for i in range(0, max(1, len(real) - size + 1)):
                window = real[i : i + size]
                if not in_text and _contains(window, quote_words) < 0 and _contains(quote_words, window) < 0:
                    continue  # a context window must hold the quotation itself
                sm = SequenceMatcher(None, claim, window, autojunk=False)
                ratio = sm.ratio()
                same = sum(b.size for b in sm.get_matching_blocks())
                if ratio < MIN_RATIO or same < 2 or same * 2 < len(claim):
                    continue
                held = [claim[b.a + k] for b in sm.get_matching_blocks() for k in range(b.size)]
                shared = set(_content(held))
                if not shared or (shared <= names | LIGHT_VERBS and shared != set(_content(claim))):
                    # "is a", or a name and "is a": "Lee is a liar" is not "this is a big
                    # issue", nor "Lee is very wary of …"; nor is "Iran wants a deal" "he
                    # wants to make sure …": a verb like "want" says nothing of what is wanted
                    continue
                if same * 2 <= len(claim) and len(shared - names) < 2 and shared != set(_content(claim)):
                    # half the claim, one word of content: "Iran wants a deal" is not "… whether
                    # or not a Deal can be …"
                    continue
                if best is None or ratio > best.ratio:
                    lo, hi = _widen(claim, sm, i, i + size, len(real))
                    lo, hi = _reach(claim, real, lo, hi)
                    best = _Match(q, False, ratio, _diff(claim, shown[lo:hi], real[lo:hi]), in_text)
    return best


def _shared_words(claim: list[str], q: Quote, names: frozenset[str] = frozenset()) -> _Match | None:
    """A paraphrased misquote: the claim shares most of a short quotation's content words
    ("caused serious damage" for "caused severe damage"), at least two of them, and those
    make up a good part of the claim too, one of them beyond the claim's `names` ("Iran will
    never talk to the United States" is no misquote of "For the United States, this is a big
    issue"). The diff runs from the claim to the quotation."""
    quoted = _content(_spelled(q.text))
    mine = _content(claim)
    common = set(quoted) & set(mine)
    shared = len(common)
    if shared < 2 or shared * 2 < len(set(quoted)) or shared * 5 < 2 * len(set(mine)) or common <= names:
        return None
    ratio = 2 * shared / (len(set(quoted)) + len(set(mine)))
    shown, real = _display_words(q.text)
    return _Match(q, False, ratio, _diff(claim, shown, real), True)


Weigh = Callable[[str], dict[str, float]]  # text → its stemmed content terms and their IDF weights
RARE_SHARE = 0.5  # the share of a claim's IDF mass a stretch of a long quotation must hold
WINDOW_SLACK = 4  # words a stretch may run beyond the claim's length


LIGHT_TERMS = frozenset(terms(" ".join(LIGHT_VERBS)))


@lru_cache(maxsize=64)
def _plain_terms(text: str) -> frozenset[str]:
    """The terms of a claim that say nothing of what is claimed: its names and verbs like
    "want" (read once per claim, not once for each quote it is held against)."""
    return LIGHT_TERMS | {t for w in text.split() if w[:1].isupper() for t in terms(w)}


def _rare_words(text: str, claim: list[str], q: Quote, weigh: Weigh, opposed: bool = False) -> _Match | None:
    """A paraphrase of a stretch of a long quotation: a window of the quote no longer than the
    claim (plus `WINDOW_SLACK` words) holds at least two of the claim's terms and
    `RARE_SHARE` of its IDF mass, so the words it shares are the distinctive ones
    ("an existential threat" of "I don't think it's like existential threat, but …"), not
    words every article uses. The diff runs from the claim to the stretch between the first
    and the last shared word."""
    mine = weigh(text)
    total = sum(mine.values())
    if len(mine) < 2 or total <= 0:
        return None
    shown, real = _display_words(q.text)
    # a compound holds its parts' terms too: "non-negotiable" speaks of what is "negotiable"
    stems = [set(weigh(w)) | (set(weigh(w.replace("-", " "))) if "-" in w else set()) for w in real]
    plain = _plain_terms(text)
    found = _rare_stretch(claim, q, shown, real, stems, mine, plain)
    if found is not None or not opposed:
        return found
    # "beneficial to the region" of "“detrimental to the region”": a word's opposite stands
    # in for it, so the quote that says the reverse is found; only ever as the reverse
    stand_in = [
        s | {t for c in claim if c in opposites(w) for t in weigh(c)}
        for s, w in zip(stems, real, strict=True)
    ]
    found = _rare_stretch(claim, q, shown, real, stand_in, mine, plain)
    return found if found is not None and opposing_clause(text, q.text) is not None else None


def _rare_stretch(
    claim: list[str],
    q: Quote,
    shown: list[str],
    real: list[str],
    stems: list[set[str]],
    mine: dict[str, float],
    plain: frozenset[str] = frozenset(),
) -> _Match | None:
    """`_rare_words`' window search over the quote's words, each with its `stems`; a window
    must share a term beyond the `plain` ones."""
    total = sum(mine.values())
    size = len(claim) + WINDOW_SLACK
    best: tuple[float, int, int] | None = None
    for i in range(max(1, len(real) - size + 1)):
        at = [j for j in range(i, min(i + size, len(real))) if stems[j] & mine.keys()]
        shared = set().union(*(stems[j] for j in at)) & mine.keys()
        mass = sum(mine[t] for t in shared) / total
        if len(shared) >= 2 and shared - plain and mass >= RARE_SHARE and (best is None or mass > best[0]):
            best = (mass, at[0], at[-1] + 1)
    if best is None:
        return None
    mass, a, b = best
    # the claim's words before its first shared one and after its last face the quote's words
    # there ("[-the talks-] {+that negotiations+} with Iran"), not nothing
    a, b = _widen(claim, SequenceMatcher(None, claim, real[a:b], autojunk=False), a, b, len(real))
    return _Match(q, False, mass, _diff(claim, shown[a:b], real[a:b]), True)


def _matches(
    text: str, quotes: Sequence[Quote], weigh: Weigh | None = None, renumber: bool = True
) -> list[_Match]:
    claim = _spelled(text)
    if not claim:
        return []
    if elided := elided_matches(text, quotes):
        # "we will … rebuild the bridge": the words the claim marks as left out are no misquote
        return sorted(elided, key=lambda m: m.rank, reverse=True)
    # the claim's names as typed ("Lee is a liar"): a window that shares only them is no match
    names = frozenset(x for w in text.split() if w[:1].isupper() for x in _spelled(w))
    found = [m for q in quotes if (m := _match(claim, q, names)) is not None]
    if not found:
        found = [m for q in quotes if (m := _shared_words(claim, q, names)) is not None]
    if not found and weigh is not None:
        found = [m for q in quotes if (m := _rare_words(text, claim, q, weigh)) is not None]
    if not found and renumber:
        # "she had three grants" of "I've had two grants": the count changed is no reason
        # to find nothing; the match is shown against the claim's own number
        for variant in renumbered(text, quotes):
            found += [against(text, m) for m in _matches(variant, quotes, weigh, renumber=False)]
        return sorted(found, key=lambda m: m.rank, reverse=True)
    shown = _display_words(text)
    if shown[1] == claim:
        found = [replace(m, diff=_as_typed(m.diff, shown[0])) for m in found]
    return sorted(found, key=lambda m: m.rank, reverse=True)


def _by_sentence(text: str, quotes: Sequence[Quote], weigh: Weigh) -> list[_Match]:
    """A paraphrase of a partial quotation and the sentence it stands in: the claim holds a
    term of the quoted words themselves (a compound's parts count: "non-negotiable" speaks of
    what is negotiable), and the sentence a stretch with `RARE_SHARE` of the claim's content
    (`_rare_words`): "Iran's missile program is not up for negotiation" of "Iran maintains its
    missile program is “non-negotiable,” …". Best first; the diff runs to the sentence."""
    claim = _spelled(text)
    content = " ".join(w for w in claim if w not in FUNCTION_WORDS and w not in PARTICLES)
    mine = weigh(content)
    found = []
    for q in quotes:
        said = said_text(q)
        if said == q.text or not mine.keys() & (weigh(q.text) | weigh(q.text.replace("-", " "))):
            continue
        m = _rare_words(content, claim, replace(q, text=said), weigh)
        if m is not None:
            found.append(replace(m, quote=q))
    shown = _display_words(text)
    if shown[1] == claim:
        found = [replace(m, diff=_as_typed(m.diff, shown[0])) for m in found]
    return sorted(found, key=lambda m: m.rank, reverse=True)


def _check(m: _Match | None) -> QuoteCheck:
    if m is None:
        return QuoteCheck("not_found", None)
    if not m.exact and only_contractions(m.diff):
        # "He is concerned" of "He’s concerned": the speaker's words, contractions written out
        said = " ".join(ws for op, ws in m.diff if op != "-")
        return QuoteCheck("exact", m.quote, (("=", said),), 1.0)
    return QuoteCheck("exact" if m.exact else "misworded", m.quote, m.diff, m.ratio)


def check_quote(text: str, quotes: Sequence[Quote], weigh: Weigh | None = None) -> QuoteCheck:
    """Is `text` something the articles quote? See the module docstring for the rules; with
    `weigh` (the corpus's term weights), a claim that shares the distinctive words of a stretch
    of a long quotation is misworded too (`_rare_words`).

    >>> q = Quote("We will not yield, whatever it costs.", "Jane Roe", None, "said", "d", "T", 3, 0, 37)
    >>> check_quote("we will NOT yield", [q]).verdict
    'exact'
    >>> c = check_quote("We shall not yield, whatever it costs", [q])
    >>> c.verdict, c.rendered
    ('misworded', 'We [-shall-] {+will+} not yield whatever it costs')
    """
    found = _matches(text, quotes, weigh)
    if not found and (plain := uncontracted(text)) != text:
        found = _matches(plain, quotes, weigh)  # "won't talk" of "will not talk"
    if not found and weigh is not None:
        found = _by_sentence(text, quotes, weigh)
    if found:
        return _check(found[0])
    claim = _spelled(text)
    return QuoteCheck("not_found", None, prose=next((q for q in quotes if writers_words(claim, q)), None))


def reversal_diff(claim: str, quote_text: str) -> str | None:
    """The word diff from `claim` to the quote's clause that reverses it: ``… {+not+} ready …``."""
    clause = opposing_clause(claim, quote_text)
    if clause is None:
        return None
    shown, real = _display_words(clause)
    typed, folded = _display_words(claim)
    diff = _diff(folded, shown, real)
    return QuoteCheck("misworded", None, _as_typed(diff, typed)).rendered
