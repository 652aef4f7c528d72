"""Speakers for quotes whose sentence has no cue the rules know, and sentence boundaries.

`quotes` asks these helpers when a quote has no cue of its own:

- `subject_after_quote`: ``“…,” Toomey fumed on Tuesday.``: a name or pronoun right after
  the quote, followed by a verb, names the speaker even when the verb is not a cue; so does
  a name after a dash (``“…” ― Carla Sanz``).
- `colon_subject`: ``The crowd cheers, and then Wallnau continues: “…”``: the subject of
  the last clause before the colon, not of the sentence; two names joined by ``and`` are
  one source (``POLLS WERE EARLY - Ana Roe and Piet Hals: “…”``).
- `agentive`: whether a sentence subject can have said a quote its sentence holds.
- `possessor_of_words`: ``his remark that “…”``, ``Lee’s call for a “…”``: the owner of the
  words the quotation gives.
- `cue_sentences`: sentences, with ``“…?” Sanders replied.`` kept as one.
- `skip_dateline`: ``PHILADELPHIA, July 25 (UPI) —`` is not the sentence's subject.

>>> from index.attribution.extraction.marks import find_quote_spans
>>> t = '“We lost,” Toomey fumed on Tuesday.'
>>> subject_after_quote(t, find_quote_spans(t)[0])
'Toomey'
>>> colon_subject("The crowd cheers, and then Wallnau continues:")
'Wallnau'
"""

from __future__ import annotations

import re

from ...text import sentence_spans
from ..speakers.cue_words import _CONJ, _OPENERS, GERUNDS
from ..speakers.sentence_subject import leading_np
from ..speakers.speaker_words import TITLES
from ..speakers.speakers import Speaker, head_noun, is_capitalised, is_group_head
from .marks import QuoteSpan

_AFTER_QUOTE = re.compile(
    r"\s*((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|he|she|they)"
    r"(?:,\s+[^,“”\"]{2,60},)?"  # "“…!” Rep. Ana Roe, D-Ore., said": an apposition
    r"(?:\s+[a-z]+ly)?\s+([a-z]{3,}(?:ed|s))\b"
)
_DASH_NAME = re.compile(r"\s*[―—–]\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*(?:[,.(]|$)")
_NOT_VERB = frozenset("was has is does news series".split())
_CLOSES = ("”", '"', "»")
_TAIL_VERBS = (
    r"^[\w’'.-]+(?:,?\s+[\w’'.-]+){0,5},?\s+(?:said|says|replied|replies|asked|asks|added|adds|told|tells|"
    r"wrote|writes|explained|responded|continued|recalled|insisted|tweeted|declared|warned|exclaimed|shouted|"
    r"yelled|joked)\b(?!\s+(?:he|she|they|it|we|i|that)\b)"  # "X said he would …" is a new statement
)
# After "“…?”" or "“…!”", a cue sentence of any length; after "“….”", only a short one.
_TAIL_CUE = re.compile(_TAIL_VERBS + r"[^“”\"]{0,240}$")
_SHORT_TAIL_CUE = re.compile(_TAIL_VERBS + r"[^.!?“”\"]{0,80}[.!?]?$")
_BREAKS = r",|;|\s[-—–]+(?:\s|(?=[A-Z]))|—|\band\s+then\b|\bthen\b"
_CLAUSES = re.compile(_BREAKS + r"|\band\b|\bso\s+[a-z]+\s+that\b")  # "… was so odd that X could only quip:"
# Two names joined by "and" closing the words before a colon: one source, two people
# (``… - Ana Roe and Piet Hals:``, ``More from Roe and Hals:``).
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
_PAIR = re.compile(rf"(?:(?:More\s+)?[Ff]rom\s+)?({_NAME}\s+and\s+{_NAME})")
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w.]*\.?\s*\d{0,2})?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*"
)


