""" "Who is Ana Ruiz?": what a named person is, told where the report describes her. Pure.

A report says who someone is where it brings them in: an apposition ("Ana Ruiz, the former
head of the port authority, said …"), a copula ("Ruiz is a lawyer"), or a role before the
name ("port director Ana Ruiz", "Sen. Ana Ruiz"). A paragraph that only names her inside
what someone else said or did ("I take what Ana Ruiz said seriously") matches the question
as well and tells nothing of who she is, so a close runner-up that describes her leads
instead (`leading.checked_lead`). When no close passage describes her the best one stays.
"""

from __future__ import annotations

import re

# "who is Ana Ruiz?", "who was Ruiz": a name, capitalised, and nothing after it
_WHO_IS = re.compile(
    r"^\s*(?i:who\s+is|who\s+was|who['’]s)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*\??\s*$"
)
# after the name: ", the former head …", ", 51, a lawyer", ", who leads …", " (D-Vt.), a …",
# " is a lawyer", " was the mayor", " serves as …"
_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s*\([^)]{1,30}\))?\s*(?:,\s*\d{1,3})?"
    r"(?:,\s+(?:a|an|the|who|whose|one\s+of|[A-Z][\w.’'-]*['’]s)\s"
    r"|\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|became|becomes)\s+(?:a|an|the|one)\s)"
)
# a word before the name that is no role: function words, verbs of saying and doing
_NO_ROLE = frozenset(
    """a an the and or but nor of to in on at by for from with about as than like that what which
    who whom whose when where while if said says told tells asked asks called calls named met
    meets saw sees thanked praised blamed accused criticized criticised attacked defended quoted
    cited echoed joined beat backed endorsed supported opposed is was are were be been being
    has have had do does did not also even only just against between among after before since
    during over under into onto upon through without within via per according""".split()
)
# a title abbreviated before the name: "Sen. Ana Ruiz", "Gov. Ruiz", "Dr. Ruiz"
_TITLE = re.compile(
    r"(?:Sen|Rep|Gov|Lt|Col|Gen|Adm|Sgt|Capt|Maj|Dr|Prof|Atty|Supt|Insp|Amb|Judge|Mayor|President|"
    r"Secretary|Minister|Chairman|Chairwoman|Director|Senator|Governor)\.?$"
)


def asked_person(question: str) -> str | None:
    """The name `question` asks who it is, or None.

    >>> asked_person("Who is Ana Ruiz?"), asked_person("who was Ruiz")
    ('Ana Ruiz', 'Ruiz')
    >>> asked_person("Who is the mayor?") is None, asked_person("Who is Ruiz meeting?") is None
    (True, True)
    """
    m = _WHO_IS.match(question)
    return m.group(1) if m is not None else None


def describes(name: str, text: str) -> bool:
    """Whether `text` says who `name` is where it names them (see the module docstring); the
    surname alone counts as the name.

    >>> describes("Ana Ruiz", "As Ana Ruiz, the former head of the port, warned, it may close.")
    True
    >>> describes("Ana Ruiz", "Port director Ana Ruiz said it would close.")
    True
    >>> describes("Ana Ruiz", "Sen. Ana Ruiz (D-Ore.) voted no. Ruiz is a lawyer.")
    True
    >>> describes("Ana Ruiz", "“I take what Ana Ruiz said seriously,” she said.")
    False
    >>> describes("Ana Ruiz", "The mayor met Ana Ruiz on Monday.")
    False
    """
    surname = name.split()[-1]
    given = name.split()[:-1]
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        if _AFTER.match(text[m.end() :]):
            return True
        before = text[: m.start()].split()
        while before and given and before[-1] in given:
            before.pop()  # "Ana Ruiz": the word before "Ana"
        word = before[-1] if before else ""
        if _TITLE.match(word):
            return True
        if word.isalpha() and word.islower() and len(word) > 2 and word not in _NO_ROLE:
            return True  # "director Ana Ruiz", "strategist Ruiz"
    return False


def undescribed(question: str, paragraph: str) -> bool:
    """Whether `question` asks who a named person is and `paragraph` never says (`describes`).

    >>> undescribed("Who is Ana Ruiz?", "“I take what Ana Ruiz said seriously,” she said.")
    True
    >>> undescribed("Who is Ana Ruiz?", "Ana Ruiz, a lawyer, said so.")
    False
    >>> undescribed("Who won?", "The mayor met Ana Ruiz on Monday.")
    False
    """
    name = asked_person(question)
    return name is not None and not describes(name, paragraph)
