"""The question-answering engine: one object the CLI and the Telegram adapter hold.

It owns the loaded index (paragraphs, embeddings, BM25, quotes) and answers questions with
pure composition on top of retrieval. Building it is heavy (model + index load), so callers
build it once (`Engine.open`) and share it; `ask` is thread-safe and synchronous: async
callers run it in `asyncio.to_thread`.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from typing import Any, Protocol

from .answer import compose_answer
from .attribute import answer_attribution
from .attribution import QuoteCheck, check_quote, parse_attribution_question, quotes_by
from .disagree import find_disagreements
from .embed import Embedder
from .followup import is_pronoun, previous_speaker, resolve, wants_more
from .ingest import BuildReport, Progress, load_bm25, read_corpus, refresh
from .retrieve import Evidence, HybridRetriever
from .settings import Settings
from .store import IndexSnapshot, LocalStore
from .types import Answer, Document, Paragraph, Passage, Quote

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Turn:
    """The previous exchange in a chat, used to resolve follow-up questions."""

    question: str
    answer: Answer | None = None


class QA(Protocol):
    """What the Telegram adapter needs from the domain (the `Engine` implements it)."""

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        """Answer `question`; `previous` is the chat's last exchange, for follow-ups."""
        ...

    def documents(self) -> list[Document]:
        """The indexed articles."""
        ...

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        """One paragraph by article id and ¶ number, or None if it no longer exists."""
        ...

    def example_questions(self, n: int = 3) -> list[str]:
        """Up to `n` questions the current corpus can answer, for /start buttons."""
        ...


@dataclass(frozen=True)
class _Loaded:
    snapshot: IndexSnapshot
    retriever: HybridRetriever
    by_key: dict[tuple[str, int], Paragraph]


def _empty_snapshot() -> IndexSnapshot:
    import numpy as np

    return IndexSnapshot(
        documents=[], vectors=np.zeros((0, 384), np.float32), row_paragraph=[], row_hashes=[], df={}
    )


class Engine:
    """Loaded index + answer pipeline. Use `Engine.open(settings)`.

    Serving never waits for a reindex: when another process (or `build`) switches the
    index version, the next question triggers a background load and keeps being answered
    from the old version until the new one is ready.
    """

    RELOAD_CHECK_SECONDS = 1.0

    def __init__(self, settings: Settings, embedder: Embedder, store: LocalStore) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self._loaded = self._load(store.current_version())
        self._last_check = time.monotonic()
        self._reloading = threading.Lock()
        self.last_build: BuildReport | None = None

    @classmethod
    def open(
        cls, settings: Settings, build: bool = False, force: bool = False, progress: Progress | None = None
    ) -> Engine:
        """Load the model and the live index; with `build`, refresh it from DOCS_DIR first.

        A missing index is built from DOCS_DIR, so a fresh checkout answers at once. The
        build's report is kept in `last_build`.
        """
        embedder = Embedder.load(settings.model_cache_dir, settings.embed_precision, settings.model_dir)
        store = LocalStore(settings.index_dir)
        report = None
        if build or store.current_version() is None:
            report = refresh(read_corpus(settings.docs_dir), store, embedder, progress, force)
        engine = cls(settings, embedder, store)
        engine.last_build = report
        return engine

    # --- index state -------------------------------------------------------------------

    def _load(self, version: str | None) -> _Loaded:
        snap = self.store.load(version) if version else None
        snap = snap or _empty_snapshot()
        bm25 = self._load_bm25(snap)
        retriever = HybridRetriever(snap, self.embedder, bm25)
        return _Loaded(snap, retriever, {(p.doc_id, p.number): p for p in snap.paragraphs})

    def _load_bm25(self, snap: IndexSnapshot) -> Any:
        if not snap.version:
            return None
        return load_bm25(self.store.bm25_dir(snap.version))

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
    def retriever(self) -> HybridRetriever:
        return self._loaded.retriever

    def reload_if_changed(self, wait: bool = False) -> bool:
        """Load the live version if it differs from ours. Returns True if a load started."""
        current = self.store.current_version()
        if current is None or current == self.version:
            return False
        if not self._reloading.acquire(blocking=False):
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

    def build(self, progress: Progress | None = None, force: bool = False) -> BuildReport:
        """Refresh the index from DOCS_DIR and serve the result."""
        report = refresh(read_corpus(self.settings.docs_dir), self.store, self.embedder, progress, force)
        self.reload_if_changed(wait=True)
        return report

    # --- QA protocol -------------------------------------------------------------------

    def search(self, question: str, previous: Turn | None = None, k: int = 10) -> Evidence:
        self._maybe_reload()
        loaded = self._loaded
        resolved = resolve(
            question, previous.question if previous else None, previous.answer if previous else None
        )
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

    def ask_with_evidence(
        self, question: str, previous: Turn | None = None
    ) -> tuple[Answer, tuple[Passage, ...]]:
        """The extractive answer and the passages behind it (empty for attribution answers),
        for callers that let an LLM rephrase from the same evidence (index/llm.py)."""
        query = parse_attribution_question(question)
        loaded = self._loaded
        if query is not None and is_pronoun(query.speaker):
            named = previous_speaker(previous.answer if previous else None, loaded.snapshot.quotes)
            query = replace(query, speaker=named) if named else None
        if query is not None and loaded.snapshot.quotes:
            shown: frozenset[tuple[str, int]] = frozenset()
            if previous is not None and previous.answer is not None and wants_more(question):
                shown = frozenset((c.doc_id, c.paragraph) for c in previous.answer.citations)
            answer = answer_attribution(question, query, loaded.snapshot.quotes, loaded.by_key, shown)
            if answer.abstained:
                fallback, passages = self._retrieval_answer(question, previous)
                if not query.quoted and not fallback.abstained:
                    # "who claims the draft is ready?" may be reported speech the quote
                    # index does not hold: the ordinary cited answer is the better reply
                    return fallback, passages
                answer = replace(
                    answer,
                    closest=fallback.closest or (fallback.citations[0] if fallback.citations else None),
                )
            return answer, ()
        return self._retrieval_answer(question, previous)

    def _retrieval_answer(self, question: str, previous: Turn | None) -> tuple[Answer, tuple[Passage, ...]]:
        evidence = self.search(question, previous)
        answer = compose_answer(evidence, self.settings.answer_max_sentences, self.abstain_threshold)
        if not answer.abstained:
            cited = {(c.doc_id, c.paragraph) for c in answer.citations}
            passages = [p for p in evidence.passages if (p.paragraph.doc_id, p.paragraph.number) in cited]
            answer = replace(answer, disagreements=tuple(find_disagreements(passages, question)))
        return replace(answer, question=question), evidence.passages

    def check_quote(self, text: str) -> QuoteCheck:
        """Is `text` a real quote in the articles (exact / misworded with a diff / not found)?"""
        return check_quote(text, self._loaded.snapshot.quotes)

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        """Every indexed quote, or those of `speaker` under any name variant."""
        quotes = self._loaded.snapshot.quotes
        return list(quotes_by(speaker, quotes)) if speaker else list(quotes)

    def documents(self) -> list[Document]:
        return list(self._loaded.snapshot.documents)

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        return self._loaded.by_key.get((doc_id, number))

    def quotes(self) -> list[Quote]:
        return list(self._loaded.snapshot.quotes)

    def example_questions(self, n: int = 3) -> list[str]:
        return [f"What does “{d.title}” report?" for d in self._loaded.snapshot.documents[:n]]
