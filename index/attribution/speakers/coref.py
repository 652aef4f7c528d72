"""Who a speaker phrase refers to, across an article: pronouns, surnames, descriptions.

`SpeakerContext` is the running memory of one article while quotes are extracted: the
people and organisations named so far, in order, and the full name and title each person
was introduced with. It resolves ``he``/``she`` to the nearest named person, ``it`` to the
nearest organisation, ``his office`` to ``<person>'s office``, a surname to the full name
the article introduced (``Marsh`` → ``Elena Marsh``), and ``the official``/``the prime
minister`` to the earlier speaker that description names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...text import fold
from ...types import SpeakerKind
from .article_names import _gender_clash, _proper, _surname, participle_led
from .cue_words import _NP_START
from .descriptions import same_description, ties
from .speaker_rank import Candidate, Mentions, gender_of
from .speaker_words import BARE_TEXTS, OFFICE_HEADS, PRONOUNS
from .speakers import Speaker, head_noun, is_capitalised

_CONTRACTED = re.compile(r"(?:[Hh]e|[Ss]he)['’][sd]")  # "He’s said", "She’d told"


@dataclass(frozen=True)
class Who:
    name: str | None
    detail: str | None
    kind: SpeakerKind
    mention: str | None = None


NOBODY = Who(None, None, "unknown")


@dataclass
class SpeakerContext:
    surnames: frozenset[str]
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    last: Who = NOBODY
    history: list[Who] = field(default_factory=list)
    known: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    mentions: Mentions | None = None
    at: int = 0  # where in the paragraph the phrase being resolved stands
    trace: list[tuple[int, str, list[Candidate]]] | None = None  # for training the ranker
    full_names: dict[str, str] = field(default_factory=dict)  # surname → the article's one full name
    stated: Who | None = None  # who last spoke "in a statement" / through "a statement from X"

    def __post_init__(self) -> None:
        if self.mentions is None:
            self.mentions = Mentions(self.surnames)

    def spoke(self, who: Who) -> None:
        """`who` was given a quote: the next cue-less quote continues them."""
        self.last = who
        if self.mentions is not None and who.kind == "person" and not _thing(who.name):
            self.mentions.spoke(who.name)
        elif self.mentions is not None and who.kind == "office" and _one_name(who.name):
            self.mentions.person(who.name)  # "“…,” Cruz said." in an article that never writes Ted Cruz

    def _he_she(self, low: str) -> str | None:
        """The person `he`/`she` stands for: the ranker's choice, else the last person named."""
        m = self.mentions
        if m is not None:
            if self.trace is not None:
                self.trace.append((m.paragraph, low, m.rank(low, self.people, self.last.name, self.at)))
            chosen = m.choose(low, self.people, self.last.name, self.at)
            if chosen:
                return chosen
        return self.people[-1] if self.people else None

    def resolve(self, sp: Speaker) -> Who:
        """Turn a classified speaker phrase into a named speaker, resolving pronouns."""
        toks = sp.name.split()
        if not sp.pronoun and len(toks) == 1 and _CONTRACTED.fullmatch(sp.name):
            sp = replace(sp, name=sp.name[:-2], kind="person", pronoun=True)  # "He’s said …"
        elif not sp.pronoun and len(toks) > 1 and {toks[0].lower(), toks[-1].lower()} & {"he", "she"}:
            # "On Monday he", "Recently she", "He criticized X": a pronoun the phrase kept
            low = toks[-1].lower() if toks[-1].lower() in ("he", "she") else toks[0].lower()
            sp = replace(sp, name=low, kind="person", pronoun=True)
        if not sp.pronoun:
            who = self._antecedent(sp) or self._expand(Who(sp.name, sp.detail, sp.kind, sp.mention))
        else:
            low = sp.name.lower()
            first, _, rest = sp.name.partition(" ")
            if low == "it" and sp.via is not None and fold(sp.via) in BARE_TEXTS:
                # "the statement said": the source the article says issued one, else as written
                tied = self.stated
                who = tied if tied is not None else Who(_definite(sp.via), sp.detail, "office", sp.mention)
                who = replace(who, mention=sp.mention)
            elif low in PRONOUNS:
                pool = self.people if low in ("he", "she", "i", "we") else self.orgs
                name = self._he_she(low) if low in ("he", "she") else pool[-1] if pool else None
                kind: SpeakerKind = "person" if pool is self.people else "office"
                who = Who(name, sp.detail, sp.kind if sp.kind == "anonymous" else kind, sp.mention)
            else:  # "his office"
                owner = self._owner(first.lower())
                name = f"{owner}’s {rest}" if owner and rest else None
                who = Who(name, sp.detail, "office", sp.mention)
        if sp.via is not None and fold(sp.via) not in BARE_TEXTS and who.name:
            self.stated = who  # "a statement from Lee's office", "Lee's statement"
        self.remember(who)
        return who

    def _owner(self, possessive: str) -> str | None:
        """Whom ``his``/``her``/``its`` stands for: the latest organisation for ``its``; for
        ``his``/``her`` the latest person whose first name does not give the other gender."""
        if possessive == "its":
            return self.orgs[-1] if self.orgs else None
        want = {"his": "m", "her": "f"}.get(possessive)
        for person in reversed(self.people):
            gender = gender_of(person.split()[0]) if " " in person else None
            if want is None or gender is None or gender == want:
                return person
        return self.people[-1] if self.people else None

    def learn(self, name: str, detail: str | None) -> None:
        """A named person the article introduces (``Prime Minister Elena Marsh``); each of two
        (``Ana Roe and Piet Hals``)."""
        if " and " in name:
            for part in name.split(" and "):
                self.learn(part, None)
            return
        if participle_led(name, self.surnames):
            return  # "Greeting Ana Roe.", a line that heads a section: no one who speaks
        if not _proper(name) or " " not in name and _surname(name) not in self.surnames:
            return  # "Discussing the", "Instead", "Democrat": not a person a pronoun can stand for
        self.people.append(name)
        if self.mentions is not None:
            self.mentions.person(name)
        if " " in name:
            self.known.setdefault(_surname(name), (name, detail))

    def remention(self, text: str, lo: int, hi: int) -> None:
        """People already introduced and named again in `text[lo:hi]` become the latest."""
        for m in re.finditer(r"\b[A-Z][\w’'-]+\b(?![’'])", text[lo:hi]):
            key = m.group(0).lower()
            if key in self.known:
                self.people.append(self.known[key][0])

    def _expand(self, who: Who) -> Who:
        """``Marsh`` → ``Elena Marsh`` (with her title) once the article has introduced her."""
        if who.kind == "person" and who.name and " " not in who.name and _surname(who.name) in self.known:
            full, detail = self.known[_surname(who.name)]
            if not _gender_clash(who.mention, full, detail):
                return Who(full, who.detail or detail, who.kind, who.mention)
        return who

    def in_full(self, who: Who) -> Who:
        """``Trump`` → ``Donald Trump`` when the article names one Trump in full, if only as an
        object (``… will meet US President Donald Trump``). For the quote's label only: what
        the context remembers stays as written."""
        if who.kind == "person" and who.name and " " not in who.name:
            full_name = self.full_names.get(_surname(who.name))
            if full_name is not None and not _gender_clash(who.mention, full_name):
                return Who(full_name, who.detail, who.kind, who.mention)
        return who

    def _antecedent(self, sp: Speaker) -> Who | None:
        """``the official`` / ``the prime minister``: the earlier speaker that description names.

        A named person is taken only when the article ties the description to them: a title
        before the name (``Mayor Ann Lutz`` → ``the mayor``), an apposition (``Lutz, the
        mayor,``) or a recorded role ending in the description's words (``the former state
        governor and party chair`` → ``the governor``). Otherwise the description stands as
        written.
        """
        if not sp.name.startswith("the ") or sp.kind == "office":
            return None
        desc = fold(sp.name[4:])
        head = head_noun(desc)
        for prev in reversed(self.history):
            if not prev.name:
                continue
            if prev.kind != sp.kind:
                # "A firefighter, speaking on condition of anonymity, said …" then "the firefighter
                # said": a definite re-mention of an indefinite source takes that source's kind.
                article = prev.name.split()[0].lower()
                if article in ("a", "an") and _folded_head(prev.name) == head:
                    return Who(prev.name, prev.detail, prev.kind, sp.mention)
                continue
            first = prev.name.split()[0]
            if is_capitalised(first) and first.lower() not in _NP_START:
                if _plural_head(head) and " and " not in prev.name:
                    continue  # "the judges who ruled …" are not one named person
                if ties(prev.detail, sp.name):
                    return Who(prev.name, prev.detail, prev.kind, sp.mention)
            elif same_description(prev.name, sp.name):
                return Who(prev.name, prev.detail, prev.kind, sp.mention)
        return None

    def remember(self, who: Who) -> None:
        if not who.name:
            return
        self.history.append(who)
        if who.kind == "person" and is_capitalised(who.name):
            self.learn(who.name, who.detail)
        elif who.kind != "anonymous":
            self.orgs.append(who.name)
        self.last = who


