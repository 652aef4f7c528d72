""" "Who is Brava's mayor?", "Who is the president of Vennick?": an office of someone named. Pure.

`office_unmentioned`: "who is the Bravan defence minister?" near a paragraph that never
speaks of a defence minister. A paragraph naming other people ("Prime Minister Ana Ruiz")
gives a name, and not the one asked for: the answer is "the articles don't give the name".

Such a question asks for whoever holds that office for that owner. A paragraph whose only
mention of the office belongs to another owner ("Vennick President Ana Ruiz", "the mayor of
Tarn, Ilse Varga") gives a name, and it is the wrong one: the answer is "the articles don't
give the name". An office said of no one in particular ("the mayor said", "President Ruiz")
may be the one asked about and is left to the other checks (`named.py`).
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
_ROLE = r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
_WHO = r"^\s*(?i:who\s+is|who\s+was|who['’]s|what\s+is\s+the\s+name\s+of|what['’]s\s+the\s+name\s+of)\s+"
_NOW = r"(?:(?i:current|present|sitting)\s+)?"
# "who is Brava's mayor?", "who was the current Brava's …" (the office ends the question)
_OWNER_FIRST = re.compile(rf"{_WHO}(?:(?i:the)\s+)?{_NOW}({_NAME})['’]s?\s+{_NOW}({_ROLE})\s*\??\s*$")
# "who is the mayor of Brava?"
_OFFICE_FIRST = re.compile(
    rf"{_WHO}(?i:the)\s+{_NOW}({_ROLE})\s+(?i:of)\s+(?:(?i:the)\s+)?({_NAME})\s*\??\s*$"
)
# "who is the Bravan mayor?", "what is the name of the Bravan foreign minister?": the owner
# as a word that sets the office apart
_OWNER_WORD = re.compile(
    r"^\s*(?i:who\s+is|who\s+was|who['’]s|what\s+is\s+the\s+name\s+of|what['’]s\s+the\s+name\s+of)\s+"
    rf"(?i:the)\s+{_NOW}([A-Z][\w.’'-]*)\s+({_ROLE})\s*\??\s*$"
)
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$")


def owned_office(question: str) -> tuple[str, str] | None:
    """The owner and the office `question` asks the holder of, or None.

    >>> owned_office("Who is Brava's harbour master?"), owned_office("who is the mayor of Tarn")
    (('Brava', 'harbour master'), ('Tarn', 'mayor'))
    >>> owned_office("Who is the mayor?") is None, owned_office("Who is Brava's mayor meeting?") is None
    (True, False)
    >>> owned_office("What is the name of the Bravan harbour master?")
    ('Bravan', 'harbour master')
    """
    m = _OWNER_FIRST.match(question)
    if m is not None:
        return m.group(1), m.group(2)
    m = _OWNER_WORD.match(question)
    if m is not None:
        return m.group(1), m.group(2)
    m = _OFFICE_FIRST.match(question)
    return (m.group(2), m.group(1)) if m is not None else None


def _same_owner(holder: str, owner: str) -> bool:
    """Whether a word of `holder` is a word of `owner`: "Brava's", "Bravan" or "BRAVA" for
    "Brava"; "U.S." for "US" (letters compared, folded); "Kell and Tarn" for "Tarn"."""
    asked = [re.sub(r"[^a-z]", "", w.lower()) for w in owner.split()]
    for word in holder.split():
        a = re.sub(r"[^a-z]", "", re.sub(r"['’]s?$", "", word).lower())
        if a and any(b and (a.startswith(b[:4]) or b.startswith(a)) for b in asked):
            return True
    return False


def _owner_before(text: str) -> str | None:
    """The run of capitalised words right before an office ("Vennick" of "Vennick President",
    "Kell and Tarn" of "Kell and Tarn harbour master"), if any; not a sentence's opening word
    alone ("Under Mayor Ruiz …"), nor a word the office is set off from ("Ruiz, mayor of …")."""
    words = text.split()
    run: list[str] = []
    while words:
        w = words[-1]
        if w[:1].isupper() and not (
            w.endswith((",", ";", ":")) or (w.endswith(".") and not _ABBREVIATION.match(w))
        ):
            run.insert(0, words.pop())
        elif w in ("and", "&") and run:
            run.insert(0, words.pop())
        else:
            break
    opening = not words or (words[-1].endswith((".", "!", "?")) and not _ABBREVIATION.match(words[-1]))
    if opening and len(run) == 1:
        run.pop(0)  # a sentence's first word is capitalised whatever it is
    while run and run[0] in ("and", "&"):
        run.pop(0)
    return " ".join(run) or None


def office_of_another(question: str, paragraph: str, elsewhere: str = "") -> bool:
    """Whether `question` asks who holds an office of someone named and `paragraph` speaks of
    that office only as another owner's. An office said of no owner ("President Ruiz") is
    another owner's when `elsewhere` (the other passages' text) or `paragraph` gives the same
    holder that office with another owner ("Tarn President Ana Ruiz").

    >>> q = "Who is Brava's mayor?"
    >>> office_of_another(q, "On Monday, Tarn Mayor Ilse Varga met the mayor of Kell, Jon Amsel.")
    True
    >>> office_of_another(q, "Bravan Mayor Ilse Varga met Tarn's mayor.")
    False
    >>> office_of_another(q, "Mayor Ilse Varga said the port would close.")
    False
    >>> office_of_another(q, "The port will close, officials said.")
    False
    >>> q = "What is the name of the Bravan mayor?"
    >>> office_of_another(q, "Mayor Varga will visit Brava.", "On Monday, Tarn Mayor Ilse Varga spoke.")
    True
    >>> office_of_another(q, "Mayor Varga will visit Brava.", "On Monday, Bravan Mayor Ilse Varga spoke.")
    False
    """
    asked = owned_office(question)
    if asked is None:
        return False
    owner, office = asked
    seen = False
    for m in re.finditer(rf"\b{re.escape(office)}s?\b", paragraph, re.IGNORECASE):
        seen = True
        before = _owner_before(paragraph[: m.start()])
        after = re.match(rf"\s+of\s+(?:the\s+)?({_NAME})", paragraph[m.end() :])
        holders = [h for h in (before, after.group(1) if after else None) if h]
        if not holders:
            holders = _owners_elsewhere(office, paragraph[m.end() :], f"{paragraph}\n{elsewhere}")
        if not holders or any(_same_owner(h, owner) for h in holders):
            return False
    return seen


def _owners_elsewhere(office: str, following: str, text: str) -> list[str]:
    """The owners `text` gives the holder named right after an unowned office ("Ruiz" of
    "President Ruiz said …") that office with: "Tarn" of "Tarn President Ana Ruiz"."""
    named = re.match(rf"\s+({_NAME})", following)
    if named is None:
        return []
    surname = named.group(1).split()[-1]
    found = re.finditer(
        rf"\b(?i:{re.escape(office)})\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}{re.escape(surname)}\b", text
    )
    return [o for o in (_owner_before(text[: f.start()]) for f in found) if o]


# an office precise enough to be looked for in the paragraph's words; "leader", "official" or
# "head" may stand for any of them ("the Bravan leader" of "Bravan Prime Minister Ana Ruiz")
_SPECIFIC_OFFICE = (
    r"(?:minister|secretary|ambassador|president|mayor|governor|commander|envoy|negotiator|"
    r"director|chairman|chairwoman|spokes(?:person|man|woman)|advis[eo]r|attorney|judge|"
    r"prosecutor|senator|treasurer|chancellor)"
)
# "who is the (current) Bravan defence minister?", "what is the name of Brava's envoy to
# Tarn?": the office asked for ends the question, or only its owner or post follows it
_ASKED_OFFICE = re.compile(
    r"^\s*(?i:who\s+is|who\s+was|who['’]s|what\s+is\s+the\s+name\s+of|what['’]s\s+the\s+name\s+of)\s+"
    r"(?:(?i:the|a|an)\s+)?(?:(?i:current|present|sitting)\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:['’]s)?\s+){0,3}"
    rf"((?:[a-z][\w-]*\s+){{0,2}}{_SPECIFIC_OFFICE})"
    r"(?:\s+(?:of|to|for|in)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?\s*\??\s*$"
)
# words of rank that a paragraph may leave out ("Brava's negotiator" for "the chief negotiator")
_RANK = frozenset("top chief lead senior current new acting main head former".split())


def office_unmentioned(question: str, paragraph: str) -> bool:
    """Whether `question` asks who holds an office the paragraph never speaks of: its noun,
    or a word that sets it apart ("defence" of "defence minister"), is nowhere in it.

    >>> q = "Who is the Bravan defence minister?"
    >>> office_unmentioned(q, "Bravan Prime Minister Ana Ruiz will meet Tomas Berg on Monday.")
    True
    >>> office_unmentioned(q, "Defence Minister Ilse Varga said the border would stay shut.")
    False
    >>> office_unmentioned(q, "The minister of defence, Ilse Varga, said it would stay shut.")
    False
    >>> office_unmentioned("What is the name of Brava's envoy to Tarn?", "Ana Ruiz met Tarn's mayor.")
    True
    >>> office_unmentioned("Who is the chief negotiator?", "Brava's negotiator Ana Ruiz left early.")
    False
    >>> office_unmentioned("Who is the Bravan leader?", "Prime Minister Ana Ruiz said so.")
    False
    """
    m = _ASKED_OFFICE.match(question)
    if m is None:
        return False
    words = [_stem(w) for w in m.group(1).lower().split() if w not in _RANK]
    held = {_stem(w) for w in re.findall(r"[a-z][\w-]*", paragraph.lower())}
    return any(w not in held for w in words)


def _stem(word: str) -> str:
    """A word's first five letters, so that "defence" and "defense", "advisor" and "adviser",
    "ministers" and "minister" meet."""
    return word[:5] if len(word) > 5 else word
