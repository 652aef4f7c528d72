""" "What did Brava want?" near "He wants to convince Brava that …": a paragraph that tells what
someone else wants, with the one asked about only as its object. Pure.

Such a sentence shares the question's words ("want", the name) and answers another question.
A paragraph is unfit when its every sentence of wanting has a wanter other than the one asked
about, and that one named only after the verb; a paragraph with no word of wanting is left to
the other checks (what someone wants is often told as "insisted", "pressed for", a quotation).
"""

from __future__ import annotations

import re

from ...text import sentence_spans

# "what did Ana Ruiz want (from the talks)?", "what does Brava seek?", "what was Tarn hoping for?"
_ASKS_WANT = re.compile(
    r"^\s*(?i:what)\s+(?i:did|does|do|was|is|were|are)\s+((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)\s+"
    r"(?i:want|seek|hope|hoping|expect|expecting|wish)\b"
)
_WANTING = re.compile(
    r"\b(?:wants?|wanted|wanting|seeks?|sought|seeking|hopes?|hoped|hoping|wish(?:es|ed)?)\b"
)
# how far back a verb's subject may stand ("He wants", "Ana Ruiz, the mayor, wants")
_SUBJECT_WORDS = 8


def wanted_by_another(question: str, paragraph: str) -> bool:
    """Whether `question` asks what someone wants and `paragraph` tells only what others want
    of them (see the module doc).

    >>> q = "What did Brava want from the talks?"
    >>> wanted_by_another(q, "“He wants to convince Brava that the border must stay open,” Ruiz said.")
    True
    >>> wanted_by_another(q, "Brava wants the border open, its minister said.")
    False
    >>> wanted_by_another(q, "Brava insisted that the talks go on.")
    False
    >>> wanted_by_another("What did Ruiz say?", "He wants to convince Brava.")
    False
    """
    m = _ASKS_WANT.match(question)
    if m is None:
        return False
    surname = m.group(1).split()[-1].lower()
    told = False
    for a, b in sentence_spans(paragraph):
        sentence = paragraph[a:b]
        for verb in _WANTING.finditer(sentence):
            clause = re.split(r"[;:“”\"]", sentence[: verb.start()])[-1]
            subject = [w.strip(",.’'").lower() for w in clause.split()[-_SUBJECT_WORDS:]]
            if surname in (re.sub(r"['’]s$", "", w) for w in subject):
                return False  # the one asked about wants something here
            if surname in sentence[verb.end() :].lower():
                told = True
    return told
