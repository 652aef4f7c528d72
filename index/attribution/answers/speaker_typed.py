"""The speaker a journalist types, read as the articles name them. Pure.

A name typed a letter off ("did Citrinowitz say …?" of a quoted "Danny Citrinowicz") is read
as the articles spell it (`respelled`); in a `/quote` claim ("…, the prime minister said") and
a `/quotes` speaker, a description of the one person the articles title so is read as that
person's surname (`titled.titled_speaker`, which the engine's router also applies to questions).

A checking journalist who misspells a source's name is still asking about that source: left
as typed, the name matches no speaker, and a did-say is answered "No. That was <the real
speaker>, not <the misspelling>", `/quotes` finds nothing. Only the words of the speaker
asked after are respelled (never a word elsewhere in the question: "March" is no "Marsh"),
and only a word no article writes (a real word is a real, other name) that is one typo (a
letter dropped, added, replaced, or two neighbours swapped) from a word of exactly one quoted
speaker's name of at least `MIN_LETTERS` letters. The reply says how the articles spell it.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace

from ...text import fold
from ...types import Answer, Quote
from ..checks.check import quotes_by
from ..query import parse_attribution_question, parse_claim
from .titled import titled_speaker

MIN_LETTERS = 5  # shorter names are too close to one another to tell a typo from a name
# a question typed all in lower case shows no name by its capital: only a longer word, which a
# common word one letter off is unlikely to be ("stats" is no "States"), is read as a name
LOWER_MIN_LETTERS = 7
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter dropped, added or replaced, or two neighbours swapped.

    >>> one_edit("citrinowitz", "citrinowicz"), one_edit("horowtiz", "horowitz")
    (True, True)
    >>> one_edit("horowitz", "horowitz"), one_edit("horowitz", "horwoitx"), one_edit("ziv", "zvika")
    (False, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _name_words(speakers: Iterable[str]) -> dict[str, str]:
    """Folded word → its spelling, for the capitalised words of the speakers' names."""
    out: dict[str, str] = {}
    for speaker in speakers:
        for token in _WORD.findall(speaker):
            bare = _POSSESSIVE.sub("", token)
            if bare[:1].isupper() and len(bare) >= MIN_LETTERS:
                out.setdefault(fold(bare), bare)
    return out


def respelled(
    phrase: str, speakers: Iterable[str], known: Container[str], lower: bool = False
) -> tuple[str, list[tuple[str, str]]]:
    """`phrase` (a speaker as typed) with each capitalised word (any word with `lower`, for
    text typed all in lower case) no article writes (`known`: folded words) that is one typo
    from a word of exactly one name in `speakers` spelt as that name is, and the (typed,
    spelt) pairs. A lower-case word among capitalised ones is no name ("according to game
    stats" does not ask after "the United States").

    >>> known = {"danny", "citrinowicz", "guy", "ziv", "the", "analyst"}
    >>> respelled("Danny Citrinowitz", ["Danny Citrinowicz", "Guy Ziv"], known)
    ('Danny Citrinowicz', [('Citrinowitz', 'Citrinowicz')])
    >>> respelled("Citrinowitz’s office", ["Danny Citrinowicz"], known)
    ('Citrinowicz’s office', [('Citrinowitz', 'Citrinowicz')])
    >>> respelled("the analyst", ["Danny Citrinowicz"], known)
    ('the analyst', [])
    >>> respelled("game stats", ["the United States"], known)
    ('game stats', [])
    >>> respelled("citrinowitz", ["Danny Citrinowicz"], known, lower=True)
    ('Citrinowicz', [('citrinowitz', 'Citrinowicz')])
    """
    names = _name_words(speakers)
    fixes: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        token = m.group(0)
        bare = _POSSESSIVE.sub("", token)
        folded = fold(bare)
        capital = bare[:1].isupper()
        if (
            len(folded) < (MIN_LETTERS if capital else LOWER_MIN_LETTERS)
            or folded in known
            or not (lower or capital)
        ):
            return token
        near = {spelt for word, spelt in names.items() if one_edit(folded, word)}
        if len(near) != 1:
            return token
        spelt = near.pop()
        fixes.append((bare, spelt))
        return spelt + token[len(bare) :]

    return _WORD.sub(fix, phrase), fixes


def _speakers(quotes: Sequence[Quote]) -> set[str]:
    return {q.speaker for q in quotes if q.speaker}


def _in_place(text: str, phrase: str, fixed: str) -> str:
    at = text.find(phrase)
    return text if at < 0 else f"{text[:at]}{fixed}{text[at + len(phrase) :]}"


def respelled_question(
    question: str, quotes: Sequence[Quote], known: Container[str]
) -> tuple[str, list[tuple[str, str]]]:
    """`question` with the speaker it asks after respelled (`respelled`), and the fixes;
    unchanged when it is no attribution question or names its speaker as the articles do."""
    query = parse_attribution_question(question)
    if query is None or not query.speaker:
        return question, []
    fixed, fixes = respelled(query.speaker, _speakers(quotes), known, lower=question.islower())
    return (_in_place(question, query.speaker, fixed), fixes) if fixes else (question, [])


def speaker_as_written(
    speaker: str, quotes: Sequence[Quote], known: Container[str], texts: Iterable[str]
) -> str:
    """`speaker` respelled (`respelled`), or, when no one is quoted under it, as the articles
    name whoever it describes (`titled_speaker`: "the prime minister's office" → "Varga's
    office"); else as typed."""
    spelt, _ = respelled(speaker, _speakers(quotes), known, lower=speaker.islower())
    if quotes_by(spelt, quotes):
        return spelt
    return titled_speaker(spelt, texts) or spelt


def claim_as_written(text: str, quotes: Sequence[Quote], known: Container[str], texts: Iterable[str]) -> str:
    """A `/quote` claim with the speaker it names ("…, Citrinowitz said", "…, the harbour
    minister said") put as `speaker_as_written`."""
    speaker, _ = parse_claim(text)
    if speaker is None or quotes_by(speaker, quotes):
        return text
    return _in_place(text, speaker, speaker_as_written(speaker, quotes, known, texts))


def spelling_note(fixes: Sequence[tuple[str, str]]) -> str:
    """>>> spelling_note([("Citrinowitz", "Citrinowicz")])
    'the articles spell Citrinowitz as Citrinowicz'
    """
    return "the articles spell " + ", ".join(f"{typed} as {spelt}" for typed, spelt in fixes)


def noted(answer: Answer, asked: str, fixes: Sequence[tuple[str, str]]) -> Answer:
    """`answer` to the respelled question, shown under the question as `asked`, its
    attribution noting the spelling (beside any note it has)."""
    answer = replace(answer, question=asked)
    a = answer.attribution
    if a is None or not fixes:
        return answer
    note = "; ".join(n for n in (spelling_note(fixes), a.note) if n)
    return replace(answer, attribution=replace(a, note=note))
