"""What a speaker phrase's words look like where they stand: a name (``Ana Roe``, ``House
Speaker Paul Ryan``), a name ending a phrase after a preposition (``the words of Ana Roe``), a
role before a name (``former Obama adviser Dan Weil``) or a plain noun phrase between a
quotation and its cue (``federal prosecutors``). Pure predicates; `speaker_subject` and
`speaker_object` use them to accept or trim a phrase.
"""

from __future__ import annotations

import re

from .cue_words import (
    _CONJ,
    _COPULA,
    _LY_NOUNS,
    _NOT_ROLE_START,
    _OPENERS,
    _PRONOUN_SUBJECTS,
    _RELATIVE_PRONOUNS,
    _ROLE_OPENERS,
    _TIME_WORDS,
    SPEECH,
)
from .speaker_words import TITLES
from .speakers import is_capitalised


def _name_before_of(phrase: str) -> list[str]:
    """The words of `phrase` up to a capitalised ``of`` organisation after a name or a short
    role (``Ana Roe of the Institute for …`` → ``Ana Roe``, ``the chair of the …`` → ``the
    chair``); all of them when there is none."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?[A-Z]", phrase):
        before = phrase[: m.start()].split()
        short = is_capitalised(before[-1]) or len(before) <= 6 if before else False
        if short and not before[-1].endswith(("'s", "’s")):
            return before
    return phrase.split()


# A name closing a phrase after a preposition (``the mouth of Ana Roe``, ``such as Sen. Ola Berg
# of Ohio``): the person a relative ``who`` right after it stands for. Not the object of a verb
# (``X praised Ana Roe, who``): the rules keep the sentence's own speaker there.
_NAME_ENDING = re.compile(
    r"(?:^|\s)(?:of|from|as|like|than|to|by|with|at|for|including|and)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"(\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)?$"
)


def _name_ending(phrase: str) -> tuple[str, int] | None:
    """(name, offset) of a name of two to four words ending `phrase`, with its ``of`` place."""
    m = _NAME_ENDING.search(phrase.rstrip())
    if m is None or m.group(1).split()[0].lower() in _OPENERS | _TIME_WORDS:
        return None
    return m.group(0)[m.start(1) - m.start() :], m.start(1)


def _opens_name(words: list[str]) -> bool:
    """``Sanders``, ``House Speaker Paul Ryan``, ``Republican contender Donald Trump``: up to
    six words from a capitalised one to a capitalised one, at most two role words between
    (not ``In …``, ``Monday``, ``Ryan in the hall``)."""
    if not 0 < len(words) <= 6 or words[0].lower() in _OPENERS or words[0].lower() in _TIME_WORDS:
        return False
    if not (is_capitalised(words[0]) and is_capitalised(words[-1])):
        return False
    lower = [w for w in words if not is_capitalised(w)]
    return len(lower) <= 2 and all(w.isalpha() and w not in _NOT_ROLE_START for w in lower)


def _as_name(seg: str) -> bool:
    """``As Ola Berg``: ``as`` and a name of two to four words, no verb."""
    words = seg.split()
    return 3 <= len(words) <= 5 and words[0] == "As" and all(is_capitalised(w) for w in words[1:])


def _name_only(seg: str) -> bool:
    words = seg.split()
    return 1 <= len(words) <= 4 and all(is_capitalised(w) for w in words) and words[0].lower() not in _OPENERS


def _demonstrative_np(words: list[str]) -> bool:
    """``this Trump look-alike`` is a noun phrase; ``this week`` is not."""
    rest = {w.lower() for w in words[1:]}
    return len(words) > 1 and words[0].lower() == "this" and _TIME_WORDS.isdisjoint(rest)


def _plain_np(words: list[str]) -> bool:
    """Words that can only be a noun phrase where they stand, between a quotation and its cue
    verb: a modifier and a name or a plural noun (``federal prosecutors``, ``former party
    policy director Ann Lee``, ``warm-and-fuzzy Trump``), no verb, adverb or clause word."""
    if not 1 < len(words) <= 12 or not words[0][:1].isalpha():
        return False
    low = [w.lower().strip(",.") for w in words]
    if low[0] in _CONJ or low[0] in _OPENERS or low[0] in _NOT_ROLE_START or low[0] in _PRONOUN_SUBJECTS:
        return False
    if any(w in _COPULA or w in SPEECH or w in _RELATIVE_PRONOUNS or w == "that" for w in low):
        return False
    if any(w.islower() and w.endswith("ly") and w not in _LY_NOUNS for w in words):
        return False
    last = words[-1].strip(",.")
    return is_capitalised(last) or last.islower() and last.endswith("s") and len(last) > 3


def _role_before_name(words: list[str]) -> bool:
    """``former Obama adviser Dan Weil``: lowercase role words and capitals, ending in a name."""
    if len(words) > 8 or len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return False
    if words[0] in _NOT_ROLE_START or not is_capitalised(words[-1]) or not is_capitalised(words[-2]):
        return False
    lower = [w for w in words if w[:1].islower()]
    if len(lower) > 3 or not (words[0] in _ROLE_OPENERS or words[0] in TITLES):
        return False  # "play alongside club captain Joel Mbeki" is a verb phrase
    return all(w[:1].isupper() or w.replace("-", "").isalpha() and w not in _NOT_ROLE_START for w in words)
