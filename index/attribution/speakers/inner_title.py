"""A short title or slogan quoted inside a speaker phrase (``Lund, the author of “Quiet
Waters,” about the drought, said``; ``Ann Lowe, wearing “Vote Ray” buttons, said``).

`cues` stops a speaker phrase at the end of any quotation before its verb, so that a
quotation of its own (``X called it a “disaster” and Y said``) is never read into the next
subject. When the phrase left after such a stop reads as no subject, `past_inner_title` reads
it again from before the quotation, if that quotation is short and stands inside a phrase (a
word, not a stop, comma or colon, right before its opening mark). Pure.
"""

from __future__ import annotations

from .cue_words import _BOUNDARY
from .speaker_subject import parse_subject
from .speaker_words import PRONOUNS
from .speakers import is_capitalised

_OPEN_MARKS = '“"«'
_CLOSE_MARKS = '”"»'
_TITLE_WORDS = 6  # a title or slogan, not a quotation of its own


def inner_title_open(masked: str, lo: int, close_end: int) -> int | None:
    """Where a short quotation ending at `close_end` (after its closing mark) opens, when it
    stands inside a phrase; None otherwise.

    >>> m = 'Lund, the author of "xxxxxxxxxxxx," about it, said'
    >>> inner_title_open(m, 0, m.index(',"') + 2)
    20
    >>> m = '"xxxx," Lund said'
    >>> inner_title_open(m, 0, m.index(',"') + 2) is None
    True
    """
    close = close_end - 1
    if close <= lo or masked[close] not in _CLOSE_MARKS:
        return None
    opened = max(masked.rfind(ch, lo, close) for ch in _OPEN_MARKS)
    if opened <= lo or len(masked[opened + 1 : close].split()) > _TITLE_WORDS:
        return None
    before = masked[lo:opened].rstrip()
    return opened if before and before[-1].isalnum() else None


def past_inner_title(
    np_text: str, masked: str, lo: int, floor: int, boundary: int, vs: int, stops: tuple[int, ...]
) -> tuple[str, str | None, int] | None:
    """The subject of the verb at `vs` read from before the title quoted inside it, whose end
    stopped it at `boundary`: `parse_subject`'s (phrase, detail, start), the start counted from
    `boundary`; None when that quotation stands on its own or the longer phrase reads as no
    subject either."""
    opened = inner_title_open(masked, lo, boundary)
    if opened is None:
        return None
    start = max(
        [floor] + [masked.rfind(ch, lo, opened) + 1 for ch in _BOUNDARY] + [x for x in stops if x <= opened]
    )
    after_quote = start in stops and np_text[start - 2 : start - 1] in (",", "?", "!")
    subj = parse_subject(np_text[start:vs], after_quote)
    if subj is None or not _named_before(subj, start, opened):
        return None
    return subj[0], subj[1], subj[2] + start - boundary


def _named_before(subj: tuple[str, str | None, int], start: int, opened: int) -> bool:
    """The subject is a name that ends before the title, which stands in its apposition
    (``Ann Lowe, wearing “Vote Ray” buttons``), not a phrase holding the title (``Any
    “cleareyed” reading``), a pronoun, nor a name before a second verb (``Lund, praised …``)."""
    phrase, detail, pos = subj
    words = phrase.split()
    if not words or start + pos + len(phrase) > opened or not is_capitalised(words[-1]):
        return False
    if words[-1].lower() in PRONOUNS:
        return False
    first = (detail or "").split()[:1]
    return bool(first) and not first[0].endswith("ed")
