"""Questions after one outlet: "according to AFP, …", "what does AFP say about …?", "what does
AFP say?", "what did AFP report (about …)?". Pure; the engine answers them from that outlet's
articles alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ...text import fold, sentence_spans
from ...types import Answer, AnswerSentence, Citation, Document, Paragraph

# "what did AFP report?", "what does Reuters report about the talks?", "what has the BBC reported?"
_REPORTED = re.compile(
    r"^what\s+(?:did|does|do|has|have)\s+(.+?)\s+report(?:ed)?(?:\s+(?:about|on)\s+(.+?))?\s*[?.!]*$",
    re.IGNORECASE,
)


def reported_by(question: str) -> tuple[str, str | None] | None:
    """The name and the topic (None without one) of "what did X report (about Y)?".

    >>> reported_by("What did AFP report?"), reported_by("what does the Guardian report about the talks?")
    (('AFP', None), ('the Guardian', 'the talks'))
    >>> reported_by("What did AFP say?") is None
    True
    """
    m = _REPORTED.match(question.strip())
    return (m.group(1), m.group(2)) if m else None


def outlet_named(name: str | None, documents: Sequence[Document]) -> str | None:
    """The outlet of `documents` that `name` names ("AFP", "the Guardian"), else None.

    >>> docs = [Document("a", "A", "a.txt", "h", (), outlet="The Guardian")]
    >>> outlet_named("the guardian", docs), outlet_named("Guardian", docs), outlet_named("AFP", docs)
    ('The Guardian', 'The Guardian', None)
    """
    if not name:
        return None
    asked = re.sub(r"^the\s+", "", fold(name).strip())
    outlets = {d.outlet for d in documents if d.outlet}
    return next((o for o in sorted(outlets) if re.sub(r"^the\s+", "", fold(o)) == asked), None)


def ledes(
    question: str,
    docs: Sequence[str],
    outlet: str | None,
    paragraphs: Mapping[tuple[str, int], Paragraph],
    n: int,
) -> Answer:
    """What `outlet` reports (or, with None, what the articles are about), in a line for each
    of the first `n` articles `docs`: the first sentence of its first ¶."""
    citations = []
    for doc_id in docs[:n]:
        first = paragraphs.get((doc_id, 1))
        if first is not None:
            a, b = sentence_spans(first.text)[0]
            citations.append(Citation(doc_id, first.title, 1, first.text[a:b], first.text, first.outlet))
    sentences = tuple(AnswerSentence(c.quote, i) for i, c in enumerate(citations))
    return Answer(
        question, sentences, tuple(citations), abstained=not citations, outlet=outlet, overview=len(docs)
    )
