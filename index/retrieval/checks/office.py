""" "Who is Brava's mayor?", "Who is the president of Vennick?": an office of someone named. Pure.

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
_WHO = r"^\s*(?i:who\s+is|who\s+was|who['’]s)\s+"
_NOW = r"(?:(?i:current|present|sitting)\s+)?"
# "who is Brava's mayor?", "who was the current Brava's …" (the office ends the question)
_OWNER_FIRST = re.compile(rf"{_WHO}(?:(?i:the)\s+)?{_NOW}({_NAME})['’]s?\s+{_NOW}({_ROLE})\s*\??\s*$")
# "who is the mayor of Brava?"
_OFFICE_FIRST = re.compile(
    rf"{_WHO}(?i:the)\s+{_NOW}({_ROLE})\s+(?i:of)\s+(?:(?i:the)\s+)?({_NAME})\s*\??\s*$"
)
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$")


def owned_office(question: str) -> tuple[str, str] | None:
    """The owner and the office `question` asks the holder of, or None.

    >>> owned_office("Who is Brava's harbour master?"), owned_office("who is the mayor of Tarn")
    (('Brava', 'harbour master'), ('Tarn', 'mayor'))
    >>> owned_office("Who is the mayor?") is None, owned_office("Who is Brava's mayor meeting?") is None
    (True, False)
    """
    m = _OWNER_FIRST.match(question)
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


def office_of_another(question: str, paragraph: str) -> bool:
    """Whether `question` asks who holds an office of someone named and `paragraph` speaks of
    that office only as another owner's.

    >>> q = "Who is Brava's mayor?"
    >>> office_of_another(q, "On Monday, Tarn Mayor Ilse Varga met the mayor of Kell, Jon Amsel.")
    True
    >>> office_of_another(q, "Bravan Mayor Ilse Varga met Tarn's mayor.")
    False
    >>> office_of_another(q, "Mayor Ilse Varga said the port would close.")
    False
    >>> office_of_another(q, "The port will close, officials said.")
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
        if not holders or any(_same_owner(h, owner) for h in holders):
            return False
    return seen
