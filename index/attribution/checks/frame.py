"""A claim that holds only the writer's frame around a short quotation: "who said the boats
docked at the old quay?" of "Boats that docked at the old quay “were badly damaged,” said
Lee". The speaker is on record for the words inside the marks; the sentence around them is the
article's own. A claim sharing none of the quoted words (nor the opposite of one), whose words
are all but one the sentence's, repeats the writer, not the speaker. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text import words
from ...types import Quote
from .claim_words import stems
from .opposites import opposites, same_side


def frame_only(claim: str, q: Quote, diff: Sequence[tuple[str, str]] = ()) -> bool:
    """Whether `claim` matches only the writer's sentence around the partial quotation `q`.
    `diff` (the match's, claim's words "-", the article's "+"): a claim word standing where
    the quoted words stand ("a fare rise would be permanent" of "… be “temporary”") puts the
    quoted word another way, a misquote of it, not the frame alone.

    >>> q = Quote("were badly damaged", "Lee", None, "said", "d", "T", 2, 0, 18,
    ...           kind="partial", context="Boats that docked at the old quay “were badly damaged,” said Lee.")
    >>> frame_only("the boats docked at the old quay", q)
    True
    >>> frame_only("the boats at the old quay were damaged", q), frame_only("the boats were barely hurt", q)
    (False, False)
    >>> frame_only("the boats were slightly damaged", q), frame_only("ships sank at the old quay", q)
    (False, False)
    >>> d = Quote("destructive", "Lee", None, "said", "d", "T", 2, 0, 11,
    ...           kind="partial", context="Lee said the tolls would have a “destructive” effect on trade.")
    >>> frame_only("the tolls would harm trade", d), frame_only("the tolls would damage trade", d)
    (False, False)
    >>> frame_only("the tolls would have an effect on trade", d)
    True
    >>> frame_only("the tolls would have a welcome effect", d, (("-", "welcome"), ("+", "destructive")))
    False
    """
    if q.kind != "partial" or not q.context or q.context.strip() == q.text.strip():
        return False
    mine = words(claim)
    quoted = words(q.text)
    claimed, frame = stems(mine), stems(words(q.context))
    if claimed & stems(quoted) or not stems(quoted):
        return False
    if any(claimed & stems(sorted(opposites(w) | same_side(w))) for w in quoted):
        return False  # the quoted word put another way ("harm" of "destructive") or reversed
    for i, (op, text) in enumerate(diff):
        beside = [diff[j][0] for j in (i - 1, i + 1) if 0 <= j < len(diff)]
        if op == "+" and stems(words(text)) & stems(quoted) and "-" in beside:
            return False
    # the claim is the frame's: two of its words or more there, at most one word elsewhere
    # ("the missiles landed …" of "Those that landed …")
    return len(claimed & frame) >= 2 and len(claimed - frame) <= 1
