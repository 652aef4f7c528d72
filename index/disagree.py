"""Spotting articles that disagree: different values for the same fact.

From each retrieved paragraph's sentences we pull typed values: dates (a month, with day or
year when given), counts (a number with the noun it counts: ``four dock workers``) and
places (a capitalised name after ``in``/``at``). Two sentences from DIFFERENT articles
disagree when they hold values of the same type (for counts, of the same noun), the values
conflict (``June`` and ``June 12`` do not; ``June`` and ``July`` do), and the sentences are
about the same thing: at least two shared content words besides the values, or one when
both also share a word with the question. Different numbers of different things, or one
article alone, never make a disagreement.

>>> from .types import Paragraph, Passage
>>> def p(doc, text): return Passage(Paragraph(doc, doc.upper(), 1, text, 0, 0, "h"), 1.0)
>>> d = find_disagreements([p("a", "The talks will resume in June, officials said."),
...                         p("b", "Negotiators said the talks would resume in July.")])
>>> [(s.value, s.doc_id) for s in d[0].sides]
[('June', 'a'), ('July', 'b')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import fold, sentence_spans, words
from .types import Disagreement, DisagreementSide, Passage

_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE = re.compile(r"\b(?:(\d{1,2})\s+)?(" + _MONTH_RE + r")(?:\s+(\d{1,2})(?!\d))?(?:,?\s+(\d{4}))?\b")
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
_PLACE = re.compile(r"\b(?:in|at)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,3})")
_STOP = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being has have had it
    its this that these those there their they he she his her we our you your i not no than then so such
    which who whom whose what when where why how said says say told according also would could will may might
    can should must about after before over under more most less least some any all each other into out
    up down while during since until because if per nearly almost around people""".split()
)
_UNIT_STOP = _STOP | frozenset("percent per cent times years year days day months month weeks week".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@dataclass(frozen=True)
class _Value:
    kind: str  # "date" | "count" | "place"
    key: str  # what is measured: "" for dates and places, the counted noun for counts
    norm: str  # comparable form
    shown: str  # as written
    span: tuple[int, int]


@dataclass(frozen=True)
class _Sent:
    passage: Passage
    text: str
    values: tuple[_Value, ...]
    stems: frozenset[str]


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word.rstrip("s")


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _values(sentence: str) -> list[_Value]:
    out: list[_Value] = []
    for m in _DATE.finditer(sentence):
        month = m.group(2).lower().rstrip(".")
        full = next((x for x in _MONTHS if x.startswith(month[:3])), month)
        if (
            full == "may"
            and not (m.group(1) or m.group(3))
            and not re.search(
                r"\b(?:in|by|since|until|early|late|"
                r"mid|next|last)\s+$",
                sentence[: m.start()],
            )
        ):
            continue  # "may" the modal verb
        day = m.group(1) or m.group(3) or ""
        out.append(
            _Value(
                "date",
                "",
                f"{full} {day}".strip() + (f" {m.group(4)}" if m.group(4) else ""),
                m.group(0),
                m.span(),
            )
        )
    for m in _COUNT.finditer(sentence):
        tail = [t for t in m.group(3).split()]
        unit = ""
        for t in tail:
            bare = t.strip(".,;:").lower()
            if bare in _UNIT_STOP or not bare.isalpha():
                break
            unit = bare
        num = m.group(1).lower()
        if (
            not unit
            or re.fullmatch(r"1[89]\d\d|20\d\d", num)
            or any(d.span[0] <= m.start() < d.span[1] for d in out)
        ):
            continue
        norm = str(_NUMBER_WORDS.get(num, num.replace(",", ""))) + m.group(2).lower()
        shown = (
            sentence[m.start() : m.end(2)]
            + " "
            + " ".join(
                tail[: tail.index(next(t for t in tail if t.strip(".,;:").lower() == unit)) + 1]
            ).strip(".,;:")
        )
        out.append(_Value("count", _singular(unit), norm, shown, m.span()))
    for m in _PLACE.finditer(sentence):
        name = m.group(1)
        first = fold(name.split()[-1])
        if first in _WEEKDAYS or first.rstrip(".") in _MONTHS or _DATE.fullmatch(name):
            continue
        out.append(_Value("place", "", fold(re.sub(r"^the\s+", "", name)), name, m.span(1)))
    return out


def _sentences(passages: Sequence[Passage]) -> list[_Sent]:
    out = []
    for p in passages:
        text = p.paragraph.text
        for a, b in sentence_spans(text):
            s = text[a:b]
            vals = _values(s)
            if not vals:
                continue
            masked = s
            for v in vals:
                masked = masked[: v.span[0]] + " " * (v.span[1] - v.span[0]) + masked[v.span[1] :]
            stems = frozenset(_stem(w) for w in words(masked) if w not in _STOP and not w.isdigit())
            out.append(_Sent(p, s, tuple(vals), stems))
    return out


def _conflict(a: _Value, b: _Value) -> bool:
    if a.kind == "date":
        pa, pb = a.norm.split(), b.norm.split()
        if pa[0] != pb[0]:
            return True
        # Same month: a conflict only if both give a (different) day or a (different) year.
        return any(x != y for x, y in zip(pa[1:], pb[1:], strict=False) if x and y)
    return a.norm != b.norm and not (a.norm in b.norm or b.norm in a.norm)


def _claim(kind: str, key: str, shared: frozenset[str], a: _Sent) -> str:
    topic = " ".join(w for w in words(a.text) if _stem(w) in shared and w != key)[:60]
    if kind == "count":
        return f"number of {key}s ({topic})" if topic else f"number of {key}s"
    return f"{'date' if kind == 'date' else 'place'} of {topic}" if topic else kind


def find_disagreements(passages: Sequence[Passage], question: str = "") -> list[Disagreement]:
    """Facts on which the given passages' articles state different values (see module doc)."""
    sents = _sentences(passages)
    q_stems = frozenset(_stem(w) for w in words(question) if w not in _STOP)
    found: dict[tuple[str, str, str], dict[tuple[str, int, str], DisagreementSide]] = {}
    for i, a in enumerate(sents):
        for b in sents[i + 1 :]:
            if a.passage.paragraph.doc_id == b.passage.paragraph.doc_id:
                continue
            shared = a.stems & b.stems
            need = 1 if shared & q_stems else 2
            for va in a.values:
                others = [vb for vb in b.values if vb.kind == va.kind and vb.key == va.key]
                if not others or any(not _conflict(va, vb) for vb in others):
                    continue
                if len(shared - {_stem(va.key)}) < need:
                    continue
                if any(
                    not _conflict(vb, x)
                    for vb in others
                    for x in a.values
                    if x.kind == va.kind and x.key == va.key
                ):
                    continue  # b's value also appears in a: both articles mention both
                claim_key = (va.kind, va.key, _claim(va.kind, va.key, shared, a))
                sides = found.setdefault(claim_key, {})
                for s, v in [(a, va)] + [(b, vb) for vb in others]:
                    par = s.passage.paragraph
                    sides.setdefault(
                        (par.doc_id, par.number, v.norm),
                        DisagreementSide(v.shown, par.doc_id, par.number, par.title, par.outlet),
                    )
    out = []
    for (_, _, claim), sides in found.items():
        if len({s.doc_id for s in sides.values()}) >= 2:
            out.append(Disagreement(claim, tuple(sides.values())))
    return out
