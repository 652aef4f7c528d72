"""Scoring a quote extractor against a hand-labelled golden file.

A golden file is JSONL, one quotation a line: ``{"doc", "paragraph", "text", "speaker",
"kind", "speaker_type"}`` (``speaker`` as the tests write it: the resolved name, ``None``
for scare quotes). A predicted quote matches a golden one when both sit in the same article
and paragraph and their texts are equal after normalising (case, whitespace, curly/straight
marks, leading and trailing punctuation); each golden quote matches at most once.

Reported: span precision/recall/F1; on matched quotes, the share whose speaker (same
normalisation), kind and speaker type are right; and speaker F1, which counts a quote right
only when its span *and* its speaker are.

>>> g = [Gold("d", 1, "We will win", "Jane Roe", "direct", "person")]
>>> s = score(g, [Gold("d", 1, "we will win.", "jane roe", "direct", "person")])
>>> (s.span_f1, s.speaker_f1)
(1.0, 1.0)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..types import Quote

_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "—": "-", "–": "-"})
_EDGE = " \t.,;:!?'\"-"


@dataclass(frozen=True)
class Gold:
    """One quotation, labelled or predicted; `kind`/`speaker_type` None when a system has none."""

    doc: str
    paragraph: int
    text: str
    speaker: str | None
    kind: str | None = None
    speaker_type: str | None = None


@dataclass(frozen=True)
class Score:
    gold: int
    predicted: int
    matched: int
    speaker_right: int
    kind_right: int
    type_right: int
    typed: int  # matched quotes for which the system gave a speaker type

    @property
    def span_precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def span_recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def span_f1(self) -> float:
        return _f1(self.span_precision, self.span_recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_right, self.matched)

    @property
    def speaker_f1(self) -> float:
        return _f1(_ratio(self.speaker_right, self.predicted), _ratio(self.speaker_right, self.gold))

    @property
    def kind_accuracy(self) -> float:
        return _ratio(self.kind_right, self.matched)

    @property
    def type_accuracy(self) -> float | None:
        return _ratio(self.type_right, self.typed) if self.typed else None


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def norm_text(text: str) -> str:
    """Matching key of a quote text: ``“We will win,”`` and ``we will win`` are the same."""
    return re.sub(r"\s+", " ", text.translate(_MARKS)).strip(_EDGE).lower()


def norm_speaker(speaker: str | None) -> str | None:
    if speaker is None:
        return None
    return re.sub(r"\s+", " ", speaker.translate(_MARKS)).strip(" ,").lower() or None


def load_golden(path: Path) -> list[Gold]:
    """The quotations of a golden JSONL file, in file order.

    Lines of kind ``not_quote`` (words that look reported but are the writer's own) are not
    quotations: they are left out, so a system quote on them counts as an extra one.
    """
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r["kind"] == "not_quote":
                continue
            out.append(Gold(r["doc"], r["paragraph"], r["text"], r["speaker"], r["kind"], r["speaker_type"]))
    return out


def from_quotes(quotes: Iterable[Quote]) -> list[Gold]:
    """`extract_quotes` output in the golden shape."""
    return [Gold(q.doc_id, q.paragraph, q.text, q.speaker, q.kind, q.speaker_kind) for q in quotes]


def match(gold: Sequence[Gold], predicted: Sequence[Gold]) -> list[tuple[Gold, Gold]]:
    """(golden, predicted) pairs with equal article, paragraph and normalised text."""
    free: dict[tuple[str, int, str], list[Gold]] = {}
    for g in gold:
        free.setdefault((g.doc, g.paragraph, norm_text(g.text)), []).append(g)
    pairs = []
    for p in predicted:
        bucket = free.get((p.doc, p.paragraph, norm_text(p.text)))
        if bucket:
            pairs.append((bucket.pop(0), p))
    return pairs


def score(gold: Sequence[Gold], predicted: Sequence[Gold]) -> Score:
    pairs = match(gold, predicted)
    typed = [(g, p) for g, p in pairs if p.speaker_type is not None]
    return Score(
        gold=len(gold),
        predicted=len(predicted),
        matched=len(pairs),
        speaker_right=sum(norm_speaker(g.speaker) == norm_speaker(p.speaker) for g, p in pairs),
        kind_right=sum(g.kind == p.kind for g, p in pairs),
        type_right=sum(g.speaker_type == p.speaker_type for g, p in typed),
        typed=len(typed),
    )


def mistakes(gold: Sequence[Gold], predicted: Sequence[Gold]) -> list[str]:
    """Readable list of missed spans, extra spans and wrong speakers (for error analysis)."""
    pairs = match(gold, predicted)
    hit_g = {id(g) for g, _ in pairs}
    hit_p = {id(p) for _, p in pairs}
    out = [f"missed  {g.doc} ¶{g.paragraph} {g.text!r} ({g.speaker})" for g in gold if id(g) not in hit_g]
    out += [
        f"extra   {p.doc} ¶{p.paragraph} {p.text!r} ({p.speaker})" for p in predicted if id(p) not in hit_p
    ]
    out += [
        f"speaker {g.doc} ¶{g.paragraph} {g.text[:40]!r}: {p.speaker!r} ≠ {g.speaker!r}"
        for g, p in pairs
        if norm_speaker(g.speaker) != norm_speaker(p.speaker)
    ]
    return out


def table(rows: Sequence[tuple[str, str, Score]]) -> str:
    """A Markdown table, one row per (golden set, system)."""
    head = (
        "| set | system | gold | pred | span P | span R | span F1 | speaker acc | speaker F1"
        " | kind acc | type acc |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for name, system, s in rows:
        ta = s.type_accuracy
        lines.append(
            f"| {name} | {system} | {s.gold} | {s.predicted} | {s.span_precision:.3f} | {s.span_recall:.3f}"
            f" | {s.span_f1:.3f} | {s.speaker_accuracy:.3f} | {s.speaker_f1:.3f} | {s.kind_accuracy:.3f}"
            f" | {'–' if ta is None else f'{ta:.3f}'} |"
        )
    return "\n".join(lines)
