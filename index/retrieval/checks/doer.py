""" "When did Ana Ruiz drop out?", "What rate did Tomas Berg propose?", "Did Ana Ruiz return
the gifts?": a question about what a named person or body did, near a paragraph that never
names them. Pure.

Such a paragraph tells what someone else did ("Berg's rival dropped out on May 3", "…, which
Senator Ilse Varga proposed"): the same act and the same words, another doer. When the
paragraph names no word of the doer the question names, it cannot say what they did, so the
reply says the articles don't say instead of citing the other's act. A paragraph that speaks
of someone only as "he" or "she" may be about the one asked after (named a paragraph back),
so one with a sentence or clause that opens on such a pronoun, or that opens on a quotation
mark, is left to answer; so is a question after two doers ("where did Ana Ruiz and Tomas Berg
meet?") or after a possessive ("how long did Ana Ruiz's speech last?"). Asked yes or no, the
question is refused only when the act stands after another name ("Councillor Tomas Berg
returned the gifts"): "the two met once" may be about the one asked after.
"""

from __future__ import annotations

import re

from ...text import fold
from ..lexical import terms

# "when did Ana Ruiz …", "what rate has the Brava Council …", "how many ships did Vennick
# sink": do-support or a perfect, then the doer by name, then a verb in lower case
_DOER = re.compile(
    r"^\s*(?i:what|which|when|where|how|why|whom)\b[^?]*?\s(?:did|does|do|has|have|had)\s+"
    r"(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?!and\b|or\b)[a-z]"
)
# "did Ana Ruiz return the money?", "has the Brava Council approved it?": the same, asked
# yes or no
_DOER_YES_NO = re.compile(
    r"^\s*(?i:did|does|do|has|have|had)\s+"
    r"(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?!and\b|or\b)[a-z]"
)
# one word that names a people or a language ("Jewish", "British", "Chinese", "Iranian")
_PEOPLE = re.compile(r"[A-Z][a-z]+(?:ish|ese|an|ans|ian|ians|i|is|ic)")
# "how long did the March summit last?": a month or a day dates what follows, it does nothing
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# "He …", "They …" opening a sentence or a clause ("In May, he …", "… and she …") may stand
# for the one asked after, named before it; a paragraph that opens on a quotation mark may be
# their words, its speaker named a paragraph back
_PRONOUN_OPENING = re.compile(
    r"(?:^|[.!?,;:—]\s*|\b(?:and|but|as|when|while|because|after|before|then)\s+)\W*(?i:he|she|they)\b"
    r"|^\s*[“\"‘]"
)


def asked_doer(question: str) -> list[str] | None:
    """The folded words of the one `question` asks did something, or None.

    >>> asked_doer("When did Ana Ruiz drop out of the race?")
    ['ana', 'ruiz']
    >>> asked_doer("What top rate did the Brava Council propose?")
    ['brava', 'council']
    >>> asked_doer("When did the council vote?") is None
    True
    >>> asked_doer("Where did the British build a fort?") is None
    True
    >>> asked_doer("How long did the March summit last?") is None
    True
    >>> asked_doer("Where did Ana Ruiz and Tomas Berg meet?") is None
    True
    >>> asked_doer("How long did Ana Ruiz's year-end speech last?") is None
    True
    """
    m = _DOER.match(question) or _DOER_YES_NO.match(question)
    if m is None:
        return None
    if _PEOPLE.fullmatch(m.group(1)):
        return None  # "the Jewish people", "the British": a people, named by many words
    if re.search(r"['’]s?$", m.group(1)):
        return None  # "how long did Ana Ruiz's speech last?": the speech did it, not she
    words = [w for w in re.findall(r"[a-z0-9]+", fold(m.group(1))) if len(w) > 2 and w not in _CALENDAR]
    return words or None


def doer_absent(question: str, paragraph: str) -> bool:
    """Whether `question` asks what a named doer did and `paragraph` names none of their words.

    >>> q = "When did Ana Ruiz drop out of the race?"
    >>> doer_absent(q, "Tomas Berg dropped out of the race on May 3.")
    True
    >>> doer_absent("Did the Ruiz campaign return the gifts?", "Tomas Berg returned the gifts.")
    True
    >>> doer_absent("Did the Ruiz campaign return the gifts?", "She returned the gifts.")
    False
    >>> doer_absent("Does Ana Ruiz think the port will close?", "“I think it will close soon.”")
    False
    >>> doer_absent("Did Ana Ruiz praise Berg?", "The mayor was calm. In May, she praised Berg.")
    False
    >>> doer_absent("Has Ana Ruiz ever met Berg?", "The two met in Tarn in 2019.")
    False
    >>> doer_absent("Has Ana Ruiz ever met Berg?", "Councillor Ilse Varga met Berg in 2019.")
    True
    >>> doer_absent(q, "Ruiz dropped out of the race on May 3.")
    False
    >>> doer_absent(q, "She dropped out of the race on May 3.")
    False
    >>> doer_absent("When did Ana Ruis drop out?", "Ana Ruiz dropped out on May 3.")  # misspelt
    False
    """
    doer = asked_doer(question)
    if doer is None or _PRONOUN_OPENING.search(paragraph):
        return False
    found = set(re.findall(r"[a-z0-9]+", fold(paragraph).lower()))
    if any(t.startswith(w[:4]) or _one_edit(w, t) for w in doer for t in found):
        return False
    return _DOER.match(question) is not None or _done_by_another(question, paragraph)


# adverbs between a yes-or-no question's doer and its verb ("has Ruiz ever met …?")
_ADVERBS = frozenset(
    "ever already also really actually just still never not recently finally ultimately".split()
)


def _done_by_another(question: str, paragraph: str) -> bool:
    """Whether the act a yes-or-no `question` asks about stands in `paragraph` after another
    name in its sentence ("Councillor Tomas Berg returned the gifts"). A yes-or-no question
    names its doer and nothing else asks who: a paragraph that tells the act of "the two", "the
    mayor" may be about the one asked after, and is left to answer."""
    m = _DOER_YES_NO.match(question)
    if m is None:
        return False
    # the verb, or a noun of the doer's and then the verb ("did the Ruiz campaign return …?")
    after = [w for w in re.findall(r"[a-z][\w’'-]*", question[m.end(1) :]) if w not in _ADVERBS][:2]
    stems = {t for w in after for t in terms(w)}
    for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
        words = sentence.split()
        for i, word in enumerate(words):
            if stems & set(terms(word)) and re.search(r"\b[A-Z][a-z]{2,}", " ".join(words[1:i])):
                return True  # the sentence's first word is capitalised whatever it is
    return False


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by at most one letter added, dropped or replaced: a
    misspelt name ("Moncalm", "Brainbridge") still names the one the paragraph does."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]
