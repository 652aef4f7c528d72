"""Grouping quotes by speaker: one person under all the names the articles give them.

A named person is keyed by surname, so ``Netanyahu``, ``Benjamin Netanyahu`` and ``he``
(already resolved by `quotes.extract_quotes`) fall together, unless people with different
given names share the surname (``Ilse Brandt``, ``Olek Brandt``): then by given name and
surname, and a bare ``Brandt`` joins the one Brandt of its article (a bare ``Brant``, a
letter short, too). A description such as ``the
Israeli prime minister`` joins the person whose title or appositive in the same article
contains it. Offices (``Netanyahu's office``, ``the foreign ministry spokesperson``) and
anonymous sources are separate groups keyed by their own words: an office is not the person.

>>> from ...types import Quote
>>> q = lambda s, k="person", d=None: Quote("x", s, d, "said", "a", "A", 1, 0, 1, speaker_kind=k)
>>> qs = [q("Benjamin Netanyahu", d="Israeli Prime Minister"), q("Netanyahu")]
>>> qs.append(q("Netanyahu’s office", "office"))
>>> [(g.name, len(g.quotes)) for g in group_speakers(qs)]
[('Benjamin Netanyahu', 2), ('Netanyahu’s office', 1)]
>>> len(quotes_by("the Israeli prime minister", qs))
2
>>> len(quotes_by("the Tehran-based analyst", [q("an analyst based in Tehran", "anonymous")]))
1
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...text import fold, words
from ...types import Quote, SpeakerKind
from .described import described, head_part
from .misspelt import letter_off
from .speaker_words import SPOKES, TITLES
from .speakers import is_capitalised

_DETERMINERS = ("the ", "a ", "an ")
_OFFICE_HINT = re.compile(r"['’]s\s+\w+|office|ministry|spokes|house|government|statement", re.IGNORECASE)
_OWNER = re.compile(r"(.+?)['’]s\s+\w")  # "Lee's office": whose office


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


def _name_words(name: str) -> list[str]:
    """The words of a person's name, without a title before it ("Sen.", "Rep", "Gov.") when a
    name is left, nor a party tag or a place after it ("(R-Iowa)", "of Ohio"): "Sen. Lund" is
    Lund, given name unsaid; "Ana Lund of Ohio" is Ana Lund."""
    toks = words(_PARTY_TAG.sub("", name))
    if "of" in toks[2:]:
        toks = toks[: toks.index("of", 2)]
    while len(toks) > 1 and toks[0] in _TITLE_WORDS:
        toks = toks[1:]
    return toks


_PARTY_TAG = re.compile(r"\s*\([^()]*\)\s*$")
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)


def _surname(name: str) -> str:
    toks = _name_words(name)
    return re.sub(r"'s$", "", toks[-1]) if toks else ""


def _given(name: str) -> str:
    toks = _name_words(name)
    return fold(toks[0]) if len(toks) >= 2 else ""


class _People:
    """Which surnames are shared by people of different given names, and who is in each article."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.given: dict[str, set[str]] = {}  # surname → given names
        self.in_doc: dict[tuple[str, str], set[str]] = {}  # (doc, surname) → given names
        for q in quotes:
            if q.speaker and _is_name(q) and (given := _given(q.speaker)):
                surname = _surname(q.speaker)
                self.given.setdefault(surname, set()).add(given)
                self.in_doc.setdefault((q.doc_id, surname), set()).add(given)

    def key(self, q: Quote) -> tuple[str, str]:
        assert q.speaker is not None
        surname = _surname(q.speaker)
        if len(self.given.get(surname, ())) < 2:
            return "person", surname
        given = _given(q.speaker)
        if not given:  # a bare "Brandt": the one Brandt of this article, if there is one
            in_doc = self.in_doc.get((q.doc_id, surname), set())
            given = next(iter(in_doc)) if len(in_doc) == 1 else ""
        return "person", f"{given} {surname}".strip()

    def misspelt(self, q: Quote) -> str | None:
        """The surname of the one named person of `q`'s article that `q`'s bare one-word
        speaker misspells by a letter ("Sweeny said" after "Steve Sweeney said"; the rules
        take a word no full name ends in for an organisation), else None."""
        word = q.speaker or ""
        if " " in word or not is_capitalised(word) or self.in_doc.get((q.doc_id, _surname(word))):
            return None
        near = [s for (doc, s) in self.in_doc if doc == q.doc_id and letter_off(_surname(word), s)]
        return near[0] if len(near) == 1 else None


