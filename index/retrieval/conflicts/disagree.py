"""Spotting articles that disagree: different values for the same fact, and only then.

From each cited paragraph's sentences we pull typed values (`fact_values.py`): dates (a
month, with day or year when given), counts (a number with the noun it counts: ``four dock
workers``) and places (a capitalised name after ``in``). A value is tied to the words around
it: the content words within a few words on either side (its *anchor*), e.g. ``12-day war``
in "a 12-day war between Israel and Iran last July". Two values from DIFFERENT articles disagree when

- they are of one type (for counts, of the same counted noun, for places after the same
  preposition: "at the White House" names a building, "in the United States" a country),
- they conflict (``June`` and ``June 12`` do not; ``June`` and ``July`` do), and
- their anchors share a content word: both speak of the same thing.

Values that conflict only because each article also mentions the other value are dropped
(both articles know both). Every fact is flagged once: values linked by these rules form
one disagreement, named in plain words after the anchor words both sides share.

>>> from ...types import Paragraph, Passage
>>> def p(doc, text): return Passage(Paragraph(doc, doc.upper(), 1, text, 0, 0, "h"), 1.0)
>>> d = find_disagreements([p("a", "The talks will resume in June, officials said."),
...                         p("b", "Negotiators said the talks would resume in July.")])
>>> d[0].claim, [(s.value, s.doc_id) for s in d[0].sides]
('Date of the resumption of the talks', [('June', 'a'), ('July', 'b')])
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ...text import fold, sentence_spans
from ...types import Disagreement, DisagreementSide, Passage
from .conflict_topic import asked_kind
from .fact_values import STOP, Value, stem, values

_WORD = re.compile(r"[\w’'-]+")

# Articles disagree only when they cover one story (checked by the engine, which holds the
# encoder): the cosine of their mean paragraph vectors is at least SAME_STORY, or that of two
# paragraphs giving the values is at least SAME_FACT. Measured with MiniLM: the two seed
# articles (one meeting, two outlets) 0.86 as articles; the fixture's rail story and its short
# brief 0.48 as articles but 0.69 as the two paragraphs; the squad-dev articles the value
# rules tied together (Super Bowl 50 and Victoria both "announced" a date) at most 0.61 as
# articles and 0.58 as paragraphs.
SAME_STORY = 0.7
SAME_FACT = 0.65
ANCHOR_WINDOW = 8  # words on each side of a value that say what the value is about
PLACE_WINDOW = 4  # a place belongs to the words right next to it ("talks were held in Geneva")


@dataclass(frozen=True)
class _Found:
    passage: Passage
    value: Value
    anchor: tuple[str, ...]  # content words near the value, folded, in order
    common: frozenset[str]  # those written in lower case: "war", not "Iran"
    near: frozenset[str]  # ... of them, those within PLACE_WINDOW words
    sentence_values: frozenset[str]  # every value of this kind/key in the whole paragraph
    # lower-case anchor words (by stem) right after a name or a compound that says which one:
    # "Hamas" in "the Israel–Hamas war", "12-day" in "a 12-day war"
    kinds: dict[str, str]


def _anchor(
    sentence: str, value: Value, others: list[Value], window: int = ANCHOR_WINDOW
) -> tuple[tuple[str, ...], frozenset[str]]:
    """Content words within `window` words of `value` (other values masked out), and the
    stems of those among them written in lower case."""
    masked = sentence
    for v in [value, *others]:
        masked = masked[: v.span[0]] + "\0" * (v.span[1] - v.span[0]) + masked[v.span[1] :]
    before = [w for w in _WORD.findall(masked[: value.span[0]])][-window:]
    after = [w for w in _WORD.findall(masked[value.span[1] :])][:window]
    kept = [w for w in before + after if fold(w) not in STOP and not w.isdigit()]
    return tuple(fold(w) for w in kept), frozenset(stem(fold(w)) for w in kept if not w[0].isupper())


# a word that says which one of a kind is meant: a name, a figure, a compound ("12-day") or
# a possessive ("that state's May 10 primary" is not "the next Democratic primary")
_WHICH_ONE = re.compile(r"[A-Z]|.*\d|.+-.+|.+['’]s$")
_POSSESSIVE = re.compile(r"['’]s$")


def _kinds(sentence: str, value: Value, others: list[Value]) -> dict[str, str]:
    """Each lower-case word of `sentence` (by stem) after a word that says which one it is,
    that word folded, a possessive's ending dropped: {"war": "hamas"} of "amid the
    Israel–Hamas war", {"primary": "ohio"} of "Ohio's primary" (values masked out)."""
    masked = sentence
    for v in [value, *others]:
        masked = masked[: v.span[0]] + "\0" * (v.span[1] - v.span[0]) + masked[v.span[1] :]
    words = _WORD.findall(masked)
    return {
        stem(fold(w)): _POSSESSIVE.sub("", fold(prev))
        for prev, w in zip(words, words[1:], strict=False)
        if w[:1].islower() and _WHICH_ONE.match(prev) and fold(prev) not in STOP
    }


