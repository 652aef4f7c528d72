"""The speaker phrase after an inverted cue (``said Danny X, an Iran expert at Y``;
``according to X``): `parse_object` cuts it before the time, place, medium or clause that
follows it, and keeps the detail beside it. Pure; `cues` finds the cues and calls it.
"""

from __future__ import annotations

import re

from .cue_words import (
    _CIRCUMSTANCE,
    _DROP_DETAIL,
    _MEDIUM,
    _NAME_OF,
    _NP_START,
    _SUBCLAUSE,
    _TIME,
    SAID_VERBS,
)
from .phrase_shapes import _plain_np, _role_before_name
from .reported import role_name
from .speaker_words import ANON_HEADS, OFFICE_HEADS
from .speakers import broken_phrase, head_noun, is_capitalised

_SAID_VERB = rf"(?:{SAID_VERBS})\b"
_DETAIL_END = re.compile(
    r",\s*(?:adding|saying|noting|and\b|(?:who|which)\s+(?:\w+ly\s+)?" + _SAID_VERB + ")"
)


# Where a title in quote marks belongs to the speaker phrase: "the authors of “…”", "the “…”"
_TITLE_SLOT = re.compile(r"\b(?:of|for|from|at|with|the)\s*$", re.IGNORECASE)
_END = ' .!?;:”"’'


def _with_title(right: str) -> str:
    """`right` up to its first quote mark, without the stop after it: a speaker phrase never
    runs into a quotation, but it can hold a capitalised title after ``of`` or ``the``
    (``said the author of “Low Tide,” …``), up to the next mark.

    >>> _with_title("the author of “Low Tide,” who was there.")
    'the author of “Low Tide”, who was there'
    >>> _with_title("Ana Roe, who said “we will win”")
    'Ana Roe, who said'
    """
    parts = re.split(r'([“”"])', right, maxsplit=2)
    if len(parts) < 5 or not _TITLE_SLOT.search(parts[0]) or not parts[2][:1].isupper():
        return parts[0].rstrip(_END)
    title = parts[2].rstrip()
    rest = ("," if title.endswith(",") else "") + re.split(r'[“”"]', parts[4], maxsplit=1)[0]
    return f"{parts[0]}“{title.rstrip(',. ')}”{rest.rstrip(_END)}"


_CAP = r"[A-Z][\w’'.-]*"
# a name of two capitalised words or more, then "in" and a capitalised place or publication
_NAME_IN_PLACE = re.compile(
    rf"^({_CAP}(?:\s+(?:of\s+)?{_CAP})+)\s+in\s+(?:the\s+)?{_CAP}(?:\s+(?:of\s+)?{_CAP}){{0,4}}$"
)


def parse_object(right: str, after_quote: bool = False) -> tuple[str, str | None] | None:
    """The speaker phrase after an inverted cue (``said X, a Y at Z``): (phrase, appositive).

    `after_quote`: the cue follows a quotation (``“…,” said former Gov. and party chair X``).

    >>> parse_object("Ana Roe in The Daily Ledger."), parse_object("Ana Roe in Denver, a trader.")
    (('Ana Roe', None), ('Ana Roe', 'a trader'))
    >>> parse_object("the head of research in Europe.")
    ('the head of research in Europe', None)
    """
    s = _with_title(right.strip())
    phrase, _, detail = s.partition(",")
    phrase = _TIME.sub("", phrase)
    phrase = _CIRCUMSTANCE.sub("", phrase)  # "said Carla Fenn during the second debate"
    phrase = _SUBCLAUSE.sub("", phrase)  # "said Mr Lane as he left the hall"
    med = _MEDIUM.search(phrase)
    if med:
        phrase = phrase[: med.start()]
    phrase = phrase.strip()
    where = _NAME_IN_PLACE.match(phrase)
    if where:  # "wrote Ana Roe in The Ledger", "said Ana Roe in Denver": the name, then where
        phrase = where.group(1)
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
