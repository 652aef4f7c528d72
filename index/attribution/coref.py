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

from ..text import fold
from ..types import Document, SpeakerKind
from .cue_words import (
    _ADVERBIAL,
    _CONJ,
    _NP_START,
    _REPORTING,
    _ROLE_OPENERS,
    _TIME_WORDS,
    GERUNDS,
    SENTENCE_ADVERBS,
)
from .descriptions import same_description, ties
from .speaker_rank import Candidate, Mentions, gender_of, title_gender
from .speakers import (
    BARE_TEXTS,
    CONNECTORS,
    OFFICE_HEADS,
    PRONOUNS,
    TITLES,
    Speaker,
    _is_title,
    _title_split,
    head_noun,
    is_capitalised,
)

_NOT_ROLE = frozenset(
    "the a an and but or in on at of for to from by with as that who which is are was were has".split()
)
_VERBISH = frozenset(
    "was is were are has had have remained appeared seemed will would could did does struck "
    "made took gave met".split()
)
# Verbs that end a subject only written in lower case ("the campaign sent out …"), never in a
# name ("Theresa May", "Kim Won").
_LOWER_VERBS = frozenset(
    "sent told said wrote spoke went came got held kept brought thought felt found began ran won "
    "lost paid led became knew saw stood sought bought built can may might must should shall".split()
)  # not "left" ("on the left") nor "spent" ("spent fuel")
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*$")  # "Donald", "O’Neil"; not "U.S.", "Khan’s"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*[“\"‘']?|[“\"‘(]|\s[–—-]|^\s*[~•*■▪►◆●])\s*$")
_RUN = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|al|bin|ibn|de|van|von|der|la|le|du)\s+)?[A-Z][\w’'.-]*)+"
)


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


def _definite(phrase: str) -> str:
    return "the " + phrase[4:] if phrase[:4] == "The " else phrase


@lru_cache(maxsize=8192)
def _folded_head(name: str) -> str:
    """Head noun of a folded name; cached because every description is compared with the
    whole speaker history of the article."""
    return head_noun(fold(name))


_COPULA_S = re.compile(r"^\W*(?:it|that|there|here|what|this|who)['’]s$", re.IGNORECASE)
_NOT_NAME_START = (
    _CONJ
    | SENTENCE_ADVERBS
    | frozenset(
        "see watch read let like does how what where whatever whether not just most none much part "
        "some many of to among throughout given inside outside within beyond behind through over".split()
    )
)


def _proper(name: str) -> bool:
    """A name written as one: capitalised words (and connectors), no possessive, no verb."""
    toks = name.split()
    if not toks or toks[0].lower() in _NP_START or toks[0].lower() in _ADVERBIAL:
        return False
    if re.search(r"['’]s?$", toks[-1]) or not is_capitalised(toks[-1]):
        return False  # "Trump’s", "Hundreds of", "Over the": a name ends in a capitalised word
    if _COPULA_S.match(toks[0]) or toks[0].lower().strip("'’(") in _NOT_NAME_START:
        return False  # "That’s the", "Watch the", "(On the"
    if "and" in toks:
        return False  # "Mexicans and Muslims"
    return all(is_capitalised(t) or t.lower() in CONNECTORS for t in toks)


def _gender_clash(mention: str | None, full_name: str, title: str | None = None) -> bool:
    """``Mr. Obama`` is not ``Michelle Obama``, nor ``Ms. Ana Lund`` (her `title`): the
    mention's title and the full name's title or first name give different genders.

    >>> _gender_clash("Mr. Obama", "Michelle Obama"), _gender_clash("Ms. Obama", "Michelle Obama")
    (True, False)
    >>> _gender_clash("Mr. Lund", "Ana Lund", "Ms."), _gender_clash("Mr. Lund", "Ana Lund")
    (True, False)
    """
    if not mention or " " not in mention:
        return False
    said = title_gender(mention.split()[0])
    named = (title_gender(title.split()[0]) if title else None) or gender_of(full_name.split()[0])
    return said is not None and named is not None and said != named


def _surname(name: str) -> str:
    return re.sub(r"['’]s$", "", name.split()[-1]).strip(".,").lower()


def article_surnames(doc: Document) -> frozenset[str]:
    out = set()
    for p in doc.paragraphs:
        for m in _RUN.finditer(p.text):
            toks = _sentence_end_cut(m.group(0).split())
            cut = _title_split(toks)
            name = toks[cut:]
            if not _could_be_a_name(name):
                continue
            if len(name) >= 2 or cut and len(name) == 1:  # "Mr. Obama", "Senator Warren"
                out.add(re.sub(r"['’]s$", "", name[-1]).strip(".,").lower())
    return frozenset(out)


_ENDS_SENTENCE = re.compile(r"[A-Z][a-z’']*[a-z]{2}\.")  # "Trump." (not "J.", "U.S.", "Gov." as a title)


