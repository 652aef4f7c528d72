"""Who ``he``/``she`` stands for: every person named so far, ranked by a small linear model.

`Mentions` is the running record of one article's name mentions (every capitalised name
run, and a surname the article spells in full somewhere), grouped by surname, with where
each was last seen and whether it opened a sentence. For a ``he``/``she`` speaker,
`Mentions.rank` scores each person with cheap features (distance, speaker history, subject
position, mention count, a first-name gender table, the rule resolver's own choice) and
the weights of ``speaker_weights.json``, trained by ``scripts/train_speaker_ranker.py`` on
PolNeAR train. Without the weights file the rule choice stands.

>>> m = Mentions(frozenset({"roe", "lund"}))
>>> m.observe("Jane Roe met Mr. Lund on Monday.", 0, 32, 1)
>>> m.flush()
>>> sorted(m.entities), m.entities["lund"].title
(['lund', 'roe'], 'mr.')
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .name_runs import ACT_ADVERBS, NAME, NOT_FIRST, PAST, PREPOSED, SUFFIX, fronted_subject, pieces
from .speakers import _is_org, _is_title, _title_split

WEIGHTS = Path(__file__).with_name("speaker_weights.json")
Candidate = tuple[str, list[float]]  # a person's name and its features
FEATURES = (
    "rule_choice",
    "in_people",
    "people_rank",
    "spoke",
    "last_speaker",
    "speaker_rank",
    "sent_dist",
    "para_dist",
    "same_sentence",
    "same_paragraph",
    "subject",
    "last_subject",
    "prev_subject",
    "count",
    "mention_rank",
    "gender_agree",
    "gender_clash",
    "gender_unknown",
    "title",
    "full_name",
    "org_word",
    "possessive",
)
_INTERRUPTS = re.compile(r",\s*(?:[Hh]e|[Ss]he)?\s*")  # between "South Carolina" and "said" in "…, he said,"
_MALE_TITLES = frozenset("mr mr. sir lord king prince".split())
_FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss lady queen princess madam".split())


@dataclass
class _Entity:
    name: str
    first: str | None = None
    count: int = 0
    last: tuple[int, int, int] = (0, 0, 0)  # paragraph, sentence, position
    end: int = 0  # where that last mention ends
    subject: int = 0
    last_subject: bool = False
    title: str | None = None
    possessive: bool = False
    org: bool = False


@dataclass
class Mentions:
    """Person-like name mentions of one article, by surname, in reading order."""

    surnames: frozenset[str]
    entities: dict[str, _Entity] = field(default_factory=dict)
    speakers: list[str] = field(default_factory=list)  # surname keys, in speaking order
    sentence: int = 0
    paragraph: int = 0
    ranked: bool = True  # False: only the rule choice (to collect training features)
    gender: dict[str, tuple[int, int]] | None = None  # first names; None: the shipped table
    _pending: list[tuple[int, str]] = field(default_factory=list)
    _latest: dict[str, str] = field(default_factory=dict)  # surname -> key of its latest person
    _lead: int = 0
    _fronted: int = -1  # where the subject after a fronted adverbial starts, or -1
    _fronted_key: str | None = None  # that subject's entity, once reading has passed it
    _masked: str = ""
    _lo: int = 0
    _lower: set[str] = field(default_factory=set)  # words the article has written in lowercase

    def observe(self, masked: str, lo: int, hi: int, paragraph: int) -> None:
        """A new sentence `masked[lo:hi]` of paragraph `paragraph`: its names are recorded
        as reading reaches them (`rank` at a position sees only the names before it)."""
        self.flush()
        self.paragraph = paragraph
        self.sentence += 1
        lead = lo + len(masked[lo:hi]) - len(masked[lo:hi].lstrip(" “\"‘'(—–-"))
        self._masked, self._lo = masked, lo
        self._lower.update(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*", masked[lo:hi]))
        runs = NAME.finditer(masked, lo, hi)
        self._pending = [piece for m in runs for piece in pieces(m.start(), m.group(0))]
        self._lead = lead
        self._fronted = fronted_subject(masked, lead, hi, self._pending)
        self._fronted_key = None

    def flush(self, upto: int | None = None) -> None:
        """Record the pending names that start before `upto` (all of them by default)."""
        keep = []
        for start, run in self._pending:
            if upto is not None and start >= upto:
                keep.append((start, run))
            else:
                self._record(start, run)
        self._pending = keep

    def _record(self, start: int, run: str) -> None:
        toks = run.split()
        preposed = False  # "Regarding Trump’s …": the name is no subject
        while toks and toks[0].lower() in NOT_FIRST | PREPOSED:
            preposed = preposed or toks[0].lower() in PREPOSED
            toks = toks[1:]
        if not toks:
            return
        cut = _title_split(toks) if len(toks) > 1 else 0
        title = toks[cut - 1].lower() if cut else None
        acts = False
        if title is None:
            unknown = len(toks) == 1 and _key(toks[0]) not in self.surnames
            acts = unknown and start - self._lo < 2 and self._acts(start + len(run))
            acts = acts and toks[0].lower() not in self._lower  # "Reporters asked": a common noun
            if unknown and start - self._lo < 2 and not acts:
                return  # a capitalised word opening the sentence, not a known surname
            prev = self._masked[max(self._lo, start - 40) : start].split()[-1:]
            title = prev[0].lower() if prev and _is_title(prev[0]) else None
            if unknown and title is None and not acts:
                return  # "Iowa", "Monday": one word that is no surname of the article
        name = toks[cut:]
        if "of" in name:  # "Bernie Sanders of Vermont", "Secretary of State John Kerry"
            k = name.index("of")
            head, tail = name[:k], name[k + 1 :]
            name = tail if all(_is_title(t) for t in head) else head
            if name is tail:
                name = name[_title_split(name) :]
        while len(name) > 1 and name[-1].strip(".,").lower() in SUFFIX:
            name = name[:-1]
        if not name:
            return
        poss = bool(re.search(r"['’]s?$", name[-1]))
        surname = _key(name[-1])
        if not surname or len(name) == 1 and surname not in self.surnames and title is None and not acts:
            return
        full = re.sub(r"['’]s?$", "", " ".join(name)).rstrip(".,")
        key = self._resolve(full)
        self._latest[surname] = key
        e = self.entities.get(key)
        if e is None:
            e = self.entities[key] = _Entity(full)
        if len(name) >= 2 and len(full) > len(e.name):
            e.name = full
        if len(name) >= 2 and e.first is None:
            e.first = name[0].lower()
        e.title = title or e.title
        e.count += 1
        e.last = (self.paragraph, self.sentence, start)
        e.end = start + len(run)
        e.last_subject = start <= self._lead + 1 and not preposed or start == self._fronted
        if start == self._fronted:
            self._fronted_key = key
        e.subject += e.last_subject
        e.possessive = poss
        e.org = e.org or any(_is_org(t) for t in name)

    def _acts(self, end: int) -> bool:
        """``Varga then asked``, ``Varga defied``: a word alone opening a sentence before a
        verb in the past (perhaps after an adverb)."""
        words = self._masked[end : end + 40].split()[:2]
        if not words:
            return False
        verb = words[1] if len(words) > 1 and words[0] in ACT_ADVERBS else words[0]
        return bool(re.fullmatch(r"[a-z]+ed", verb)) or verb in PAST

    def _resolve(self, name: str | None) -> str:
        """The entity key of `name`: its surname, or surname|first name when another person
        of the article has that surname (Ilse and Olek Brandt); a bare surname is the latest
        person seen with it."""
        surname = _key(name)
        if not name or not surname:
            return ""
        toks = name.split()
        if len(toks) < 2:
            return self._latest.get(surname, surname)
        first = toks[0].lower()
        for k in (surname, f"{surname}|{first}"):
            e = self.entities.get(k)
            if e is not None and e.first in (None, first):
                return k
        return f"{surname}|{first}" if surname in self.entities else surname

    def spoke(self, name: str | None) -> None:
        """`name` was given a quote."""
        self.person(name)
        key = self._resolve(name)
        if key in self.entities:
            self.speakers.append(key)
            self._latest[_key(name)] = key  # "Dorothy Woods" spoke: a bare "Woods" next is her

    def person(self, name: str | None) -> None:
        """A person the rules found (a speaker, a subject) whose name no run recorded
        (a bare surname, ``Varga said``): a candidate from now on."""
        key = self._resolve(name)
        if not name or not key or key in self.entities:
            return
        toks = name.split()
        e = self.entities[key] = _Entity(name, toks[0].lower() if len(toks) >= 2 else None, count=1)
        e.last = (self.paragraph, self.sentence, 0)

    def rank(self, pronoun: str, people: list[str], last: str | None, at: int) -> list[Candidate]:
        """Candidates for `pronoun` at position `at` of the current paragraph, with features."""
        self.flush(at)
        rule = self._resolve(people[-1]) if people else None
        order: list[str] = []
        for p in reversed(people):
            k = self._resolve(p)
            if k not in order:
                order.append(k)
        spoken: list[str] = []
        for k in reversed(self.speakers):
            if k not in spoken:
                spoken.append(k)
        seen = list(self.entities.items())
        recent = sorted(seen, key=lambda ke: ke[1].last, reverse=True)
        rank_of = {k: i for i, (k, _) in enumerate(recent)}
        out = []
        female = pronoun == "she"
        for k, e in seen:
            if e.last[1] == self.sentence and _INTERRUPTS.fullmatch(self._masked, e.end, at):
                continue  # "South Carolina, he said, was …": the name the cue interrupts is no speaker
            fem = self._female(e)
            agree = 0.0 if fem is None else (fem if female else 1 - fem)
            f = [
                float(k == rule),
                float(k in order),
                math.log1p(order.index(k)) if k in order else 3.0,
                float(k in spoken),
                float(k == self._resolve(last)),
                math.log1p(spoken.index(k)) if k in spoken else 3.0,
                math.log1p(self.sentence - e.last[1]),
                math.log1p(self.paragraph - e.last[0]),
                float(e.last[1] == self.sentence),
                float(e.last[0] == self.paragraph),
                math.log1p(e.subject),
                float(e.last_subject),
                float(e.last_subject and e.last[1] == self.sentence - 1),
                math.log1p(e.count),
                math.log1p(rank_of[k]),
                agree,
                float(fem is not None and agree < 0.2),
                float(fem is None),
                float(e.title is not None),
                float(e.first is not None),
                float(e.org),
                float(e.possessive),
            ]
            out.append((e.name, f))
        return out

    def _female(self, e: _Entity) -> float | None:
        """How likely `e` is a woman, by title or first name; None when neither tells."""
        if e.title in _MALE_TITLES:
            return 0.0
        if e.title in _FEMALE_TITLES:
            return 1.0
        he, she = (_weights().gender if self.gender is None else self.gender).get(e.first or "", (0, 0))
        return (she + 0.5) / (he + she + 1) if he + she >= 2 else None

    def _clashes(self, e: _Entity, pronoun: str) -> bool:
        """Whether `e`'s title or first name gives the other gender than `pronoun`."""
        fem = self._female(e)
        return fem is not None and (fem > 0.5) != (pronoun == "she")

    def choose(self, pronoun: str, people: list[str], last: str | None, at: int) -> str | None:
        """The best-scoring person for `pronoun`, or None (no weights, no candidate)."""
        w = _weights().weights
        if not w or not self.ranked:
            return None
        self.flush(at)
        fronted = self.entities.get(self._fronted_key or "")
        if fronted is not None and not fronted.org and not self._clashes(fronted, pronoun):
            # "At a rally on Thursday, Trump listed countries he said …": the clause's subject
            return fronted.name
        best = max(
            self.rank(pronoun, people, last, at),
            key=lambda nf: sum(a * b for a, b in zip(w, nf[1], strict=True)),
            default=None,
        )
        return best[0] if best else None


