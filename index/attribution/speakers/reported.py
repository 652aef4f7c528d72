"""Where a reported clause starts and ends, and name phrases with a lowercase role in front.

Helpers for `cues`, on a sentence whose quotations are masked:

- `clause_start`: after ``told staff in an email seen by X that …`` the clause starts after
  ``that``; the words before it are the audience and the medium, not what was said.
- `clause_end`: ``It said X but gave no date``: a coordinator followed by a verb with no
  subject of its own continues the *speaker's* sentence, so the reported clause stops there.
- `object_not_clause`: ``when the firm added four names to its list``: ``add`` with a plain
  noun object (no verb after it) is an action, not speech.
- `role_name`: ``fire chief Marek Holm``: up to three lowercase role words before a name.

>>> text = " on Tuesday that the port would reopen"
>>> text[clause_start(text, 0, len(text), False):]
' the port would reopen'
>>> role_name("harbour engineer Tomas Velde".split())
True
>>> role_name("fought the blaze near Sorrel Bay".split())
False
"""

from __future__ import annotations

import re

_MODALS = frozenset(
    "is was were are be been has have had will would can could may might must should shall does do did "
    "won't wouldn't can't couldn't isn't wasn't weren't aren't hasn't haven't hadn't".split()
)
_OBJECT_START = frozenset(
    "the a an another its his her their our this that these those some several many more new further "
    "extra one two three four five six seven eight nine ten dozens hundreds thousands".split()
)
# Verbs of the speaker's own sentence after "but"/"and": "… but gave no date", "… and declined
# to comment". Reporting verbs are added by the caller. No auxiliaries: "… but would not"
# is usually still the reported clause (backshifted tense).
_SPEAKER_VERBS = frozenset(
    """gave declined refused offered provided stopped withheld expressed welcomed thanked
    cited""".split()
)
_NOT_ROLE = frozenset(
    """the a an and but or in on at of for to from by with near under after before when while as
    that who which whose is was were are has had have will would said told says tells""".split()
)
_MEDIA = frozenset(
    """email emails memo letter note statement message filing post interview briefing report speech
    video call conference meeting hearing session""".split()
)
_WORD = re.compile(r"\S+")
# "said on Monday that", "stated last week that", "stated on that" (a date lost in editing)
_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december week month year morning afternoon evening night
    day weekend today yesterday earlier""".split()
)
_TIME_LEAD = frozenset("on in at last this earlier late".split())


def _bare(word: str) -> str:
    return word.strip(".,;:!?()").lower()


def clause_start(masked: str, pos: int, hi: int, loose: bool) -> int | None:
    """Start of the reported clause when ``that`` comes a few words after the cue, else None.

    The words between must be an audience (`loose`: after ``told``, or after a medium the
    cue already holds, ``said in a letter sent to members that``) or a prepositional medium
    phrase (``said in a memo seen by X that``): at most ten, no punctuation, no finite verb.
    """
    words = list(_WORD.finditer(masked, pos, hi))[:11]
    if not words or words[0].group().lower() == "that":
        return None
    timed = _when(words)
    if timed is not None:
        return timed
    if not loose and (
        words[0].group().lower() not in ("in", "on", "via", "through", "at", "to")
        or not any(_bare(w.group()) in _MEDIA for w in words)
    ):
        return None
    for i, w in enumerate(words):
        t = w.group()
        if t.lower() == "that" and i > 0:
            nxt = words[i + 1].group().lower() if i + 1 < len(words) else ""
            return w.end() if nxt not in _MODALS and not nxt.endswith("ed") else None
        if not t.replace("-", "").replace("’", "").replace("'", "").isalnum() or t.lower() in _MODALS:
            return None
        if t.lower() in ("who", "which", "whose"):
            return None
    return None


def _when(words: list[re.Match[str]]) -> int | None:
    """After a time phrase and ``that`` (``on Monday that``, ``last week that``): the clause start."""
    if _bare(words[0].group()) not in _TIME_LEAD:
        return None
    for w in words[1:5]:
        t = _bare(w.group())
        if t == "that":
            return w.end()
        if t not in _TIME and not t.isdigit():
            return None
    return None


def clause_end(text: str, lo: int, hi: int, verbs: frozenset[str]) -> int:
    """End of a reported clause at ``[lo, hi)``: before ``but``/``and`` + a speaker's verb."""
    for m in re.finditer(r",?\s+(?:but|and)\s+(?:also\s+|then\s+)?(\w+)", text[lo:hi]):
        if m.group(1).lower() in _SPEAKER_VERBS | verbs:
            return lo + m.start()
    return hi


def object_not_clause(content: str) -> bool:
    """``four names to its list``: a noun object with no verb, so ``added`` is not speech."""
    words = content.split()
    if not words or words[0].lower() not in _OBJECT_START and not words[0][:1].isdigit():
        return False
    return not any(w.lower() in _MODALS or w.lower() == "that" or w.endswith("ed") for w in words[1:])


def role_name(words: list[str]) -> bool:
    """Lowercase role words (one to three) and then a name of two or more capitalised words."""
    k = 0
    while k < len(words) and words[k][:1].islower():
        k += 1
    name = words[k:]
    if not 1 <= k <= 3 or not 2 <= len(name) <= 4:
        return False
    if any(not w[:1].isupper() for w in name):
        return False
    return all(w.replace("-", "").isalpha() and w.lower() not in _NOT_ROLE for w in words[:k])
