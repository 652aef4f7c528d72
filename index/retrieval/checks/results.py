""" "What was the outcome of the vote?", "did the talks succeed?", "how did the strike end?",
"what came out of the talks?": questions that ask what came of something. Pure.

Such a question is answered by a paragraph that tells a result, in a word of consequence or of
what an event ends in (a toll, a win, a failure, an agreement), not by one that tells only the
event itself or what is still open. "The next round" asks about an event still to come when the
articles were written: the outcome of the round before is not its outcome.
"""

from __future__ import annotations

import re

from ..lexical import terms

# "what was the outcome of the vote?", "what were the results of the raid?", "what came out of
# the talks?", "what resulted from the raid?"
_RESULT_ASKED = re.compile(
    r"^\s*what\s+(?:(?:was|were|is|are|will\s+be|would\s+be)\s+the\s+(?:final\s+|main\s+)?"
    r"(?:outcome|outcomes|result|results|upshot|consequence|consequences)\s+of|"
    r"(?:came|comes|has\s+come|will\s+come)\s+(?:out\s+)?of|resulted\s+from)\b",
    re.IGNORECASE,
)
# "did the talks succeed?", "were the strikes a success?", "did Lee manage to …?", "how did the
# campaign end?": the outcome asked as yes or no, or by how something ended
_SUCCESS_ASKED = re.compile(
    r"^\s*(?:did|do|does|has|have|had|was|were|is|are|will)\s+(?:the\s+)?[\w'’ -]{1,60}?\s+"
    r"(?:succeed\w*|fail\w*|work(?:ed)?|pa(?:y|id)\s+off|successful|a\s+success|a\s+failure|"
    r"produce\s+(?:a\s+|an\s+)?(?:breakthrough|results?|agreement|deal)|reach\s+(?:a|an)\s+(?:deal|agreement)|"
    r"end\s+in|manage[ds]?\s+to)\b"
    r"|^\s*how\s+did\s+[\w'’ -]{1,60}?\s+(?:end|go|turn\s+out)\s*\??\s*$",
    re.IGNORECASE,
)
# what tells a result: a word of consequence or of what an event ends in (a toll, a win, a
# failure, an agreement, an arrest …); stems, by prefix
_RESULT_WORDS = re.compile(
    r"\b(?:result|outcome|consequen|effect|impact|led|caus|end|produc|yield|brought|bring|left|"
    r"leav|kill|death|dead|died|injur|wound|destroy|damag|won|lost|los|fail|(?:un)?succe|agree|approv|"
    r"reject|pass|prompt|trigger|prevent|arrest|merg|creat|halt|stop|suspend|collaps|"
    r"achiev|reach|conclu|broke|break|toll|casualt|victor|defeat)\w*|\b(?:so|thus|therefore|hence)\b|"
    # verbs whose stem also opens a common noun: "secured", not "security"; "leads", not
    # "leader"; "forced", not "forces"; "wins", not "winter"
    r"\b(?:secur(?:e|ed|es|ing)|lead(?:s|ing)?|forc(?:ed|ing)|into\s+force|win(?:s|ning|ners?)?)\b",
    re.IGNORECASE,
)


# what something came from, not what came of it ("the war was triggered by strikes")
_CAUSED_BY = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:caused|triggered|prompted|sparked|led)\s+by\b",
    re.IGNORECASE,
)


# "the next round", "the upcoming vote": an event the question places after another; its
# result is told only where that event is named so, and a result of the one before is not it
_NEXT = re.compile(
    r"\b(?:next|upcoming|coming|forthcoming|following|subsequent)\s+([a-z]{3,})", re.IGNORECASE
)


def result_unreported(question: str, paragraph: str) -> bool:
    """Whether `question` asks for the outcome of something and `paragraph` tells no result,
    only the event itself ("… launched its first drone attack") or what is still open ("it
    remains unclear whether …"), or asks for that of "the next" one and `paragraph` never
    names a next one ("… talks last week failed" is the last round's outcome).

    >>> q = "What was the outcome of the vote on the Kell bridge?"
    >>> result_unreported(q, "In May, the council held a vote on the Kell bridge.")
    True
    >>> result_unreported(q, "The vote on the Kell bridge failed by two votes.")
    False
    >>> result_unreported(q, "It remains unclear whether some members will attend the vote.")
    True
    >>> result_unreported(q, "The vote on the Kell bridge was triggered by a petition.")
    True
    >>> result_unreported("What did the council do?", "The council held a vote.")
    False
    >>> q = "What was the outcome of the next round of talks?"
    >>> result_unreported(q, "Talks last week failed to produce a deal.")
    True
    >>> result_unreported(q, "In the following round, held in May, the two sides agreed to a truce.")
    False
    """
    return asks_result(question) and (not tells_result(paragraph) or _next_untold(question, paragraph))


def _next_untold(question: str, paragraph: str) -> bool:
    """Whether `question` names "the next X" (or an upcoming, following … one) and `paragraph`
    names no such one."""
    asked = _NEXT.search(question)
    if asked is None:
        return False
    stem = next(iter(terms(asked.group(1))), asked.group(1).lower())
    return not any(next(iter(terms(m.group(1))), "") == stem for m in _NEXT.finditer(paragraph))


def asks_result(question: str) -> bool:
    """Whether `question` asks for the outcome of something ("what was the result of …?",
    "did the talks succeed?", "how did the strike end?").

    >>> asks_result("Did the talks in Geneva succeed?"), asks_result("How did the strike end?")
    (True, True)
    >>> asks_result("Did the talks take place in Geneva?"), asks_result("How did the strike start?")
    (False, False)
    """
    return _RESULT_ASKED.match(question) is not None or _SUCCESS_ASKED.match(question) is not None


def tells_result(sentence: str) -> bool:
    """Whether `sentence` tells what came of something, not what it came from.

    >>> tells_result("That war, which killed 30 people, ended the talks.")
    True
    >>> tells_result("The war was triggered by a raid on the port.")
    False
    """
    return _RESULT_WORDS.search(_CAUSED_BY.sub(" ", sentence)) is not None
