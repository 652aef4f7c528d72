"""Scoring quotes against PolNeAR-style gold: word overlap for spans, head words for speakers.

The gold format and the rule are those of ``../shared/data/polnear-dev`` (its README):
one JSON line per gold quotation with ``doc``, ``split``, ``spans`` (``[paragraph, start,
end]``, 1-based paragraphs after the title line), ``speaker``, ``speaker_is_pronoun`` and
``speaker_candidates``. In short:

- a gold quote is *found* when the system's direct/partial quotes of its article cover at
  least half of its in-quote words;
- a system quote is *right* when at least half of its words lie in one gold quote;
- the speaker is right when the system quote sharing most words with a found gold quote
  names the gold speaker, or one of the names its pronoun was resolved to: same head word
  (``Clinton campaign chairman John Podesta`` → ``podesta``), or one name inside the other
  but not as a possessive or a modifier.

>>> name_match("Donald Trump", "Republican nominee Donald Trump")
True
>>> name_match("Trump", "Trump's campaign manager")
False
>>> sorted(head_words("a spokesman for Trump"))
['spokesman']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..types import Quote

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_NAME_WORD = re.compile(r"[A-Za-z0-9][\w.'’&-]*")
_NOT_HEAD = frozenset(
    """he she they it i we you him her them his hers its their theirs this that who which whose
    one us me my our your these those""".split()
)
_ARTICLES = frozenset("the a an this that these those some another one".split())
_SUFFIX = frozenset("jr sr ii iii iv".split())
_PREPOSITIONS = frozenset(
    "for of at with from in on to by about under close behind inside within near among".split()
)
_CLAUSE = frozenset(
    """who which that whose whom where when while as after before because during since if what
    said says told wrote and""".split()
)
_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tonight morning
    afternoon evening night week weekend month year summer fall autumn winter spring earlier
    later recently""".split()
)


def _drop_parens(s: str) -> str:
    return re.sub(r"\([^)]*\)", " ", s)


def head_words(name: str | None) -> set[str]:
    """Head word of each comma/dash part of a speaker phrase (see the module docstring)."""
    out: set[str] = set()
    for part in re.split(r",|;|\s[-—–]+\s|—|–", _drop_parens(name or "")):
        ws = _NAME_WORD.findall(part)
        ws = ws[: next((i for i, w in enumerate(ws) if i and w.lower() in _CLAUSE), len(ws))]
        if not ws:
            continue
        titled = ws[0][0].isupper() and ws[0].lower() not in _ARTICLES  # "Secretary of State X"
        cut = next(
            (
                i
                for i, w in enumerate(ws)
                if i and w.lower() in _PREPOSITIONS and not (titled and w.lower() == "of")
            ),
            len(ws),
        )
        low = [re.sub(r"['’]s$|['’]$", "", w).strip(".").lower() for w in ws[:cut]]
        while low and (low[-1] in _TIME or low[-1] in _PREPOSITIONS or low[-1] in _ARTICLES):
            low.pop()
        low = [w for w in low if w]
        if not low:
            continue
        head = f"{low[-2]} {low[-1]}" if low[-1] in _SUFFIX and len(low) > 1 else low[-1]
        if head not in _NOT_HEAD and head not in _ARTICLES:
            out.add(head)
    return out


def _sequence(s: str) -> list[str]:
    return re.findall(r"'s\b|,|[a-z0-9][a-z0-9.&-]*", _drop_parens(s.replace("’", "'").lower()))


def _inside(short: str, long: str) -> bool:
    """`short`'s words occur in order inside `long`, not as a possessive, before Jr, or as a modifier."""
    a = [t for t in _sequence(short) if t != ","]
    b = _sequence(long)
    if not a or len(a) > len(b) or all(t in _ARTICLES or t in _NOT_HEAD or t == "'s" for t in a):
        return False
    capitals = {
        re.sub(r"['’]s$", "", w).strip(".").lower() for w in _NAME_WORD.findall(long) if w[0].isupper()
    }
    if (head_words(long) & capitals) - set(a):  # `long` has a named head of its own
        return False
    for i in range(len(b) - len(a) + 1):
        after = b[i + len(a)] if i + len(a) < len(b) else ""
        if b[i : i + len(a)] == a and after != "'s" and after.strip(".") not in _SUFFIX:
            return True
    return False


def name_match(predicted: str | None, gold: str | None) -> bool:
    """Does a predicted speaker name the gold speaker (shared head word, or one inside the other)?"""
    if not predicted or not gold:
        return False
    return (
        bool(head_words(predicted) & head_words(gold)) or _inside(predicted, gold) or _inside(gold, predicted)
    )


@dataclass(frozen=True)
class GoldQuote:
    """One gold quotation: `spans` as (0-based paragraph, start, end) in the raw article."""

    doc: str
    spans: tuple[tuple[int, int, int], ...]
    speaker: str | None
    candidates: tuple[str, ...] = ()
    pronoun: bool = False
    text: str = ""