def _other_ones(a: _Found, b: _Found, stems: set[str]) -> bool:
    """Whether every shared word is said of another one on each side: "the Israel–Hamas war"
    and "a 12-day war" are two wars, whatever their dates."""
    return bool(stems) and all(s in a.kinds and s in b.kinds and a.kinds[s] != b.kinds[s] for s in stems)


def _found(passages: Sequence[Passage]) -> list[_Found]:
    out = []
    for p in passages:
        text = p.paragraph.text
        per_sentence = [(text[a:b], values(text[a:b])) for a, b in sentence_spans(text)]
        known: dict[tuple[str, str], set[str]] = {}
        for _, vals in per_sentence:
            for v in vals:
                known.setdefault((v.kind, v.key), set()).add(v.norm)
        for sentence, vals in per_sentence:
            for v in vals:
                others = [o for o in vals if o is not v]
                anchor, common = _anchor(sentence, v, others)
                near = _anchor(sentence, v, others, PLACE_WINDOW)[1]
                out.append(
                    _Found(
                        p,
                        v,
                        anchor,
                        common,
                        near,
                        frozenset(known[(v.kind, v.key)]),
                        _kinds(sentence, v, others),
                    )
                )
    return out


def _conflict(a: Value, b: Value) -> bool:
    if a.kind == "date":
        pa, pb = a.norm.split(), b.norm.split()
        if pa[0] != pb[0]:
            return True
        # Same month: a conflict only if both give a (different) day or a (different) year.
        return any(x != y for x, y in zip(pa[1:], pb[1:], strict=False) if x and y)
    return a.norm != b.norm and not (a.norm in b.norm or b.norm in a.norm)


def _key(f: _Found) -> tuple[str, int]:
    return f.passage.paragraph.doc_id, f.passage.paragraph.number


def _also_gives(f: _Found, v: Value) -> bool:
    """Whether `f`'s paragraph also states a value that agrees with `v`."""
    return any(not _conflict(v, Value(v.kind, v.key, n, "", (0, 0))) for n in f.sentence_values)


def _shared(a: _Found, b: _Found) -> list[str]:
    """Anchor words of `a` (in its order) that `b`'s anchor shares, by stem; none unless one
    of them is a common word in both (two sentences that share only "Iran" can be about
    anything Iran did)."""
    if not a.common & b.common:
        return []
    if a.value.kind == "place" and not a.near & b.near:
        return []  # "talks … in Oman" and "an analyst based in Tehran": not the same fact
    both = a.common & b.common
    return [w for w in a.anchor if stem(w) in both]


# verbs of an event's course, as the nouns a claim names them by ("the talks resume" → "the
# resumption of the talks")
_EVENT_NOUNS = {
    **dict.fromkeys(("begin", "begins", "began", "start", "starts", "started"), "start"),
    **dict.fromkeys(("resume", "resumes", "resumed"), "resumption"),
    **dict.fromkeys(("end", "ends", "ended", "finish", "finishes", "finished"), "end"),
    **dict.fromkeys(("open", "opens", "opened"), "opening"),
    **dict.fromkeys(("close", "closes", "closed"), "closing"),
    **dict.fromkeys(("happen", "happened", "occur", "occurred"), "date"),
}


