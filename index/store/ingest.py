"""Build or refresh the local index (`LocalStore`) from a documents folder, embedding only what changed.

Every vector row is keyed by the hash of the text it embeds; rows whose text is unchanged
are copied from the live version instead of re-embedded, so a build with nothing changed
embeds 0 paragraphs, and editing one paragraph embeds one.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..encoder.embed import Embedder
from ..errors import IngestError, ManifestError
from ..folder import MANIFEST, list_articles, manifest_warnings
from ..guards import check_docs_dir as check_docs_dir
from ..guards import check_shrink as check_shrink
from ..retrieval.lexical import document_frequencies
from ..sources import read_document
from ..types import Document, Paragraph
from .build import (
    BuildReport,
    Diff,
    Progress,
    changed_report,
    embed_missing,
    extract_all_quotes,
    sentence_rows,
    unchanged_report,
    vector_scheme,
)
from .local import IndexSnapshot, LocalStore

if TYPE_CHECKING:
    import bm25s
    import Stemmer

    from ..retrieval.hybrid import BM25Index

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2_000_000  # the MAX_UPLOAD_BYTES default


def read_corpus(docs_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Every article in `docs_dir`; `IngestError` if the folder or a file cannot be read, or a
    file is larger than `max_bytes` (MAX_UPLOAD_BYTES: the cap of every way in)."""
    check_docs_dir(docs_dir)
    docs = []
    seen: dict[str, str] = {}
    try:
        articles = list_articles(docs_dir)
        for warning in manifest_warnings(docs_dir):
            log.warning("%s", warning)
    except ManifestError as exc:
        raise IngestError(str(exc)) from None
    for path, meta in articles:
        try:
            if (size := path.stat().st_size) > max_bytes:
                raise IngestError(
                    f"{path} is {size:,} bytes; the limit is {max_bytes:,} (MAX_UPLOAD_BYTES): "
                    "split it into articles or move it out of the documents folder"
                )
            doc = read_document(path, meta)
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8, "
                "or add it with `python -m index add`, which also reads Windows-1252"
            ) from exc
        except OSError as exc:
            raise IngestError(f"cannot read {path} ({exc.strerror or exc}); check the file") from exc
        if doc.doc_id in seen:
            raise IngestError(
                f"{path.name} and {seen[doc.doc_id]} have the same document id {doc.doc_id!r}; "
                f"rename one, or give it another id in {MANIFEST}"
            )
        seen[doc.doc_id] = path.name
        docs.append(doc)
    return docs


def build_snapshot(
    documents: list[Document],
    embedder: Embedder,
    previous: IndexSnapshot | None,
    progress: Progress | None = None,
) -> tuple[IndexSnapshot, int, int]:
    """Embed what changed and assemble a complete snapshot (nothing written)."""
    cache: dict[str, np.ndarray] = {}
    if previous is not None and previous.model == vector_scheme(embedder):
        for row, h in enumerate(previous.row_hashes):
            cache[h] = previous.vectors[row]
    rows = sentence_rows([p for d in documents for p in d.paragraphs])
    # quote extraction (pure Python) runs while the encoder (native code, GIL released) embeds
    with ThreadPoolExecutor(max_workers=1) as pool:
        quoting = pool.submit(extract_all_quotes, documents)
        vectors, embedded = embed_missing(rows.texts, rows.hashes, cache, embedder, progress)
        quotes = quoting.result()
    snap = IndexSnapshot(
        documents=documents,
        vectors=vectors,
        row_paragraph=rows.row_paragraph,
        row_hashes=rows.hashes,
        df=document_frequencies(p.text for p in rows.paragraphs),
        quotes=quotes,
        model=vector_scheme(embedder),
    )
    return snap, embedded, len(rows.texts) - embedded


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
    stop words, the stemmer and token pattern above; tests/test_ingest_bm25.py checks the saved
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


def refresh(
    documents: list[Document],
    store: LocalStore,
    embedder: Embedder,
    progress: Progress | None = None,
    force: bool = False,
    allow_shrink: bool = False,
) -> BuildReport:
    """Make the live index match `documents`; writes a new version only if something changed.

    `ShrinkRefused` if that empties the index or drops more than half of it, unless `allow_shrink`.
    """
    started = time.perf_counter()
    with store.writer_lock():
        store.heal()  # a damaged live version is never read, not even by a forced build
        live = store.current_version()
        meta = store.read_meta(live) if live else {"documents": []}
        diff = Diff.of({d["doc_id"]: d["hash"] for d in meta["documents"]}, documents)
        check_shrink(list(diff.old), list(diff.new), allow_shrink)
        same_model = meta.get("model") == vector_scheme(embedder)
        if not force and live and same_model and diff.same:
            quotes = sum(int(d.get("quotes", 0)) for d in meta["documents"])
            return unchanged_report(live, documents, quotes, started)
        previous = store.load(live) if live else None
        snap, embedded, reused = build_snapshot(documents, embedder, previous, progress)
        # An empty corpus is a valid state (a new deployment, or every article removed):
        # it is served as "no articles indexed yet".
        bm25 = build_bm25(snap.paragraphs) if snap.paragraphs else None
        if bm25 is not None:
            snap.abstain_threshold = calibrate_threshold(snap, embedder, bm25)
        version = store.write(snap, bm25)
    return changed_report(
        version,
        documents,
        diff,
        paragraphs=len(snap.paragraphs),
        quotes=len(snap.quotes),
        embedded=embedded,
        reused=reused,
        started=started,
    )


def load_bm25(path: Path) -> StoredBM25 | None:
    """A persisted BM25 index without its stored corpus (paragraphs come from the store)."""
    import bm25s
    import Stemmer

    if not path.exists():  # an empty corpus has no BM25 index
        return None
    index = bm25s.BM25.load(str(path), load_corpus=False)
    return StoredBM25(index, Stemmer.Stemmer(BM25_STEMMER))


def calibrate_threshold(snap: IndexSnapshot, embedder: Embedder, bm25: BM25Index) -> float:
    """The new version's abstention threshold, measured with the probe questions."""
    from ..retrieval.calibrate import null_threshold
    from ..retrieval.hybrid import HybridRetriever

    retriever = HybridRetriever(snap, embedder, bm25)  # thread-safe
    return null_threshold(retriever.search, threads=embedder.threads)
