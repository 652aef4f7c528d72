""" "What was the outcome of the vote?", "did the talks succeed?", "how did the strike end?",
"what came out of the talks?": questions that ask what came of something. Pure.

Such a question is answered by a paragraph that tells a result, in a word of consequence or of
what an event ends in (a toll, a win, a failure, an agreement), not by one that tells only the
event itself or what is still open. "The next round" asks about an event still to come when the
articles were written: the outcome of the round before is not its outcome.
"""

from __future__ import annotations

import re

from ...text import split_sentences
from ..lexical import terms
from .placed import placing_subject

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
    r"\b(?:secur(?:e|ed|es|ing)|lead(?:s|ing)?|forc(?:ed|ing)|into\s+force|win(?:s|ning|ners?)?)\b|"
    # something going on past it is an outcome too: "talks will continue", "kept the talks going"
    # ("while continuing to …" only tells how something else was done)
    r"\bcontinu(?:e|es|ed|ation)\b|(?<!while\s)(?<!as\s)(?<!by\s)(?<!without\s)\bcontinuing\b|"
    r"\bresum(?:e|es|ed|ing|ption)\b|"
    r"\bk(?:eep|eeps|ept|eeping)\s+[\w'’ -]{1,40}?\s+(?:going|alive|open|on\s+track)\b",
    re.IGNORECASE,
)

# what someone wants or believes should happen, not what did: "he believes the talks must bring
# a halt to …", "they demand an end to …", to the end of its clause (a relative clause inside it
# skipped: "he wants the rules, which he drafted, to bring an end to …"). A "must" alone is left
# alone: "the court ruled the firm must stop" tells the ruling's outcome
_CLAUSE = r"[^,;:]*(?:,\s*(?:which|who|whom|whose|where)\b[^,;:]*,[^,;:]*)*"  # over "…, which …,"
_WISHED = re.compile(
    r"\b(?:believ(?:e|es|ed|ing)|thinks?|thought|wants?|wanted|wanting|wish(?:es|ed|ing)?|"
    r"hop(?:e|es|ed|ing)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|"
    r"expect(?:s|ed|ing)?)\b" + _CLAUSE + r"|"
    r"\b(?:calls?|called|calling|push(?:es|ed|ing)?|press(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+for\b" + _CLAUSE,
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
    >>> q = "What was the outcome of the summit?"
    >>> result_unreported(q, "The summit took place amid unrest. Fog closed the port. Talks in May failed.")
    True
    >>> result_unreported(q, "The summit took place amid unrest. It ended without a deal.")
    False
    >>> result_unreported(q, "The outcome of the summit will shape the region for years.")
    True
    >>> result_unreported(q, "Both leaders agreed to meet again. The exchange took place at the summit.")
    False
    >>> result_unreported(q, "Talks in May failed. The summit took place at the castle.")
    True
    """
    return asks_result(question) and (
        not _result_of_asked(question, paragraph) or _next_untold(question, paragraph)
    )


# "the outcome of the summit", "what came out of the talks": the thing whose result is asked
_ASKED_THING = re.compile(
    r"\b(?:outcomes?|results?|upshot|consequences?)\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?([^?.,;]+)"
    r"|\b(?:came|comes|come)\s+(?:out\s+)?of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?([^?.,;]+)"
    r"|\bresulted\s+from\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?([^?.,;]+)",
    re.IGNORECASE,
)


# a result still open: "the outcome of the vote will decide …", "its effect remains unclear"
_STILL_OPEN = re.compile(
    r"\b(?:remains?|remained)\s+(?:\w+ly\s+)?(?:uncertain|unclear|unknown|open|to\s+be\s+seen)\b"
    r"|\b(?:outcome|outcomes|result|results|effect|effects|effectiveness|consequences?|impact)\s+of\b"
    r"[^.;]*?\b(?:will|would|could|may|might)\b",
    re.IGNORECASE,
)


# a sentence that goes on about what the one before it named: "It ended …", "That led to …"
_POINTS_BACK = re.compile(r"^\W*(?:it|its|they|their|this|that|these|those|there|then)\b", re.IGNORECASE)


def _result_of_asked(question: str, paragraph: str) -> bool:
    """Whether `paragraph` tells a result of what `question` asks about: where some sentence
    names the asked thing ("the outcome of the summit"), a result told in a sentence that names
    none of it, nor goes on from one that does ("It ended …"), is another event's ("The summit took place amid
    unrest. … Talks in May failed." tells nothing of the summit)."""
    sentences = split_sentences(paragraph)
    told = [tells_result(s) and _STILL_OPEN.search(s) is None for s in sentences]
    if not any(told):
        return False
    asked = _ASKED_THING.search(question)
    wanted = set(terms(next(g for g in asked.groups() if g))) if asked else set()
    naming = [bool(wanted.intersection(terms(s))) for s in sentences]
    if not any(naming):
        return True
    return any(
        told[i]
        and (
            naming[i]
            or (i > 0 and naming[i - 1] and _POINTS_BACK.match(sentences[i]) is not None)
            or (i + 1 < len(sentences) and naming[i + 1] and _placed_at(sentences[i + 1], wanted))
        )
        for i in range(len(sentences))
    )


def _placed_at(sentence: str, wanted: set[str]) -> bool:
    """Whether `sentence` places something told before it ("The exchange occurred during the
    summit") at the asked occasion: its subject is not the asked thing itself ("The summit took
    place in May" goes on from nothing)."""
    subject = placing_subject(sentence)
    return subject is not None and not wanted.intersection(terms(subject))


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
    >>> tells_result("The mayor said the talks will continue.")
    True
    >>> tells_result("She spoke softly while continuing to smile.")
    False
    >>> tells_result("She wants a halt to the works.")
    False
    """
    return _RESULT_WORDS.search(_WISHED.sub(" ", _CAUSED_BY.sub(" ", sentence))) is not None
