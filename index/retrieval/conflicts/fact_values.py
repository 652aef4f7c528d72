"""Typed values in a sentence, the facts two articles can disagree on (`disagree.py`): dates
(a month, with day or year when given), counts (a number with the noun it counts: ``four dock
workers``) and places (a capitalised name after ``in`` or ``at``).

>>> [(v.kind, v.key, v.norm) for v in values("Four dock workers were hurt in Varna on 3 May 2024.")]
[('date', '', 'may 3 2024'), ('count', 'worker', '4'), ('place', 'in', 'varna')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import fold

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DATE = re.compile(r"\b(?:(\d{1,2})\s+)?(" + _MONTH_RE + r")(?:\s+(\d{1,2})(?!\d))?(?:,?\s+(\d{4}))?\b")
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_COUNT = re.compile(
    r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r"|dozens|hundreds|thousands)"
    r"((?:\s+(?:million|billion|thousand|hundred))?)((?:\s+[A-Za-z][\w-]*){1,3})",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(in|at)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})")
STOP = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being has have had it
    its this that these those there their they he she his her we our you your i not no than then so such
    which who whom whose what when where why how said says say told according also would could will may might
    can should must about after before over under more most less least some any all each other into out
    up down while during since until because if per nearly almost around people last next this year years
    ago early late mid week weeks month months day days later earlier first new two three four between
    including during amid among against across within without through toward towards""".split()
)
_UNIT_STOP = STOP | frozenset("percent per cent times".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@dataclass(frozen=True)
class Value:
    kind: str  # "date" | "count" | "place"
    key: str  # counts: the counted noun; places: the preposition; dates: ""
    norm: str  # comparable form
    shown: str  # as written
    span: tuple[int, int]


def singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def stem(word: str) -> str:
    return singular(word)[:6]


def _dates(sentence: str) -> list[Value]:
    out = []
    for m in DATE.finditer(sentence):
        month = m.group(2).lower().rstrip(".")
        full = next((x for x in MONTHS if x.startswith(month[:3])), month)
        if full == "may" and not (m.group(1) or m.group(3) or m.group(4)):
            if not re.search(r"\b(?:in|by|since|until|early|late|mid|next|last)\s+$", sentence[: m.start()]):
                continue  # "may" the modal verb
        day = m.group(1) or m.group(3) or ""
        norm = f"{full} {day}".strip() + (f" {m.group(4)}" if m.group(4) else "")
        out.append(Value("date", "", norm, m.group(0), m.span()))
    return out


def _counts(sentence: str, taken: list[Value]) -> list[Value]:
    out = []
    for m in _COUNT.finditer(sentence):
        tail = m.group(3).split()
        unit, used = "", 0
        for i, t in enumerate(tail):
            bare = t.strip(".,;:").lower()
            if bare in _UNIT_STOP or not bare.isalpha():
                break
            unit, used = bare, i + 1
        num = m.group(1).lower()
        if (
            not unit
            or re.fullmatch(r"1[89]\d\d|20\d\d", num)
            or any(v.span[0] <= m.start() < v.span[1] for v in taken)
        ):
            continue
        if sentence[m.end(1) : m.end(1) + 1] == "-":
            continue  # "12-day war": a name, not a count
        norm = str(_NUMBER_WORDS.get(num, num.replace(",", ""))) + m.group(2).lower()
        shown = (sentence[m.start() : m.end(2)] + " " + " ".join(tail[:used])).strip(".,;: ")
        out.append(Value("count", singular(unit), norm, shown, m.span()))
    return out


def _places(sentence: str) -> list[Value]:
    out = []
    for m in _PLACE.finditer(sentence):
        name = m.group(2)
        last = fold(name.split()[-1]).rstrip(".")
        if last in _WEEKDAYS or last in MONTHS or DATE.fullmatch(name) or m.start() == 0:
            continue
        norm = fold(re.sub(r"^the\s+", "", name))
        out.append(Value("place", m.group(1).lower(), norm, name, m.span(2)))
    return out


def values(sentence: str) -> list[Value]:
    dates = _dates(sentence)
    return dates + _counts(sentence, dates) + _places(sentence)
