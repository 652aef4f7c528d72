"""A claim to check, as a journalist types it after /quote: "X said (that) …", "“…,” X
said", "…, said X, a role", "X: …", a credit line "X — “…”". Pure.

The same forms inside a who-said question ("who said “Lee said the port will close”?", as a
reply to a pasted claim asks it) name the speaker to check: `named_in_claim`.
"""

from __future__ import annotations

import re

from .query import ADV, SPEECH, AttributionQuery, is_speaker, quoted_text
from .speakers.cue_words import SAID_VERBS

# A claim to check, as a journalist types it after /quote: "X said (that) …", "“…,” X said",
# "…, said X", "X: …". The speaker is a name or a description, never a pronoun.
_CLAIM_SPEAKER = r"((?:(?:[Tt]he|[Aa]n?)\s+[\w’'.-]+|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,6}?)"
_SAID = rf"{ADV}(?:{SPEECH}|{SAID_VERBS})"
# "…, said Lee Marr, a ferry captain": the speaker's role after the name, as articles give it
_APPOSITIVE = r"(?:,\s+(?:an?|the|who)\s+[^,”\"]+?)?"
# "… ,” X told AFP": whom it was said to
_TO_WHOM = r"(?:\s+(?:(?:to\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?|reporters|journalists))?"
_CLAIM_FORMS = (
    re.compile(rf"^{_CLAIM_SPEAKER}\s+{_SAID}\b(?:\s+that\b)?\s*[:,]?\s*(.+)$"),
    re.compile(rf"^(.+?)[.,]?(?:,|[”\"’'],?)\s+{_CLAIM_SPEAKER}{_APPOSITIVE},?\s+{_SAID}{_TO_WHOM}\.?$"),
    re.compile(
        rf"^(.+?)[.,]?(?:,|[”\"’'],?)\s+(?:{SPEECH}|{SAID_VERBS})\s+{_CLAIM_SPEAKER}{_APPOSITIVE}\.?$"
    ),
    re.compile(r"^((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*:\s+(.+)$"),  # "Guy Ziv: …"
    # "Guy Ziv — “…”" and "“…” — Guy Ziv", as a credit line reads: only with the words in marks
    re.compile(r"^((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+[—–-]+\s*([“\"‘'].+)$"),
    re.compile(r"^(.+[”\"’'][.,]?)\s*[—–-]+\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\.?$"),
)
_DASHED = (4, 5)  # the forms above that need the words in quote marks
# "X stated via social media that …": the means or the occasion before "that" is not the claim
_BEFORE_THAT = re.compile(
    r"^(?:(?:via|on|in|at|to|during|after|before|over|from)\s+(?:\S+\s+){0,4}?|(?:[A-Z][\w.’'-]*\s+){1,3}|"
    r"(?:reporters|journalists|him|her|them|us|me)\s+)that\s+(.+)$"
)
_NOT_CLAIM_SPEAKERS = frozenset(
    "he she they it we i you this that there it’s it's for in on at as if when after before while but and "
    "so".split()
)


def parse_claim(text: str) -> tuple[str | None, str]:
    """The speaker a claim names and the words it attributes to them; (None, text) when it
    names nobody.

    >>> parse_claim("Marsh said that the plant will reopen in May")
    ('Marsh', 'the plant will reopen in May')
    >>> parse_claim("“The plant will reopen,” the mayor said.")
    ('the mayor', 'The plant will reopen')
    >>> parse_claim("the plant will reopen, said Ilse Varga")
    ('Ilse Varga', 'the plant will reopen')
    >>> parse_claim("“unworkable,” said Ilse Varga"), parse_claim("unworkable, Ilse Varga said")
    (('Ilse Varga', 'unworkable'), ('Ilse Varga', 'unworkable'))
    >>> parse_claim("“It is dead,” said Varga, a port engineer at the Ferry Board")
    ('Varga', 'It is dead')
    >>> parse_claim("Ilse Varga said the plan is “dead”")
    ('Ilse Varga', 'dead')
    >>> parse_claim("Ilse Varga — “The plan is dead”"), parse_claim("“The plan is dead” – Ilse Varga")
    (('Ilse Varga', 'The plan is dead'), ('Ilse Varga', 'The plan is dead'))
    >>> parse_claim("Brava — the plan is dead")
    (None, 'Brava — the plan is dead')
    >>> parse_claim("He said we would win")
    (None, 'He said we would win')
    >>> parse_claim("we will not yield")
    (None, 'we will not yield')
    >>> parse_claim("Guarding the rights of the state of Ohio to tax")
    (None, 'Guarding the rights of the state of Ohio to tax')
    """
    t = " ".join(text.split())
    for i, form in enumerate(_CLAIM_FORMS):
        m = form.match(t)
        if m is None:
            continue
        speaker, said = (m.group(2), m.group(1)) if i in (1, 2, 5) else (m.group(1), m.group(2))
        speaker = speaker.strip()
        marked, quoted = quoted_text(said)
        if i in _DASHED and not quoted:
            continue
        said = marked or ""
        if (means := _BEFORE_THAT.match(said)) is not None:
            said = means.group(1)
        first = speaker.split()[0].lower()
        # one word will do when the claim marks it as the quote (X said the plan is “dead”), or
        # when the speaker follows it (“dead,” said X / dead, X said): the separator before
        # the speaker ate the closing mark, and nothing else there can be the words
        shortest = 1 if quoted or i in (1, 2) else 2
        if first in _NOT_CLAIM_SPEAKERS or not is_speaker(speaker) or len(said.split()) < shortest:
            continue
        return speaker, said
    return None, text.strip()


def named_in_claim(query: AttributionQuery) -> AttributionQuery:
    """A who-said question about words in quotation marks that name their own speaker ("who
    said “Lee said the port will close”?", what "who said this?" asks in reply to a pasted
    claim) asks whether that speaker said them: a did-say query; any other query unchanged.
    Without the marks ("who said Lee told Marsh to stop?") the question asks who reported it.

    >>> q = named_in_claim(AttributionQuery("who_said", text="Lee said the port will close", quoted=True))
    >>> (q.kind, q.speaker, q.text)
    ('did_say', 'Lee', 'the port will close')
    >>> named_in_claim(AttributionQuery("who_said", text="Lee said the port will close")).kind
    'who_said'
    """
    if query.kind != "who_said" or not query.quoted or not query.text or query.besides:
        return query
    speaker, said = parse_claim(query.text)
    if speaker is None:
        return query
    text, quoted = quoted_text(said)
    return AttributionQuery("did_say", text=text or said, speaker=speaker, quoted=quoted)
