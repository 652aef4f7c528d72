"""A speaker for a quotation no rule attributes: a name written before it in its sentence,
chosen by a small learned model.

When no cue, colon, subject or earlier speaker gives a quote its speaker (``When Ana Lund
finally wrapped up — “…”``), `candidates` lists the phrases around the quote (the name runs
and opening descriptions of its sentence before and after it and of the sentences on either
side, a pronoun subject before it, the name runs of the paragraph before, the article's
recent speakers) and describes each with cheap features (where it stands, how far from the
quote, whether it opens its sentence, follows a preposition, is a possessive, spoke
before). `choose` scores them with the conditional-logit weights of ``nocue_weights.json``
(trained by ``scripts/train_nocue_chooser.py`` on PolNeAR train) and names the best of the
names written before the quote in its own sentence when it holds the model's threshold of
their probability; otherwise, or without the weights file, the quote keeps no speaker.

>>> sc = Scene("Ana Roe spoke first. The crowd roared xxxxx.", [(0, 20), (21, 44)], 1, 38, 43,
...            "", None, None, ())
>>> [name for name, _ in candidates(sc, frozenset({"roe"}))]
['Ana Roe', 'The crowd']
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .article_names import participle_led
from .name_runs import NAME, NOT_FIRST, PREPOSED
from .sentence_subject import leading_np
from .speakers import _is_org, _is_title

WEIGHTS = Path(__file__).with_name("nocue_weights.json")
Candidate = tuple[str, list[float]]
FEATURES = (
    "same_before",
    "same_after",
    "prev_sentence",
    "next_sentence",
    "prev_paragraph",
    "last_speaker",
    "para_speaker",
    "spoke",
    "speaker_rank",
    "distance",
    "opens_sentence",
    "possessive",
    "title",
    "full_name",
    "org_word",
    "after_preposition",
    "after_by_from",
    "count",
    "description",
    "lone_word",
    "before_verb",
    "pronoun",
)
_PREPOSITIONS = frozenset("to with at of for on in about against into over under than like as".split())
_BY_FROM = frozenset("by from".split())
_VERB = re.compile(r"\s*(?:[a-z]+(?:ed|es|s)|has|had|was|is|will|would|wants|wrote|said|told|put)\b")
_POSSESSIVE = re.compile(r"['’]s?$")
# A pronoun subject before the quote: "On her page, she vows to “…”", "It has been careful to frame …"
_PRONOUN_SUBJECT = re.compile(r"(?:^[\s“\"‘'(]*|,\s+)(he|she|they|it|we|He|She|They|It|We)\s+(?=[a-z])")


@dataclass(frozen=True)
class Scene:
    """What the chooser sees of one quote: its paragraph with quotes blanked (`masked`), the
    paragraph's sentences and the index of the quote's own, the quote's outer span, the
    paragraph before (blanked), and the speakers so far (the last, this paragraph's, the
    recent ones, latest first)."""

    masked: str
    sentences: list[tuple[int, int]]
    index: int
    start: int
    end: int
    previous: str
    last: str | None
    para: str | None
    speakers: tuple[str, ...]


def _description(phrase: str) -> bool:
    """``the crowd``, ``A spokesman``: a lowercase phrase, or one opening with a determiner."""
    return phrase[:1].islower() or phrase.split()[0].lower() in _DETERMINERS


_DETERMINERS = frozenset("the a an one some many several another".split())


def _key(name: str) -> str:
    return _POSSESSIVE.sub("", name.split()[-1]).strip(".,").lower()


def _runs(text: str, lo: int, hi: int, surnames: frozenset[str]) -> list[tuple[int, str, bool]]:
    """(start, name, opens its sentence) of each name run in `text[lo:hi]`, leading
    function words dropped (``But Ana Roe`` → ``Ana Roe``)."""
    out = []
    first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" “\"‘'(—–-"))
    for m in NAME.finditer(text, lo, hi):
        toks = m.group(0).split()
        start = m.start()
        while toks and toks[0].lower() in NOT_FIRST | PREPOSED:
            start = text.index(toks[1], start + len(toks[0])) if len(toks) > 1 else start
            toks = toks[1:]
        if not toks or "x" * 4 in toks[0]:
            continue
        name = _POSSESSIVE.sub("", " ".join(toks)) if len(toks) == 1 else " ".join(toks)
        if len(toks) == 1 and m.start() <= first and _key(name) not in surnames:
            continue  # "Why", "Instead": a capitalised word opening the sentence
        out.append((start, name.rstrip(".,"), m.start() <= first))
    return out


def candidates(scene: Scene, surnames: frozenset[str]) -> list[Candidate]:
    """The candidates for `scene`'s quote with their features (see `FEATURES`)."""
    feats: dict[str, list[float]] = {}
    names: dict[str, str] = {}
    text = scene.masked
    speakers = list(scene.speakers)

    def add(name: str, where: int, dist: float, start: int, end: int, src: str, opens: bool) -> None:
        if not name or not _key(name) or participle_led(name, surnames):
            return  # "Praising Ana Roe “…”": the participle's object says nothing
        k = _key(name)
        f = feats.get(k)
        if f is None:
            f = feats[k] = [0.0] * len(FEATURES)
            f[FEATURES.index("distance")] = 9.0
            f[FEATURES.index("speaker_rank")] = 3.0
            names[k] = name
        if len(name) > len(names[k]) and name[:1].isupper():
            names[k] = name
        if where >= 0:
            f[where] = 1.0
        f[9] = min(f[9], math.log1p(max(dist, 0.0)))
        words = name.split()
        before = src[max(0, start - 30) : start].split()[-1:] if start >= 0 else []
        prev = before[0].lower().strip(",") if before else ""
        f[10] = max(f[10], float(opens))
        f[11] = max(f[11], float(bool(_POSSESSIVE.search(src[start:end])) if start >= 0 else 0.0))
        f[12] = max(f[12], float(any(_is_title(w) for w in words[:-1]) or _is_title(prev)))
        f[13] = max(f[13], float(len(words) >= 2 and all(w[:1].isupper() for w in words)))
        f[14] = max(f[14], float(any(_is_org(w) for w in words)))
        f[15] = max(f[15], float(prev in _PREPOSITIONS))
        f[16] = max(f[16], float(prev in _BY_FROM))
        f[18] = max(f[18], float(_description(name)))
        f[19] = max(f[19], float(len(words) == 1 and k not in surnames))
        f[20] = max(f[20], float(start >= 0 and bool(_VERB.match(src, end))))

    spans = [(i, lo, hi) for i, (lo, hi) in enumerate(scene.sentences) if abs(i - scene.index) <= 1]
    for i, lo, hi in spans:
        for start, name, opens in _runs(text, lo, hi, surnames):
            end = start + len(name) + 2
            if i < scene.index:
                add(name, 2, scene.start - start, start, end, text, opens)
            elif i > scene.index:
                add(name, 3, start - scene.end, start, end, text, opens)
            elif start < scene.start:
                add(name, 0, scene.start - start, start, end, text, opens)
            else:
                add(name, 1, start - scene.end, start, end, text, opens)
        lead = leading_np(text[lo:hi])
        if lead and _description(lead[0]) and "x" * 4 not in lead[0] and len(lead[0].split()) <= 6:
            where = 0 if i == scene.index else 2 if i < scene.index else 3
            at = text.find(lead[0], lo)
            add(lead[0], where, abs(scene.start - at), at, at + len(lead[0]), text, True)
        if i == scene.index:
            for m in _PRONOUN_SUBJECT.finditer(text[lo : scene.start]):
                add(m.group(1).lower(), 0, scene.start - lo - m.start(1), -1, -1, "", m.start() == 0)
                feats[m.group(1).lower()][21] = 1.0
    prev = scene.previous
    if prev:
        for start, name, opens in _runs(prev, 0, len(prev), surnames):
            add(name, 4, len(prev) - start + scene.start, start, start + len(name) + 2, prev, opens)
    for rank, name in enumerate(speakers):
        add(name, 7, 9.0**4, -1, -1, "", False)
        f = feats[_key(name)]
        f[8] = min(f[8], math.log1p(rank))
    if scene.last:
        add(scene.last, 5, 9.0**4, -1, -1, "", False)
    if scene.para:
        add(scene.para, 6, 9.0**4, -1, -1, "", False)
    around = text + " " + prev
    for k, f in feats.items():
        f[17] = math.log1p(len(re.findall(r"\b" + re.escape(k) + r"\b", around, re.IGNORECASE)))
    return [(names[k], f) for k, f in feats.items()]


