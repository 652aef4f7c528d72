""" "What was the name of the young woman who asked …?", "What were the names of the six
soldiers?": a question after the name of someone or something the paragraph only brings in
with an indefinite article or a count ("a young woman asked …", "six soldiers died"). Pure.

A report that knows the name gives it where it brings the role in ("a federal judge, Ana
Ruiz, …", "a woman named …") or calls the role by it later ("Judge Ruiz", "the judge");
one that only ever says "a judge" keeps the name back, so the paragraph sounds like an answer
and is not one. An indefinite phrase after a name ("Brava Hall, a former prison", "Brava Hall
was a prison") describes it: that paragraph names what is asked. "Which judge …?" questions
are left alone: on squad-dev their answer is often named by another word ("several players
dove for the ball; Newton did not"). `named.py` checks the question forms that ask for an
office-holder; this one any role, but only against a paragraph whose every mention of the role
is indefinite.
"""

from __future__ import annotations

import re

# the words that end the role asked after: a relative clause, a preposition, a verb
_STOP = frozenset(
    """who whom whose that which where when in at on of for with about from to by during after
    before into over under was were is are has have had did does do will would could can""".split()
)
# "what is the name of the young woman who …", "what were the names of X's two sons?",
# "what is the title of Ana Ruiz's new book?", "what is the name of the Tarn Post reporter
# who …?" (capitalised words before the role say whose it is: the role is the noun after them)
_NAME_OF = re.compile(
    r"^\s*(?i:what)\s+(?i:is|was|are|were)\s+the\s+(?i:names?|titles?)\s+of\s+"
    r"(?:(?i:the|a|an)\s+(?:[A-Z][\w’'.-]*\s+){0,3}|(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w’'.-]*['’]s\s+)"
    r"((?:[a-z][\w-]*\s*){1,4})"
)
# what makes a mention indefinite: an article, a count or a vague quantity before it
_INDEFINITE = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|dozens\s+of|"
    r"hundreds\s+of|another)"
)
# a verb right after the role: the indefinite phrase is the clause's subject, no apposition
# ("In May, a judge, in a ruling, ordered …": a parenthesis in lower case after it)
_ACTS = re.compile(
    r"^(?:s|es)?(?:\s+(?:[a-z]+ed|said|says|told|asked|is|was|were|are|has|had|will|would)\b|,\s+[a-z])"
)
_DEFINITE = frozenset("the its his her their our my your this that these those".split())
# a name given with the mention: ", Ana Ruiz", "named Ana", "called The Bridge", "(Ana Ruiz)",
# ", known as the Yassa"
_NAME_AFTER = re.compile(
    r"^(?:s|es)?(?:\s*,\s*|\s*,?\s+(?:named|called|known\s+as|identified\s+as)\s+(?:the\s+)?|\s*\(\s*)"
    r"[A-Z“\"‘']"
)


def asked_role(question: str) -> str | None:
    """The noun for what a question asks the name of, in lower case, or None.

    >>> asked_role("What was the name of the young woman who spoke?")
    'woman'
    >>> asked_role("What is the title of Ana Ruiz's new book?")
    'book'
    >>> asked_role("What is the name of the Tarn Post reporter who asked?")
    'reporter'
    >>> asked_role("What is the name of the French colony founded in 1564?")
    'colony'
    >>> asked_role("Which local bakery has closed?") is None  # see the module doc
    True
    >>> asked_role("Who spoke at the rally?") is None
    True
    """
    m = _NAME_OF.match(question)
    if m is None:
        return None
    words: list[str] = []
    for w in m.group(1).split():
        if w in _STOP or (words and w.endswith("ed")):
            break  # "… the colony founded in 1564": the participle opens a clause
        words.append(w)
    return words[-1] if words and len(words[-1]) > 2 else None


def role_unnamed(question: str, text: str) -> bool:
    """Whether `question` asks the name of a role `text` speaks of, and every mention of it in
    `text` is indefinite and gives no name ("a young woman asked …").

    >>> q = "What was the name of the young woman who asked the mayor about the port?"
    >>> role_unnamed(q, "At the meeting in Brava Town, a young woman asked the mayor about the port.")
    True
    >>> role_unnamed(q, "A young woman, Ilse Varga, asked the mayor about the port.")
    False
    >>> role_unnamed(q, "A young woman asked about the port. The woman, a teacher, was angry.")
    False
    >>> role_unnamed(q, "The mayor spoke about the port.")
    False
    >>> role_unnamed("What was the name of Brava's code?", "Brava kept a code, called the Lex, for years.")
    False
    """
    role = asked_role(question)
    if role is None:
        return False
    stem = re.escape(role[:-1] if role.endswith("s") and not role.endswith("ss") else role)
    found = False
    for m in re.finditer(rf"\b{stem}(?:s|es)?\b", text, re.IGNORECASE):
        found = True
        before = text[max(0, m.start() - 60) : m.start()]
        article = re.search(rf"(\S*)\s+(?i:{_INDEFINITE})\s+(?:[\w’'-]+\s+){{0,3}}$", " " + before)
        if article is None or article.group(1).lower() in _DEFINITE:
            return False  # "the woman", "Judge Ruiz", "her book", "the two climbers": it may be named
        if re.search(r"\b(?:is|was|are|were|as|be|been|becomes?|became)$", article.group(1)):
            return False  # "Brava Hall was a prison": a name described
        if article.group(1).endswith((",", "(")) and not _ACTS.match(text[m.end() :]):
            return False  # "Ana Ruiz, a judge in Kestin, …" (but "In May, a judge ruled …")
        if _NAME_AFTER.match(text[m.end() :]):
            return False
    return found