def subject_after_quote(text: str, span: QuoteSpan) -> str | None:
    """The name (or pronoun) right after a quote ending in ``,``, ``?`` or ``!``, before a verb."""
    if not span.closed:
        return None
    dash = _DASH_NAME.match(text, span.outer_end)
    if dash:  # "“…” ― Carla Sanz" or "“…” — Carla Sanz, 34, a nurse"
        return dash.group(1)
    inside = text[span.start : span.outer_end - 1].rstrip()
    if not inside.endswith((",", "?", "!")) and not text[span.end : span.outer_end].startswith(","):
        return None
    m = _AFTER_QUOTE.match(text, span.outer_end)
    if not m or m.group(2) in _NOT_VERB:
        return None
    return m.group(1)


_FROM_SOURCE = re.compile(r"(?:More\s+)?[Ff]rom\s+((?:the\s+|[A-Z])[^,:;]{1,60})$")
_TRAILING_NAME = re.compile(r"\s((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)$")


def colon_subject(before: str) -> str | None:
    """The noun phrase opening the last clause before a colon (None when there is none)."""
    clause = before.rstrip().rstrip(":")
    pair = _PAIR.fullmatch(re.split(_BREAKS, clause)[-1].strip())
    if pair:
        return pair.group(1)
    part = _CLAUSES.split(clause)[-1].strip()
    source = _FROM_SOURCE.match(part)
    if source:  # "More from the report:", "From Lee's blog post:", "From Lee writing in the Post:"
        words = source.group(1).split()
        return " ".join(words[: next((i for i, w in enumerate(words) if i and w in GERUNDS), len(words))])
    np = leading_np(part) if part else None
    name = _TRAILING_NAME.search(part)
    if np and name and (len(np[0].split()) >= 6 or len(np[0]) <= name.start()) and np[0] != name.group(1):
        return name.group(1)  # "The timing doesn't surprise pollster Dara Holm:": the name before the colon
    if not np or np[0].split()[0].lower() in ("that", "which", "who"):
        return None  # "a message from her adviser that read:": not a subject
    return np[0]


# Nouns for a person in a news role: "the candidate", "the actress", "the nominee".
_PERSON_NOUNS = frozenset(
    """candidate nominee front-runner frontrunner congressman congresswoman businessman businesswoman
    billionaire actress actor singer star host anchor author writer columnist commentator narrator
    reporter journalist activist protester protestor voter supporter donor pastor preacher lawyer
    economist historian pollster strategist consultant organizer organiser governor mayor senator
    president friend fan crowd audience band impostor nonprofit non-profit""".split()
)


# Texts that say things: "The ad targets a “…”", "The lawsuit contends that “…”".
_TEXT_NOUNS = frozenset(
    """ad ads commercial spot video documentary letter memo email e-mail editorial column report
    poll survey study lawsuit suit complaint filing petition statement release cable plan platform
    page site website article piece story book analysis tweet post message sign banner headline
    caption""".split()
)


def agentive(sp: Speaker) -> bool:
    """Can this sentence subject have said a quote its sentence holds without a speech verb?

    People, pronouns for people, organisations by name and source or office heads; not
    ``The approach … reflects a strategy of “…”`` (a scare quote in a plain statement).
    """
    if sp.pronoun:
        return sp.name.lower() in ("he", "she", "they", "we", "i")
    words = sp.name.split()
    if is_capitalised(sp.name) or (words and words[-1].isupper() and len(words[-1]) > 1):
        return True
    head = head_noun(sp.name)
    return (
        is_group_head(head)
        or head in TITLES
        or head in _PERSON_NOUNS
        or head[:-1] in _PERSON_NOUNS
        or head in _TEXT_NOUNS
    )


_GLUED = re.compile(r"[.!?]”(?=[A-Z][a-z])")


def _glued(masked: str) -> list[tuple[int, int]]:
    """Sentences, also split where a closing mark is typed against the next one's capital
    (``… I love Lund!”Harbour pilot Ana Roe said: …``)."""
    out: list[tuple[int, int]] = []
    for lo, hi in sentence_spans(masked):
        cuts = [m.end() for m in _GLUED.finditer(masked, lo, hi)]
        out.extend(zip([lo, *cuts], [*cuts, hi], strict=True))
    return out


