"""Whether a yes-or-no question's best paragraph speaks of what is asked at all. Pure.

"Did Lee and Roe sign any agreement?" or "is the mill running at the moment?" names people
and things the articles know, so a paragraph about them is near: "Lee and Roe will meet
amid growing outrage …". It tells nothing of the act asked about: the question's words beyond
its names ("sign any agreement") are the fact it asks after, and a paragraph holding none of
them, nor a word news uses for the same thing (`kin.topic_terms`: "deal" for "agreement"),
does not state it, whether yes or no.

A phrase that only sets the time or the occasion ("… after the summit", "… at the meeting")
situates the fact and is not it: "did Lee strike Roe after the summit?" is not told by a
paragraph about the summit, nor "was Kay at the meeting?" by one about the meeting without
Kay. Such a phrase counts only when nothing else is asked ("was Lee at the summit?").

The one acted on is part of the fact too: "did Lee meet Roe?" is not told by a paragraph on
Lee's meetings that never names Roe (`name_untold`), though the articles name Roe elsewhere.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexical import terms
from .kin import topic_terms

# a question opening with an auxiliary ("did …", "is …", "has …"); "do the articles …",
# "is there a disagreement …" ask about the sources and are read elsewhere
_YES_NO = re.compile(
    r"^\s*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+"
    r"(?!(?:the\s+|both\s+)*(?:two\s+)?(?:sources|articles|reports|stories|outlets|accounts)\b)",
    re.IGNORECASE,
)
# words that only relate the names to each other: "is Kell mediating between Lee and Roe?"
# asks about mediating, which a paragraph on a war "between Lee and Roe" does not tell
_RELATIONS = frozenset(terms("between among amongst against toward towards across via amid"))
# a trailing phrase of time or occasion, from its preposition to the end of the question
_SETTING = re.compile(r"\s+(?:after|before|during|following|since|until|at)\s+.*$", re.IGNORECASE | re.DOTALL)


def asked_fact(question: str) -> set[str]:
    """The terms (with their kin) of a yes-or-no `question` beyond its auxiliary and the names
    it gives (capitalised words); empty for another kind of question.

    >>> sorted(asked_fact("Did Lee and Roe sign a treaty in Oslo?"))
    ['accord', 'agreement', 'deal', 'pact', 'sign', 'treati']
    >>> asked_fact("What did Lee sign?")
    set()
    >>> sorted(asked_fact("Was kay at the summit?")), sorted(asked_fact("Was Kay at the summit?"))
    (['kay'], ['meet', 'summit', 'trip', 'visit'])
    """
    m = _YES_NO.match(question)
    if m is None:
        return set()
    rest = question[m.end() :]
    core = _unnamed_terms(_SETTING.sub("", rest))
    return core or _unnamed_terms(rest)


def _unnamed_terms(text: str) -> set[str]:
    unnamed = " ".join(w for w in text.split() if not w[:1].isupper())
    found = topic_terms(unnamed) | {past for t in terms(unnamed) for past in _past_forms().get(t, ())}
    found -= _RELATIONS
    # a verb made of its noun with "-en" is told by the noun: "did Lee threaten Roe?" by "a threat"
    return found | {t[:-2] for t in found if len(t) >= 7 and re.search(r"[^aeiou]en$", t)}


# irregular verbs whose past the stemmer does not bring to the present: "did Lee win?" is told
# by "Lee won"
_IRREGULAR = """meet met; win won; lose lost; run ran; pay paid; spend spent; send sent; hold held;
    sell sold; buy bought; tell told; speak spoke spoken; choose chose chosen; break broke broken;
    fall fell fallen; rise rose risen; begin began begun; know knew known; see saw seen;
    write wrote written; take took taken; give gave given; make made; get got gotten; go went gone;
    come came; find found; keep kept; lead led; leave left; bring brought; think thought;
    seek sought; fight fought; catch caught; teach taught; build built; feel felt; flee fled;
    steal stole stolen; shoot shot; drive drove driven; ride rode ridden; sink sank sunk;
    swear swore sworn; throw threw thrown; fly flew flown; grow grew grown; draw drew drawn;
    forgive forgave forgiven; hide hid hidden; bite bit bitten; sit sat; stand stood; say said;
    hear heard; sleep slept; lend lent; bend bent; deal dealt; mean meant; sing sang sung"""


@cache
def _past_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for group in _IRREGULAR.split(";"):
        present, *past = group.split()
        out[next(iter(terms(present)), present)] = tuple(t for w in past for t in terms(w))
    return out


def fact_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks yes or no and `paragraph` holds none of `asked_fact`.

    >>> q = "Did Lee and Roe sign any agreement?"
    >>> fact_untold(q, "Lee and Roe will meet amid growing outrage over the new levy.")
    True
    >>> fact_untold(q, "Lee and Roe put their names to a deal on the river.")
    False
    >>> fact_untold("Who did Lee meet?", "Lee and Roe will meet.")
    False
    >>> fact_untold("Is Kell mediating between Lee and Roe?", "The war between Lee and Roe ended.")
    True
    >>> fact_untold("Did Lee threaten Roe?", "Lee was charged with making a threat.")
    False
    """
    asked = asked_fact(question)
    return bool(asked) and not asked & set(terms(paragraph))


