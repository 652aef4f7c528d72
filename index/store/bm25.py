"""The BM25 half of the local index: built with bm25s directly, saved beside the vectors, and
loaded without LlamaIndex (whose import alone took 1.8 s of a squad-dev build)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..types import Paragraph

if TYPE_CHECKING:
    import bm25s
    import Stemmer

# The tokenisation of the BM25 index (LlamaIndex's BM25Retriever defaults), given to it on a
# build and used again for questions when the index is loaded without LlamaIndex.
BM25_STEMMER = "english"
BM25_TOKEN_PATTERN = r"(?u)\b\w\w+\b"


@dataclass(frozen=True)
class StoredBM25:
    """A persisted bm25s index and the tokenisation it was built with: what ranking reads of a
    `BM25Retriever` (`retrieval.hybrid.BM25Index`), loaded without importing LlamaIndex, which
    costs more than a second of start-up."""

    bm25: bm25s.BM25
    stemmer: Stemmer.Stemmer
    token_pattern: str = BM25_TOKEN_PATTERN


def build_bm25(paragraphs: list[Paragraph]) -> StoredBM25:
    """The BM25 index of `paragraphs`, one row per paragraph in order.

    Built with bm25s exactly as LlamaIndex's `BM25Retriever.from_defaults` builds it (English
    stop words, the stemmer and token pattern above; tests/test_bm25_build.py checks the saved
    files are the same), without importing LlamaIndex: that import alone took 1.8 s of a
    squad-dev build.
    """
    import bm25s
    import Stemmer

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    stemmer = Stemmer.Stemmer(BM25_STEMMER)
    tokens = bm25s.tokenize(
        [p.text for p in paragraphs],
        stopwords="en",
        stemmer=stemmer,
        token_pattern=BM25_TOKEN_PATTERN,
        show_progress=False,
    )
    index = bm25s.BM25()
    index.index(tokens, show_progress=False)
    return StoredBM25(index, stemmer)


def load_bm25(path: Path) -> StoredBM25 | None:
    """A persisted BM25 index without its stored corpus (paragraphs come from the store)."""
    import bm25s
    import Stemmer

    if not path.exists():  # an empty corpus has no BM25 index
        return None
    index = bm25s.BM25.load(str(path), load_corpus=False)
    return StoredBM25(index, Stemmer.Stemmer(BM25_STEMMER))
