"""`python -m index bench-quotes`: quote finding and speaker attribution against a gold file.

Two gold formats are read:

- **PolNeAR** (``../shared/data/polnear-dev``): ``gold.jsonl`` lines with ``spans`` and
  ``speaker_is_pronoun``, scored by word overlap and speaker head words (`polnear_eval`);
  ``--split`` keeps the articles of one split (``articles.tsv`` beside the gold file).
- **Our golden files** (``tests/golden/quotes_dev.jsonl``, ``tests/fixtures/quotes_heldout``):
  ``{doc, paragraph, text, speaker, kind, speaker_type}``, scored by exact span and speaker
  (`quote_eval`). These carry no pronoun flag, so only the overall speaker accuracy is given.

Quotes come from `quotes.extract_quotes` on each article, the function ingest runs, so the
figures are those of an index built over the same articles. The time is that of quote
extraction alone, per article.
"""

from __future__ import annotations

import csv
import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from ..attribution.extraction.extract import extract_quotes
from ..folder import list_articles
from ..sources import read_document
from ..types import Document, Quote
from . import polnear_eval, quote_eval


@dataclass(frozen=True)
class QuoteBench:
    """Figures of one run; `named`/`pronoun` are None for gold without a pronoun flag."""

    articles: int
    gold: int
    predicted: int
    recall: float
    precision: float
    found: int
    right: int
    speaker: float
    speaker_n: int
    named: float | None
    named_n: int
    pronoun: float | None
    pronoun_n: int
    ms_median: float
    ms_max: float
    errors: tuple[str, ...] = ()
    kind: float | None = None  # our golden files: direct/partial/indirect right, of found quotes
    speaker_type: float | None = None  # person/office/anonymous right, of found quotes

    def lines(self) -> list[str]:
        named = "" if self.named is None else f"  named {self.named:.3f} (n={self.named_n})"
        pron = "" if self.pronoun is None else f"  pronoun {self.pronoun:.3f} (n={self.pronoun_n})"
        return [
            f"articles {self.articles}, gold quotes {self.gold}, system quotes {self.predicted}",
            f"quote recall {self.recall:.3f} ({self.found}/{self.gold})  "
            f"precision {self.precision:.3f} ({self.right}/{self.predicted})",
            f"speaker accuracy {self.speaker:.3f} (n={self.speaker_n}){named}{pron}",
            *(
                [f"quote kind {self.kind:.3f}  speaker type {self.speaker_type:.3f} (n={self.found})"]
                if self.kind is not None and self.speaker_type is not None
                else []
            ),
            f"quote extraction {self.ms_median:.1f} ms per article (median; max {self.ms_max:.1f})",
        ]


def is_polnear(gold: Path) -> bool:
    """PolNeAR gold has word spans; our golden files have a paragraph and a text."""
    with gold.open(encoding="utf-8") as f:
        first = next((line for line in f if line.strip()), "{}")
    return "spans" in json.loads(first)


def _split_docs(gold: Path, split: str) -> set[str]:
    table = gold.parent / "articles.tsv"
    with table.open(encoding="utf-8") as f:
        return {r["doc"] for r in csv.DictReader(f, delimiter="\t") if r["split"] == split}


def _extract(docs: list[Document]) -> tuple[list[Quote], list[float]]:
    quotes: list[Quote] = []
    times = []
    for d in docs:
        t0 = time.perf_counter()
        quotes.extend(extract_quotes(d))
        times.append((time.perf_counter() - t0) * 1000)
    return quotes, times


def run(
    docs_dir: Path, gold: Path, split: str | None = None, show: int = 0
) -> tuple[QuoteBench, list[Quote]]:
    """Extract the quotes of the articles in `docs_dir` and score them against `gold`."""
    articles = list_articles(docs_dir)
    polnear = is_polnear(gold)
    if polnear and split:
        keep = _split_docs(gold, split)
        articles = [(p, m) for p, m in articles if m.doc_id in keep]
    docs = [read_document(p, m) for p, m in articles]
    quotes, times = _extract(docs)
    ms_median = statistics.median(times) if times else 0.0
    ms_max = max(times, default=0.0)
    if polnear:
        raw = {m.doc_id: polnear_eval.Article.read(p) for p, m in articles}
        gq = polnear_eval.load_gold(gold, raw, split)
        paragraphs = {(d.doc_id, p.number): p.text for d in docs for p in d.paragraphs}
        located = [(q, paragraphs[(q.doc_id, q.paragraph)]) for q in quotes]
        s = polnear_eval.score(gq, located, raw)
        errors = tuple(
            f"{'speaker' if m.found else 'missed'} "
            f"{m.gold.doc}: {m.gold.text[:70]!r} gold {m.gold.speaker!r} {list(m.gold.candidates)[:2]} "
            f"system {m.predicted!r}"
            for m in s.misses[:show]
        )
        bench = QuoteBench(
            len(docs), s.gold, s.predicted, s.recall, s.precision, s.found, s.right,
            s.speaker_accuracy, s.named + s.pronoun, s.named_accuracy, s.named,
            s.pronoun_accuracy, s.pronoun, ms_median, ms_max, errors,
        )  # fmt: skip
        return bench, quotes
    golden = quote_eval.load_golden(gold)
    ids = {d.doc_id for d in docs}
    golden = [g for g in golden if g.doc in ids]
    predicted = quote_eval.from_quotes(quotes)
    q = quote_eval.score(golden, predicted)
    bench = QuoteBench(
        len(docs), q.gold, q.predicted, q.span_recall, q.span_precision, q.matched, q.matched,
        q.speaker_accuracy, q.matched, None, 0, None, 0, ms_median, ms_max,
        tuple(quote_eval.mistakes(golden, predicted)[:show]), q.kind_accuracy, q.type_accuracy or 0.0,
    )  # fmt: skip
    return bench, quotes


def quotes_json(quotes: list[Quote], docs_dir: Path) -> list[dict[str, object]]:
    """The quotes as `quotes --json` rows (doc, text = paragraph, quote, kind, speaker, mention)."""
    docs = [read_document(path, m) for path, m in list_articles(docs_dir)]
    texts = {(d.doc_id, p.number): p.text for d in docs for p in d.paragraphs}
    return [
        {
            "doc": q.doc_id,
            "paragraph": q.paragraph,
            "text": texts[(q.doc_id, q.paragraph)],
            "quote": q.text,
            "kind": q.kind,
            "speaker": q.speaker,
            "mention": q.mention,
            "cue": q.cue,
        }
        for q in quotes
    ]
