""" "What did Lee and Roe agree on?", "what have they agreed to?": questions that ask what was
agreed, answered only by a paragraph that reports an agreement. Pure.

"Did Lee agree to reopen the border?", "has Roe agreed on a date?" ask whether: a paragraph
that reports an agreement, or a refusal ("Roe rejected the plan"), tells yes or no; one where
the border only "must be part of any agreement" tells neither.

An agreement named only as hoped for, in doubt or missing is none reached: "the scope of any
potential agreement", "whether a deal can be reached", "talks ended without a deal" are near
such a question and do not say what anyone agreed on.
"""

from __future__ import annotations

import re

from ..lexical import terms

# what is agreed: "what did X and Y agree on?" is told by an agreement in any of these words
AGREEING = "agree agreement deal accord pact treaty consensus settle settlement sign signed".split()
# "what did Lee and Roe agree on?", "what have the sides agreed to?", "what did they agree upon?"
_WHAT_AGREED = re.compile(
    r"^\s*what\s+(?:else\s+)?(?:did|do|does|have|has|had|will|would)\s+(?:[\w’'.-]+\s+){1,6}?agreed?\b",
    re.IGNORECASE,
)
# "did Lee agree to …?", "has Roe agreed on …?", "did they agree?", "did Lee and Roe reach a deal?"
# ("does Lee agree with Roe?" asks an opinion; "do the articles agree …?" asks the sources)
_IF_AGREED = re.compile(
    r"^\s*(?:and\s+)?(?:did|do|does|have|has|had|will|would)\s+"
    r"(?!(?:the\s+|both\s+)*(?:two\s+)?(?:sources|articles|reports|stories|outlets|accounts)\b)"
    r"(?:[\w’'.-]+\s+){1,6}?(?:agreed?(?:\s+(?:to|on|upon|that)\b|\s*\?*\s*$)|"
    r"(?:reach|reached|strike|struck|seal|sealed|clinch|clinched)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?"
    r"(?:deal|agreement|accord|pact|treaty)\b)",
    re.IGNORECASE,
)
# a refusal answers "did X agree to …?" as well: no
_REFUSED = re.compile(
    r"\b(?:reject\w*|refus\w*|declin\w*|rebuff\w*|rul(?:e|es|ed|ing)\s+out|turn(?:s|ed)?\s+down|"
    r"non-negotiable|unwilling|not\s+(?:willing|ready|prepared)|won[’']t|will\s+not|would\s+not)\b",
    re.IGNORECASE,
)
_AGREEMENT_WORD = r"(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|settlements?|consensus)"
# an agreement only hoped for, in doubt or missing: the words before it, up to one word between
_UNREACHED = re.compile(
    r"\b(?:any|no|potential|possible|future|prospective|eventual|proposed|hoped-for|"
    r"whether(?:\s+or\s+not)?\s+(?:a|an|the)|if\s+(?:a|an|the)|without\s+(?:a|an|any)|"
    r"(?:failed|failing|fails|unable)\s+to\s+(?:reach|produce|strike|secure|sign)\s+(?:a|an|any))"
    rf"\s+(?:[\w-]+\s+)?{_AGREEMENT_WORD}\b",
    re.IGNORECASE,
)
_FAMILY = frozenset(AGREEING) | {t for w in AGREEING for t in terms(w)}


def asks_agreed(question: str) -> bool:
    """Whether `question` asks what was (or will be) agreed.

    >>> asks_agreed("What did Lee and Roe agree on?"), asks_agreed("What did they agree upon?")
    (True, True)
    >>> asks_agreed("What did Lee say about the agreement?")
    False
    """
    return _WHAT_AGREED.match(question) is not None


def asks_if_agreed(question: str) -> bool:
    """Whether `question` asks yes or no whether something was (or will be) agreed.

    >>> asks_if_agreed("Did Lee agree to reopen the border?"), asks_if_agreed("Did they reach a deal?")
    (True, True)
    >>> asks_if_agreed("Does Lee agree with Roe?"), asks_if_agreed("Do the articles agree on the date?")
    (False, False)
    """
    return _IF_AGREED.match(question) is not None


def tells_if_agreed(paragraph: str) -> bool:
    """Whether `paragraph` tells yes or no to a question whether something was agreed: it
    reports an agreement (`reports_agreement`) or a refusal.

    >>> tells_if_agreed("Roe rejected any deal that left the border shut.")
    True
    >>> tells_if_agreed("Lee wants the border to be part of any agreement.")
    False
    """
    return reports_agreement(paragraph) or _REFUSED.search(paragraph) is not None


def agreement_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks whether something was agreed and `paragraph` tells neither yes
    nor no (`tells_if_agreed`).

    >>> q = "Did Roe agree to reopen the border?"
    >>> agreement_untold(q, "Lee wants to convince Roe that the border must be in any deal.")
    True
    >>> agreement_untold(q, "Roe agreed on Monday to reopen it."), agreement_untold(q, "Roe refused.")
    (False, False)
    """
    return asks_if_agreed(question) and not tells_if_agreed(paragraph)


def reports_agreement(paragraph: str) -> bool:
    """Whether `paragraph` speaks of an agreement other than one only hoped for or missing.

    >>> reports_agreement("Lee and Roe agreed to reopen the border.")
    True
    >>> reports_agreement("The sides differ over the scope of any potential agreement.")
    False
    >>> reports_agreement("Lee will see whether or not a deal can be reached.")
    False
    >>> reports_agreement("The talks ended without a deal, but a pact on fishing was signed.")
    True
    >>> reports_agreement("The long-standing disagreement over fishing rights goes on.")
    False
    """
    rest = _UNREACHED.sub(" ", paragraph)
    words = re.findall(r"[a-z]+", rest.lower())
    return any(w in _FAMILY for w in words) or any(t in _FAMILY for t in terms(rest))
