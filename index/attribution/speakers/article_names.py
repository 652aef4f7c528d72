"""The people an article names, read from the whole article before its quotes: the surnames
it writes after a first name or a title (``Elena Marsh``, ``Senator Warren``), the one full
name each surname stands for (``Donald Trump`` for ``Trump``, none for ``Clinton`` when Bill
and Hillary both appear), and two tests on a single name: whether a phrase is written as a
name (`_proper`) and whether a mention's title and a full name give different genders
(`_gender_clash`). Pure; `coref.SpeakerContext` and `extract` use them.
"""

from __future__ import annotations

import re

from ...types import Document
from .cue_words import _ADVERBIAL, _CONJ, _NP_START, SENTENCE_ADVERBS
from .speaker_rank import gender_of, title_gender
from .speaker_words import CONNECTORS
from .speakers import _is_title, _title_split, is_capitalised

_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)*$")  # "Donald", "O’Neil"; not "U.S.", "Khan’s"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*[“\"‘']?|[“\"‘(]|\s[–—-]|^\s*[~•*■▪►◆●–—-])\s*$")
_RUN = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|al|bin|ibn|de|van|von|der|la|le|du)\s+)?[A-Z][\w’'.-]*)+"
)


_COPULA_S = re.compile(r"^\W*(?:it|that|there|here|what|this|who)['’]s$", re.IGNORECASE)
_NOT_NAME_START = (
    _CONJ
    | SENTENCE_ADVERBS
    | frozenset(
        "see watch read let like does how what where whatever whether not just most none much part "
        "some many of to among throughout given inside outside within beyond behind through over".split()
    )
)


_HEADLINE_WORDS = frozenset("By For With To From At In On The Into".split())


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
    if any(t in _HEADLINE_WORDS for t in toks[1:]):
        return False  # "Minority Outreach Undone By Lund": a title-case line, not a name
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
    seen: dict[str, dict[str, str]] = {}  # surname → each name without initials → as written
    genders: dict[str, set[str]] = {}  # surname → the genders its titles and first names give
    for p in doc.paragraphs:
        for m in _RUN.finditer(p.text):
            toks = m.group(0).split()
            opening = _SENTENCE_START.search(p.text[: m.start()]) is not None
            if opening and len(toks) >= 3 and _opener(toks[0]):
                # "Even Lina Roe, who …", "Using Ana Vik?": a word opening the sentence, then a name
                toks, opening = toks[1:], False
            cut = _title_split(toks)
            name = toks[cut:]
            if cut and name and (g := title_gender(toks[cut - 1])):
                genders.setdefault(_surname(name[-1]), set()).add(g)
            if not cut and opening:
                continue  # "In Geraets-Smits v …", "If Jochi …": a capitalised word opening a sentence
            if len(name) > 1 and _NAME_WORD.match(name[-1][:-1]) and name[-1].endswith("."):
                name = [*name[:-1], name[-1][:-1]]  # "said Ben Aldous." ends a sentence
            if _full_name(name):
                seen.setdefault(_surname(name[-1]), {}).setdefault(_without_initials(name), " ".join(name))
                if g := gender_of(name[0]):
                    genders.setdefault(_surname(name[-1]), set()).add(g)
    # "Michelle Obama" and "Mr. Obama" are two people: the surname alone names neither in full;
    # "Jacob J. Lew" and "Jacob Lew" are one, named as the article first writes him
    # "Vermonter Ana Roe" and "Ana Roe" are one: a word before a full name describes her
    one = {k: _one_name(v) for k, v in seen.items() if len(genders.get(k, ())) < 2}
    return {k: v for k, v in one.items() if v is not None}


def _one_name(variants: dict[str, str]) -> str | None:
    """The one name `variants` (without initials → as written) give: the only one, or the
    shortest when every other one ends with it ("Vermonter Ana Roe", "Ana Roe"); else None.

    >>> _one_name({"Vermonter Ana Roe": "Vermonter Ana Roe", "Ana Roe": "Ana Roe"})
    'Ana Roe'
    >>> _one_name({"Ana Roe": "Ana Roe", "Ivo Roe": "Ivo Roe"}) is None
    True
    """
    shortest = min(variants, key=len)
    if all(v == shortest or v.endswith(" " + shortest) for v in variants):
        return variants[shortest]
    return None