def _key(q: Quote, aliases: dict[tuple[str, str], tuple[str, str]], people: _People) -> tuple[str, str]:
    assert q.speaker is not None
    if (surname := people.misspelt(q)) is not None:
        return people.key(replace(q, speaker=surname, speaker_kind="person"))
    if _is_name(q):
        return people.key(q)
    desc = _strip_det(q.speaker)
    if q.speaker_kind == "person":
        for (doc, alias), key in aliases.items():
            if doc == q.doc_id and (desc == alias or alias.endswith(" " + desc)):
                return key
    return q.speaker_kind, desc


def _aliases(quotes: Sequence[Quote], people: _People) -> dict[tuple[str, str], tuple[str, str]]:
    """(doc, title text) → person key, from the titles and appositives given to named people."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for q in quotes:
        if q.speaker and q.speaker_detail and _is_name(q):
            for part in q.speaker_detail.split(","):
                alias = _strip_det(part)
                if alias:
                    out[(q.doc_id, alias)] = people.key(q)
    return out


def group_speakers(quotes: Sequence[Quote]) -> list[SpeakerGroup]:
    """Attributed quotes grouped by speaker, in order of first appearance."""
    people = _People(quotes)
    aliases = _aliases(quotes, people)
    order: list[tuple[str, str]] = []
    members: dict[tuple[str, str], list[Quote]] = {}
    for q in quotes:
        if not q.speaker:
            continue
        key = _key(q, aliases, people)
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
            want_words = _office_words(want)
            return any(want_words <= _office_words(v) for v in group.variants)
        return _described(speaker, group)
    if _OFFICE_HINT.search(speaker) and re.search(r"['’]s\b", speaker):
        return False  # "Netanyahu's office" is not Netanyahu
    if is_capitalised(speaker.split()[-1]) and _surname(speaker) == _surname(group.name):
        # a full name matches only the same given name: Olek Brandt is not Ilse Brandt; a
        # speaker the article names by surname alone ("Kelly charged") may be either
        asked, known = _given(speaker), _given(group.name)
        return not asked or not known or asked == known
    return any(
        d == want or (d.endswith(" " + want) and head_part(d) == d)  # not "an expert at <want>"
        for det in group.details
        for d in map(_strip_det, det.split(","))
    ) or _described(speaker, group)


def _office_words(text: str) -> set[str]:
    """The folded words of an office's name, a spokesman or spokeswoman as a spokesperson
    ("the ministry spokesman" asks after "the ministry spokesperson").

    >>> sorted(_office_words("the ministry spokeswoman"))
    ['ministry', 'spokesperson', 'the']
    """
    return {"spokesperson" if w in SPOKES else w for w in words(text)}


def _described(speaker: str, group: SpeakerGroup) -> bool:
    """A description whose every word is in one of the group's names or details
    (`described.described`): "the Tarsby-based official" denotes "an official based in Tarsby"."""
    known = [*group.variants, *(part for d in group.details for part in d.split(","))]
    return described(speaker, known, group.kind == "anonymous")


def _by_first_name(speaker: str, group: SpeakerGroup) -> bool:
    """Whether `speaker` is one word, the given name of the person `group` names in full
    ("Guy" for "Guy Ziv"; "the guy" is no name)."""
    typed = speaker.split()
    return len(typed) == 1 and group.kind == "person" and _given(group.name) == fold(typed[0]).strip("?!.,")


def matching_groups(speaker: str, groups: Sequence[SpeakerGroup]) -> list[SpeakerGroup]:
    """The groups a typed name denotes (`group_matches`); when none does and it is a lone
    given name, every person quoted under a full name with that given name.

    >>> from ...types import Quote
    >>> q = lambda s: Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind="person")
    >>> gs = group_speakers([q("Marta Olsen"), q("Marta Berg"), q("Ivo Lind"), q("Lind")])
    >>> [g.name for g in matching_groups("Ivo", gs)], [g.name for g in matching_groups("Marta", gs)]
    (['Ivo Lind'], ['Marta Olsen', 'Marta Berg'])
    """
    direct = [g for g in groups if group_matches(speaker, g)]
    return direct or [g for g in groups if _by_first_name(speaker, g)]


def find_group(speaker: str, quotes: Sequence[Quote]) -> SpeakerGroup | None:
    """The speaker group a typed name denotes, or None (also when a lone given name is shared
    by several people)."""
    groups = group_speakers(quotes)
    direct = next((g for g in groups if group_matches(speaker, g)), None)
    if direct is not None:
        return direct
    found = matching_groups(speaker, groups)
    return found[0] if len(found) == 1 else None


def namesakes(speaker: str, quotes: Sequence[Quote]) -> list[SpeakerGroup]:
    """Other people quoted under the surname of `speaker` (``Ilse Brandt`` for ``Olek Brandt``).

    >>> from ...types import Quote
    >>> q = lambda s: Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind="person")
    >>> [g.name for g in namesakes("Olek Brandt", [q("Ilse Brandt"), q("Olek Brandt")])]
    ['Ilse Brandt']
    """
    words_typed = speaker.split()
    if not words_typed or not is_capitalised(words_typed[-1]):
        return []
    surname = _surname(speaker)
    return [
        g
        for g in group_speakers(quotes)
        if g.kind == "person" and _surname(g.name) == surname and not group_matches(speaker, g)
    ]


def namesake_note(asked: str, found: bool, others: Sequence[SpeakerGroup]) -> str | None:
    """One sentence about people who share the asked surname, or None when there are none.

    >>> from ...types import Quote
    >>> q = Quote("x", "Ilse Brandt", None, "said", "a", "A", 1, 0, 1, speaker_kind="person")
    >>> namesake_note("Olek Brandt", False, group_speakers([q, q]))
    'no quote by Olek Brandt; Ilse Brandt is quoted 2 times'
    """
    if not others:
        return None
    listed = "; ".join(
        f"{g.name} is quoted {len(g.quotes)} time{'s' if len(g.quotes) != 1 else ''}" for g in others
    )
    return f"{'other people share the surname' if found else f'no quote by {asked}'}; {listed}"


def quotes_by(speaker: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Everything `speaker` is quoted as saying, any name variant (or a lone given name:
    `matching_groups`); offices kept apart.

    >>> quotes_by("Nobody", [])
    []
    """
    return [q for g in matching_groups(speaker, group_speakers(quotes)) for q in g.quotes]


