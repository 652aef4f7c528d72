"""Build or refresh the index from a documents folder, embedding only what changed.

Every vector row is keyed by the hash of the text it embeds; rows whose text is unchanged
are copied from the live version instead of re-embedded, so a build with nothing changed
embeds 0 paragraphs, and editing one paragraph embeds one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..encoder.embed import DIM, Embedder
from ..errors import IngestError, ManifestError
from ..guards import check_docs_dir as check_docs_dir
from ..guards import check_shrink as check_shrink
from ..retrieval.lexical import document_frequencies
from ..sources import MANIFEST, list_articles, manifest_warnings, read_document, text_hash
from ..text import sentence_spans
from ..types import Document, Paragraph, Quote
from .local import IndexSnapshot, LocalStore

if TYPE_CHECKING:
    import bm25s
    import Stemmer
    from llama_index.retrievers.bm25 import BM25Retriever

    from ..retrieval.hybrid import BM25Index

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (stage, done, total)

# Rows of the vector matrix are sentences, not paragraphs: questions are usually written
# from one sentence, a sentence fits the model's 256-token window whole, and embedding
# sentences costs no more than embedding paragraphs (squad-dev: paragraph vectors only
# gave Hits@1 0.86, sentence vectors + their paragraph mean 0.865, both 0.87 at half the
# ingest speed). A paragraph's vector is the normalised mean of its sentence vectors.


@dataclass
class BuildReport:
    version: str | None
    changed: bool
    documents: int
    paragraphs: int
    quotes: int
    embedded: int
    reused: int
    seconds: float
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)

    @property
    def paragraphs_per_second(self) -> float:
        return self.embedded / self.seconds if self.seconds > 0 else 0.0


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


# Each sentence is embedded after its article's title ("Title: sentence"): a sentence alone
# often leans on its article for what it is about ("It was formed in 1636"). squad-dev,
# weights refitted: Hits@1 0.869 -> 0.875, Hits@3 0.956 -> 0.962 (retrieved ¶); fixture news
# corpus Hits@1 0.84 -> 0.92. Indexes record the scheme, so a change re-embeds everything.
EMBEDDED_TEXT = "short topic: sentence"  # Paragraph.topic when it has at most MAX_TOPIC_WORDS words
# A topic ("Apollo program", "1973 oil crisis") tells the encoder what a sentence is about;
# a headline is a sentence of its own, and put before another one it pulls the vector away
# from it (the seed answer to "What did Netanyahu want from the meeting?" fell from cosine 0.66
# to 0.54, below a sentence that does not answer). Measured (seed golden set first-citation
# misses of 87; fixture corpus Hits@1 / Hits@3 / abstained): whole headline 35; 0.921 / 1.000 /
# 5.3 %. Its first four words 31; 0.895 / 1.000 / 0.0 %. No headline (topics of at most four
# words only) 30; 0.895 / 0.974 / 7.9 %. The seeds are real news, the fixture corpus was written
# for the tests with headlines that summarise it, so real text decides. squad-dev's topics are
# file names of at most four words: unaffected.
MAX_TOPIC_WORDS = 4


def vector_scheme(embedder: Embedder) -> str:
    """What the stored vectors are: the model and the shape of the text it embedded."""
    return f"{embedder.name} [{EMBEDDED_TEXT}]"


def embedded_texts(paragraph: Paragraph) -> list[str]:
    """The texts embedded for `paragraph`, one per sentence, in order, each after the first
    words of the article's topic (`Paragraph.topic`: its real title, or a file name that
    reads as words)."""
    sentences = [paragraph.text[a:b] for a, b in sentence_spans(paragraph.text)] or [paragraph.text]
    topic = paragraph.topic.strip()
    if not topic or len(topic.split()) > MAX_TOPIC_WORDS:
        return sentences  # a headline, not a topic
    return [f"{topic}: {s}" for s in sentences]


def extract_all_quotes(documents: list[Document]) -> list[Quote]:
    from ..attribution.extract import extract_quotes

    return [q for d in documents for q in extract_quotes(d)]


def embed_missing(
    texts: list[str],
    hashes: list[str],
    cache: dict[str, np.ndarray],
    embedder: Embedder,
    progress: Progress | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors for `texts`: from `cache` by text hash, the rest embedded. Returns (vectors, embedded)."""
    vectors = np.zeros((len(texts), DIM), dtype=np.float32)
    todo = [i for i, h in enumerate(hashes) if h not in cache]
    todo.sort(key=lambda i: len(texts[i]))  # similar lengths share a batch: less padding
    step = 256
    for start in range(0, len(todo), step):
        chunk = todo[start : start + step]
        vectors[chunk] = embedder.embed([texts[i] for i in chunk])
        if progress:
            progress("embedding", min(start + step, len(todo)), len(todo))
    for i, h in enumerate(hashes):
        if h in cache:
            vectors[i] = cache[h]
    return vectors, len(todo)


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
    paragraphs = [p for d in documents for p in d.paragraphs]

    row_texts: list[str] = []
    row_paragraph: list[int] = []
    for i, p in enumerate(paragraphs):
        for text in embedded_texts(p):
            row_texts.append(text)
            row_paragraph.append(i)
    row_hashes = [text_hash(t) for t in row_texts]
    vectors, embedded = embed_missing(row_texts, row_hashes, cache, embedder, progress)
    quotes = extract_all_quotes(documents)
    snap = IndexSnapshot(
        documents=documents,
        vectors=vectors,
        row_paragraph=row_paragraph,
        row_hashes=row_hashes,
        df=document_frequencies(p.text for p in paragraphs),
        quotes=quotes,
        model=vector_scheme(embedder),
    )
    return snap, embedded, len(row_texts) - embedded


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


