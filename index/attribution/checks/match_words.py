"""Word-level pieces of quote matching (`check.py`): claims and quotations as folded words in
one spelling, a match of a claim against a quotation (`_Match`) and the word diff between
them, and whether a claim is mostly the writer's words around a short quotation. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ...retrieval.lexical import american
from ...text import fold, iter_words_with_spans, words
from ...types import Quote
from .claim_words import FUNCTION_WORDS

DiffOp = tuple[str, str]


@dataclass(frozen=True)
class _Match:
    quote: Quote
    exact: bool
    ratio: float
    diff: tuple[DiffOp, ...]
    in_text: bool

    @property
    def rank(self) -> tuple[bool, float, bool, bool]:
        return self.exact, self.ratio, self.in_text, self.quote.kind != "indirect"


def _display_words(text: str) -> tuple[list[str], list[str]]:
    """The words of `text` as shown and folded in one spelling; a closing single mark ("a
    'rogue state'") is not part of the word before it."""
    shown = [w.rstrip("'’") or w for w, _, _ in iter_words_with_spans(text)]
    return shown, [american(fold(w)) for w in shown]


def _spelled(text: str) -> list[str]:
    """The folded words of `text` in one spelling ("programme" meets "program"), without an
    apostrophe after a word, which closes a ‘single-quoted’ claim or a plural's possessive
    ("damage’" is "damage", as in the article's “caused severe damage,”).

    >>> _spelled("‘They caused severe damage’"), _spelled("the workers' programme")
    (['they', 'caused', 'severe', 'damage'], ['the', 'workers', 'program'])
    """
    return [american(w.rstrip("'’")) for w in words(text)]


def _contains(hay: list[str], needle: list[str]) -> int:
    n = len(needle)
    return next((i for i in range(len(hay) - n + 1) if hay[i : i + n] == needle), -1)


def _diff(claim: list[str], real_shown: list[str], real: list[str]) -> tuple[DiffOp, ...]:
    ops: list[DiffOp] = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(None, claim, real, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("=", " ".join(real_shown[b0:b1])))
            continue
        if a1 > a0:
            ops.append(("-", " ".join(claim[a0:a1])))
        if b1 > b0:
            ops.append(("+", " ".join(real_shown[b0:b1])))
    return tuple(ops)


REACH = 6  # words past the best window within which a claim's further words are still shown


def _reach(claim: list[str], real: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The window `lo:hi` stretched to the end of the stretch that holds the most of the
    claim's words, up to `REACH` words further: the best-scoring window of "we are ready to
    talk nuclear but not ballistics" in "… we are ready to talk nuclear, but we are not ready
    to talk ballistics" stops before "ballistics", and a diff cut there reads as if the
    quotation said something else.

    >>> claim = "we talk nuclear but not ballistics".split()
    >>> real = "we talk nuclear but we are not ready to talk ballistics today".split()
    >>> _reach(claim, real, 0, 7)
    (0, 12)
    """

    def held(end: int) -> int:
        sm = SequenceMatcher(None, claim, real[lo:end], autojunk=False)
        return sum(b.size for b in sm.get_matching_blocks())

    best, most = hi, held(hi)
    for end in range(hi + 1, min(len(real), hi + REACH) + 1):
        if (n := held(end)) > most:
            best, most = end, n
    if len(real) - best <= TAIL:
        best = len(real)  # "… as a red line [-too-] {+as well+}", not "{+as+}" cut short
    return lo, best


TAIL = 2  # words left at a quotation's end that a diff shows rather than cut off


def _widen(claim: list[str], sm: SequenceMatcher[str], lo: int, hi: int, n: int) -> tuple[int, int]:
    """The window `lo:hi` grown by as many words as the claim has before its first and after
    its last matched word, so a replaced word shows the real one: "this is a false comparison"
    against "That is a false equivalency!" gives ``[-this-] {+That+} … [-comparison-]
    {+equivalency+}``, not the shared words alone (the window scores best without them).

    >>> from difflib import SequenceMatcher
    >>> claim, real = "this is a false comparison".split(), "that is a false equivalency".split()
    >>> _widen(claim, SequenceMatcher(None, claim, real[1:4], autojunk=False), 1, 4, 5)
    (0, 5)
    """
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return lo, hi
    before = blocks[0].a - blocks[0].b  # claim words left over before the window's first match
    after = (len(claim) - blocks[-1].a - blocks[-1].size) - (hi - lo - blocks[-1].b - blocks[-1].size)
    return max(0, lo - max(before, 0)), min(n, hi + max(after, 0))


def _content(ws: Sequence[str]) -> list[str]:
    return [w for w in ws if w not in FUNCTION_WORDS]


PROSE_SHARE = 0.5  # the share of a claim that may be the writer's words around a quotation


def _mostly_prose(claim: list[str], q: Quote) -> bool:
    """Whether more than `PROSE_SHARE` of the claim's content words lie outside the quotation
    `q` it holds: the sentence is the writer's, with a few words in quotation marks."""
    quoted = set(_content(_spelled(q.text)))
    mine = _content(claim)
    return bool(mine) and sum(w not in quoted for w in mine) > PROSE_SHARE * len(mine)


def _as_typed(diff: tuple[DiffOp, ...], typed: list[str]) -> tuple[DiffOp, ...]:
    """The claim's side of `diff` as the user typed it (the diff compares folded words): each
    diff runs over the whole claim, so its kept and struck words walk through `typed` in order.

    >>> _as_typed((("=", "The"), ("-", "iran's"), ("+", "its"), ("=", "plan")), ["the", "Iran's", "plan"])
    (('=', 'The'), ('-', "Iran's"), ('+', 'its'), ('=', 'plan'))
    """
    at, out = 0, []
    for op, text in diff:
        n = len(text.split())
        if op == "-":
            text = " ".join(typed[at : at + n])
        if op != "+":
            at += n
        out.append((op, text))
    return tuple(out) if at == len(typed) else diff


PROSE_LIKENESS = 0.8  # the share of a claim's words a sentence must hold to be the one it copies


def writers_words(claim: list[str], q: Quote) -> bool:
    """Whether the folded `claim` copies the writer's sentence around the short quotation
    `q`: it holds the quotation's content words, nearly all its words are in the sentence
    that holds `q`, and it is mostly the writer's own (`_mostly_prose`)."""
    if not claim or not q.context or q.context == q.text or not _mostly_prose(claim, q):
        return False
    sentence = set(_display_words(q.context)[1])
    quoted = set(_content(_spelled(q.text)))
    return quoted <= set(claim) and sum(w in sentence for w in claim) >= PROSE_LIKENESS * len(claim)
