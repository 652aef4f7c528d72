"""The `Engine`'s lifecycle: open, load, reload, build, search, and what it serves.

It owns the loaded index (paragraphs, embeddings, BM25, quotes) and answers questions with
pure composition on top of retrieval (which answer a question gets: `routing.py`). Building
it is heavy (model + index load), so callers build it once (`Engine.open`) and share it; `ask`
is thread-safe and synchronous: async callers run it in `asyncio.to_thread`.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from ..attribution.answers.speaker_typed import claim_as_written, speaker_as_written
from ..attribution.checks.check import QuoteCheck, quotes_by
from ..attribution.checks.claims import check_claim
from ..attribution.claim import parse_claim
from ..encoder.embed import Embedder
from ..errors import IngestError
from ..retrieval.articles.examples import candidate_questions
from ..retrieval.articles.labels import name_answer, name_quote
from ..retrieval.conflicts.stories import Stories
from ..retrieval.followup import resolve
from ..retrieval.hybrid import Evidence
from ..retrieval.referents import previous_speaker
from ..retrieval.spelling import Respelled
from ..settings import Settings
from ..store.backend import IndexBackend, LocalBackend, Retriever, open_backend
from ..store.build import BuildReport, Progress, vector_scheme
from ..store.ingest import read_corpus
from ..store.local import IndexSnapshot, LocalStore
from ..types import Answer, Disagreement, Document, Paragraph, Passage, Quote
from .base import Loaded, Turn
from .routing import Router

if TYPE_CHECKING:
    from ..store.postgres.store import PgStore

log = logging.getLogger(__name__)


class Engine:
    """Loaded index + answer pipeline. Use `Engine.open(settings)`.

    Serving never waits for a reindex: when another process (or `build`) switches the
    index version, the next question triggers a background load and keeps being answered
    from the old version until the new one is ready.
    """

    RELOAD_CHECK_SECONDS = 1.0

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        store: LocalStore | PgStore,
        backend: IndexBackend | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        if backend is None:
            assert isinstance(store, LocalStore), "a PgStore comes with its PgBackend"
            backend = LocalBackend(store)
        self.backend = backend
        self._loaded = self._load(store.current_version())
        self._last_check = time.monotonic()
        self._reloading = threading.Lock()
        self.last_build: BuildReport | None = None

    @classmethod
    def open(
        cls,
        settings: Settings,
        build: bool = False,
        force: bool = False,
        progress: Progress | None = None,
        allow_shrink: bool = False,
    ) -> Engine:
        """Load the model and the live index; with `build`, refresh it from DOCS_DIR first.

        A missing index is built from DOCS_DIR, so a fresh checkout answers at once. The
        build's report is kept in `last_build`.
        """
        embedder = Embedder.load(settings.model_cache_dir, settings.embed_precision, settings.model_dir)
        backend, store = open_backend(settings)  # INDEX_BACKEND: local files or PostgreSQL
        try:
            return cls._open(settings, embedder, backend, store, build, force, progress, allow_shrink)
        except BaseException:
            store.close()  # a PgStore holds a connection pool
            raise

    def close(self) -> None:
        """Release what `open` acquired: the store (a PgStore's connection pool). Idempotent.

        ``with Engine.open(settings) as engine: engine.ask("…")`` closes it on the way out."""
        self.store.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @classmethod
    def _open(
        cls,
        settings: Settings,
        embedder: Embedder,
        backend: IndexBackend,
        store: LocalStore | PgStore,
        build: bool,
        force: bool,
        progress: Progress | None,
        allow_shrink: bool,
    ) -> Engine:
        report = None
        damaged = False
        if isinstance(store, LocalStore) and store.live_is_damaged():
            with store.writer_lock():
                damaged = store.heal()  # logs what it found and which version now serves
        if build or damaged or backend.current_version() is None:
            try:
                documents = read_corpus(settings.docs_dir, settings.max_upload_bytes)
                report = backend.refresh(documents, embedder, progress, force, allow_shrink)
            except IngestError as exc:
                if build or backend.current_version() is None:
                    raise
                log.error(
                    "could not rebuild the damaged index (%s); serving %s", exc, store.current_version()
                )
        engine = cls(settings, embedder, store, backend)
        held = engine.snapshot
        if report is None and held.paragraphs and held.model != vector_scheme(embedder):
            # written by another model or text scheme: its vectors don't match this
            # encoder's questions, so re-embed before serving
            log.warning("index %s holds %r vectors; re-embedding", engine.version, held.model)
            report = engine.build(progress)
        engine.last_build = report
        return engine

    # --- index state -------------------------------------------------------------------

    def _load(self, version: str | None) -> Loaded:
        snap, retriever = self.backend.open_version(version, self.embedder)
        return Loaded.of(snap, retriever, self._unit_rows)

    @property
    def version(self) -> str:
        return self._loaded.snapshot.version

    @property
    def abstain_threshold(self) -> float | None:
        """ABSTAIN_THRESHOLD if set, else the live index's calibrated threshold."""
        if self.settings.abstain_threshold is not None:
            return self.settings.abstain_threshold
        return self._loaded.snapshot.abstain_threshold

    @property
    def retriever(self) -> Retriever:
        return self._loaded.retriever

    @property
    def snapshot(self) -> IndexSnapshot:
        """The index version being served."""
        return self._loaded.snapshot

    def reload_if_changed(self, wait: bool = False) -> bool:
        """Load the live version if it differs from ours. Returns True if a load started.

        With `wait`, returns once the live version is served, even when a background load
        (started by a question) was already loading it."""
        current = self.backend.current_version()
        if current is None or current == self.version:
            return False
        if not self._reloading.acquire(blocking=wait):
            return False
        if wait and (current := self.backend.current_version()) in (None, self.version):
            self._reloading.release()  # the background load finished it while we waited
            return False

        def work() -> None:
            try:
                loaded = self._load(current)
                self._loaded = loaded  # one reference swap: readers see old or new, never mixed
                log.info("serving index version %s", current)
            except Exception:
                log.exception("could not load index version %s; still serving %s", current, self.version)
            finally:
                self._reloading.release()

        if wait:
            work()
        else:
            threading.Thread(target=work, name="index-reload", daemon=True).start()
        return True

    def _maybe_reload(self) -> None:
        now = time.monotonic()
        if now - self._last_check >= self.RELOAD_CHECK_SECONDS:
            self._last_check = now
            self.reload_if_changed()

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        """Refresh the index from DOCS_DIR and serve the result (see `ingest.check_shrink`)."""
        documents = read_corpus(self.settings.docs_dir, self.settings.max_upload_bytes)
        report = self.backend.refresh(documents, self.embedder, progress, force, allow_shrink)
        self.reload_if_changed(wait=True)
        return report

    # --- QA protocol -------------------------------------------------------------------

    def search(self, question: str, previous: Turn | None = None, k: int = 10) -> Evidence:
        self._maybe_reload()
        loaded = self._loaded
        before = previous.answer if previous else None
        speaker = previous_speaker(before, loaded.snapshot.quotes) if before is not None else None
        resolved = resolve(question, previous.question if previous else None, before, speaker)
        evidence = loaded.retriever.search(resolved.query, k=k + len(resolved.exclude))
        if resolved.exclude:
            kept = tuple(
                p
                for p in evidence.passages
                if (p.paragraph.doc_id, p.paragraph.number) not in resolved.exclude
            )
            evidence = replace(evidence, passages=kept[:k])
        return evidence

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        """Attribution questions go to the quote index; everything else to retrieval."""
        return self.ask_with_evidence(question, previous)[0]

    def name(self, answer: Answer) -> Answer:
        """`answer` with each cited article named as the served corpus names it."""
        return name_answer(answer, self._loaded.names)

    def ask_with_evidence(
        self, question: str, previous: Turn | None = None
    ) -> tuple[Answer, tuple[Passage, ...]]:
        """The extractive answer and the passages behind it (empty for attribution answers),
        for callers that let an LLM rephrase from the same evidence (index/llm.py)."""
        answer, passages = self._answer(question, previous)
        return self.name(answer), passages

    def _answer(self, question: str, previous: Turn | None) -> tuple[Answer, tuple[Passage, ...]]:
        self._maybe_reload()  # attribution answers skip `search`, so check here too
        router = Router(
            self._loaded,
            self.settings.answer_max_sentences,
            self.abstain_threshold,
            self.search,
            self._unit_rows,
        )
        return router.answer(question, previous)

    @property
    def stories(self) -> Stories:
        """The live version's disagreements between articles of one story."""
        return self._loaded.stories

    def conflicts(self) -> tuple[Disagreement, ...]:
        """Every fact on which articles of one story give different values (`Stories.all`)."""
        return self._loaded.stories.all()

    def _unit_rows(self, texts: list[str]) -> NDArray[np.float32]:
        rows = self.embedder.embed(texts)
        unit: NDArray[np.float32] = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
        return unit

    def check_quote(self, text: str) -> QuoteCheck:
        """Is `text` a real quote in the articles (exact / misworded with a diff / not found),
        is it the named speaker's, does it say the opposite (`check_claim`)?"""
        self._maybe_reload()
        loaded = self._loaded
        speaker, _ = parse_claim(text)
        spelt = self._as_written(speaker) if speaker else None
        if spelt is not None and spelt.read_as:
            # "Citrinowitz said …": the speaker as the articles spell them, so a typo is no
            # misattribution; the quoted words are checked as typed (a misspelt word is a misquote)
            text = text.replace(speaker or "", spelt.question, 1)
        # "…, the prime minister said": the one person the articles title so
        text = claim_as_written(text, loaded.snapshot.quotes, (p.text for p in loaded.snapshot.paragraphs))
        check = check_claim(text, loaded.snapshot.quotes, loaded.term_weights.weigh)
        if spelt is not None and spelt.read_as:
            check = replace(check, read_as=spelt.read_as)
        if check.quote is None:
            return check
        joined = name_quote(check.joined, loaded.names) if check.joined else None
        return replace(check, quote=name_quote(check.quote, loaded.names), joined=joined)

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        """Every indexed quote, or those of `speaker` under any name variant (or spelling)."""
        self._maybe_reload()
        loaded = self._loaded
        if speaker and not quotes_by(speaker, loaded.snapshot.quotes):
            # "/quotes Citrinowitz", "/quotes the prime minister's office": as the articles name them
            spelt = self._as_written(speaker).question
            speaker = speaker_as_written(
                spelt, loaded.snapshot.quotes, (p.text for p in loaded.snapshot.paragraphs)
            )
        quotes = quotes_by(speaker, loaded.snapshot.quotes) if speaker else loaded.snapshot.quotes
        return [name_quote(q, loaded.names) for q in quotes]

    def name_as_written(self, name: str) -> str:
        """`name` as the articles spell it (`retrieval/spelling.py`), or as typed."""
        self._maybe_reload()
        return self._as_written(name).question

    def _as_written(self, name: str) -> Respelled:
        """A speaker's name as the articles spell it (`retrieval/spelling.py`)."""
        return self._loaded.spelling.respell(name, name_only=True)

    def documents(self) -> list[Document]:
        return list(self._loaded.snapshot.documents)

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        return self._loaded.by_key.get((doc_id, number))

    def quotes(self) -> list[Quote]:
        return list(self._loaded.snapshot.quotes)

    def example_questions(self, n: int = 3) -> list[str]:
        """Up to `n` questions made from the articles' quotes (index/examples.py) that this
        index answers without abstaining; found once per index version."""
        loaded = self._loaded
        if n not in loaded.examples:
            out: list[str] = []
            for question in candidate_questions(loaded.snapshot.quotes, n):
                if len(out) < n and not self.ask(question).abstained:
                    out.append(question)
            loaded.examples[n] = out
        return list(loaded.examples[n])

    # --- admin hooks (index/manage.py) -------------------------------------------------

    def indexed_at(self) -> float:
        """When the served index version was built (epoch seconds; 0.0 if nothing is indexed)."""
        return self._loaded.snapshot.created
