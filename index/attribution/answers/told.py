"""What X told one outlet or person: "what did Ziv tell AFP?" of an article quoting Ziv three
times, twice with "Ziv told AFP" and once with "said Ziv".

The quotes whose cue names the one asked after ("told AFP", "told the BBC", "in an interview
with AFP") are what X told them; a quote whose cue says X told someone else ("she told the
BBC") is not. When some quotes name the one asked after, only those are listed, and a note
counts the rest, whose cue does not say whom they were given to; when none does, every quote
not given to someone else is listed, as before (the article's own outlet may well be who heard
them), those in the asked outlet's own articles only when some are. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...text import fold
from ...types import Quote

_TOLD = re.compile(r"\btold\b")
# whom a reader may mean by any outlet: "what did X tell reporters?" asks after every quote
_ANY_PRESS = frozenset(
    "reporter reporters journalist journalists press media news newspaper newspapers".split()
)


def _names(cue: str, addressee: str) -> bool:
    return re.search(rf"\b{re.escape(addressee)}\b", cue) is not None


def told_to(addressee: str, quotes: Sequence[Quote]) -> tuple[list[Quote], int, bool]:
    """The quotes of `quotes` given to `addressee`, how many others were left out for saying
    nothing of whom they were given to (those told to someone else are dropped silently), and
    whether any names `addressee` (if none does, the quotes told to no one named are returned).

    >>> q = lambda n, cue: Quote(f"Words {n}.", "Ann Lee", None, cue, "d", "T", n, 0, 8)
    >>> said, told, bbc = q(1, "said"), q(2, "told AFP"), q(3, "told the BBC")
    >>> found, others, named = told_to("AFP", [said, told, bbc])
    >>> [x.paragraph for x in found], others, named
    ([2], 1, True)
    >>> [x.paragraph for x in told_to("Reuters", [said, told, bbc])[0]], told_to("Reuters", [said])[2]
    ([1], False)
    >>> [x.paragraph for x in told_to("reporters", [said, told, bbc])[0]]  # any outlet
    [1, 2, 3]
    >>> afp = Quote("Words 4.", "Ann Lee", None, "said", "d2", "T", 4, 0, 8, outlet="AFP")
    >>> [x.paragraph for x in told_to("AFP", [said, afp])[0]]  # in AFP's own article
    [4]
    """
    want = fold(addressee).strip().removeprefix("the ").strip()
    if not want or want in _ANY_PRESS or want.removeprefix("a ") in _ANY_PRESS:
        return list(quotes), 0, False
    cues = [fold(q.cue or "") for q in quotes]
    given = [q for q, cue in zip(quotes, cues, strict=True) if _names(cue, want)]
    unsaid = [
        q for q, cue in zip(quotes, cues, strict=True) if not _names(cue, want) and not _TOLD.search(cue)
    ]
    if given:
        return given, len(unsaid), True
    # none says whom it was given to: those in the outlet's own articles, when some are
    # ("what did X tell AFP?" is not answered by X's words in another paper's article)
    carried = [q for q in unsaid if fold(q.outlet or "").removeprefix("the ").strip() == want]
    return carried or unsaid, 0, False


def as_written(addressee: str, quotes: Sequence[Quote]) -> str:
    """`addressee` as the first cue naming it spells it ("afp" typed by a reader → "AFP").

    >>> q = Quote("Words.", "Ann Lee", None, "told AFP", "d", "T", 1, 0, 6)
    >>> as_written("afp", [q]), as_written("the bbc", [q])
    ('AFP', 'the bbc')
    """
    want = addressee.strip().removeprefix("the ").strip()
    for q in quotes:
        m = re.search(rf"\b{re.escape(want)}\b", q.cue or "", re.IGNORECASE)
        if m:
            return m.group(0)
    return addressee


def told_note(speaker: str, addressee: str, others: int) -> str | None:
    """The note beside a told-to list that left out `others` quotes whose cue names no one."""
    if not others:
        return None
    times = "once more" if others == 1 else f"{others} more times"
    return f"{speaker} is quoted {times} without the article saying it was to {addressee}"