def related_groups(person: SpeakerGroup, groups: Sequence[SpeakerGroup]) -> list[SpeakerGroup]:
    """Offices and spokespeople named after `person` (``Marsh’s office`` for Elena Marsh).

    They are reported separately: what an office says is not what the person said.

    >>> from ...types import Quote
    >>> q = lambda s, k="person": Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> gs = group_speakers([q("Elena Marsh"), q("Marsh’s office", "office"), q("the ministry", "office")])
    >>> [g.name for g in related_groups(gs[0], gs)]
    ['Marsh’s office']
    """
    return offices_named(person.name, groups) if person.kind == "person" else []


def offices_named(name: str, groups: Sequence[SpeakerGroup]) -> list[SpeakerGroup]:
    """The office and spokesperson groups named after the person `name` names, quoted or not
    (``/quotes Marsh`` when only ``Marsh’s office`` is quoted).

    >>> from ...types import Quote
    >>> q = lambda s, k="office": Quote("x", s, None, "said", "a", "A", 1, 0, 1, speaker_kind=k)
    >>> [g.name for g in offices_named("Marsh", group_speakers([q("Marsh’s office"), q("the ministry")]))]
    ['Marsh’s office']

    An office asked after is named after its possessor: "Lee's office" is no office of Marsh's
    for sharing the word "office" with "Marsh’s office".

    >>> offices_named("Lee's office", group_speakers([q("Marsh’s office")]))
    []
    """
    owner = _OWNER.match(name) if _OFFICE_HINT.search(name) else None
    surname = _surname(owner.group(1) if owner else name)
    if not surname:
        return []

    def names_person(variant: str) -> bool:
        return surname in (re.sub(r"'s$", "", w) for w in words(variant))

    return [g for g in groups if g.kind != "person" and any(names_person(v) for v in g.variants)]


def speaker_listing(
    speaker: str, theirs: Sequence[Quote], everyone: Sequence[Quote]
) -> tuple[list[SpeakerGroup], list[SpeakerGroup], str | None]:
    """What "/quotes <speaker>" lists: the speaker's own groups (`theirs`, their quotes), the
    offices named after them among `everyone`'s (reported apart; when no person is quoted,
    those named after the name asked: "Netanyahu's office" for "Netanyahu"), and a note on
    other people who share the surname."""
    own = group_speakers(theirs)
    groups = group_speakers(everyone)
    owned = {id(q) for g in own for q in g.quotes}
    named = [offices_named(speaker, groups)] if not any(g.kind == "person" for g in own) else []
    related = [
        g
        for found in [*(related_groups(person, groups) for person in own), *named]
        for g in found
        if not any(id(q) in owned for q in g.quotes)
    ]
    note = namesake_note(speaker, bool(own), namesakes(speaker, everyone))
    return own, list({g.name: g for g in related}.values()), note