def _sentence_end_cut(toks: list[str]) -> list[str]:
    """A capitalised run up to the word that ends a sentence when the next one opens with an
    adverb or a conjunction: ``Trump. Recently`` is two sentences, and ``Recently`` no
    surname (``Trump. Carson`` stays: a surname alone opening a sentence is one).

    >>> _sentence_end_cut(["Lena", "Voss.", "Recently"]), _sentence_end_cut(["Gov.", "Ada", "Lind"])
    (['Lena', 'Voss.'], ['Gov.', 'Ada', 'Lind'])
    """
    for k, t in enumerate(toks[:-1]):
        after = toks[k + 1].lower()
        opener = after.endswith("ly") or after in _CONJ or after in SENTENCE_ADVERBS or after in _ADVERBIAL
        if opener and _ENDS_SENTENCE.fullmatch(t) and not _is_title(t):
            return toks[: k + 1]
    return toks


_CAPITALISED_GLUE = frozenset("and or has have had is are was were the that this will would".split())


def _could_be_a_name(name: list[str]) -> bool:
    """Not a run of capitals that only looks like a name: "U.S. And Iran", "The U.S. Has",
    "U.S. Targets" (a capitalised function word inside, or a dotted abbreviation and one word).

    >>> _could_be_a_name(["U.S.", "And", "Iran"]), _could_be_a_name(["U.S.", "Targets"])
    (False, False)
    >>> _could_be_a_name(["Ali", "Shamkhani"]), _could_be_a_name(["J.", "Edgar", "Hoover"])
    (True, True)
    """
    if any(t.lower() in _CAPITALISED_GLUE for t in name[1:]):
        return False
    return not (len(name) == 2 and re.fullmatch(r"(?:[A-Z]\.){2,}", name[0]))


def article_full_names(doc: Document) -> dict[str, str]:
    """Surname → full name, for the surnames the article writes in full with one name only
    (``Donald Trump`` and ``President Trump``, but not ``Bill Clinton`` and ``Hillary Clinton``)."""
    seen: dict[str, set[str]] = {}
    genders: dict[str, set[str]] = {}  # surname → the genders its titles and first names give
    for p in doc.paragraphs:
        for m in _RUN.finditer(p.text):
            toks = m.group(0).split()
            cut = _title_split(toks)
            name = toks[cut:]
            if cut and name and (g := title_gender(toks[cut - 1])):
                genders.setdefault(_surname(name[-1]), set()).add(g)
            if not cut and _SENTENCE_START.search(p.text[: m.start()]):
                continue  # "In Geraets-Smits v …", "If Jochi …": a capitalised word opening a sentence
            if 2 <= len(name) <= 3 and all(_NAME_WORD.match(t) for t in name):
                seen.setdefault(_surname(name[-1]), set()).add(" ".join(name))
                if g := gender_of(name[0]):
                    genders.setdefault(_surname(name[-1]), set()).add(g)
    # "Michelle Obama" and "Mr. Obama" are two people: the surname alone names neither in full
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(genders.get(k, ())) < 2}


# "And then Trump went on the attack, saying …": words before a sentence's named subject
_LEAD_WORDS = frozenset("and but yet so or then now still instead later also".split())


def _past_lead_words(toks: list[str]) -> list[str]:
    """The tokens from the name that one or two conjunctions or adverbs put off (``But
    Sen. X``, ``And then Trump``), else `toks` (``But in 2010``, ``And Thursday``)."""
    k = 0
    while k < 2 and len(toks) > k + 1 and toks[k].lower() in _LEAD_WORDS:
        k += 1
    if k and toks[k] in ("he", "she"):  # "And she added that …": the pronoun is the subject
        return [toks[k].capitalize(), *toks[k + 1 :]]
    if k == 0 or not is_capitalised(toks[k]):
        return toks
    if toks[k].lower() in _ADVERBIAL | SENTENCE_ADVERBS | _TIME_WORDS:
        return toks
    return toks[k:]


_OBJECT_START = frozenset("a an the that this his her its their to".split())
_TIME_LINKS = frozenset("after before following since until".split())  # "Shortly after the vote,"
_PARTICIPLE_NEXT = frozenset("on by about in at with from for to as".split())


_DATELINE_DASH = re.compile(r"[^,–—]{1,40}\s[–—]\s")


def _opens_np(seg: str) -> bool:
    toks = seg.split()
    return bool(toks) and is_capitalised(toks[0]) and toks[0].lower() not in SENTENCE_ADVERBS


_TIME_OR_PLACE = frozenset("on in at last this early late during".split())


def _time_or_place(seg: str) -> bool:
    """A comma segment that goes on with an adverbial (``on Thursday``, ``last week``)."""
    toks = seg.split()
    return bool(toks) and toks[0] in _TIME_OR_PLACE


def _participle(toks: list[str]) -> bool:
    """``Kicking off the day in Salem, …``, ``Based on the memo, …``: an opening participle
    clause, not a noun phrase."""
    if len(toks) < 2 or not toks[1][:1].islower():
        return False
    first = toks[0].lower()
    return first.endswith("ing") or first.endswith("ed") and toks[1].lower() in _PARTICIPLE_NEXT


