"""Who a speaker phrase names: person, office, anonymous source or pronoun, by form alone.

A speaker phrase is the noun phrase before or after a cue verb (``Israeli Prime Minister
Benjamin Netanyahu``, ``an analyst based in Tehran``, ``Netanyahu's office``, ``he``). We
split it into the name as written, the role around it (title prefix, appositive, relative
clause) and a kind, from closed word lists (titles, organisation nouns, anonymity phrases)
and capitalisation; no list names a particular person, place or outlet.

>>> s = classify_speaker("Israeli Prime Minister Benjamin Netanyahu", None, frozenset())
>>> (s.name, s.detail, s.kind)
('Benjamin Netanyahu', 'Israeli Prime Minister', 'person')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...types import SpeakerKind
from .cue_words import SENTENCE_ADVERBS
from .speaker_words import (
    ANON_HEADS,
    BARE_TEXTS,
    CONNECTORS,
    GROUP_HEADS,
    INDEFINITE,
    OFFICE_HEADS,
    ORG_WORDS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    SPOKES,
    STOP_NP,
    TITLES,
)

_ANONYMITY = re.compile(
    r"anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|"
    r"not (?:authori[sz]ed|allowed|permitted) to (?:speak|talk|brief)|without being (?:named|identified)|"
    r"requested anonymity|unnamed",
    re.IGNORECASE,
)
_STATEMENT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w.-]+\s+){0,2}?(?:statement|post|message|letter|communiqu[eé]|"
    r"release|readout|video|tweet|note)\s+(?:from|by|(?:issued|released|posted|published)\s+by|of)\s+(.+)$",
    re.IGNORECASE,
)
_POSSESSIVE_STATEMENT = re.compile(
    r"^(.+?)['’]s?\s+(?:\w+\s+)?(?:statement|post|message|letter|communiqu[eé]|readout)$", re.IGNORECASE
)
# A time adjunct ending a speaker phrase: "Ana Roe on Monday", "Gowdy earlier Thursday", "a
# poll released Sunday", "Sanders during a Sunday". Not part of who spoke.
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|late|early|earlier|later|last|this)"
    r"|\s+(?:during|at|after|before)(?:\s+(?:a|an|the|his|her|its|their))?(?:\s+[a-z][\w-]*){0,2}"
    r"|\s+(?:to\s+be\s+)?(?:released|published|filed|issued|posted|conducted|out)(?:\s+on)?)?"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
_PERSONAL = re.compile(r"\bwho\b|year-old|^\d{1,3}\b|\b(?:his|her)\b")
_RELATIVE = re.compile(r"\s+(?=(?:who|which|whose)\b)|,\s*")


@dataclass(frozen=True)
class Speaker:
    """A classified speaker phrase.

    `name`: the name (or description) as written; `detail`: role/affiliation text, if any;
    `mention`: the whole phrase as written; `via`: a statement phrase the words came through
    (``a statement from his office``); `pronoun`: set when `name` still needs resolving.
    """

    name: str
    detail: str | None
    kind: SpeakerKind
    mention: str
    via: str | None = None
    pronoun: bool = False


def _bare(token: str) -> str:
    return token.strip(".,;:!?()[]\"“”‘’'")


def is_capitalised(token: str) -> bool:
    t = _bare(token)
    return bool(t) and (t[0].isupper() or t[0].isdigit() and len(t) > 1 and t[-1].isalpha())


_DANGLING = frozenset(
    """the a an of to in on at by for with and or but that which was is were are so as from over
    under into than""".split()
)
_COPULA_CONTRACTION = re.compile(r"^(?:it|that|there|here|what|this|who)['’]s$", re.IGNORECASE)


# a lone word that opens a sentence and names no one ("Therefore, …", "Once he was …", "What
# “…” means is …", a month or a weekday) (prepositions stay out: "From said …" is Al From;
# "Another said …" stays: one more of the people just described)
_NOT_ALONE = (
    SENTENCE_ADVERBS
    | frozenset("however meanwhile therefore thus hence once so such that this just part".split())
    | frozenset("what whichever why how".split())
    | frozenset(
        """january february march april june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday""".split()
    )
) - frozenset("first second third".split())


def lone_opener(phrase: str) -> bool:
    """A lone word that opens a sentence and names no one: ``Therefore``, ``Once``, ``Such``,
    ``What``, ``September``, ``Monday``.

    >>> [lone_opener(w) for w in ("Therefore", "What", "How", "September", "Monday,")]
    [True, True, True, True, True]
    >>> [lone_opener(w) for w in ("Lee", "From", "Another", "May", "What Lee")]
    [False, False, False, False, False]
    """
    toks = phrase.split()
    return len(toks) == 1 and toks[0].strip("(),.;:").lower() in _NOT_ALONE


def broken_phrase(phrase: str) -> bool:
    """A cut-off phrase that names no one: ``Outside the``, ``Clinton and``, ``That’s``,
    ``Therefore``."""
    toks = phrase.split()
    if not toks:
        return True
    if lone_opener(phrase):
        return True
    return toks[-1].strip("(),.;:") in _DANGLING or bool(_COPULA_CONTRACTION.match(toks[0]))


def _is_title(token: str) -> bool:
    t = _bare(token).lower()
    return t in TITLES or token.lower() in TITLES or "-" in t and all(p in TITLES for p in t.split("-"))


def _is_org(token: str) -> bool:
    t = _bare(token)
    if re.sub(r"['’]s$", "", t).lower() in ORG_WORDS:
        return True
    return len(t) >= 2 and t.isupper() and t.isalpha()


def _join(*parts: str | None) -> str | None:
    kept = [p.strip(" ,") for p in parts if p and p.strip(" ,")]
    return ", ".join(kept) if kept else None


# "the anti-Trump National Review", "Anwar al-Awlaki": a prefixed capital inside a name run
_PREFIXED = re.compile(r"^(?:anti|pro|non|al|el)-[A-Z]")


# A title run holding a first person: "(role) Ana Roe and (role)" before the second name
_PAIR = re.compile(r"^(.*?)((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s+and\s+(\S.*)$")


def _trailing_run(tokens: list[str]) -> int:
    """Index where the trailing run of capitalised tokens (with connectors inside) begins."""
    k = len(tokens)
    while k > 0 and (
        is_capitalised(tokens[k - 1]) or tokens[k - 1].lower() in CONNECTORS or _PREFIXED.match(tokens[k - 1])
    ):
        k -= 1
    while k < len(tokens) and not is_capitalised(tokens[k]):
        k += 1  # a run starts with a capital, not a connector
    return k


def _title_split(run: list[str]) -> int:
    """Number of leading run tokens that are a title (``Prime Minister`` in a name run). A
    name never opens on "of": a title before "of" runs on over the word after it when a full
    name follows (``Chief of Staff Ana Roe``), else it is no title (in ``Rep. Ana King of
    Ohio`` "King" is her surname).

    >>> _title_split("Rep. Ana King of Ohio".split()), _title_split("Prime Minister Ana Roe".split())
    (1, 2)
    >>> _title_split("Party Chief of Staff Ana Roe".split())
    4
    """
    for k in range(len(run) - 1, 0, -1):
        if _is_title(run[k - 1]) and any(not _is_title(t) for t in run[k:]):
            if run[k].lower() != "of":
                return k
            if len(run) - (k + 2) >= 2 and all(is_capitalised(t) for t in run[k + 2 :]):
                return k + 2
    return 0


def is_group_head(word: str) -> bool:
    """A head noun naming sources or an organisation, singular or plural (``governments``)."""
    w = _bare(word).lower()
    heads = ANON_HEADS | OFFICE_HEADS
    return w in heads or w.endswith("s") and w[:-1] in heads


def head_noun(phrase: str) -> str:
    """The head word of a description: ``analyst`` in ``an analyst based in Port X``."""
    tokens = phrase.split()
    if not tokens:
        return ""
    i = next((i for i, t in enumerate(tokens) if i > 0 and t.lower() in STOP_NP), len(tokens))
    return re.sub(r"['’]s$", "", _bare(tokens[i - 1]).lower())


_ORG_GLUE = frozenset("for of a an the and on to in".split())


def _org_name(tokens: list[str]) -> bool:
    """An organisation's full name with an article inside: ``the Committee for a Balanced
    Budget``, ``the Campaign for the Harbour`` (an organisation word first, a capitalised word
    last, nothing but capitalised and small words between).

    >>> _org_name("the Committee for a Balanced Budget".split()), _org_name("the Secretary of State".split())
    (True, False)
    """
    words = tokens[1:] if tokens and tokens[0].lower() == "the" else tokens
    return (
        len(words) >= 3
        and _is_org(words[0])
        and is_capitalised(words[-1])
        and any(w.lower() in ("a", "an", "the") for w in words[1:-1])  # where the run would break
        and all(is_capitalised(w) or w.lower() in _ORG_GLUE for w in words)
    )


def _appositive_name(detail: str) -> tuple[str, str, str] | None:
    """The person's name an apposition gives (``Karl Ostrand`` in ``Karl Ostrand, 61``), with
    a role written before it (``Ostran envoy Piers Gallan``) and the rest; None if no name."""
    name, _, more = detail.partition(",")
    ntoks = name.split()
    lead = _trailing_run(ntoks)  # "Ostran envoy Piers Gallan": a role before the name
    lead += _title_split(ntoks[lead:])
    role, ntoks = " ".join(ntoks[:lead]), ntoks[lead:]
    if role and role.split()[-1].lower() in STOP_NP:
        return None  # "who campaigned Monday in New Hampshire": the place of a clause, no name
    if "by" in role.lower().split():
        return None  # "The aides, led by campaign manager Ivo Lind,": an agent, not their name
    if (
        2 <= len(ntoks) <= 5
        and all(is_capitalised(t) or t.lower() in CONNECTORS for t in ntoks)
        and not any(_is_org(t) or _is_title(t) for t in ntoks)
    ):
        return " ".join(ntoks), role, more
    return None


def classify_speaker(phrase: str, detail: str | None, surnames: frozenset[str]) -> Speaker:
    """Split a speaker phrase into name, role and kind (see the module docstring).

    `surnames` are the last words of multi-word names in the article: a single capitalised
    word is a person when it is one of them (``Netanyahu``) and an organisation or country
    otherwise (``Iran said``).
    """
    mention = phrase.strip(" ,")
    if len(untimed := _TRAILING_TIME.sub("", mention)) > 1:
        mention = untimed
    np = mention
    rel = _RELATIVE.split(np, maxsplit=1)
    if len(rel) == 2 and rel[0]:
        # "One of her allies who backs the plan, councillor Ana Roe,": the appositive name
        # stays first in the detail, so it can still name the person
        first_name = detail is not None and _appositive_name(detail) is not None
        np, detail = rel[0].strip(), _join(detail, rel[1]) if first_name else _join(rel[1], detail)
    if np[:4] == "The " and len(np) > 4:
        np = "the " + np[4:]
    low = np.lower()
    st = _STATEMENT.match(np) or _POSSESSIVE_STATEMENT.match(np)
    if st and st.group(1).lower() not in ("a", "an", "the"):
        inner = classify_speaker(st.group(1), detail, surnames)
        kind: SpeakerKind = "office" if inner.kind == "person" and not inner.pronoun else inner.kind
        if inner.pronoun and inner.name.lower() in ("he", "she"):
            return Speaker(inner.name, inner.detail, "person", mention, via=mention, pronoun=True)
        return Speaker(inner.name, inner.detail, kind, mention, via=mention, pronoun=inner.pronoun)
    if low in BARE_TEXTS:
        return Speaker("it", detail, "office", mention, via=mention, pronoun=True)
    anonymous = bool(_ANONYMITY.search(mention) or (detail and _ANONYMITY.search(detail)))
    if low in PRONOUNS:
        kind = "anonymous" if anonymous else ("office" if low == "it" else "person")
        return Speaker(np, detail, kind, mention, pronoun=True)
    tokens = np.split()
    first = tokens[0].lower()
    if _org_name(tokens):  # "the Committee for a Balanced Budget": one name, not "Balanced Budget"
        return Speaker(np, detail, "anonymous" if anonymous else "office", mention)
    k = _trailing_run(tokens)
    if first in POSSESSIVE_PRONOUNS:
        owned = tokens[k:]
        if len(owned) >= 2 and not any(_is_org(t) for t in owned):  # "his campaign manager Jeff Weaver"
            return Speaker(" ".join(owned), _join(" ".join(tokens[:k]), detail), "person", mention)
        named = _appositive_name(detail) if detail and not owned else None
        if named is not None:  # "her senior policy adviser, Jake Sullivan,": the person
            name, role, more = named
            return Speaker(name, _join(np, role, more), "anonymous" if anonymous else "person", mention)
        return Speaker(np, detail, "office", mention, pronoun=True)
    if is_capitalised(tokens[0]) and _bare(tokens[0]).lower() in ANON_HEADS | GROUP_HEADS:
        return Speaker(np, detail, "anonymous", mention)  # "Analysts", "Officials in the capital"
    run = tokens[k:]
    after_prep = k > 0 and (
        tokens[k - 1].lower() in STOP_NP
        or tokens[k - 1].lower() == "the"
        and k > 1
        and tokens[k - 2].lower() in STOP_NP
    )
    named = _appositive_name(detail) if detail and (not run or after_prep or _is_title(run[-1])) else None
    if named is not None:  # ``the defence minister, Karl Ostrand,``: the appositive is the name.
        name, role, more = named
        return Speaker(name, _join(np, role, more), "anonymous" if anonymous else "person", mention)
    if run and not after_prep and [t.lower() for t in tokens[:k]] == ["the"] and not _is_title(run[-1]):
        return Speaker(np, detail, "anonymous" if anonymous else "office", mention)  # "the Northern Compact"
    if run and not after_prep:
        if _is_title(run[-1]) and (len(run) > 1 or k > 0):
            head = _bare(run[-1]).lower().split("-")[0]
            kind = "office" if head in SPOKES else "person"
            return Speaker(np, detail, "anonymous" if anonymous else kind, mention)
        split = _title_split(run)
        if any(_is_org(t) for t in run[split:]):
            return Speaker(np, detail, "anonymous" if anonymous else "office", mention)
        name_tokens = run[split:]
        title = " ".join(tokens[:k] + run[:split])
        name = " ".join(name_tokens)
        single = len(name_tokens) == 1 and not title
        personal = bool(detail and _PERSONAL.search(detail))  # "Maryam, a 34-year-old teacher who …"
        kind = "office" if single and _bare(name).lower() not in surnames and not personal else "person"
        if title and title.lower().split()[-1] in SPOKES and not name_tokens:
            kind = "office"
        pair = _PAIR.match(title) if len(name_tokens) >= 2 else None
        one = pair.group(2).split() if pair else []
        cut = _title_split(one) if one else 0
        if pair and len(one) - cut >= 2 and not any(_is_title(t) or _is_org(t) for t in one[cut:]):
            # "state Senate leader Ana Roe and House Speaker Piet Hals": two people, both named
            roles = _join(" ".join([*pair.group(1).split(), *one[:cut]]) or None, pair.group(3))
            return Speaker(f"{' '.join(one[cut:])} and {name}", _join(roles, detail), "person", mention)
        return Speaker(name, _join(title, detail), "anonymous" if anonymous else kind, mention)
    head_i = next((i for i, t in enumerate(tokens) if i > 0 and t.lower() in STOP_NP), len(tokens))
    head = head_noun(np)
    if anonymous:
        kind = "anonymous"
    elif (
        head in OFFICE_HEADS
        or head[:-1] in ORG_WORDS
        or any(_bare(t).lower() in SPOKES for t in tokens[:head_i])
    ):
        kind = "office"
    elif first in INDEFINITE or first.isdigit() or head in ANON_HEADS and first not in ("the", "this"):
        kind = "anonymous"
    elif head in ANON_HEADS or head in GROUP_HEADS:
        kind = "anonymous"
    else:
        kind = "person"
    return Speaker(np, detail, kind, mention)
