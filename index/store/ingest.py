"""Build or refresh the local index (`LocalStore`) from a documents folder, embedding only what changed.

Every vector row is keyed by the hash of the text it embeds; rows whose text is unchanged
are copied from the live version instead of re-embedded, so a build with nothing changed
embeds 0 paragraphs, and editing one paragraph embeds one. What needs no vectors (quotes, BM25,
what the calibration reads) is computed while the encoder runs (`textwork.py`).
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from ..encoder.embed import Embedder
from ..errors import IngestError, ManifestError
from ..folder import MANIFEST, list_articles, manifest_warnings
from ..guards import check_docs_dir as check_docs_dir
from ..guards import check_shrink as check_shrink
from ..sources import read_document
from ..types import Document
from .build import (
    BuildReport,
    Diff,
    Progress,
    changed_report,
    embed_missing,
    sentence_rows,
    unchanged_report,
    vector_scheme,
)
from .local import IndexSnapshot, LocalStore
from .textwork import TextWork, text_work

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
) -> tuple[IndexSnapshot, TextWork, int, int]:
    """Embed what changed and assemble a complete snapshot (nothing written), with the rest of
    the version (`TextWork`: BM25, and what the calibration reads)."""
    cache: dict[str, np.ndarray] = {}
    if previous is not None and previous.model == vector_scheme(embedder):
        for row, h in enumerate(previous.row_hashes):
            cache[h] = previous.vectors[row]
    rows = sentence_rows([p for d in documents for p in d.paragraphs])
    # The text-only work (quotes, term statistics, BM25, what the calibration reads) runs while
    # the encoder (native code, GIL released) embeds. squad-dev at load 7-8: the CPU spent after
    # the encoder, on one core, 1.5-1.7 -> 0.5 s; the worker's own 2.0-2.5 -> 3.4 CPU-s, spent
    # while the encoder's two threads share both cores (docs/history.md, ingest round 17).
    with ThreadPoolExecutor(max_workers=1) as pool:
        working = pool.submit(text_work, documents, rows.paragraphs, embedder)
        vectors, embedded = embed_missing(rows.texts, rows.hashes, cache, embedder, progress)
        work = working.result()
    snap = IndexSnapshot(
        documents=documents,
        vectors=vectors,
        row_paragraph=rows.row_paragraph,
        row_hashes=rows.hashes,
        df=work.df,
        quotes=work.quotes,
        model=vector_scheme(embedder),
    )
    return snap, work, embedded, len(rows.texts) - embedded


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
        snap, work, embedded, reused = build_snapshot(documents, embedder, previous, progress)
        # An empty corpus is a valid state (a new deployment, or every article removed):
        # it is served as "no articles indexed yet".
        if work.bm25 is not None:
            snap.abstain_threshold = calibrate_threshold(snap, embedder, work)
        version = store.write(snap, work.bm25)
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


def calibrate_threshold(snap: IndexSnapshot, embedder: Embedder, work: TextWork) -> float:
    """The new version's abstention threshold, measured with the probe questions (their
    vectors and the paragraphs' sentence terms computed beside the encoder: `work`)."""
    from ..retrieval.calibrate import null_threshold
    from ..retrieval.hybrid import HybridRetriever

    retriever = HybridRetriever(  # thread-safe
        snap, embedder, work.bm25, sentences=work.sentences, known_vectors=work.probe_vectors
    )
    return null_threshold(retriever.search, threads=embedder.threads)