def _role_words(toks: list[str], k: int) -> int:
    """Number of lowercase role words at `k` that lead to a capitalised name (0: none)."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].replace("-", "").isalpha() and toks[j].islower():
        if toks[j] in _VERBISH or toks[j].endswith("ed") or toks[j] in _NOT_ROLE:
            return 0
        j += 1
    if j == k or j + 1 >= len(toks) or not (is_capitalised(toks[j]) and is_capitalised(toks[j + 1])):
        return 0
    return j - k


_REPORTING_WORDS = _REPORTING | GERUNDS


def _leads_role(toks: list[str]) -> bool:
    """``harbour economist Ana Roe``: one or two role words (three after ``former``) ending in
    a person noun (``economist``, ``senator``), then a name; no verb, no cue word."""
    first = toks[0]
    if first in _ADVERBIAL or first in SENTENCE_ADVERBS or first in _REPORTING_WORDS:
        return False
    n = _role_words(toks, 0)
    last = toks[n - 1] if n else ""
    if not n or n > (3 if first in _ROLE_OPENERS else 2) or first.endswith(("ed", "ing")):
        return False
    return last in TITLES or not last.endswith("s") and last.endswith(_PERSON_ENDINGS)


_PERSON_ENDINGS = ("ist", "er", "or", "ant", "ent", "ian")


def leading_np(text: str) -> tuple[str, str | None] | None:
    """The noun phrase opening a sentence, with its appositive (``Asked why, Vasilak was blunt``)."""
    segs = re.split(r",|\s[–—]\s", text)  # an appositive between dashes ends the name like a comma
    skipped = False
    for i, seg in enumerate(segs):
        toks = seg.lstrip(" -–—").split()  # "JACKSON, Miss. - U.S. District Judge …"
        if i == 0:
            toks = _past_lead_words(toks)  # "But Sen. Pat Toomey refused …", "And then Trump went …"
        # "After the vote, harbour economist Ana Roe …": a lowercase role before a name, after an opener
        role_led = skipped and bool(toks) and toks[0].islower() and _leads_role(toks)
        if not role_led and (
            not toks
            or len(toks) == 1
            and len(toks[0]) >= 9
            and toks[0].islower() is False
            and toks[0].endswith("ly")
            or toks[0].lower() in _ADVERBIAL
            or toks[0].lower() in SENTENCE_ADVERBS
            or not (is_capitalised(toks[0]) or toks[0].lower() in _NP_START)
            or _participle(toks)
            or len(toks) <= 4
            and toks[-1].lower() in ("later", "earlier", "ago")  # "Hours later,"
            or len(toks) > 1
            and toks[0].lower().endswith("ly")
            and toks[1].lower() in _TIME_LINKS
        ):
            skipped = True
            continue
        place = (
            all(is_capitalised(t) for t in toks)
            and i + 1 < len(segs)
            and (_opens_np(segs[i + 1]) or skipped and _time_or_place(segs[i + 1]))
        )  # "At a rally in Portland, Maine, on Thursday, Trump …": the state goes with the place
        if place and (skipped or i == 0 and _DATELINE_DASH.match(text)):
            # "Speaking in Salem, New Hampshire, Trump …" and "Lund – Mayor X said …": a place
            continue
        out: list[str] = []
        proper = toks[0].lower() not in _NP_START
        k = 0
        while k < min(len(toks), 10):
            bare = toks[k].strip(",:;")
            if not (bare.endswith(".") and "." in bare[:-1]):  # "U.S." keeps its dot
                bare = bare.strip(".")
            adjective = len(out) == 1 and out[0].lower() in ("the", "a", "an") and k + 1 < len(toks)
            if out and (
                bare.lower() in _VERBISH
                or bare in _LOWER_VERBS
                or bare.islower()
                and bare.endswith("ed")
                and not adjective
            ):
                break  # "X announced", but "The retired surgeon": a participle after an article
            if out and proper and bare.islower() and bare not in TITLES and bare not in CONNECTORS:
                role = _role_words(toks, k)  # "Republican presidential front-runner Mark Tollen"
                if not role:
                    break
                out.extend(t.strip(",.:;") for t in toks[k : k + role])
                k += role
                continue
            if (
                out
                and not proper
                and bare.islower()
                and bare.endswith("s")
                and k + 1 < len(toks)
                and toks[k + 1] in _OBJECT_START
                and out[-1].lower() not in ("and", "or")  # "people or entities that …": a noun
            ):
                break  # "The ad targets a …", "The lawsuit contends that …": the verb, not a plural
            out.append(bare)
            k += 1
            t = toks[k - 1]
            if t.endswith(":"):
                break
        if not out:
            return None
        closed = len(out) == len(toks) and i + 1 < len(segs)
        return " ".join(out), (segs[i + 1].strip() if closed else None)
    return None