def _topic(shared: list[str]) -> str:
    """The shared anchor words as a noun phrase: an event verb last becomes its noun.

    >>> _topic(["talks", "resume"]), _topic(["begin"]), _topic(["12-day", "war"])
    ('resumption of the talks', 'start', '12-day war')
    """
    words = list(dict.fromkeys(shared))
    noun = _EVENT_NOUNS.get(words[-1]) if words else None
    if noun is None:
        return " ".join(words)
    rest = " ".join(words[:-1])
    return f"{noun} of the {rest}" if rest else noun


def _claim(kind: str, key: str, shared: list[str]) -> str:
    topic = _topic(shared)
    if kind == "date":
        return "Date" if topic == "date" else f"Date of the {topic}"
    if kind == "count":
        return f"Number of {key}s" + (f" ({topic})" if topic and topic != key else "")
    return f"Place of the {topic}"


def find_disagreements(
    passages: Sequence[Passage], question: str = "", cited: Collection[tuple[str, int]] | None = None
) -> list[Disagreement]:
    """Facts on which the given passages' articles state different values (see module doc).

    When `question` asks for a date, a number or a place, only disagreements of that kind are
    reported: a "how many" answer is not the place for a conflict about dates. With `cited`
    (doc_id, ¶) keys, a pair with a side outside them (a passage the answer did not cite) is
    held to a stricter rule: one shared word must not be one that stands near most values. Places are
    compared only when the question asks where: "talks in Oman" and "an analyst based in
    Tehran" are different facts that share words, and places nest (a city in a country).
    """
    wanted = asked_kind(question)
    found = [
        f for f in _found(passages) if f.value.kind == wanted or (wanted is None and f.value.kind != "place")
    ]
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # how many values each anchor word stands near: a word near most of them ("war" in a
    # story about wars) cannot alone tie two values to the same fact
    spread: dict[str, int] = {}
    for f in found:
        for word in f.common:
            spread[word] = spread.get(word, 0) + 1
    claims: dict[int, list[str]] = {}
    for i, a in enumerate(found):
        for j in range(i + 1, len(found)):
            b = found[j]
            if a.passage.paragraph.doc_id == b.passage.paragraph.doc_id:
                continue
            va, vb = a.value, b.value
            if (va.kind, va.key) != (vb.kind, vb.key) or not _conflict(va, vb):
                continue
            if _also_gives(b, va) or _also_gives(a, vb):
                continue  # an article also gives the other's value: both know both
            shared = _shared(a, b)
            stems = {stem(w) for w in shared}
            both_cited = cited is None or {_key(a), _key(b)} <= set(cited)
            generic = len(stems) == 1 and len(found) > 3 and spread[next(iter(stems))] > 2
            if not shared or (generic and not both_cited) or _other_ones(a, b, stems):
                continue
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[rj] = ri
            # the claim is worded from the pair that shares the most words, in its order
            best = max([claims.pop(rj, []), claims.get(ri, []), shared], key=len)
            claims[ri] = best
    groups: dict[int, list[_Found]] = {}
    for i, f in enumerate(found):
        if root(i) in claims:
            groups.setdefault(root(i), []).append(f)
    out = []
    for r, members in groups.items():
        sides: dict[tuple[str, int, str], DisagreementSide] = {}
        for f in members:
            par = f.passage.paragraph
            sides.setdefault(
                (par.doc_id, par.number, f.value.norm),
                DisagreementSide(f.value.shown, par.doc_id, par.number, par.title, par.outlet),
            )
        if len({s.doc_id for s in sides.values()}) < 2:
            continue
        first = members[0].value
        words = list(dict.fromkeys(claims[r]))[:4]
        out.append(Disagreement(_claim(first.kind, first.key, words), tuple(sides.values())))
    return out


def grouped_sides(disagreement: Disagreement) -> list[tuple[str, list[str]]]:
    """The sides of a disagreement grouped by value: ``[("June", ["AFP ¶21", "AFP ¶10"]), …]``."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for side in disagreement.sides:
        key = fold(side.value)
        shown, labels = groups.setdefault(key, (side.value, []))
        if side.label not in labels:
            labels.append(side.label)
    return list(groups.values())