def _opener(word: str) -> bool:
    """A capitalised word that opens a sentence before a name, never a first name itself: an
    adverb or a conjunction ("Even", "But", "Meanwhile") or an "-ing" / "-ly" word no first-name
    table knows ("Using", "Finally"; not "Sterling").

    >>> _opener("Even"), _opener("Using"), _opener("Sterling"), _opener("Lina")
    (True, True, False, False)
    """
    w = word.lower()
    if w in _NOT_NAME_START or w in _ADVERBIAL:
        return True
    return w.endswith(("ing", "ly")) and gender_of(word) is None and w not in _KNOWN_ING


def participle_led(phrase: str, surnames: frozenset[str]) -> bool:
    """A phrase opened by an "-ing" word no first-name table knows, then one or two words that
    end in one of the article's `surnames`, with no title or initial among them: a participle
    and its object ("Celebrating Ana Roe", a line that heads a section), no one who speaks.
    "Wyoming Sen. Ana Roe", "Channing D. Roe" and "Wyoming Democrats" are not.

    >>> participle_led("Celebrating Ana Roe", frozenset({"roe"})), participle_led("Using", frozenset())
    (True, False)
    >>> roe = frozenset({"roe"})
    >>> participle_led("Wyoming Sen. Roe", roe), participle_led("Channing D. Roe", roe)
    (False, False)
    """
    toks = phrase.split()
    rest = toks[1:]
    return (
        1 <= len(rest) <= 2
        and toks[0].lower().endswith("ing")
        and _opener(toks[0])
        and _surname(rest[-1]) in surnames
        and not any(_is_title(t) or _INITIAL.fullmatch(t) for t in rest)
    )


# "-ing" / "-ly" words that are given names the first-name table may lack
_KNOWN_ING = frozenset("sterling irving king manning kelly emily molly holly polly sally lily".split())


def _full_name(name: list[str]) -> bool:
    """A first name and a surname, with at most one more name or middle initials between:
    "Elena Marsh", "Jacob J. Lew", "George H. W. Bush"; not "J. Lew" or a lone word.

    >>> _full_name(["Jacob", "J.", "Lew"]), _full_name(["Ana", "Lucia", "Ruiz"]), _full_name(["J.", "Lew"])
    (True, True, False)
    """
    if len(name) < 2 or not (_NAME_WORD.match(name[0]) and _NAME_WORD.match(name[-1])):
        return False
    middle = name[1:-1]
    initials = [t for t in middle if _INITIAL.fullmatch(t)]
    if len(initials) == len(middle) <= 2:
        return True
    return not initials and len(middle) == 1 and bool(_NAME_WORD.match(middle[0]))


_INITIAL = re.compile(r"[A-Z]\.")


def _without_initials(name: list[str]) -> str:
    return " ".join(t for t in name if not _INITIAL.fullmatch(t))


# Words a headline capitalises that running text writes in lowercase: a title-case line
_TITLE_CASE_WORDS = frozenset(
    """what why how when where who whom it its to be being been about is was are were has had have
    her his she he they their them him not do does did as at for from into with""".split()
)


def name_opening_headline(phrase: str, full_names: dict[str, str]) -> str | None:
    """The article's full name opening a line in title case (``Ana Roe Questioned What It
    Means To Be`` → ``Ana Roe``), when the rest of the run is the headline's words, not a
    longer name; None otherwise.

    >>> name_opening_headline("Ana Roe Questioned What It Means To Be", {"roe": "Ana Roe"})
    'Ana Roe'
    >>> name_opening_headline("Ana Roe Maritime Institute", {"roe": "Ana Roe"}) is None
    True
    """
    words = phrase.split()
    if len(words) < 4 or not all(is_capitalised(w) for w in words):
        return None
    if not any(w.lower() in _TITLE_CASE_WORDS for w in words[2:]):
        return None
    for k in (3, 2):
        name = " ".join(words[:k])
        if full_names.get(_surname(words[k - 1])) == name:
            return name
    return None