@lru_cache(maxsize=4096)
def _key(name: str | None) -> str:
    if not name:
        return ""
    return re.sub(r"['’]s?$", "", name.split()[-1]).strip(".,").lower()


@dataclass(frozen=True)
class _Model:
    weights: tuple[float, ...]  # in the order of FEATURES; empty: no model
    gender: dict[str, tuple[int, int]]  # first name -> (he, she) counts


@lru_cache(maxsize=1)
def _weights() -> _Model:
    """The trained weights and gender table (read once; an empty model without the file)."""
    if not WEIGHTS.exists():
        return _Model((), {})
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    w = data.get("weights", {})
    weights = tuple(float(w[f]) for f in FEATURES) if set(FEATURES) <= set(w) else ()
    return _Model(weights, {k: (int(v[0]), int(v[1])) for k, v in data.get("gender", {}).items()})


def gender_of(first_name: str) -> str | None:
    """``m`` or ``f`` when the shipped first-name table knows `first_name` for one gender only.

    >>> gender_of("Michelle"), gender_of("Zzyx")
    ('f', None)
    """
    he, she = _weights().gender.get(first_name.lower(), (0, 0))
    return "m" if he and not she else "f" if she and not he else None


def title_gender(title: str) -> str | None:
    """``Mr.`` → ``m``, ``Mrs.``/``Ms.`` → ``f``; None for a title that says nothing."""
    t = title.lower()
    return "m" if t in _MALE_TITLES else "f" if t in _FEMALE_TITLES else None
