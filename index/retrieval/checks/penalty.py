""" "What sentence did Ana Ruiz get?": the penalty a court imposed, asked of a case. Pure.

A paragraph about the case names the accused, the charge and what was said ("Ruiz was
charged with assault", "'He deserved it,' Ruiz told reporters"), so it is near the question,
and it tells no sentence: a term in prison or jail, probation, a fine, community service, or
an acquittal that spares one. A paragraph with none of these words says nothing of a
sentence; a close runner-up that tells one leads instead (`leading._first_fit`), else the
reply is that the articles don't give the result.
"""

from __future__ import annotations

import re

# "what sentence did X get?", "what prison sentence does X face?", "what penalty was X given?",
# "what punishment will X receive?"; "what sentence …" of grammar ("what sentence opens the
# poem?") has no auxiliary after it
_ASKED = re.compile(
    r"^\s*(?i:what|which)\s+(?:(?i:kind\s+of|prison|jail|criminal|maximum|possible)\s+)*"
    r"(?i:sentences?|penalty|penalties|punishments?)\s+"
    r"(?i:did|does|do|has|have|had|will|would|could|might|may|can|is|was|were|are)\b"
)
# the words in which news tells a sentence, or that none was passed
_TOLD = re.compile(
    r"\b(?:sentenc\w*|prison|jail\w*|imprison\w*|probation|fined|fines?\s+of|penalt(?:y|ies)|"
    r"punish\w*|community\s+service|parole|acquit\w*|behind\s+bars|years?\s+in\s+(?:prison|jail))\b",
    re.IGNORECASE,
)


def asks_penalty(question: str) -> bool:
    """Whether `question` asks what sentence or penalty someone got or faces.

    >>> asks_penalty("What sentence did Ana Ruiz get?"), asks_penalty("What prison sentence does she face?")
    (True, True)
    >>> asks_penalty("What sentence opens the report?"), asks_penalty("Was Ruiz sentenced?")
    (False, False)
    """
    return _ASKED.match(question) is not None


def penalty_untold(question: str, paragraph: str) -> bool:
    """Whether `question` asks for a sentence and `paragraph` tells none.

    >>> q = "What sentence did Tomas Berg receive?"
    >>> penalty_untold(q, "Berg was charged with assault and disorderly conduct.")
    True
    >>> penalty_untold(q, "Berg was sentenced to 30 days in jail.")
    False
    >>> penalty_untold(q, "A judge ordered Berg to pay a fine of $500.")
    False
    >>> penalty_untold("What did Berg say?", "Berg was charged with assault.")
    False
    """
    return asks_penalty(question) and _TOLD.search(paragraph) is None
