"""Words a speaker only cites inside quote marks of their own: "nothing justifies calling
the crews 'saboteurs'" does not say the crews are saboteurs. Pure.
"""

from __future__ import annotations

import re

from ...text import fold, iter_words_with_spans, words
from .claim_words import stems

# a quotation inside a quotation: 'single' marks, or double ones inside a quote given in
# single marks; an apostrophe ("Filipinos' homes", "don't") neither opens nor closes one
_INNER = re.compile(r"(?<!\w)(?:['‘]([^'‘’\"“”]{1,80}?)['’]|[\"“]([^\"“”]{1,80}?)[\"”])(?!\w)")


# words that introduce a label: "calling them 'X'", "the labelling of Y as 'X'", "so-called"
_LABEL_CUES = frozenset(
    "call calls calling called label labels labeling labelling labeled labelled brand branding branded "
    "dub dubbing dubbed term termed as so-called word phrase name named".split()
)
LABEL_REACH = 8  # words before a label in which its cue and the thing labelled stand


def quoted_within(claim: str, quote_text: str) -> str | None:
    """The words a speaker puts inside quotation marks of their own to cite a label, when
    those hold the claim: "nothing justifies calling the crews 'saboteurs'" does not call the
    crews saboteurs, it cites someone else's word. The label needs a cue just before it
    (calling, labelled, as …; `_LABEL_CUES`), and every other content word the claim shares
    with the quote is a name or stands in those `LABEL_REACH` words (the thing labelled).
    None otherwise, or when the quote has no inner marks.

    >>> text = "Nothing justifies the labelling of Millbrook's night crews as 'ghost workers' by critics"
    >>> quoted_within("the mayor called the Millbrook crews ghost workers", text)
    'ghost workers'
    >>> quoted_within("the mayor said critics are wrong about the ghost workers", text) is None
    True
    """
    inner = [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _INNER.finditer(quote_text)]
    mine = stems(words(claim))
    for start, end, label in inner:
        if not mine & stems(words(label)):
            continue
        spans = list(iter_words_with_spans(quote_text[:start]))[-LABEL_REACH:]
        if not spans or not _LABEL_CUES & {fold(w) for w, _, _ in spans}:
            continue
        rest = quote_text[: spans[0][1]] + " " + quote_text[end:]
        rest = _INNER.sub(" ", rest)
        names = stems([fold(w) for w in re.findall(r"\b[A-Z][\w'’-]*", rest)])
        if not (mine & stems(words(rest))) - names:
            return label.strip()
    return None
