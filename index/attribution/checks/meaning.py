"""What a quotation means against a claim about it: whether it says the opposite (a
negation on one side and not the other, or a word and its opposite (`opposites.py`), in the
clause they share). A claim that swaps a name is `swapped.py`'s; words the speaker only cites
inside marks of their own are `cited_label.py`'s. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import sentence_spans, words
from ...types import Quote
from .claim_words import negated_words, negations, stems
from .clause_joins import colon_spanned, elliptic, elliptic_spanned
from .opposites import idle_non_words, non_senses, opposed_words, opposites

_CLAUSE_BREAK = re.compile(r"[,;:—–]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


CLAUSE_LIKENESS = 0.3  # the share of content words a claim's clause and the quote's must have in common
AROUND = 2  # words kept on each side of the shared ones when a quote's clause is long


def said_text(q: Quote) -> str:
    """What `q` says, to hold a claim against: a partial quotation's sentence when it has one
    (the one word "non-negotiable" says nothing of what is non-negotiable), else its words."""
    if q.kind == "partial" and q.context and q.text.strip("“”\"' ") in q.context:
        return q.context
    return q.text


def _alike(mine: Sequence[str], theirs: Sequence[str]) -> tuple[int, float]:
    """The words two clauses share and their share of all their words (`stems`), a word set
    against its opposite (`_opposed_words`) counting as one shared word: "the objective is
    unclear" is like "the objective is clear", "a small issue" like "a big issue"."""
    a, b = stems(mine), stems(theirs)
    both = len(a & b) + opposed_words(mine, theirs)
    every = len(a | b) - opposed_words(mine, theirs)
    return both, both / every if every > 0 else 0.0


