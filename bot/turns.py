"""A chat's previous exchange as plain data, for `ChatData` and its pickle file.

Persisting `index.types` objects would tie the bot's saved state to their exact shape: a new
field or a renamed class and the pickle no longer loads. So only dicts, lists, strings and
numbers are stored — the question and the few answer fields follow-ups use (cited paragraphs,
which sentence cites which, the attribution's speakers) — and a `Turn` is rebuilt from them.
Anything unreadable is dropped: the chat merely loses its follow-up context.
"""

from __future__ import annotations

import logging
from typing import Any

from index import Answer, AnswerSentence, Attribution, Citation, Quote, Turn

log = logging.getLogger(__name__)
VERSION = 1
TurnData = dict[str, Any]

_CITATION = ("doc_id", "title", "paragraph", "quote", "text", "outlet")
_QUOTE = (
    "text",
    "speaker",
    "speaker_detail",
    "cue",
    "doc_id",
    "title",
    "paragraph",
    "speaker_kind",
    "outlet",
)


def turn_to_data(turn: Turn) -> TurnData:
    """`turn` as JSON-compatible data (see the module docstring for what is kept).

    >>> turn_to_data(Turn("Who won?"))
    {'v': 1, 'question': 'Who won?', 'answer': None}
    """
    answer = turn.answer
    data: TurnData = {"v": VERSION, "question": turn.question, "answer": None}
    if answer is None:
        return data
    att = answer.attribution
    data["answer"] = {
        "abstained": answer.abstained,
        "continues": answer.continues,
        "sentences": [[s.text, s.citation] for s in answer.sentences],
        "citations": [{k: getattr(c, k) for k in _CITATION} for c in answer.citations],
        "attribution": None
        if att is None
        else {
            "kind": att.kind,
            "verdict": att.verdict,
            "speaker_asked": att.speaker_asked,
            "said_by": att.said_by,
            "quotes": [{k: getattr(q, k) for k in _QUOTE} for q in att.quotes],
        },
    }
    return data


def _quote(d: dict[str, Any]) -> Quote:
    return Quote(
        text=str(d["text"]),
        speaker=d["speaker"],
        speaker_detail=d["speaker_detail"],
        cue=d["cue"],
        doc_id=str(d["doc_id"]),
        title=str(d["title"]),
        paragraph=int(d["paragraph"]),
        start=0,
        end=0,
        speaker_kind=d["speaker_kind"],
        outlet=d["outlet"],
    )


def _answer(question: str, d: dict[str, Any]) -> Answer:
    att = d["attribution"]
    attribution = None
    if att is not None:
        attribution = Attribution(
            kind=str(att["kind"]),
            verdict=str(att["verdict"]),
            speaker_asked=att["speaker_asked"],
            said_by=att["said_by"],
            quotes=tuple(_quote(q) for q in att["quotes"]),
        )
    return Answer(
        question=question,
        sentences=tuple(AnswerSentence(str(text), int(i)) for text, i in d["sentences"]),
        citations=tuple(
            Citation(
                str(c["doc_id"]),
                str(c["title"]),
                int(c["paragraph"]),
                str(c["quote"]),
                str(c["text"]),
                c["outlet"],
            )
            for c in d["citations"]
        ),
        abstained=bool(d["abstained"]),
        attribution=attribution,
        continues=d.get("continues"),  # absent from turns saved before it was kept
    )


def turn_from_data(data: object) -> Turn | None:
    """The `Turn` saved by `turn_to_data`, or None for missing, old-format or damaged data.

    >>> turn_from_data(turn_to_data(Turn("Who won?")))
    Turn(question='Who won?', answer=None)
    >>> turn_from_data({"v": 99}) is None
    True
    """
    if not isinstance(data, dict) or data.get("v") != VERSION:
        return None
    try:
        question = str(data["question"])
        answer = data["answer"]
        return Turn(question, _answer(question, answer) if answer is not None else None)
    except (KeyError, TypeError, ValueError):
        log.warning("dropping unreadable chat context", exc_info=True)
        return None
