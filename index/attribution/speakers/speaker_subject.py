"""The speaker phrase before a cue verb (``Danny X, an Iran expert at Y, told AFP``):
`parse_subject` finds the noun phrase that ends the text before the verb, and the detail beside
it, past the clauses news writes around a subject (``…, who stated``, ``after which X said``,
``X, who led …, thanked them and said``). Pure; `cues` finds the cues and calls it.
"""

from __future__ import annotations

import re

from .cue_words import (
    _ADVERBIAL,
    _AUX_ADV,
    _CONJ,
    _COPULA,
    _LY_NOUNS,
    _NP_START,
    _OPENERS,
    _PRONOUN_SUBJECTS,
    _RELATIVE_PRONOUNS,
    _SUBORDINATORS,
    SPEECH,
    after_conjunction,
)
from .phrase_shapes import (
    _as_name,
    _demonstrative_np,
    _name_before_of,
    _name_ending,
    _name_only,
    _opens_name,
    _plain_np,
    _role_before_name,
)
from .reported import role_name
from .speakers import broken_phrase, is_capitalised, is_group_head

_BULLET = re.compile(r"\s*[~•*■▪►◆●]+\s+")
# "X, who is chair of Y said": a describing relative clause whose closing comma is left out
_WHO_IS = re.compile(r"who\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the|[a-z]+)\b")


# prepositions after which "who" opens an embedded question ("argued over who paid"), not a
# relative clause: a relative pronoun after a preposition is "whom"
_WH_OBJECT_AFTER = frozenset("over about on of as to for into from at with".split())


def _join_detail(*parts: str | None) -> str | None:
    return ", ".join(p for p in parts if p) or None


_SEEN_BY = re.compile(
    r"(?<=\w)\s+(?:obtained|seen|reviewed|received|released|published|sent|provided|shared)\s+"
    r"(?:by|to)\s+(?:the\s+)?[A-Z][^,]{0,60}$"
)


def _segments(s: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in s.split(","):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, part.strip()))
        pos += len(part) + 1
    return [(p, t) for p, t in out if t]


_WHAT_NAME = re.compile(r"\b[Ww]hat\s+((?:[a-z]+\s+){0,2}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})$")


_NAME_THEN_PLACE = re.compile(
    r"\b(?:when|as|after|before|and|while|because|since|if)\s+"
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:in|on|during)\s+(?:his|her|their|a|an)"
    r"(?:\s+[a-z][\w-]*){1,4}$"
)


