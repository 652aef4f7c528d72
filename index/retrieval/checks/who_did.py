""" "Who brokered the truce that ended the spring war?": a question for the one who did an act
it names by its verb. Pure.

The best match may tell of what the question's other words name ("the spring war was
triggered by …") while a paragraph scoring all but as well tells of the act itself ("… before a
truce brokered by Lee came into force"). Between such near-equals, the one that names the
doer of the asked verb after "by" says who did it, when the best one never uses the verb.
Only the order changes: nothing is refused here. The verb alone is too weak a sign ("who won
the final?" is told by "… defeated …", and "who received the ball?" by the paragraph before
the one where "Lee received a punt"): on squad-dev it moved four right answers and one wrong.
"""

from __future__ import annotations

import re

from ...types import Passage
from ..lexical import terms

# a runner-up leads only from this share of the best score up: a near-tie, not a weaker match
ACT_RATIO = 0.9
ACT_LOOKAHEAD = 3

# "who brokered …", "who ordered …": "who" and a verb in the past tense (or an irregular
# one); auxiliaries and verbs of saying ask something else and are left alone
_WHO_VERB = re.compile(r"^\s*who\s+([a-z]{3,}ed|led|won|ran|began|wrote|struck|built|sent|shot)\b", re.I)
_NOT_ACTS = frozenset("needed wanted seemed appeared used based called named".split())


def asked_verb(question: str) -> str | None:
    """The stem of the act a "who did it?" `question` names, or None.

    >>> asked_verb("Who brokered the truce in the north?"), asked_verb("Who led the raid?")
    ('broker', 'led')
    >>> asked_verb("Who is the mayor?"), asked_verb("who said the port would close?")
    (None, None)
    """
    m = _WHO_VERB.match(question)
    if m is None or m.group(1).lower() in _NOT_ACTS:
        return None
    return next(iter(terms(m.group(1))), None)


def act_first(question: str, passages: tuple[Passage, ...]) -> tuple[Passage, ...]:
    """`passages` led by a near-tie runner-up that holds the verb `question` asks who did
    (see `asked_verb`), when the best one does not; else `passages` unchanged."""
    verb = asked_verb(question)
    if verb is None or not passages or verb in terms(passages[0].paragraph.text):
        return passages
    best = passages[0].score
    for i, p in enumerate(passages[1:ACT_LOOKAHEAD], start=1):
        if p.score >= ACT_RATIO * best and done_by(verb, p.paragraph.text):
            return (p, *passages[:i], *passages[i + 1 :])
    return passages


def done_by(verb: str, text: str) -> bool:
    """Whether `text` names who did the act of stem `verb` in the passive, "<verb> by <Name>".

    >>> done_by("broker", "A truce brokered by Lee came into force."), done_by("broker", "Lee brokered it.")
    (True, False)
    >>> done_by("broker", "A truce brokered by the two sides held.")
    False
    """
    for m in _BY_NAME.finditer(text):
        if verb in terms(m.group(1)):
            return True
    return False


# "… brokered by Lee", "… led by the Brava Council": a participle, "by", then a name
_BY_NAME = re.compile(r"\b([a-z]{3,})\s+by\s+(?:the\s+)?[A-Z]")


# "who mediated the talks?", "who represented Brava?", "who led the Tarn delegation?": a role in
# talks, told only by a word of that role ("who negotiated …?" is left out: "negotiations" names
# the talks themselves); a paragraph on the talks that names someone else
# ("… after which Lee said another round would follow") does not say who held it. "Who led
# …?" of anything but talks is left out: a campaign or an army is often told as "under X".
_ROLE_ASKED = re.compile(
    r"^\s*who\s+(?:(mediated|brokered|represented)\b|(?:led|headed)\s+(?:the\s+|a\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(delegation|talks|negotiations|mission)\b)",
    re.IGNORECASE,
)
_ROLE_WORDS = {
    "mediated": "mediate mediator mediation broker intermediary facilitate host hosted",
    "brokered": "broker mediate mediator mediation",
    "represented": "represent representative envoy delegation delegate led lead head headed send sent "
    "dispatched attend attended",
}
_LEADING = "led lead leader head headed chief chair envoy"


def role_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks who held a role in talks (see `_ROLE_ASKED`) and `paragraph` has
    no word of that role.

    >>> q = "Who mediated the talks in Kell?"
    >>> role_untold(q, "Brava and Tarn held talks in Kell, after which Lee said more would follow.")
    True
    >>> role_untold(q, "The talks in Kell were mediated by Norway's envoy.")
    False
    >>> role_untold("Who led the Tarn delegation?", "The Tarn delegation was headed by Ana Ruiz.")
    False
    >>> role_untold("Who led the army?", "The army marched on Kell.")
    False
    >>> role_untold("Who led the Tarn delegation?", "The talks led to a truce.")
    True
    """
    m = _ROLE_ASKED.match(question)
    if m is None:
        return False
    words = _ROLE_WORDS[m.group(1).lower()] if m.group(1) else _LEADING
    told = _LED_TO.sub(" ", paragraph)  # "… led to a suspension" is a cause, not a leader
    return not set(terms(words)) & set(terms(told))


_LED_TO = re.compile(r"\b(?:led|leads?|leading)\s+to\b", re.IGNORECASE)
