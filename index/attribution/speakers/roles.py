"""The role shown beside a speaker's name: ``Guy Ziv, an expert at American University``.

A journalist checking an attribution wants each speaker as a newsroom names them: the person
and their role. The phrases the cue rules record beside a name (`Speaker.detail`) hold that
role (and an age: ``44``), but also what else the sentence put there: an honorific (``Mr.``), a
dateline (``WASHINGTON ― President``), a relative clause (``who has known Trump since …``), a
connective (``for his part``, ``meanwhile``) or a clause the comma rules cut in two (``the
race will be tight``). `shown_role` keeps the role and drops the rest, or gives None when no
role is left. The recorded detail itself stays as it is: `coref` and `descriptions` read it
to tie ``the governor`` to ``former Ohio Gov. Ann Lutz``.
"""

from __future__ import annotations

import re

from .speaker_words import STOP_NP
from .speakers import _ANONYMITY

# A dateline before the role: "WASHINGTON ― ", "(Reuters) - ", "S.C. - ".
_DATELINE = re.compile(r"^(?:[A-Z][A-Z.,' ]*?\s*[–—―-]+|\([^)]*\)\s*[–—―-]*)\s+")
# A role ends before a relative clause, a quotation or a colon.
_CLAUSE = re.compile(r"(?:^|\s)(?:who|whom|whose|which|where|when)\b|\s[–—―-]+\s|[“”\"«»:(]")
# A relative clause that gives a post still says who the speaker is: "who is executive director
# of …", "who leads the council", "who runs a bakery"; so does one saying why a source is not
# named in full ("who gave only her first name").
_PARTLY_NAMED = re.compile(r"\b(?:first|last|family) name\b", re.IGNORECASE)
_POST_CLAUSE = re.compile(
    r"who(?:(?:'s|’s| is| was)(?! (?:\w+ing|\w+ed|to|not|\w+ly)\b)| serves as| served as| leads| led| heads"
    r"| headed| chairs| chaired| runs| ran| directs| directed| teaches| represents| represented| advises"
    r"| advised| edits| manages| managed| owns)\b",
    re.IGNORECASE,
)
# Words in -ing that name a post rather than start a clause: "acting director".
_ING_ROLES = frozenset(
    "acting managing presiding founding ranking leading outgoing incoming visiting governing sitting "
    "retiring consulting supervising".split()
)
_HONORIFIC = frozenset("mr mrs ms miss mx".split())
# A part that says how the sentence goes on, not who the speaker is.
_CONNECTIVE = re.compile(
    r"^(?:meanwhile|however|instead|though|too|also|again|then|now|still|likewise|in turn"
    r"|for (?:his|her|their|its) part|on the other hand|in (?:a|an|the) \w+|many|some|both"
    r"|(?:on|last|this|next) \w+day|\w+day)$",
    re.IGNORECASE,
)
# Words that make a part a clause rather than a noun phrase: "the race will be tight".
_FINITE = frozenset(
    "is are was were will would has have had can could should shall may might must does do did "
    "says said believe believes comes came".split()
)
# A part that opens with one of these tells when, where or how, not who ("before the event"),
# or is a clause of its own ("he returned to it later").
_CLAUSE_START = (STOP_NP - {"of", "at"}) | frozenset(
    "after before during since while until according about against along as "
    "he she they it we i you there this these those".split()
)
# A part that ends on one of these was cut from a longer phrase: "candidates like", "three days after".
_OPEN_END = STOP_NP | frozenset("like after before during than as a an the his her their its".split())


def _part(text: str) -> str | bool:
    """One comma-separated part of a detail as a role; False for a part to skip (an
    honorific), True for one that ends the role (a clause or a connective)."""
    part = text.strip(" ,.;")
    if not part:
        return False
    words = part.split()
    low = [w.lower().strip(".’'") for w in words]
    if all(w in _HONORIFIC for w in low):
        return False
    if _ANONYMITY.search(part):
        return part  # "speaking on condition of anonymity": why the source is unnamed
    if (
        _CONNECTIVE.match(part)
        or low[-1] in _OPEN_END | _HONORIFIC
        or _FINITE & set(low)
        or low[0] in _CLAUSE_START
        or (low[0].endswith("ing") and words[0].islower() and low[0] not in _ING_ROLES)  # "tweeting …"
    ):
        return True
    return part + "." if text.rstrip().endswith(".") else part  # "Sen.", "Former Arkansas Gov."


def shown_role(detail: str | None) -> str | None:
    """The role in a recorded speaker detail, as shown after the name; None if it holds none.

    >>> shown_role("WASHINGTON ― President")
    'President'
    >>> shown_role("24, who was visiting Manhattan"), shown_role("who declined to comment")
    ('24', None)
    >>> shown_role("Mr., a retired teacher")
    'a retired teacher'
    >>> shown_role("a Los Angeles-area volunteer who was recently elected as a delegate")
    'a Los Angeles-area volunteer'
    >>> shown_role("a teacher who runs the choir"), shown_role("a nurse, speaking on condition of anonymity")
    ('a teacher who runs the choir', 'a nurse, speaking on condition of anonymity')
    >>> shown_role("Vice President, who was to travel to Ohio")
    'Vice President'

    >>> shown_role("Former Arkansas Gov, for his part")
    'Former Arkansas Gov'
    >>> shown_role("Mr.") is None, shown_role("the race will be tight") is None
    (True, True)
    >>> shown_role("35, the daughter of a former president")
    '35, the daughter of a former president'
    >>> shown_role("undecided voter, N.H., before the barn event, a reporter saw")
    'undecided voter, N.H.'
    >>> shown_role("President, tweeting after the debate, a first")
    'President'
    >>> shown_role("who is executive director of the Center for Water Policy, a think tank")
    'who is executive director of the Center for Water Policy'
    >>> shown_role("He returned to it later after senior editor") is None
    True
    >>> shown_role("acting director, explaining the delay")
    'acting director'
    >>> shown_role("Sen., of Maryland")
    'Sen., of Maryland'
    """
    if not detail:
        return None
    text = _DATELINE.sub("", detail.strip(), count=1)
    cut = _CLAUSE.search(text)
    clause = None
    if cut is not None:
        rest = text[cut.start() :].strip(" ,")
        # why a source is unnamed, or a short clause saying who they are, stays
        first_part = rest.split(",")[0]
        if _ANONYMITY.search(rest):
            clause = rest.rstrip(" .")
        elif _POST_CLAUSE.match(first_part) or _PARTLY_NAMED.search(first_part):
            clause = first_part.rstrip(" .")
        text = text[: cut.start()]
    parts: list[str] = []
    for piece in re.split(r",|;", text):
        part = _part(piece)
        if part is True:
            break
        if part:
            parts.append(part)
    role = ", ".join(parts)
    if clause:
        joint = ", " if text.rstrip().endswith(",") else " "
        role = f"{role}{joint}{clause}" if role else clause
    return role or None
