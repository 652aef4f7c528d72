"""The speaker phrase a cue names: the noun phrase before its verb (``Danny X, an Iran expert
at Y, told AFP``: `parse_subject`) or after it (``said Danny X, an Iran expert at Y``;
``according to X``: `parse_object`), as a name and the detail beside it. Pure; `cues` finds
the cues and calls these.
"""

from __future__ import annotations

import re

from .cue_words import (
    _ADVERBIAL,
    _AUX_ADV,
    _CIRCUMSTANCE,
    _CONJ,
    _COPULA,
    _DROP_DETAIL,
    _LY_NOUNS,
    _MEDIUM,
    _NAME_OF,
    _NOT_ROLE_START,
    _NP_START,
    _OPENERS,
    _PRONOUN_SUBJECTS,
    _RELATIVE_PRONOUNS,
    _ROLE_OPENERS,
    _SUBCLAUSE,
    _SUBORDINATORS,
    _TIME,
    _TIME_WORDS,
    SAID_VERBS,
    SPEECH,
    after_conjunction,
)
from .reported import role_name
from .speakers import (
    ANON_HEADS,
    OFFICE_HEADS,
    TITLES,
    broken_phrase,
    head_noun,
    is_capitalised,
    is_group_head,
)

_BULLET = re.compile(r"\s*[~•*■▪►◆●]+\s+")
# "X, who is chair of Y said": a describing relative clause whose closing comma is left out
_WHO_IS = re.compile(r"who\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the|[a-z]+)\b")


def _join_detail(*parts: str | None) -> str | None:
    return ", ".join(p for p in parts if p) or None


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
    if that >= 0 and rel == len(words):  # "It was three years ago that Mia Bloom said"
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


# A name closing a phrase after a preposition (``the mouth of Ana Roe``, ``such as Sen. Ola Berg
# of Ohio``): the person a relative ``who`` right after it stands for. Not the object of a verb
# (``X praised Ana Roe, who``): the rules keep the sentence's own speaker there.
_NAME_ENDING = re.compile(
    r"(?:^|\s)(?:of|from|as|like|than|to|by|with|at|for|including|and)\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)"
    r"(\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)?$"
)


def _name_ending(phrase: str) -> tuple[str, int] | None:
    """(name, offset) of a name of two to four words ending `phrase`, with its ``of`` place."""
    m = _NAME_ENDING.search(phrase.rstrip())
    if m is None or m.group(1).split()[0].lower() in _OPENERS | _TIME_WORDS:
        return None
    return m.group(0)[m.start(1) - m.start() :], m.start(1)


# "states" reports speech before "that", a colon or the end of its sentence ("the law states
# that", "“…,” the letter states."); elsewhere it is the noun, which news uses far more
_CLAUSE_LINKS = _SUBORDINATORS - {"as"}  # "Trump as well as Cruz": no clause


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


def _relative_who(phrase: str) -> bool:
    """``who``, ``who on Monday``: a relative clause opening the cue's own segment."""
    words = phrase.split()
    return bool(words) and words[0].lower() == "who" and len(words) <= 4


def _demonstrative_np(words: list[str]) -> bool:
    """``this Trump look-alike`` is a noun phrase; ``this week`` is not."""
    rest = {w.lower() for w in words[1:]}
    return len(words) > 1 and words[0].lower() == "this" and _TIME_WORDS.isdisjoint(rest)


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


_SAID_VERB = rf"(?:{SAID_VERBS})\b"
_DETAIL_END = re.compile(
    r",\s*(?:adding|saying|noting|and\b|(?:who|which)\s+(?:\w+ly\s+)?" + _SAID_VERB + ")"
)


def parse_object(right: str, after_quote: bool = False) -> tuple[str, str | None] | None:
    """The speaker phrase after an inverted cue (``said X, a Y at Z``): (phrase, appositive).

    `after_quote`: the cue follows a quotation (``“…,” said former Gov. and party chair X``).
    """
    s = re.split(r'[“”"]', right.strip(), maxsplit=1)[0]  # a speaker phrase never runs into a quote
    s = s.rstrip(' .!?;:”"’')
    phrase, _, detail = s.partition(",")
    phrase = _TIME.sub("", phrase)
    phrase = _CIRCUMSTANCE.sub("", phrase)  # "said Carla Fenn during the second debate"
    phrase = _SUBCLAUSE.sub("", phrase)  # "said Mr Lane as he left the hall"
    med = _MEDIUM.search(phrase)
    if med:
        phrase = phrase[: med.start()]
    phrase = phrase.strip()
    rel = re.search(r"\s(?=(?:who|which|whose)\s)", phrase)
    if rel:  # "said one shop owner who declined to be named for fear …"
        phrase, detail = (
            phrase[: rel.start()],
            phrase[rel.end() :] + (f", {detail}" if detail.strip() else ""),
        )
    of = _NAME_OF.match(phrase)
    if of and not detail.strip():  # "said Mara Loft of the group Clean Harbours": the person
        phrase, detail = of.group(1), of.group(2)
    words = phrase.split()
    if not words or len(words) > 14 or words[0].lower() == "that":
        return None
    if not (
        is_capitalised(words[0])
        or words[0].lower() in _NP_START
        or head_noun(phrase) in ANON_HEADS | OFFICE_HEADS
        or role_name(words)  # "said farmer Jens Orre, 58"
        or _role_before_name(words)  # "said former party adviser Dan Weil"
        or after_quote
        and _plain_np(words)
        and is_capitalised(words[-1])
    ):
        return None
    if broken_phrase(phrase):
        return None
    detail = detail.strip()
    if not detail or _DROP_DETAIL.match(detail):
        return phrase, None
    # "X, a Y, who stated on Monday that …": a relative clause that reports speech tells what X
    # said, not who X is ("who runs a bakery" stays)
    detail = _DETAIL_END.split(detail)[0]
    return phrase, detail.strip() or None


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