@dataclass
class Article:
    """The raw body paragraphs of an article and its words: (paragraph, start, end, in quote marks)."""

    paragraphs: list[str]
    words: list[tuple[int, int, int, bool]] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Article:
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").strip().split("\n\n")][1:]
        art = cls(blocks)
        for pi, t in enumerate(blocks):
            inside = False
            marks = []
            for ch in t:  # “ opens, ” closes, " toggles
                if ch == "”":
                    marks.append(True)
                    inside = False
                elif ch == '"':
                    marks.append(inside)
                    inside = not inside
                else:
                    inside = inside or ch == "“"
                    marks.append(inside)
            art.words += [(pi, m.start(), m.end(), marks[m.start()]) for m in _WORD.finditer(t)]
        return art

    def overlap(self, para: int, start: int, end: int) -> set[int]:
        return {i for i, (p, a, b, _) in enumerate(self.words) if p == para and a < end and b > start}

    def locate(self, paragraph_text: str) -> int | None:
        """The first raw paragraph with this text (exactly, else after collapsing whitespace)."""
        for i, p in enumerate(self.paragraphs):
            if p == paragraph_text.strip():
                return i
        flat = " ".join(paragraph_text.split())
        return next((i for i, p in enumerate(self.paragraphs) if " ".join(p.split()) == flat), None)


def load_gold(path: Path, docs: Iterable[str], split: str | None = None) -> list[GoldQuote]:
    """Gold quotations of the articles `docs` (and of `split`, when given)."""
    keep = set(docs)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r["doc"] not in keep or (split and r.get("split") != split):
            continue
        out.append(
            GoldQuote(
                doc=r["doc"],
                spans=tuple((p - 1, a, b) for p, a, b in r["spans"]),
                speaker=r.get("speaker"),
                candidates=tuple(r.get("speaker_candidates") or ()),
                pronoun=bool(r.get("speaker_is_pronoun")),
                text=r.get("text", ""),
            )
        )
    return out


@dataclass(frozen=True)
class Miss:
    """A gold quote the system missed or gave the wrong speaker (for error lists)."""

    gold: GoldQuote
    predicted: str | None
    found: bool = True


@dataclass
class PolnearScore:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    named: int = 0
    named_ok: int = 0
    pronoun: int = 0
    pronoun_ok: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def speaker_accuracy(self) -> float:
        n = self.named + self.pronoun
        return (self.named_ok + self.pronoun_ok) / n if n else 0.0

    @property
    def named_accuracy(self) -> float:
        return self.named_ok / self.named if self.named else 0.0

    @property
    def pronoun_accuracy(self) -> float:
        return self.pronoun_ok / self.pronoun if self.pronoun else 0.0


def score(
    gold: Sequence[GoldQuote], quotes: Sequence[tuple[Quote, str]], articles: dict[str, Article]
) -> PolnearScore:
    """Score the direct/partial quotes of `articles` against `gold` (rule: module docstring).

    `quotes` pairs each system quote with the text of its paragraph.
    """
    preds: dict[str, list[tuple[set[int], str | None]]] = {}
    used: dict[tuple[str, int, str], int] = {}
    for q, paragraph_text in quotes:
        art = articles.get(q.doc_id)
        if art is None or q.kind not in ("direct", "partial"):
            continue
        pi = art.locate(paragraph_text)
        if pi is None:
            continue
        k = used.get((q.doc_id, pi, q.text), 0)
        used[(q.doc_id, pi, q.text)] = k + 1
        at = -1
        for _ in range(k + 1):
            at = art.paragraphs[pi].find(q.text, at + 1)
            if at < 0:
                at = art.paragraphs[pi].find(q.text)
                break
        if at < 0:
            continue
        preds.setdefault(q.doc_id, []).append((art.overlap(pi, at, at + len(q.text)), q.speaker))
    s = PolnearScore(gold=len(gold), predicted=sum(len(v) for v in preds.values()))
    words: list[set[int]] = []
    for g in gold:
        art = articles[g.doc]
        gw: set[int] = set().union(*(art.overlap(p, a, b) for p, a, b in g.spans))
        words.append(gw)
        quoted = {i for i in gw if art.words[i][3]} or gw
        cover: set[int] = set()
        best: tuple[int, str | None] | None = None
        for pw, speaker in preds.get(g.doc, []):
            common = pw & gw
            cover |= common
            if common and (best is None or len(common) > best[0]):
                best = (len(common), speaker)
        if not quoted or len(cover & quoted) < 0.5 * len(quoted) or best is None:
            s.misses.append(Miss(g, None, found=False))
            continue
        s.found += 1
        if not g.speaker:
            continue
        ok = any(name_match(best[1], c) for c in (g.speaker, *g.candidates))
        if g.pronoun:
            s.pronoun += 1
            s.pronoun_ok += ok
        else:
            s.named += 1
            s.named_ok += ok
        if not ok:
            s.misses.append(Miss(g, best[1]))
    by_doc: dict[str, list[set[int]]] = {}
    for g, gw in zip(gold, words, strict=True):
        by_doc.setdefault(g.doc, []).append(gw)
    for doc, plist in preds.items():
        for pw, _ in plist:
            if pw and max((len(pw & gw) for gw in by_doc.get(doc, [])), default=0) >= 0.5 * len(pw):
                s.right += 1
    return s