def _plural_head(head: str) -> bool:
    """A description's head noun in the plural ("judges", "officials"; not "boss", "campus").

    >>> _plural_head("judges"), _plural_head("boss"), _plural_head("governor")
    (True, False, False)
    """
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))


# Heads of a description that names a text, never a he or she ("the paper noted", "the
# affidavit says"), beside the organisations and outlets of OFFICE_HEADS.
_DOCUMENTS = frozenset(
    """paper affidavit filing indictment complaint ruling order transcript document report letter
    memo email e-mail note ad advertisement video poll survey study book article editorial column
    lawsuit suit petition release cable tweet post message""".split()
)


def _thing(name: str | None) -> bool:
    """A description naming a text or an organisation (``the paper``, ``the agency``), which
    no later ``he``/``she`` stands for; not a name, nor a person (``the senator``)."""
    if not name or not name[:1].islower():
        return False
    head = head_noun(fold(name))
    return head in _DOCUMENTS or head in OFFICE_HEADS


def _one_name(name: str | None) -> bool:
    """One capitalised word that could be a surname (``Cruz``), not an acronym (``NATO``)."""
    if not name or len(name) < 2 or " " in name or name.lower() in _NOT_NAMES:
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]*(?:-[A-Z]?[a-z]+|[’'][A-Z][a-z]+)*", name))  # not "It’s"


# Words that open sentences and get typed as an office speaker (``It``, ``Any``, ``More``)
_NOT_NAMES = PRONOUNS | frozenset(
    """any more such other another what which who this that these those all some many most each
    both none nobody everyone everybody someone there here""".split()
)


def _definite(phrase: str) -> str:
    return "the " + phrase[4:] if phrase[:4] == "The " else phrase


@lru_cache(maxsize=8192)
def _folded_head(name: str) -> str:
    """Head noun of a folded name; cached because every description is compared with the
    whole speaker history of the article."""
    return head_noun(fold(name))