# "did Lee meet (with) (President) Roe …": the name right after the subject and its verb is the
# one met, called, beaten; a name further on may sit in a phrase the paragraph words otherwise
# ("is Lee in favour of Roe's plan?" near "Lee backs the plan")
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
_OBJECT = re.compile(
    rf"^\s*(?i:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(?:the\s+)?{_NAME}"
    rf"\s+([a-z]+)(?:\s+(?:with|to|against|for|on|at))?\s+(?:the\s+)?({_NAME})"
)
# verbs whose object is a clause: the name after them is that clause's subject, which a
# paragraph may call "it" or "they" ("does Lee think Tarn is a threat?" near "Lee: it's a threat").
# Not "say": "did Lee say the US would …?" is a did-say, whose paragraph must name what it claims
# (else the quote index answers that no quote of Lee says it)
_CLAUSE_VERBS = frozenset(
    "think thinks believe believes expect expects fear fears feel feels hope hopes know knows "
    "suspect suspects doubt doubts worry worries consider considers".split()
)
_TITLES = frozenset(
    "president senator sen rep representative governor gov mr mrs ms dr secretary minister prime general "
    "mayor king queen prince princess judge justice chairman chairwoman".split()
)
_STEM = 4  # letters a name shares with its other forms ("Iran" / "Iranian")


def name_untold(question: str, paragraph: str) -> bool:
    """Whether yes-or-no `question` names whom its subject acted on ("did Lee meet Roe?") and
    `paragraph` holds no word of that name: a paragraph on Lee's meetings that never names Roe
    does not say whether they met. The subject may be a pronoun in the paragraph, and a name
    further on may be worded otherwise, so only the object is held to the paragraph.

    >>> q = "Did Ona Lee meet Governor Roe?"
    >>> name_untold(q, "Ms. Lee held two meetings in Oslo with trade officials.")
    True
    >>> name_untold(q, "Lee met Roe in Oslo.")
    False
    >>> name_untold("Did Lee meet with Roe on Monday?", "She met Roe on Monday.")
    False
    >>> name_untold("Does Lee think the tariffs will hurt Vennick's farmers?", "Lee said tariffs hurt.")
    False
    >>> name_untold("Did Lee meet Roe or Kay?", "Lee met Kay.")
    False
    >>> name_untold("Who did Lee meet?", "Lee met Kay.")
    False
    >>> name_untold("Does Lee think Roe is a danger to Oslo?", "Lee said: “It is no danger to us.”")
    False
    >>> name_untold("Did Lee say the US would act?", "Lee met Kay in Oslo.")
    True
    """
    m = _OBJECT.match(question)
    if m is None or re.search(r"\bor\b", question, re.IGNORECASE):
        return False  # "was it built on Earth or in space?": either name may go untold
    if m.group(1) in _CLAUSE_VERBS:
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", m.group(2)) if len(w) > 2]
    words = [w for w in words if w.rstrip(".") not in _TITLES] or words
    low = paragraph.lower()
    return not any(re.search(rf"\b{re.escape(w[:_STEM])}", low) for w in words)