def parse_subject(left: str, after_quote: bool = False) -> tuple[str, str | None, int] | None:
    """The speaker phrase ending `left` (the text before a cue verb): (phrase, appositive, offset).

    `after_quote`: `left` starts at the end of a quotation (``“…,” federal prosecutors wrote``),
    where a noun phrase may open with a lowercase modifier.
    """
    bullet = _BULLET.match(left)
    if bullet:  # "~ As Vulture put it": a list mark opening the sentence
        inner = parse_subject(left[bullet.end() :], after_quote)
        return (inner[0], inner[1], inner[2] + bullet.end()) if inner else None
    s = left.rstrip()
    tokens = s.split()
    while tokens and (
        tokens[-1].lower() in _AUX_ADV
        or tokens[-1].islower()
        and tokens[-1].endswith("ly")
        and len(tokens[-1]) > 4
        and tokens[-1] not in _LY_NOUNS  # "the influential daily wrote"
    ):
        s = s[: s.rstrip().rfind(tokens.pop())].rstrip()
    if (
        tokens
        and tokens[-1].lower() in ("he", "she")
        and (len(tokens) < 2 or tokens[-2].lower() not in ("who", "whom"))
        and not re.search(r"[“\"]", s)
    ):
        # "And online he has criticized", "in which he stated": the pronoun right before the
        # verb is its subject, whatever opens the clause ("who he called" says whom, not who)
        return tokens[-1], None, len(s) - len(tokens[-1])
    if len(tokens) >= 2 and tokens[-1].lower() == "they" and tokens[-2].lower() in _CLAUSE_LINKS:
        # "Unions rejected the plan because they said": the clause opens on its own subject
        return tokens[-1], None, len(s) - len(tokens[-1])
    what = _WHAT_NAME.search(s) or _NAME_THEN_PLACE.search(s)
    if what:  # "… led to what aide Ana Roe called “…”": a free relative, its name the subject;
        return what.group(1), None, what.start(1)  # "when Roe in her speech called": the name
    s = _SEEN_BY.sub("", s)  # "a letter from X obtained by The Associated Press warns": X's letter
    ends_comma = s.endswith(",")
    segs = _segments(s.rstrip(","))
    if not segs:
        return None
    if ends_comma and len(segs) >= 2:
        idx = next(
            (
                i
                for i, (_, t) in enumerate(segs[:-1])
                if t.split()[0].lower() not in _OPENERS or _as_name(t) or after_conjunction(t.split())
            ),
            None,
        )
        if idx is None:
            return None
        pos, phrase = segs[idx]
        if _as_name(phrase):  # "As Ola Berg, the party leader, put it"
            pos, phrase = pos + 3, phrase[3:]
        detail = ", ".join(t for _, t in segs[idx + 1 :])
    else:
        pos, phrase = segs[-1]
        detail = None
        words = phrase.split()
        if len(words) == 2 and words[0].lower() == "who" and words[1].lower() in _PRONOUN_SUBJECTS:
            return None  # "Ana Roe, who he called “…”": the pronoun is not Ana Roe, the sentence says who
        if len(segs) >= 2 and _relative_who(phrase):
            return _who_antecedent(segs[:-1])  # "X, a Y, who stated that …": the cue is X's
        if len(segs) >= 2 and _WHO_IS.match(phrase) and len(words) <= 12:
            ante = _who_antecedent(segs[:-1])  # "X, who is chair of Y said": the clause's comma left out
            return (ante[0], _join_detail(ante[1], phrase), ante[2]) if ante else None
        if phrase.endswith(" who") and (ending := _name_ending(phrase[:-4])) is not None:
            return ending[0], None, pos + ending[1]  # "a tweet from Ana Roe who tweeted"
        if len(segs) >= 2 and len(words) > 2 and words[-1] == "who" and words[0].lower() in _ARTICLES:
            # "Lund, a harbour pilot who writes": the description stands beside a name
            ante = _who_antecedent([*segs[:-1], (pos, phrase[:-4].rstrip())])
            if ante is not None:
                return ante
        coordinated = _coordinated_subject(s, segs)
        if coordinated is not None:
            return coordinated
    words = phrase.split()
    while words and words[0].lower() in _CONJ and len(words) > 1:
        pos += phrase.find(words[1], len(words[0]))
        phrase = phrase[phrase.find(words[1], len(words[0])) :]
        words = phrase.split()
    # "…, after which Ann Orr said", "in which she said": the relative word opens no subject
    which = 1 if words and words[0].lower() in ("which", "whom") else 0
    if len(words) > 2 and words[0].lower() in _WHICH_PREPS and words[1].lower() in ("which", "whom"):
        which = 2
    if which and len(words) > which:
        at = [m.start() for m in re.finditer(r"\S+", phrase)][which]
        pos, phrase = pos + at, phrase[at:]
        words = phrase.split()
    rel = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _RELATIVE_PRONOUNS), len(words))
    for i in range(len(words) - 1, -1, -1):
        if (
            words[i].lower() in _COPULA
            or words[i].lower() in SPEECH
            or words[i].lower().endswith(("n't", "n’t"))
        ):
            if i > rel:  # "A nurse who has worked there": the verb belongs to the relative clause
                break
            rest = " ".join(words[i + 1 :])
            if not rest:
                return None
            pos += phrase.rfind(rest)
            phrase, words = rest, rest.split()
            rel = len(words)
            break
    sub = max((i for i, w in enumerate(words[:-1]) if i > 0 and w.lower() in _CLAUSE_LINKS), default=-1)
    if sub > 0 and rel == len(words) and _opens_name(words[sub + 1 :]):
        # "Clinton weighed in, hours after Sanders said", "… is notable because Speaker Paul
        # Ryan has said": the cue is in the subordinate clause; its subject is named
        at = [m.start() for m in re.finditer(r"\S+", phrase)][sub + 1]
        pos, phrase = pos + at, phrase[at:]
        words = phrase.split()
        rel = len(words)
    that = max((i for i, w in enumerate(words[:-1]) if w.lower() == "that"), default=-1)
    asked_who = rel < that and words[rel].lower() == "who" and words[rel - 1].lower() in _WH_OBJECT_AFTER
    if that >= 0 and (rel == len(words) or asked_who and _opens_name(words[that + 1 :])):
        # "It was three years ago that Mia Bloom said"; "… grew so heated over who paid
        # which bill that Gov. Ann Lutz said": "who" after a preposition asks (a relative
        # pronoun there is "whom"), it opens no relative clause of the speaker's
        at = [m.start() for m in re.finditer(r"\S+", phrase)][that + 1]
        pos, phrase = pos + at, phrase[at:]
        words = phrase.split()
        rel = len(words)
    # an organisation after "of" does not lengthen the phrase: "experts Ana Roe and Li Wu of
    # the Institute for Science and International Security wrote"
    core = _name_before_of(phrase)
    if not words or min(rel, len(core)) > 12 or len(words) > 24:
        return None
    link = max(
        (i for i, w in enumerate(words[: len(core) - 1]) if i > 0 and w.lower() in ("and", "but")), default=-1
    )
    if link > 0 and not is_capitalised(words[0]) and words[0].lower() not in _NP_START | _PRONOUN_SUBJECTS:
        named_pair = len(words[:link]) >= 2 and all(is_capitalised(w) for w in words[link - 2 : link])
        if _opens_name(words[link + 1 :]) and not named_pair:
            # "a woman asked for a photo and Clinton said": a new clause ("leader Ana Roe and
            # Speaker Piet Hals said" is one subject, two people)
            at = [m.start() for m in re.finditer(r"\S+", phrase)][link + 1]
            pos, phrase = pos + at, phrase[at:]
            words = phrase.split()
    first = words[0]
    bare_plural = len(words) <= 4 and is_group_head(words[-1])
    if not (
        is_capitalised(first)
        or first.lower() in _NP_START
        or first.lower() in ("he", "she", "they", "it")
        or bare_plural
        or role_name(words)
        or _role_before_name(words)  # "former Obama education secretary Arne Duncan told"
        or after_quote
        and _plain_np(_name_before_of(phrase))  # "“…,” super PAC spokeswoman Kay Lund said"
    ):
        return None
    if first.lower() in _ADVERBIAL and not is_capitalised(first) and not _demonstrative_np(words):
        return None
    if broken_phrase(phrase):
        return None
    return phrase, detail or None, pos