_BEFORE, _DESCRIPTION = FEATURES.index("same_before"), FEATURES.index("description")
_LONE, _ORG = FEATURES.index("lone_word"), FEATURES.index("org_word")


def _named(f: list[float]) -> bool:
    """A person or an organisation by name: not one word the article never uses as a
    surname (``Florida``, ``Iraq``, ``American``), unless it is an organisation (``FBI``)."""
    return not f[_LONE] or bool(f[_ORG])


@dataclass(frozen=True)
class _Model:
    weights: tuple[float, ...]
    threshold: float


@lru_cache(maxsize=1)
def _model() -> _Model:
    """The trained weights (read once; an empty model without the file)."""
    if not WEIGHTS.exists():
        return _Model((), 1.0)
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    w = data.get("weights", {})
    weights = tuple(float(w[f]) for f in FEATURES) if set(FEATURES) <= set(w) else ()
    return _Model(weights, float(data.get("threshold", 1.0)))


# the cue a chosen speaker's quote carries: no verb of saying ties the words to them, so every
# adapter shows that the speaker is the model's inference, not the article's attribution
INFERRED = "speaker inferred, no verb of saying"


def choose(cands: list[Candidate]) -> str | None:
    """The best of the names written before the quote in its own sentence, when
    the model gives it at least its threshold of their probability; None without weights,
    such candidates or a clear favourite. A quote alone in its sentence, or after a
    description or a pronoun only (``A survey in Ostrava …``, ``The talks take place in the
    shadow of the “…”``, ``she vows to “…”``), stays without a speaker: choosing among those
    too lost speakers on dev and the held-out slice."""
    m = _model()
    cands = [(name, f) for name, f in cands if f[_BEFORE] and not f[_DESCRIPTION] and _named(f)]
    if not m.weights or not cands:
        return None
    scores = [sum(a * b for a, b in zip(m.weights, f, strict=True)) for _, f in cands]
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    best = scores.index(top)
    return cands[best][0] if 1.0 / total >= m.threshold else None
