"""Grouping quotes by speaker: one person under all the names the articles give them.

A named person is keyed by surname, so ``Netanyahu``, ``Benjamin Netanyahu`` and ``he``
(already resolved by `quotes.extract_quotes`) fall together; a description such as ``the
Israeli prime minister`` joins the person whose title or appositive in the same article
contains it. Offices (``Netanyahu's office``, ``the foreign ministry spokesperson``) and
anonymous sources are separate groups keyed by their own words: an office is not the person.

>>> from .types import Quote
>>> q = lambda s, k="person", d=None: Quote("x", s, d, "said", "a", "A", 1, 0, 1, speaker_kind=k)
>>> qs = [q("Benjamin Netanyahu", d="Israeli Prime Minister"), q("Netanyahu")]
>>> qs.append(q("Netanyahu’s office", "office"))
>>> [(g.name, len(g.quotes)) for g in group_speakers(qs)]
[('Benjamin Netanyahu', 2), ('Netanyahu’s office', 1)]
>>> len(quotes_by("the Israeli prime minister", qs))
2
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .speakers import is_capitalised
from .text import fold, words
from .types import Quote, SpeakerKind

_DETERMINERS = ("the ", "a ", "an ")
_OFFICE_HINT = re.compile(r"['’]s\s+\w+|office|ministry|spokes|house|government|statement", re.IGNORECASE)


@dataclass(frozen=True)
class SpeakerGroup:
    """Everyone quoted under one identity: display `name`, the `variants` written, their quotes."""

    name: str
    kind: SpeakerKind
    variants: tuple[str, ...]
    details: tuple[str, ...]
    quotes: tuple[Quote, ...]


def _strip_det(text: str) -> str:
    t = fold(text).strip()
    for d in _DETERMINERS:
        if t.startswith(d):
            return t[len(d) :]
    return t


def _is_name(q: Quote) -> bool:
    first = (q.speaker or "").split()[0] if q.speaker else ""
    return q.speaker_kind == "person" and is_capitalised(first) and fold(first) not in ("the", "a", "an")


def _surname(name: str) -> str:
    toks = words(name)
    return re.sub(r"'s$", "", toks[-1]) if toks else ""


def _key(q: Quote, aliases: dict[tuple[str, str], str]) -> tuple[str, str]:
    assert q.speaker is not None
    if _is_name(q):
        return "person", _surname(q.speaker)
    desc = _strip_det(q.speaker)
    if q.speaker_kind == "person":
        for (doc, alias), surname in aliases.items():
            if doc == q.doc_id and (desc == alias or alias.endswith(" " + desc)):
                return "person", surname
    return q.speaker_kind, desc


def _aliases(quotes: Sequence[Quote]) -> dict[tuple[str, str], str]:
    """(doc, title text) → surname, from the titles and appositives given to named people."""
    out: dict[tuple[str, str], str] = {}
    for q in quotes:
        if q.speaker and q.speaker_detail and _is_name(q):
            for part in q.speaker_detail.split(","):
                alias = _strip_det(part)
                if alias:
                    out[(q.doc_id, alias)] = _surname(q.speaker)
    return out


def group_speakers(quotes: Sequence[Quote]) -> list[SpeakerGroup]:
    """Attributed quotes grouped by speaker, in order of first appearance."""
    aliases = _aliases(quotes)
    order: list[tuple[str, str]] = []
    members: dict[tuple[str, str], list[Quote]] = {}
    for q in quotes:
        if not q.speaker:
            continue
        key = _key(q, aliases)
        if key not in members:
            order.append(key)
            members[key] = []
        members[key].append(q)
    groups = []
    for key in order:
        qs = members[key]
        variants = tuple(dict.fromkeys(v for q in qs for v in (q.speaker, q.mention) if v))
        named = [q.speaker for q in qs if q.speaker and _is_name(q)]
        name = max(named, key=len) if named else qs[0].speaker or ""
        details = tuple(dict.fromkeys(q.speaker_detail for q in qs if q.speaker_detail))
        kind: SpeakerKind = "person" if key[0] == "person" else qs[0].speaker_kind
        groups.append(SpeakerGroup(name, kind, variants, details, tuple(qs)))
    return groups


def group_matches(speaker: str, group: SpeakerGroup) -> bool:
    """Does the name a user typed (``Netanyahu``, ``the prime minister``) denote `group`?"""
    want = _strip_det(speaker)
    if not want:
        return False
    if any(want == _strip_det(v) for v in group.variants):
        return True
    if group.kind != "person":
        if _OFFICE_HINT.search(speaker):
            want_words = set(words(want))
            return any(want_words <= set(words(v)) for v in group.variants)
        return False
    if _OFFICE_HINT.search(speaker) and re.search(r"['’]s\b", speaker):
        return False  # "Netanyahu's office" is not Netanyahu
    if is_capitalised(speaker.split()[-1]) and _surname(speaker) == _surname(group.name):
        return True
    return any(
        d == want or d.endswith(" " + want) for det in group.details for d in map(_strip_det, det.split(","))
    )


def find_group(speaker: str, quotes: Sequence[Quote]) -> SpeakerGroup | None:
    """The speaker group a typed name denotes, or None."""
    return next((g for g in group_speakers(quotes) if group_matches(speaker, g)), None)


def quotes_by(speaker: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Everything `speaker` is quoted as saying, any name variant; offices kept apart.

    >>> quotes_by("Nobody", [])
    []
    """
    out: list[Quote] = []
    for g in group_speakers(quotes):
        if group_matches(speaker, g):
            out.extend(g.quotes)
    return out


def related_groups(person: SpeakerGroup, groups: Sequence[SpeakerGroup]) -> list[SpeakerGroup]:
    """Offices and spokespeople named after `person` (``Marsh’s office`` for Elena Marsh).

    They are reported separately: what an office says is not what the person said.

    >>> from .types import Quote
    >>> q = lambda s, k="person": Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> gs = group_speakers([q("Elena Marsh"), q("Marsh’s office", "office"), q("the ministry", "office")])
    >>> [g.name for g in related_groups(gs[0], gs)]
    ['Marsh’s office']
    """
    if person.kind != "person" or not _surname(person.name):
        return []
    surname = _surname(person.name)

    def names_person(variant: str) -> bool:
        return surname in (re.sub(r"'s$", "", w) for w in words(variant))

    return [g for g in groups if g.kind != "person" and any(names_person(v) for v in g.variants)]