def build_bm25(paragraphs: list[Paragraph]) -> BM25Retriever:
    import Stemmer
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    logging.getLogger("bm25s").setLevel(logging.WARNING)

    nodes = [
        TextNode(
            id_=p.key,
            text=p.text,
            metadata={"doc_id": p.doc_id, "paragraph": p.number},
            excluded_embed_metadata_keys=["doc_id", "paragraph"],
            excluded_llm_metadata_keys=["doc_id", "paragraph"],
        )
        for p in paragraphs
    ]
    return BM25Retriever.from_defaults(
        nodes=nodes,
        similarity_top_k=min(50, len(nodes)),
        stemmer=Stemmer.Stemmer(BM25_STEMMER),
        token_pattern=BM25_TOKEN_PATTERN,
    )


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
        old_docs: dict[str, str] = {d["doc_id"]: d["hash"] for d in meta["documents"]}
        new_docs = {d.doc_id: d.hash for d in documents}
        check_shrink(list(old_docs), list(new_docs), allow_shrink)
        same_model = meta.get("model") == vector_scheme(embedder)
        if not force and live and same_model and old_docs == new_docs and list(old_docs) == list(new_docs):
            return BuildReport(
                version=live,
                changed=False,
                documents=len(documents),
                paragraphs=sum(len(d.paragraphs) for d in documents),
                quotes=sum(int(d.get("quotes", 0)) for d in meta["documents"]),
                embedded=0,
                reused=0,
                seconds=time.perf_counter() - started,
            )
        previous = store.load(live) if live else None
        snap, embedded, reused = build_snapshot(documents, embedder, previous, progress)
        # An empty corpus is a valid state (a new deployment, or every article removed):
        # it is served as "no articles indexed yet".
        bm25 = build_bm25(snap.paragraphs) if snap.paragraphs else None
        if bm25 is not None:
            snap.abstain_threshold = calibrate_threshold(snap, embedder, bm25)
        version = store.write(snap, bm25)
    return BuildReport(
        version=version,
        changed=True,
        documents=len(documents),
        paragraphs=len(snap.paragraphs),
        quotes=len(snap.quotes),
        embedded=embedded,
        reused=reused,
        seconds=time.perf_counter() - started,
        added=sorted(set(new_docs) - set(old_docs)),
        removed=sorted(set(old_docs) - set(new_docs)),
        updated=sorted(k for k in new_docs if k in old_docs and old_docs[k] != new_docs[k]),
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

    retriever = HybridRetriever(snap, embedder, bm25)
    return null_threshold(retriever.search)
