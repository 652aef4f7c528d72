"""Whether a description (``the mayor``, ``the poll``) is tied to something the article named.

A definite description names a person only when the article ties it to them (issue 13): a
title before the name (``Mayor Ann Lutz``), an apposition (``Lutz, the mayor,``) or a
recorded role ending in the description's words. `ties` checks a person's recorded title or
apposition; `same_description` checks an earlier description (``a new poll by X`` → ``the
poll``). Used by `coref.SpeakerContext`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...text import fold
from .speaker_words import STOP_NP

# A title as written before a name and the noun a description uses for it.
_TITLE_NOUN = {
    "sen": "senator", "gov": "governor", "rep": "representative", "adm": "admiral", "gen": "general",
    "del": "delegate", "amb": "ambassador", "atty": "attorney", "lt": "lieutenant", "col": "colonel",
    "capt": "captain", "maj": "major", "sgt": "sergeant", "prof": "professor", "pres": "president",
    "supt": "superintendent", "cmdr": "commander",
}  # fmt: skip


@lru_cache(maxsize=8192)  # every description is compared with the article's whole speaker history
def _role_run(phrase: str) -> tuple[str, ...]:
    """The words of a role up to its head: ``former secretary`` in ``Former Secretary of
    State``, titles written out (``Sen.`` → ``senator``)."""
    toks = [t.strip(".’'\"") for t in fold(phrase).split()]
    toks = toks[: next((i for i, t in enumerate(toks) if i and t in _ROLE_STOP), len(toks))]
    toks = [_TITLE_NOUN.get(t, t) for t in (re.sub(r"'s$", "", t) for t in toks) if t]
    return tuple(toks)


@lru_cache(maxsize=8192)
def _roles(detail: str) -> tuple[tuple[str, ...], ...]:
    """Each role of a recorded detail, cut at its head: ``the former New Jersey governor and
    agency administrator`` holds ``… governor`` and ``agency administrator``. A part's head
    stands before its first preposition or clause word, so ``one of the authors of that
    report`` holds ``one``, not ``report``."""
    parts = re.split(r",|;|\s[–—-]\s|\band\b|\(", detail)
    # "former Ohio Gov." is a former governor too: a place named inside a role, left out
    placeless = [_PLACE_INSIDE.sub(r"\1 ", p) for p in parts]
    return tuple(dict.fromkeys(w for w in (_role_run(p) for p in [*parts, *placeless]) if w))


# a place between a word that dates a role and a title's abbreviation: "Former Ohio Gov."
_PLACE_INSIDE = re.compile(
    r"\b((?i:former|then|ex|outgoing|incoming|retired|acting)) "
    r"(?:[A-Z][a-z]+ ){1,2}(?=(?:Gov|Sen|Rep|Governor|Senator)\b)"
)


def same_description(earlier: str, description: str) -> bool:
    """``the poll`` re-mentions ``a new poll by the institute``; ``the second law of …`` does
    not re-mention ``the third law``, nor ``the principle of A`` ``the principle of B``: a
    description with a complement must end the earlier one word for word."""
    words = fold(description).split()[1:]
    if any(w in _ROLE_STOP for w in words):
        return fold(earlier).split()[-len(words) :] == words
    return ties(earlier, description)


def ties(detail: str | None, description: str) -> bool:
    """Does a person's recorded title or apposition `detail` carry `description`?

    The description's words up to its head must end one of the roles: ``the governor`` and
    ``the Ohio governor`` are carried by ``former Ohio Gov.``; ``the Ohio senator`` is not
    carried by ``Sen.`` nor ``the former president`` by ``former vice president``.

    >>> ties("former Ohio Gov.", "the former governor"), ties("Sen.", "the Ohio senator")
    (True, False)
    >>> ties("Former New York Gov", "the former governor"), ties("Ohio Gov.", "the former governor")
    (True, False)
    >>> ties("the former Ohio governor", "the governor")
    True
    """
    want = _role_run(description)
    if want and want[0] == "the":
        want = want[1:]
    return bool(want) and detail is not None and any(r[-len(want) :] == want for r in _roles(detail))


_ROLE_STOP = STOP_NP | frozenset("who which that whose where when as said says".split())