_ARTICLES = ("a", "an", "the")
_WHICH_PREPS = frozenset("after before in during at from following with by upon to".split())


def _who_antecedent(segs: list[tuple[int, str]]) -> tuple[str, str | None, int] | None:
    """The person a ``, who`` clause hangs on: a name right before it (``the leader's adviser,
    Ali Shamkhani, who``, ``… in the words of Ana Roe, who``), or a name and its description
    (``Jo Hale, a senator, who``); else no one (``sent a messenger, Ming-Tan, to the other
    side, who``, ``a spokesman, who``)."""
    pos, last = segs[-1]
    if _name_only(last):
        return last, None, pos
    if len(segs) < 2 or last.split()[0].lower() not in ("a", "an", "the"):
        ending = _name_ending(last)  # not an appositive: "… such as Sen. Jo Hale of Iowa, who"
        return (ending[0], None, pos + ending[1]) if ending is not None else None
    at, seg = segs[-2]
    ending = _name_ending(seg)
    if ending is not None:  # "… backed by Sen. Jo Hale of Iowa, a senator, who"
        return ending[0], last, at + ending[1]
    k = len(seg)
    for m in reversed(list(re.finditer(r"\S+", seg))):
        if not is_capitalised(m.group()):
            break
        k = m.start()
    if _name_only(seg[k:]):  # "Officials met Jo Hale, a senator, who"
        return seg[k:], last, at + k
    return None


# "states" reports speech before "that", a colon or the end of its sentence ("the law states
# that", "“…,” the letter states."); elsewhere it is the noun, which news uses far more
_CLAUSE_LINKS = _SUBORDINATORS - {"as"}  # "Trump as well as Cruz": no clause


def _relative_who(phrase: str) -> bool:
    """``who``, ``who on Monday``: a relative clause opening the cue's own segment; not
    ``who Lund on Monday`` (``… at Roe, who Lund on Monday called``: Lund speaks, ``who`` is
    the object)."""
    words = phrase.split()
    if len(words) > 1 and (words[1].lower() in _PRONOUN_SUBJECTS or is_capitalised(words[1])):
        return False
    return bool(words) and words[0].lower() == "who" and len(words) <= 4


def _coordinated_subject(s: str, segs: list[tuple[int, str]]) -> tuple[str, str | None, int] | None:
    """``X, who led …, thanked them and said``: the cue shares the subject of the verb before
    ``and`` (or ``but``)."""
    pos, last = segs[-1]
    words = last.split()
    if len(words) < 2 or words[-1].lower() not in ("and", "but"):
        return None
    if len(segs) >= 2 and words[0].islower() and words[0] not in _NP_START | _PRONOUN_SUBJECTS | _CONJ:
        return parse_subject(s[:pos])  # the verb phrase is its own comma segment
    verb = next((i for i, w in enumerate(words) if i > 0 and w.islower() and w.endswith("ed")), None)
    if verb is None:
        return None
    return parse_subject(s[: pos + last.find(" " + words[verb])])
