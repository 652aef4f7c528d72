"""What the local and the PostgreSQL builds share: the sentence rows of a corpus and their
vectors, the added/removed/updated diff against the live version, and the build report.

The backends differ in where vectors are looked up (the live version's matrix, or the
`sentences` table) and how a version is written (a new directory, or one transaction).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field

import numpy as np

from ..encoder.embed import DIM, Embedder
from ..sources import text_hash
from ..text import sentence_spans
from ..types import Document, Paragraph, Quote

Progress = Callable[[str, int, int], None]  # (stage, done, total)
EMBED_CHUNK = 4096  # sentences sorted and batched together (`embed_missing`)

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
        """Paragraphs of the index over the build's time: the ingest figure of a fresh build."""
        return self.paragraphs / self.seconds if self.seconds > 0 else 0.0

    @property
    def sentences_per_second(self) -> float:
        """Sentences embedded by this build over its time (reused vectors are not counted)."""
        return self.embedded / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, object]:
        """The report as JSON-ready fields, with both rates."""
        return asdict(self) | {
            "paragraphs_per_second": self.paragraphs_per_second,
            "sentences_per_second": self.sentences_per_second,
        }

    @property
    def summary(self) -> str:
        """The one line a build prints: state, counts, embedded/reused sentences, seconds."""
        state = "updated" if self.changed else "unchanged"
        return (
            f"index {state}: {self.documents} documents, {self.paragraphs} paragraphs, "
            f"{self.quotes} quotes; embedded {self.embedded} sentences, reused {self.reused}; "
            f"{self.seconds:.2f} s"
        )


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
    from ..attribution.extraction.extract import extract_quotes

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
    finished = 0

    def done(n: int) -> None:
        nonlocal finished
        finished += n
        if progress:
            progress("embedding", finished, len(todo))

    todo.sort(key=lambda i: len(texts[i]))  # similar lengths share a batch: less padding
    # Batched in chunks of 4,096 sentences: the chunk bounds the token lists held at once (the
    # encoder runs one chunk's batches while it tokenises the next). Chunks of 256 left the
    # cores waiting at each chunk's end before the chunks were streamed (squad-dev: 19 chunks).
    if todo:
        vectors[todo] = embedder.embed([texts[i] for i in todo], done=done, chunk=EMBED_CHUNK)
    for i, h in enumerate(hashes):
        if h in cache:
            vectors[i] = cache[h]
    return vectors, len(todo)


@dataclass(frozen=True)
class SentenceRows:
    """The vector rows of `paragraphs`: one per sentence (`embedded_texts`), in order."""

    paragraphs: list[Paragraph]
    texts: list[str]
    row_paragraph: list[int]  # row → index into `paragraphs` (a paragraph's rows are contiguous)
    hashes: list[str]  # row → hash of its text: the key under which a vector is reused


def sentence_rows(paragraphs: list[Paragraph]) -> SentenceRows:
    """Every paragraph's embedded sentence texts as rows, with their paragraph and text hash."""
    texts: list[str] = []
    row_paragraph: list[int] = []
    for i, p in enumerate(paragraphs):
        for text in embedded_texts(p):
            texts.append(text)
            row_paragraph.append(i)
    return SentenceRows(paragraphs, texts, row_paragraph, [text_hash(t) for t in texts])


@dataclass(frozen=True)
class Diff:
    """The live version's documents against the new ones (doc_id → content hash, in order)."""

    old: dict[str, str]
    new: dict[str, str]

    @classmethod
    def of(cls, old: Mapping[str, str], documents: list[Document]) -> Diff:
        return cls(dict(old), {d.doc_id: d.hash for d in documents})

    @property
    def same(self) -> bool:
        """The same documents with the same contents in the same order."""
        return list(self.old.items()) == list(self.new.items())

    @property
    def added(self) -> list[str]:
        return sorted(set(self.new) - set(self.old))

    @property
    def removed(self) -> list[str]:
        return sorted(set(self.old) - set(self.new))

    @property
    def updated(self) -> list[str]:
        return sorted(k for k in self.new if k in self.old and self.old[k] != self.new[k])


def unchanged_report(version: str, documents: list[Document], quotes: int, started: float) -> BuildReport:
    """The report of a build that found nothing to do (`started`: its `time.perf_counter()`)."""
    return BuildReport(
        version=version,
        changed=False,
        documents=len(documents),
        paragraphs=sum(len(d.paragraphs) for d in documents),
        quotes=quotes,
        embedded=0,
        reused=0,
        seconds=time.perf_counter() - started,
    )


def changed_report(
    version: str,
    documents: list[Document],
    diff: Diff,
    *,
    paragraphs: int,
    quotes: int,
    embedded: int,
    reused: int,
    started: float,
) -> BuildReport:
    """The report of a build that wrote `version`."""
    return BuildReport(
        version=version,
        changed=True,
        documents=len(documents),
        paragraphs=paragraphs,
        quotes=quotes,
        embedded=embedded,
        reused=reused,
        seconds=time.perf_counter() - started,
        added=diff.added,
        removed=diff.removed,
        updated=diff.updated,
    )