def _is_alike(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    both, share = _alike(mine, theirs)
    return both >= 2 and share >= CLAUSE_LIKENESS


def _around(ws: Sequence[str], wanted: set[str]) -> list[str]:
    """The words of `ws` from the first to the last of `wanted`, with `AROUND` more each side,
    and the word before a negation that opens the stretch: "whether or not a deal …" cut to
    "not a deal …" would read as a denial."""
    at = [i for i, w in enumerate(ws) if stems([w]) & wanted]
    if not at:
        return []
    lo = max(0, at[0] - AROUND)
    while lo > 0 and negations([ws[lo]]):
        lo -= 1
    return list(ws[lo : at[-1] + AROUND + 1])


# verbs of belief whose negation denies what follows them: "I don't think it's a threat"
# says it is no threat, however far the words of the claim stand from the "don't"
_RAISERS = frozenset(
    "think thinks thought believe believes believed expect expects expected feel feels felt "
    "suppose supposes supposed imagine imagines imagined reckon reckons guess see sees".split()
)


def _raisednegations(ws: Sequence[str], wanted: set[str]) -> int:
    """Negated verbs of belief ("don't think", "do not believe", "never expected") standing
    before the first of `wanted` in `ws`, outside the `AROUND` words `_around` keeps."""
    at = [i for i, w in enumerate(ws) if stems([w]) & wanted]
    if not at:
        return 0
    before = ws[: max(0, at[0] - AROUND)]
    return sum(
        1
        for i, w in enumerate(before)
        if w in _RAISERS and any(negations([n]) for n in before[max(0, i - 3) : i])
    )


_FRONTING = frozenset("for to in on at by with from after before during under despite among".split())


def _fronted_joined(clauses: list[str]) -> list[str]:
    """`clauses` with a fronted phrase joined to the clause it introduces: "For the port,
    this is a big issue" is one clause, not "For the port" and "this is a big issue"."""
    out: list[str] = []
    for clause in clauses:
        if (
            out
            and (ws := words(out[-1]))
            and ws[0] in _FRONTING
            and len(ws) <= 5
            and not out[-1].endswith("\n")
        ):
            out[-1] = f"{out[-1]},{clause}"
        else:
            out.append(clause)
    return out


_ASIDE = frozenset("which who whom whose".split())


def _aside_skipped(clauses: list[str]) -> list[str]:
    """`clauses` with the two clauses around an aside ("the missiles, which he sees as a threat,
    must be included") also joined without it, so the clause it cuts in two is whole; and the
    aside joined to the clause it follows, whose last words it speaks of ("the missiles which
    he sees as a threat" says what the missiles are, to him)."""
    out = list(clauses)
    for i in range(1, len(clauses)):
        ws = words(clauses[i])
        if ws and ws[0] in _ASIDE:
            if i < len(clauses) - 1:
                out.append(f"{clauses[i - 1]}{clauses[i + 1]}")
            out.append(f"{clauses[i - 1]}{clauses[i]}")
    return out


_HEDGES = frozenset("quite nearly so".split())


def _as_less(ws: list[str]) -> list[str]:
    """`ws` with "not (quite) as" / "not so" read as "less", held against a claim that says
    "less": "not quite as keen as" is "less keen than", no denial of it."""
    out: list[str] = []
    i = 0
    while i < len(ws):
        j = i + 1
        while j < len(ws) and ws[j] in _HEDGES - {"so"}:
            j += 1
        if ws[i] == "not" and j < len(ws) and ws[j] in ("as", "so"):
            out.append("less")
            i = j + 1
        else:
            out.append(ws[i])
            i += 1
    return out


def opposing_clause(claim: str, quote_text: str) -> str | None:
    """The clause of the quotation that says the opposite of `claim`, if one does: a clause of
    the claim and the quote's clause most like it (the largest share of their content words
    in common: two words and `CLAUSE_LIKENESS` at least) differ in negation ("not until",
    "not only" and "whether or not" negate nothing).

    >>> said = "We are ready to talk about the port, but we are not ready to talk about fees."
    >>> opposing_clause("they are ready to talk about fees", said)
    ' we are not ready to talk about fees.'
    >>> opposite("they are ready to talk about fees", said), opposite("not ready to talk about fees", said)
    (True, False)
    >>> opposite("they will talk about the port but not about fees", said)
    False
    >>> opposite("the strike is a threat", "I don't think the strike is a threat, but the delay is.")
    True
    >>> opposite("the port strike is a grave threat to trade", "I don't think it's really a grave threat")
    True
    >>> opposite("they will discuss the port but not fees", "we will raise fees, and not just the port")
    True
    >>> opposite("they will discuss the port but not fees", "we will not raise fees")
    False
    >>> opposite("talks go on until a deal is reached", "talks continue whether or not a deal is reached")
    False
    >>> opposite("the storm caused little damage", "it caused severe damage to the pier")
    True
    >>> opposite("the levy is a small issue for the port", "For the port, this is a big issue.")
    True
    >>> opposite("the aim is unclear", "For the mayor, the aim is clear: a new bridge")
    True
    >>> opposite("the piers must be excluded", "The piers, which flood each spring, must be included")
    True
    >>> opposite("the piers are no risk", "The piers, which she calls a grave risk, must be rebuilt")
    True
    >>> opposite("the piers are a grave risk", "The piers, which she calls a grave risk, must be rebuilt")
    False
    >>> said = "She is not quite as keen on the merger as the board hoped"
    >>> opposite("she is more keen on the merger than the board", said)
    True
    >>> opposite("she is less keen on the merger than the board", said)
    False
    >>> opposite("the storm did not cause little damage", "it caused severe damage to the pier")
    False
    >>> opposite("the visit was short but harmful", "He called the visit short but useful.")
    True
    >>> opposite("the visit was short but harmful", "He called the visit short but harmful.")
    False
    >>> opposite("she felt unsafe on the pier", "I felt tired at times, but not unsafe")
    True
    >>> opposite("she felt tired on the pier", "I felt tired at times, but not unsafe")
    False
    """
    fronted = _fronted_joined(_clauses(quote_text))
    clauses = _aside_skipped(fronted)
    plain = len(clauses)
    clauses += colon_spanned(quote_text, fronted)  # taken only when alike as a whole
    clauses += elliptic_spanned(fronted)
    lesser = bool({"less", "fewer"} & set(words(claim)))
    theirs = [_as_less(words(c)) if lesser else words(c) for c in clauses]
    before = -2  # the quote's clause the claim's clause before this one is like
    for part in _clauses(claim):  # a claim of several sentences, sentence by sentence too
        mine = non_senses(words(part), words(quote_text))  # "could be discussed" of "non-negotiable"
        wanted = stems(mine)
        # the clause most like it: one alike at all, then one holding the word the claim
        # denies, before one that only shares more of its few words ("the piers" beside "the
        # piers which she calls a grave risk" for "the piers are no risk"), and of two as alike
        # the one sharing more words
        denied = stems(negated_words(mine))
        i = max(
            range(plain),
            key=lambda k: (
                _is_alike(mine, theirs[k]),
                not denied or bool(denied & stems(theirs[k])),
                *_alike(mine, theirs[k])[::-1],
            ),
            default=-1,
        )
        spanning = [k for k in range(plain, len(theirs)) if _is_alike(mine, theirs[k])]
        if spanning and (i < 0 or not _is_alike(mine, theirs[i])):
            i = max(spanning, key=lambda k: _alike(mine, theirs[k])[1])
        best = theirs[i] if i >= 0 else []
        alike = _is_alike(mine, best)
        if not alike and elliptic(mine) and i >= 0 and wanted <= stems(best):
            # "… but not its missiles": the clause's verb is the one before it, its words
            # too few to be like a clause; the quote's clause that holds them is the one
            alike = True
        if not alike and i == before + 1 and len(wanted) <= 2 and len(stems(best)) <= 2:
            # "frank but harmful" of "frank but useful": a word or two that share the
            # clause before them, against the words in the same place in the quote
            if opposed_words(mine, best) > 0:
                start = quote_text.find(clauses[before])
                end = quote_text.find(clauses[i], max(start, 0))
                return quote_text[start : end + len(clauses[i])] if 0 <= start <= end else clauses[i]
        before = i if alike else -2
        if not alike:
            # a long clause: the stretch around the words it shares with the claim ("…
            # that negotiations with Iran continue to see whether …")
            raised = _raisednegations(best, wanted)
            # the stretch reaches a word set against one of the claim's ("destructive" for a
            # claim that says "constructive"), which the claim does not share
            facing = stems([o for w in mine for o in opposites(w)])
            best = _around(best, wanted | facing)
            alike = _is_alike(mine, best)
        else:
            raised = 0
        if alike and denied and not raised and not denied & stems(best):
            # "… are not an existential threat" of a stretch sharing "missiles … threat":
            # what the claim denies ("existential") is not in it, so it says nothing of that
            alike = False
        theirs_negated = (
            negations(best) - _contact_relative_negations(best, wanted) - idle_non_words(best, mine)
        )
        mine_negated = negations(mine) - idle_non_words(mine, theirs[i])  # "non-X" of a clause with no X
        if alike and (mine_negated + theirs_negated + raised + opposed_words(mine, best)) % 2:
            return clauses[i]
    return None


_CLAUSE_SUBJECTS = frozenset("i you we they he she".split())


def _contact_relative_negations(ws: Sequence[str], wanted: set[str]) -> int:
    """Negations inside a relative clause with no "that" ("women you don't like", "a deal they
    never signed"), of a verb the claim does not hold: they deny the clause's verb, not the
    claim. A word, then a subject pronoun, then the negation and its verb.

    >>> _contact_relative_negations("you called women you don't like lazy".split(), {"call", "women", "lazy"})
    1
    >>> _contact_relative_negations("i think you don't like them".split(), {"like"})
    0
    >>> _contact_relative_negations("these animals we can't be soft on".split(), {"animal", "soft"})
    0
    """
    return sum(
        1
        for i in range(2, len(ws) - 1)
        if negations([ws[i]])
        and ws[i - 1] in _CLAUSE_SUBJECTS
        and stems([ws[i - 2]]) & wanted
        and (verb := _negated_word(ws[i + 1 :])) is not None
        and not stems([verb]) & wanted
        and verb not in _RAISERS
    )


def _negated_word(ws: Sequence[str]) -> str | None:
    """The first content word after a negation, auxiliaries skipped: "soft" in "can't be soft"."""
    return next((w for w in ws[:3] if stems([w])), None)


def opposite(claim: str, quote_text: str) -> bool:
    """Whether the quotation says the opposite of `claim` (see `opposing_clause`)."""
    return opposing_clause(claim, quote_text) is not None


def _clauses(text: str) -> list[str]:
    """The clauses of `text`, split at its sentence ends too: "I wouldn't say that. I disagree
    with it." is two clauses, or the negation of the first would stand in the second.

    >>> _clauses("I would not say that. I disagree with it, frankly.")
    ['I would not say that.', 'I disagree with it', ' frankly.']
    """
    return [
        c for lo, hi in sentence_spans(text) or [(0, len(text))] for c in _CLAUSE_BREAK.split(text[lo:hi])
    ]
