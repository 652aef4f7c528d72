"""What a local build computes from the texts alone, done while the encoder embeds.

The encoder is native code that releases the GIL, and a fresh build spends most of its time
there. Everything else the new version needs that does not depend on its vectors (the quotes,
the term statistics, the BM25 index, and for the calibration the sentence terms of the
paragraphs and the probe questions' vectors) is pure Python or small encoder runs, so one
worker thread does it beside the encoder instead of after it, when it ran on one core alone.
Its output is the same as computed afterwards: the probe vectors are embedded one question per
run, as the calibration's searches embed them (tests/test_textwork.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..encoder.embed import Embedder
from ..retrieval.calibrate import probe_questions
from ..retrieval.hybrid import CANDIDATES, SentenceIndex
from ..retrieval.lexical import document_frequencies
from ..types import Document, Paragraph, Quote
from .bm25 import StoredBM25, build_bm25
from .build import extract_all_quotes


@dataclass(frozen=True)
class TextWork:
    """The parts of a new version that need no sentence vectors."""

    quotes: list[Quote]
    df: dict[str, int]
    bm25: StoredBM25 | None  # None for an empty corpus
    sentences: SentenceIndex  # the paragraphs' sentence terms, computed for the calibration
    probe_vectors: Mapping[str, NDArray[np.float32]]  # calibration probe → its vector


def text_work(documents: list[Document], paragraphs: list[Paragraph], embedder: Embedder) -> TextWork:
    """Quotes, term statistics and BM25 of `paragraphs` (every paragraph of `documents`, in
    order), and what the calibration's probe searches will read."""
    quotes = extract_all_quotes(documents)
    df = document_frequencies(p.text for p in paragraphs)
    sentences = SentenceIndex(paragraphs)
    if not paragraphs:
        return TextWork(quotes, df, None, sentences, {})
    bm25 = build_bm25(paragraphs)
    probes = probe_questions()
    # The probes read at most len(probes) * CANDIDATES paragraphs; past that, computing every
    # paragraph's sentences here would be more work than the calibration does.
    if len(paragraphs) <= len(probes) * CANDIDATES:
        for i in range(len(paragraphs)):
            sentences.sentences(i)
    vectors = {q: embedder.embed([q])[0] for q in probes}
    return TextWork(quotes, df, bm25, sentences, vectors)