def cue_sentences(masked: str) -> list[tuple[int, int]]:
    """Sentences, with ``“…?” Sanders replied.`` kept as one: a quote that ends in ``?`` or
    ``!`` and the short cue sentence after it."""
    out: list[tuple[int, int]] = []
    for lo, hi in _glued(masked):
        prev = masked[out[-1][0] : out[-1][1]].rstrip() if out else ""
        tail = _TAIL_CUE if prev[-2:-1] in ("?", "!") else _SHORT_TAIL_CUE
        if prev.endswith(_CLOSES) and tail.match(masked[lo:hi]):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def skip_dateline(text: str, lo: int, hi: int) -> int:
    """Where the sentence at `lo` starts after a dateline (``WASHINGTON (AP) —``), else `lo`."""
    m = _DATELINE.match(text, lo, hi)
    return m.end() if m else lo


# Nouns for something said, written or promised: the quotation after them gives its words.
_SAID_NOUNS = (
    r"comments?|remarks?|claims?|promises?|pledges?|call|vows?|statements?|assertions?|argument|"
    r"contention|insistence|warnings?|words|slogan|charge|suggestion|tweets?|boast|accusations?|"
    r"declaration|prediction|quip|description|characterization|characterisation"
)
_POSSESSED = re.compile(
    r"(?:^|\s)((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?=['’]s?\s)|[Hh]is|[Hh]er|[Tt]heir)(?:['’]s?)?\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:" + _SAID_NOUNS + r")(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|last\s+\w+|earlier))?"
    r"\s+(?:that|of|for|to\s+be)\s+(?:(?:he|she|they|it|we|the|a|an)\s+)?[“\"]$"
)


_OWNER_BEFORE = re.compile(
    r"(?:^|\s)((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?=['’]s?\s)|[Hh]is|[Hh]er|[Tt]heir)(?:['’]s?)?\s+[“\"]$"
)
_CLAUSE_NAME = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|as|when|while|after|because)\s+)((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)"
    r"\s+(?:[a-z]+\s+){1,3}$"
)
_NOUN_AFTER = re.compile(r"[”\"]\s+(?:" + _SAID_NOUNS + r"|line|mantra|catchphrase|refrain)\b")


def possessor_of_words(text: str, span: QuoteSpan, lo: int) -> str | None:
    """`_owner` of the quotation `span` in the sentence of `text` starting at `lo`."""
    return _owner(text[lo : span.open_at + 1], text[span.end :]) if span.open_at >= 0 else None


def _owner(before: str, after: str = "") -> str | None:
    """The owner named right before a quotation that a noun of saying introduces (``his
    remark that “…”``, ``Lee’s call for a “…”``) or follows (``Lee’s “…” promise``): the
    name, or ``he``/``she``/``they`` for a possessive pronoun. `before` is the text up to
    and with the opening mark, `after` the text from the closing mark.

    >>> _owner("Critics recalled Ana Roe's promise of a “")
    'Ana Roe'
    >>> _owner("As the debate went on, Lund stood by his comment Monday that “")
    'Lund'
    >>> _owner("Critics say his call for a “")
    'he'
    >>> _owner("Lund called Roe's plan “") is None
    True
    >>> _owner("It is the pull of Roe's “", "” promise: many voters")
    'Roe'
    >>> _owner("It is the pull of Roe's “", "” plan") is None
    True
    """
    m = _POSSESSED.search(before) or (_OWNER_BEFORE.search(before) if _NOUN_AFTER.match(after) else None)
    if not m:
        return None
    words = m.group(1).split()
    while len(words) > 1 and words[0].lower() in _OPENERS | _CONJ:
        words.pop(0)  # "While Sanders's call for a “…”"
    owner = " ".join(words)
    pronoun = {"his": "he", "her": "she", "their": "they"}.get(owner.lower())
    if pronoun is None:
        return owner
    # "Lund stood by his comment": the name opening the pronoun's clause, a few words before it
    near = _CLAUSE_NAME.search(before, 0, m.start(1))
    if not near or near.group(1).split()[0].lower() in _OPENERS | _CONJ:
        return pronoun
    lone = " " not in near.group(1) and not before[: near.start(1)].strip()
    return pronoun if lone else near.group(1)  # a lone capital opening the sentence: "Critics say his …"
