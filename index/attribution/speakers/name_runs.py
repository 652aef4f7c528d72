"""How the he/she ranker reads a sentence's name runs: the words a capitalised run can open
with that are no part of a name (``Regarding Trump’s …``, ``Nobody asked``), the verbs that
make a lone sentence-opening word a person (``Varga defied …``), where a run is cut
(`pieces`: ``the U.S. While Clinton``) and where the subject starts after a fronted adverbial
(`fronted_subject`). Pure; `speaker_rank.Mentions` uses them.
"""

from __future__ import annotations

import re

ACT_ADVERBS = frozenset("also then later openly quickly again first previously recently once never".split())
PAST = frozenset("said told was had wrote spoke took made gave saw knew thought felt".split())
NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|al|bin|de|van|von|der|la|le|du)\s+)?[A-Z][\w’'.-]*)*")
SUFFIX = frozenset("jr sr ii iii iv".split())
NOT_FIRST = frozenset(
    """the a an in on at but and or if when while as after before he she it they we i his her
    this that these those there here so yet still also then now however meanwhile although though
    whether because since unless until once whereas don’t don't doesn’t doesn't didn’t didn't
    nobody somebody anybody everybody someone anyone everyone nothing something everything
    none neither either both each many most few several others some all""".split()
)
# Prepositions a capitalised run can open with (``Regarding Trump’s remarks``, ``For Clinton``,
# ``See Sexton``): no part of the name, and the name after them is no sentence subject.
PREPOSED = frozenset(
    """regarding concerning for to from with without by of about despite like unlike following
    absent amid among against toward towards under over during see contrast per via""".split()
)

# Capitalised words that no name holds inside (``U.S. He``, ``the U.S. While Clinton``: a
# sentence break the splitter missed after an abbreviation)
BREAKS = frozenset("he she it they we his her its their but while when although though because if".split())


def pieces(start: int, run: str) -> list[tuple[int, str]]:
    """`run` (found at `start`) cut at the words of `BREAKS` after its first word, as
    (start, run) pairs; the breaking words are dropped."""
    out: list[tuple[int, str]] = []
    at = 0
    for m in re.finditer(r"\S+", run):
        if m.start() and m.group(0).lower() in BREAKS:
            if run[at : m.start()].strip():
                out.append((start + at, run[at : m.start()].rstrip()))
            at = m.end() + 1
    if at < len(run) and run[at:].strip():
        out.append((start + at, run[at:]))
    return out


# words that open a fronted adverbial ("At a rally in Portland, Maine, on Thursday, Trump said")
_ADVERBIAL = frozenset(
    """at in on after before during since while when following despite unlike earlier later last
    speaking asked addressing writing campaigning appearing back""".split()
)


# a word that reads as the verb after a subject: "included", "says", "told" (not "campaign")
_VERB = re.compile(
    r"[a-z]+(?:ed|es)|[a-z]+[^s’'\W]s|said|told|made|gave|took|spoke|wrote|met|went|came|saw|sent|put|"
    r"left|led|won|lost|kept|held|brought|thought|sought|struck|stood|became|began|ran|has|had|is|was|will|would|can|could"
)


def fronted_subject(masked: str, lead: int, hi: int, names: list[tuple[int, str]]) -> int:
    """Where the subject starts in a sentence that opens with an adverbial phrase: the first
    name after a comma that a lowercase word follows, when that word reads as its verb
    ("Clinton campaign manager Robby Mook acknowledged" has none), or -1.

    >>> s = "At a rally in Portland, Maine, on Thursday, Trump included the town."
    >>> names = [(14, "Portland"), (24, "Maine"), (34, "Thursday"), (44, "Trump")]
    >>> s[fronted_subject(s, 0, len(s), names) :][:5]
    'Trump'
    >>> fronted_subject("Trump said so, Lee agreed.", 0, 26, [(0, "Trump"), (15, "Lee")])
    -1
    """
    first = masked[lead:hi].split(maxsplit=1)[:1]
    if not first or first[0].lower() not in _ADVERBIAL:
        return -1
    for start, run in names:
        after = masked[start + len(run) : hi].split(maxsplit=1)[:1]
        if masked[max(lead, start - 2) : start] != ", " or not after or not after[0][:1].islower():
            continue  # "Portland, Maine, on Thursday": a place inside the adverbial
        return start if _VERB.fullmatch(after[0].rstrip(".,;:!?")) and not re.search(r"['’]s?$", run) else -1
    return -1
