""" "What sparked the protests?", "why did the strike begin?", "why did Tarn crack down?": a
reason asked for a thing or an act the best paragraph names only as the cause of something
else. Pure.

"Police fired on the crowd in response to the protests" gives a reason, and names the
protests: as what the police answered, not as what was answered. The question asks what
brought the protests about; a paragraph whose every mention of them sits inside such a cue
phrase ("in response to …", "because of …", "seeking to end …", up to the next comma or clause)
tells why something else happened, so the reply says the articles don't give the reason. So
does one whose every mention sits in a concessive phrase ("the talks went on despite Lee's
opposition to them" tells what happened in spite of it, not why Lee opposed them). A
mention with a cue of its own after it ("the protests, which were sparked by fuel prices")
or outside any cue ("the protests began after …") may tell it, and is left to answer.
"""

from __future__ import annotations

import re

from ...text import split_sentences
from .reason import reason_cues

_NP = r"((?:[\w’'-]+\s+){0,4}?[a-z][a-z-]{2,})"
_END = r"(?=\s+(?:in|at|on|of|over|against|across|near|last|this|after|before|during|among)\b|\s*[?.!]|\s*$)"
# "what sparked the protests in Tarn?", "what was the cause of the strike?", "why did the riots
# begin?": the thing whose cause is asked
_CAUSE_OF = re.compile(
    rf"^\s*what\s+(?:prompted|triggered|provoked|sparked|caused|started|fuell?ed|set\s+off|led\s+to)\s+{_NP}{_END}|"
    rf"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:main\s+)?(?:reasons?|causes?|triggers?)\s+(?:for|of|behind)\s+"
    rf"{_NP}{_END}|"
    rf"^\s*why\s+(?:did|do|does|have|has|had)\s+{_NP}\s+(?:start|begin|break\s+out|erupt|happen|occur|"
    r"escalate|spread|flare(?:\s+up)?|take\s+place)\b",
    re.IGNORECASE,
)
# "why did Tarn crack down on the marchers?", "why did the US join the war?": the act asked
# about, after a doer by name; read as the stem of the words that name it ("crackdown")
_WHY_ACT = re.compile(
    r"^\s*(?i:why)\s+(?i:did|do|does|has|have|had|would|will)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}([a-z]{4,})\b"
)
# "why were people protesting in Tarn?", "why is the union striking?": the act in its -ing form,
# after a doer of any kind; read as the stem ("protest")
_WHY_DOING = re.compile(
    r"^\s*why\s+(?:is|are|was|were)\s+(?:[\w’'.-]+\s+){1,3}?(?!(?:noth|someth|anyth|everyth)ing\b)"
    r"([a-z]{4,}?)(?:ing)\b",
    re.IGNORECASE,
)
# words that come between the doer and the act, and acts told in another form ("struck"), whose
# every mention a stem would not find
_NOT_ACT = frozenset(
    """ever also still even just really first only never again then soon later now suddenly finally
    strike take make give leave send fight lose sell hold meet come bring keep tell speak choose
    begin break shoot steal throw write seek teach build spend lead feel fall drive rise think
    catch stand understand""".split()
)
# a concessive phrase: what it names happened, and something else in spite of it
_CONCESSIVE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding|regardless\s+of)\b", re.IGNORECASE)
# what ends a cue's phrase: a clause mark or a word that opens another clause
_CLAUSE_END = re.compile(r"[,;:–—()]|\s(?:while|but|whereas|although|though|as)\s")
# a clause of its own after the mention: its cue is another event's ("…, while Tarn warned of
# retaliatory strikes")
_OTHER_CLAUSE = re.compile(r";|[–—]|\s(?:while|but|whereas|although|though)\s")
# the article, possessive or quantity words that open a noun phrase; the head is its last word
# before any phrase that places it ("the protests in Tarn")
_OPENERS = frozenset("the a an these those this that its his her their our recent last new".split())
_PLACING = frozenset("in at on of over against across near during among from".split())


def caused_thing(question: str) -> str | None:
    """The thing whose cause `question` asks for (the last word of its noun phrase), or None.

    >>> caused_thing("What sparked the protests in Tarn?"), caused_thing("why did the riots in Tarn begin")
    ('protests', 'riots')
    >>> caused_thing("What was the cause of the dockers' strike?"), caused_thing("Why did Lee resign?")
    ('strike', None)
    >>> caused_thing("What did the protests achieve?") is None
    True
    """
    m = _CAUSE_OF.match(question)
    if m is None:
        return None
    phrase = next(g for g in m.groups() if g).split()
    placed = next((i for i, w in enumerate(phrase) if w.lower() in _PLACING), len(phrase))
    words = [w for w in phrase[:placed] if w.lower() not in _OPENERS]
    head = words[-1] if words else ""
    return head if head.islower() and len(head) > 2 else None


def cause_of_other(question: str, paragraph: str) -> bool:
    """Whether `paragraph` names what `question` asks the cause of only inside a cue phrase
    for something else, with no cue of its own after it.

    >>> q = "What sparked the protests in Tarn?"
    >>> cause_of_other(q, "Lee threatened action in response to the crackdown on the protests, aides said.")
    True
    >>> cause_of_other(q, "The protests were sparked by a rise in fuel prices.")
    False
    >>> cause_of_other(q, "Police fired in response to the protests, which were sparked by fuel prices.")
    False
    >>> cause_of_other(q, "In response to the price rise, protests spread across Tarn.")
    False
    >>> cause_of_other(q, "Lee spoke in Tarn on Monday.")
    False
    >>> cause_of_other(q, "Lee hinted at action in response to the protests, while Tarn warned of reprisals.")
    True
    >>> q = "Why did Tarn crack down on the marchers?"
    >>> cause_of_other(q, "Lee threatened sanctions in response to Tarn's crackdown on the marchers.")
    True
    >>> cause_of_other(q, "Tarn cracked down on the marchers because they blocked the port.")
    False
    >>> q = "Why were people protesting in Tarn?"
    >>> cause_of_other(q, "Lee threatened sanctions in response to Tarn's crackdown on recent protests.")
    True
    >>> cause_of_other(q, "People were protesting because fuel prices doubled.")
    False
    >>> q = "Why did Roe oppose the new dam?"
    >>> cause_of_other(q, "The council voted for the dam, despite Roe's long opposition to it.")
    True
    >>> cause_of_other(q, "Roe opposed the dam, despite its promise of cheap power, fearing floods.")
    False
    """
    head = caused_thing(question)
    act = (_WHY_ACT.match(question) or _WHY_DOING.match(question)) if head is None else None
    if act is not None and act.group(1).lower() not in _NOT_ACT:
        # "why did Tarn crack down …?" near "… in response to its crackdown on the marchers"
        word = re.compile(rf"\b{re.escape(act.group(1).removesuffix('e'))}\w*", re.IGNORECASE)
    elif head is not None:
        stem = head[:-1] if head.endswith("s") and len(head) > 4 else head
        word = re.compile(rf"\b{re.escape(stem)}(?:s|es)?\b", re.IGNORECASE)
    else:
        return False
    mentions = 0
    for sentence in split_sentences(paragraph):
        cues = reason_cues(sentence)
        opened = cues + [c.span() for c in _CONCESSIVE.finditer(sentence)]
        for m in word.finditer(sentence):
            mentions += 1
            inside = any(
                e <= m.start() and not _CLAUSE_END.search(sentence[e : m.start()]) for _, e in opened
            )
            later = any(s >= m.end() and not _OTHER_CLAUSE.search(sentence[m.end() : s]) for s, _ in cues)
            if not inside or later:
                return False
    return mentions > 0
