"""Whether a sentence's count counts what a "how many" question asks about. Pure.

"How many protesters were killed in Tarsby?" is not answered by a count of other things
("200 rockets"), a toll in another place ("In Vennick, the flood killed 30 people"), the
other toll ("30 injured" for how many died), a toll in all for a group it never names ("610
deaths" for how many scientists), nor a nation's name that only describes things ("three
Iranian nuclear sites" for how many Iranians). `counted_noun` finds the noun counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .counted import first_plural

NUMBER_WORDS = (
    r"\d[\d,.]*(?:½|¼|¾)?|½|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|once|twice|"
    r"thrice|single|double|triple|none|several|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|percent"
)
NUMBER = re.compile(rf"\b(?:{NUMBER_WORDS})\b|%|[$€£¥]\s?\d")
# "its first ever attack" counts nothing; "their sixth meeting" does answer "how many times"
FIRST = re.compile(r"first")
# a bare four-digit year is a date, not a count ("in 2015" does not answer "how many")
YEAR_ONLY = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|nights?)"
AUXILIARY = r"(?:does|did|do|is|was|are|were|has|had|have|will|would|can|could|should)"


# nouns a count of which says little of its subject: "how many people …" may be answered by
# "610 deaths"; and "how many of …" names no noun
_GENERIC_COUNTED = frozenset(
    "people persons times things ones of more types kinds sorts forms varieties categories classes".split()
)
_HOW_MANY = re.compile(r"\bhow many((?:\s+[\w’'-]+){1,3})")
_PLURAL = re.compile(r"^(?:[a-z][\w’'-]*[^s\W]s|people|men|women|children)$")


def counted_noun(question: str) -> str | None:
    """The noun a "how many" question counts, when it is a specific one.

    >>> counted_noun("How many protesters were killed in the crackdown?")
    'protesters'
    >>> counted_noun("How many people were killed?") is None
    True
    >>> counted_noun("How many Hamas leaders were killed?"), counted_noun("How many Iranians died?")
    ('leaders', 'iranians')
    >>> counted_noun("How many US troops were sent?"), counted_noun("How many NGOs were banned?")
    ('troops', 'ngos')
    """
    m = _HOW_MANY.search(question.lower())
    noun = first_plural(m.group(1)) if m else None
    if m is not None and noun is not None:
        # "how many Hamas leaders …": a name before the noun only says whose
        written = question[m.start(1) : m.end(1)].split()
        for i, name in enumerate(written):
            # a capitalised name or initials ("how many US troops …": "US" is no plural)
            if name.lower() != noun or not (name[:1].isupper() and (name[1:].islower() or name.isupper())):
                continue
            rest = []
            for word in written[i + 1 :]:
                if re.fullmatch(AUXILIARY, word) or not word.islower():
                    break
                rest.append(word)
            noun = first_plural(" ".join(rest)) or noun
            break
    if noun is None or noun in _GENERIC_COUNTED or re.fullmatch(UNIT, noun):
        return None
    return noun


def counts_other(sentence: str, noun: str | None, question: str) -> bool:
    """Whether every count in `sentence` counts something other than `noun`, in a sentence
    about another subject: it names neither the noun nor any name the question gives. "In
    Vennick, the flood killed 30 people" does not say how many protesters were killed in
    Tarsby, nor does "In Tarsby, 30 people were killed", which never speaks of protesters;
    "30 people died in the Tarsby protests" may, and so may "1,000 British soldiers were
    killed" for "how many casualties did the British suffer?".

    >>> q = "How many protesters were killed in Tarsby?"
    >>> counts_other("In Vennick, the flood killed 30 people.", "protesters", q)
    True
    >>> counts_other("In Tarsby, 30 people were killed.", "protesters", q)  # not how many protested
    True
    >>> counts_other("In Tarsby, 30 people were killed at the protest.", "protesters", q)
    False
    >>> counts_other("Police killed 30 people during the protests.", "protesters", q)
    False
    >>> counts_other("The final score was 24-10.", "points", "How many points did Tarsby score?")
    False
    >>> counts_other("The war caused 610 deaths in Iran.", "iranians", "How many Iranians died in the war?")
    False
    >>> counts_other("In May Tarsby fired 200 rockets at Vennick.", None, "How many died in Vennick in May?")
    True
    """
    if _toll_of_things(sentence, noun, question):
        return True
    if noun is None:
        return False
    if _counts_other_things(sentence, noun, question):
        return True
    names = [w.lower() for w in re.findall(r"(?<!^)\b[A-Z][a-z’'-]+", question) if len(w) > 2]
    if not names:
        return False  # a question naming nothing gives no subject to hold the sentence to
    low = sentence.lower()
    # a name's stem is enough ("Iranians" / "Iran", "Israelis" / "Israel"), unless it only
    # describes the things a count counts ("three Iranian nuclear sites" are no Iranians)
    stems = [noun.rstrip("s")[:5], *(w.rstrip("s")[:4] for w in names)]
    if any(re.search(rf"\b{re.escape(s)}", low) and not _only_describes_things(low, s) for s in stems):
        return False
    counted = _counted(low, _PLURAL.match, ordinals=True)  # "30 people", "three iranian nuclear sites"
    return bool(counted) and all(c is not None for c in counted)


# plural nouns that may name people ("soldiers", "residents", "officials"): a count of them
# may count a nation's people, so a name before them is not set aside
_PERSON_LIKE = re.compile(
    r"^(?:people|persons|men|women|children|troops|police|staff|personnel|forces|civilians|"
    r"citizens|[a-z]+(?:ers|ors|ists|ians|ans|ees|ents|ants|als|ies))$"
)


def _only_describes_things(low: str, stem: str) -> bool:
    """Whether every word of the (lower-cased) sentence starting with `stem` stands between a
    count and the things it counts, describing them: "three iranian nuclear sites" holds
    "iran" only as a word for the sites, while "500 iranian soldiers" and "610 deaths in iran"
    speak of Iranians.

    >>> _only_describes_things("the us struck three iranian nuclear sites.", "iran")
    True
    >>> _only_describes_things("the raid killed 500 iranian soldiers.", "iran")
    False
    >>> _only_describes_things("the war caused 610 deaths in iran.", "iran")
    False
    """
    spans = []
    for m in NUMBER.finditer(low):
        if YEAR_ONLY.match(m.group(0)) or FIRST.fullmatch(m.group(0)):
            continue
        for w in list(re.finditer(r"[\w’'-]+", low[m.end() :]))[:_COUNT_REACH]:
            if _PLURAL.match(w.group(0)):
                if not _PERSON_LIKE.match(w.group(0)):
                    spans.append((m.end(), m.end() + w.start()))
                break
    found = [m.start() for m in re.finditer(rf"\b{re.escape(stem)}", low)]
    return bool(found) and all(any(a <= at < b for a, b in spans) for at in found)


# a question about a death or injury toll, and the words a sentence giving one uses
_HARM_ASKED = re.compile(
    r"\b(?:die|died|dies|dead|killed|deaths|casualties|injured|wounded|perished|fatalities|slain)\b"
)
_HARM = re.compile(
    r"\b(?:kill\w*|die[sd]?|dying|dead|deaths?|deadly|casualt\w+|fatal\w*|tolls?|lives|injur\w*|"
    r"wound\w*|perish\w*|victims?|murder\w*|massacre\w*|slain|slaughter\w*|execut\w*|mortality|lost)\b"
)
_PEOPLE = frozenset("people persons men women children".split())
# the two tolls news reports apart: the dead and the hurt ("casualties" may be either)
_DEATHS = re.compile(r"\b(?:kill\w*|die[sd]?|dying|dead|deaths?|fatal\w*|perish\w*|slain|lives)\b")
_INJURIES = re.compile(r"\b(?:injur\w*|wound\w*|hurt)\b")
# ... and the other fates counted apart from both: the held and the driven from home
_DETENTIONS = re.compile(
    r"\b(?:arrest\w*|detain\w*|detention\w*|jail\w*|imprison\w*|captur\w*|kidnap\w*|abduct\w*)\b"
)
_DISPLACED = re.compile(r"\b(?:displac\w*|evacuat\w*|fled|flee\w*|homeless|refugees?)\b")
_FATES = (_DEATHS, _INJURIES, _DETENTIONS, _DISPLACED)


def other_harm(question: str, sentence: str) -> bool:
    """Whether `sentence` counts another fate than the one `question` asks for (`_FATES`: the
    dead, the injured, the detained, the displaced): the dead for "how many were injured?" or
    "how many were arrested?", the injured for "how many died?", and never the one asked.

    >>> other_harm("How many people were injured in the blast?", "The blast killed 12 people.")
    True
    >>> other_harm("How many people were injured in the blast?", "It killed 12 and injured 40.")
    False
    >>> other_harm("How many died in the blast?", "Forty people were wounded in the blast.")
    True
    >>> other_harm("How many casualties were there?", "The blast killed 12 people.")
    False
    >>> other_harm("How many strikers were arrested?", "The clashes left 610 dead.")
    True
    >>> other_harm("How many strikers were arrested?", "Police arrested 40 of the 610 strikers.")
    False
    """
    q, low = question.lower(), sentence.lower()
    asked = [f for f in _FATES if f.search(q)]
    if len(asked) != 1:
        return False
    return asked[0].search(low) is None and any(f.search(low) for f in _FATES if f is not asked[0])


def _toll_of_things(sentence: str, noun: str | None, question: str) -> bool:
    """Whether `sentence` only counts things ("200 missiles", "three sites") and speaks of no
    death or injury at all, for a question asking how many died or were hurt: a barrage of
    200 missiles says nothing of how many people it killed, whatever names the two share.

    >>> q = "How many Vennickers died in the May barrage?"
    >>> _toll_of_things("In May Tarsby fired 200 rockets at Vennick.", "vennickers", q)
    True
    >>> _toll_of_things("The May barrage of 200 rockets killed 12 people.", "vennickers", q)
    False
    >>> _toll_of_things("About 5,000 residents lived in Vennick.", "residents", "How many residents died?")
    False
    """
    low = sentence.lower()
    if not _HARM_ASKED.search(question.lower()) or _HARM.search(low):
        return False
    counted = _counted(low, _PLURAL.match)
    asked = noun.rstrip("s")[:5] if noun else None
    return bool(counted) and all(
        c is not None and c not in _GENERIC_COUNTED | _PEOPLE and (asked is None or not c.startswith(asked))
        for c in counted
    )


# nouns whose count another noun's may give: any count of people gives a toll ("1,000 British
# soldiers were killed" says how many casualties the British suffered), and a vague noun may
# count what a specific one names ("three main reservoirs" are the places oxygen is stored;
# an army "divided into three groups" has three divisions)
_LOOSE_NOUNS = frozenset(
    """casualties deaths victims fatalities dead injured wounded losses places things items parts
    pieces kinds types sorts ways areas groups units categories classes members entities elements
    sections divisions sets""".split()
)
_COUNT_REACH = 3  # words after a count within which the noun it counts stands ("three Iranian nuclear sites")


def _counts_other_things(sentence: str, noun: str, question: str) -> bool:
    """Whether every count in `sentence` counts things of another kind than `noun`, a common
    noun of the question: "the two longtime adversaries" and "three nuclear sites" say nothing
    of how many soldiers died or missiles were shot down, whatever names the sentence shares
    with the question; nor does a toll of people in general ("610 deaths", "30 people") say
    how many of them were soldiers, when the sentence never speaks of soldiers. A count of
    something the question names (`noun` capitalised: "how many Panthers …") is left to the
    names.

    >>> q = "How many soldiers died in the war?"
    >>> _counts_other_things("The war between the two neighbours ended in May.", "soldiers", q)
    True
    >>> _counts_other_things("The war killed 30 people.", "soldiers", q)  # in all, not soldiers
    True
    >>> _counts_other_things("Two soldiers and three civilians died.", "soldiers", q)
    False
    >>> _counts_other_things("The clash left 40 dead.", "troops", "How many troops were sent?")
    True
    """
    low = sentence.lower()
    if not _HARM.search(question.lower()) and _only_harm(low):
        return True  # "610 deaths" is no count of troops sent, when no one asked who died
    if noun in _LOOSE_NOUNS or re.search(rf"\b{re.escape(noun)}\b", question) is None:
        return False  # a loose noun, or one the question capitalises (a name)
    if re.search(rf"\b{re.escape(noun.rstrip('s')[:5])}", low):
        return False
    if _HARM_ASKED.search(question.lower()) and _only_tolls(low):
        return True  # "610 deaths" in all does not say how many of them were scientists
    things = _counted(low, _PLURAL.match)
    return bool(things) and all(t is not None and t not in _GENERIC_COUNTED | _LOOSE_NOUNS for t in things)


def _counted(low: str, noun: Callable[[str], object], ordinals: bool = False) -> list[str | None]:
    """For each count of the (lower-cased) sentence, the first of the `_COUNT_REACH` words after
    it that `noun` accepts, or None; bare years are no counts, nor "first" unless `ordinals`.

    >>> _counted("in 2015 some 200 missiles and three iranian sites were hit", _PLURAL.match)
    ['missiles', 'sites']
    """
    out: list[str | None] = []
    for m in NUMBER.finditer(low):
        if YEAR_ONLY.match(m.group(0)) or (not ordinals and FIRST.fullmatch(m.group(0))):
            continue
        after = [w.strip(".,;:") for w in low[m.end() :].split()[:_COUNT_REACH]]
        out.append(next((w for w in after if noun(w)), None))
    return out


_TOLLS = frozenset("people persons deaths dead victims casualties fatalities lives killed".split())


def _only_harm(low: str) -> bool:
    """Every count of the (lower-cased) sentence counts the dead or the hurt ("610 deaths",
    "30 killed", "12 wounded")."""
    counted = _counted(low, lambda w: _DEATHS.fullmatch(w) or _INJURIES.fullmatch(w))
    return bool(counted) and all(c is not None for c in counted)


def _only_tolls(low: str) -> bool:
    """The (lower-cased) sentence gives a toll of people in general ("610 deaths", "30
    people"), and its other counts count things, not people ("several public institutions"
    damaged): none of them says how many soldiers or protesters were among the dead.

    >>> _only_tolls("the storm killed 30 people and damaged several public buildings.")
    True
    >>> _only_tolls("the storm killed 30 people, among them several firefighters.")
    False
    >>> _only_tolls("the storm damaged several public buildings.")
    False
    """
    tolls = _counted(low, _TOLLS.__contains__)
    things = _counted(low, _PLURAL.match)
    return any(t is not None for t in tolls) and all(
        t is not None or (thing is not None and not _PERSON_LIKE.match(thing))
        for t, thing in zip(tolls, things, strict=True)
    )
