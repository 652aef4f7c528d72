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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

import numpy as np
from numpy.typing import NDArray

from .attribution.answers.about import about_speaker, about_topic, reported_unquoted, without_others_quotes
from .attribution.answers.answer import answer_attribution, matched_answer, quote_for_claim
from .attribution.answers.relevance import own_words, score
from .attribution.answers.titled import titled_name
from .attribution.checks.check import AttributionQuery, QuoteCheck, parse_attribution_question, quotes_by
from .attribution.checks.claim_words import nameless, subject_untold
from .attribution.checks.claims import check_claim
from .attribution.query import asks_reaction
from .attribution.quoted_by import quoted_by
from .encoder.embed import Embedder
from .errors import IngestError
from .retrieval.articles.continuation import asks_continuation, continuation
from .retrieval.articles.examples import candidate_questions
from .retrieval.articles.labels import name_answer, name_quote, source_names
from .retrieval.articles.outlets import ledes, outlet_named
from .retrieval.articles.overview import asks_overview, asks_sources
from .retrieval.checks.spans import lasted_subject
from .retrieval.compose import compose_answer
from .retrieval.conflicts.conflict_topic import asks_for_disagreements, disagreement_topic
from .retrieval.conflicts.stories import Stories
from .retrieval.followup import is_pronoun, occasion_referent, previous_speaker, resolve, wants_more
from .retrieval.hybrid import Evidence
from .retrieval.lexical import TermWeights
from .retrieval.mentions import Vocabulary, is_foreign
from .settings import Settings
from .store.backend import IndexBackend, LocalBackend, Retriever, open_backend
from .store.build import BuildReport, Progress, vector_scheme
from .store.ingest import read_corpus
from .store.local import IndexSnapshot, LocalStore
from .types import Answer, Disagreement, Document, Paragraph, Passage, Quote

if TYPE_CHECKING:
    from .store.postgres.store import PgStore

log = logging.getLogger(__name__)
SPAN_DEPTH = 20  # passages searched for the span a "how long did X last?" question asks for
OUTLET_DEPTH = 40  # passages searched for those of the one outlet a question asks after


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

    def check_quote(self, text: str) -> QuoteCheck:
        """Is `text` a real quote (exact / misworded with a word diff / not found)? When it
        names a speaker ("X said …"), is the quote theirs; does the quote say the opposite?"""
        ...

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        """Every quote of `speaker` (any name variant), or every quote when None."""
        ...

    def close(self) -> None:
        """Release what it holds (an `Engine`: its store's connection pool)."""
        ...


@dataclass(frozen=True)
class _Loaded:
    snapshot: IndexSnapshot
    retriever: Retriever
    by_key: dict[tuple[str, int], Paragraph]
    names: dict[str, str]  # doc_id → the article's name in citations (index/labels.py)
    vocabulary: Vocabulary  # every word the articles use, to notice names they never mention
    term_weights: TermWeights  # IDF over the paragraphs, for scoring quotes by content
    stories: Stories  # disagreements between articles of one story (index/retrieval/conflicts/stories.py)
    # a quote's own words (`relevance.own_words`) → their unit vector, embedded on first need
    quote_vectors: dict[str, NDArray[np.float32]] = field(default_factory=dict)


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

    def _load(self, version: str | None) -> _Loaded:
        snap, retriever = self.backend.open_version(version, self.embedder)
        by_key = {(p.doc_id, p.number): p for p in snap.paragraphs}
        vocabulary = Vocabulary.of([*(p.text for p in snap.paragraphs), *(d.title for d in snap.documents)])
        weights = TermWeights(snap.df, len(snap.paragraphs))
        stories = Stories(snap, by_key, self._unit_rows)
        return _Loaded(snap, retriever, by_key, source_names(snap.documents), vocabulary, weights, stories)

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
        """Load the live version if it differs from ours. Returns True if a load started."""
        current = self.backend.current_version()
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
        unanswerable = self._unanswerable(question)
        if unanswerable is not None:
            return unanswerable, ()
        if previous is not None and previous.answer is not None and asks_continuation(question):
            n = self.settings.answer_max_sentences
            more = continuation(question, previous.answer, self._loaded.by_key, n)
            if more is not None:  # "tell me more": what the cited articles say next
                return more, ()
        if asks_overview(question, follows_up=previous is not None) or asks_sources(question):
            # "what is this about?", "which outlet published the article?": the articles, each
            # with its title, outlet and first sentence
            docs = [d.doc_id for d in self._loaded.snapshot.documents]
            n = self.settings.answer_max_sentences
            return ledes(question, docs, None, self._loaded.by_key, n), ()
        if asks_for_disagreements(question):  # "where do the sources disagree?"
            return self._loaded.stories.answer(question, self.conflicts()), ()
        topic = disagreement_topic(question)  # "do the sources disagree about the war?"
        stories = self._loaded.stories
        about = tuple(d for d in stories.all() if stories.on_topic(d, topic)) if topic is not None else ()
        if about:
            return stories.answer(question, about), ()
        if topic is not None:
            # no disagreement about what was asked: one about something else flagged beside
            # the answer would read as a yes; the reply says that none was found
            answer, passages = self._retrieval_answer(question, previous, flag=False)
            return replace(answer, undisputed=topic), passages
        loaded = self._loaded
        by = outlet_named(quoted_by(question), loaded.snapshot.documents)
        if by is not None:
            # "who is quoted by AFP?": the speakers of that outlet's articles only
            outlet_docs = {d.doc_id for d in loaded.snapshot.documents if d.outlet == by}
            quotes = [q for q in loaded.snapshot.quotes if q.doc_id in outlet_docs]
            return answer_attribution(question, AttributionQuery("who_quoted"), quotes, loaded.by_key), ()
        query = parse_attribution_question(question)
        named = query.speaker if query is not None and query.kind == "what_said" else None
        outlet = outlet_named(named, loaded.snapshot.documents)
        if outlet is not None and query is not None:
            # "according to AFP, …", "what does AFP say about …?": that outlet's articles only
            return self._outlet_answer(question, query.topic, outlet, previous)
        if query is not None and query.topic and previous is not None:
            # "what did X say after it?" after "how long did the meeting last?"
            query = replace(query, topic=occasion_referent(query.topic, previous.question))
        if query is not None and query.speaker and asks_reaction(question):
            if not quotes_by(query.speaker, loaded.snapshot.quotes):
                query = None  # "what was X's response to Y?" of unquoted X: what X did
        if query is not None and is_pronoun(query.speaker):
            named = previous_speaker(previous.answer if previous else None, loaded.snapshot.quotes)
            query = replace(query, speaker=named) if named else None
        if query is not None and query.speaker and not quotes_by(query.speaker, loaded.snapshot.quotes):
            # "what did the Israeli prime minister say?" of "Israeli Prime Minister Benjamin
            # Netanyahu", whose own quotes carry no title: asked by the name the article gives
            named = titled_name(query.speaker, (p.text for p in loaded.snapshot.paragraphs))
            if named is not None:
                # by surname, as the article calls them after the first mention; the reply
                # still shows the question as asked
                renamed = _renamed(question, query.speaker, named.split()[-1])
                answer, passages = self._answer(renamed, previous)
                return replace(answer, question=question), passages
        if query is not None and loaded.snapshot.quotes:
            shown: frozenset[tuple[str, int]] = frozenset()
            if previous is not None and previous.answer is not None and wants_more(question):
                shown = frozenset((c.doc_id, c.paragraph) for c in previous.answer.citations)
            answer = answer_attribution(
                question,
                query,
                loaded.snapshot.quotes,
                loaded.by_key,
                shown,
                self._quote_relevance,
                loaded.term_weights.weigh,
            )
            if query.kind == "who_quoted":
                return answer, ()  # the speaker list, or plainly none (no paragraph answers it)
            if query.kind == "who_on" and answer.abstained:
                # no one is quoted on it: a paragraph may still tell who did what about it
                return self._retrieval_answer(question, previous)
            if query.framed and not answer.abstained:
                fallback, passages = self._retrieval_answer(question, previous)
                if not fallback.abstained and reported_unquoted(passages, answer, query.speaker):
                    # the best paragraph reports X in words the quote index does not hold
                    # ("in his writings Lenin portrayed …"): it answers better than X's quotes
                    return fallback, passages
            if answer.abstained:
                fallback, passages = self._retrieval_answer(question, previous)
                if query.framed and not fallback.abstained:
                    # "according to the census, …" names a source no quote is by: the
                    # framing only said where to look first
                    return fallback, passages
                if query.kind == "who_said" and not query.quoted and not fallback.abstained:
                    # a paraphrase of a quotation ("who said Iran won't discuss its
                    # missiles?"): the quote of a close passage that says it. A quote that
                    # merely shares a word ("talks") is not taken as the speaker's: the
                    # paragraph answers instead ("who is quoted saying the talks failed?"
                    # gets the writer's own sentence, not an analyst who mentioned talks)
                    found = quote_for_claim(
                        query.text or question, passages, loaded.snapshot.quotes, self._quote_relevance
                    )
                    if found is not None:
                        return matched_answer(question, query, found, loaded.by_key), passages
                if (
                    not query.quoted
                    and not fallback.abstained
                    and about_speaker(fallback, query.speaker, question)
                    and about_topic(self._cited_context(fallback), _claimed(query))
                    and not _subject_untold(query, fallback)
                ):
                    # "who claims the draft is ready?" may be reported speech the quote
                    # index does not hold: the ordinary cited answer is the better reply,
                    # when it is about the speaker asked after at all, and says only what
                    # is about them
                    if query.speaker:
                        fallback = without_others_quotes(fallback, query.speaker, loaded.snapshot.quotes)
                    return fallback, passages
                answer = replace(
                    answer,
                    closest=fallback.closest or (fallback.citations[0] if fallback.citations else None),
                )
            return answer, ()
        return self._retrieval_answer(question, previous)

    def _cited_context(self, answer: Answer) -> list[str]:
        """The paragraphs `answer` states sentences from, each with the paragraph before it."""
        cited = [answer.citations[s.citation] for s in answer.sentences]
        around = [self.paragraph(c.doc_id, n) for c in cited for n in (c.paragraph - 1, c.paragraph)]
        return [p.text for p in around if p is not None]

    def _outlet_answer(
        self, question: str, topic: str | None, outlet: str, previous: Turn | None
    ) -> tuple[Answer, tuple[Passage, ...]]:
        """An answer to `topic` (the question without its framing) from `outlet`'s articles
        alone; a question with no topic ("what does AFP say?") asks what they report."""
        loaded = self._loaded
        docs = {d.doc_id for d in loaded.snapshot.documents if d.outlet == outlet}
        if not topic:
            n = self.settings.answer_max_sentences
            return ledes(question, sorted(docs), outlet, loaded.by_key, n), ()
        evidence = self.search(topic, previous, k=OUTLET_DEPTH)
        kept = tuple(p for p in evidence.passages if p.paragraph.doc_id in docs)
        answer = compose_answer(
            replace(evidence, passages=kept), self.settings.answer_max_sentences, self.abstain_threshold
        )
        if not answer.abstained:
            # another outlet that gives another value for the same fact is still worth a flag
            answer = self._loaded.stories.flag(answer, evidence)
        return replace(answer, question=question, outlet=outlet), kept

    def _quote_relevance(self, text: str, quotes: Sequence[Quote]) -> list[float]:
        """How well each of `quotes` fits `text` (`attribution.relevance.score`); each quote's
        words are embedded once per index version, on their own: the int8 encoder quantises
        per batch, so a quote embedded beside others would score by the order of questions."""
        loaded = self._loaded
        owns = [own_words(q) for q in quotes]
        for t in dict.fromkeys(owns):
            if t not in loaded.quote_vectors:
                loaded.quote_vectors[t] = self._unit_rows([t])[0]
        asked = self._unit_rows([text])[0]
        qweights = loaded.term_weights.weigh(text)
        vectors = [loaded.quote_vectors[o] for o in owns]
        return [score(float(v @ asked), qweights, q) for v, q in zip(vectors, quotes, strict=True)]

    def _unanswerable(self, question: str) -> Answer | None:
        """An abstention for a question the corpus cannot answer by its form (index/mentions.py)."""
        if is_foreign(question):
            return Answer(question, (), (), abstained=True, reason="language")
        missing = self._loaded.vocabulary.unmentioned(question)
        if missing:
            return Answer(question, (), (), abstained=True, reason="not_mentioned", missing=tuple(missing))
        return None

    def _retrieval_answer(
        self, question: str, previous: Turn | None, flag: bool = True
    ) -> tuple[Answer, tuple[Passage, ...]]:
        # what a "how long did X last?" asks for may sit in passing in a lower-ranked passage
        # ("… said after the three-hour meeting"): composition looks further down for it
        evidence = self.search(question, previous, k=SPAN_DEPTH if lasted_subject(question) else 10)
        answer = compose_answer(evidence, self.settings.answer_max_sentences, self.abstain_threshold)
        # "sanctions?" of articles that never say it: a paragraph near in meaning is no answer;
        # after an answer, a short question may point into it instead ("and the second time?")
        bare = answer.abstained or previous is not None
        topic = None if bare else self._loaded.vocabulary.unmentioned_topic(question)
        if topic is not None:
            return Answer(question, (), (), abstained=True, reason="not_mentioned", missing=(topic,)), ()
        if flag and not answer.abstained:
            answer = self._loaded.stories.flag(answer, evidence)
        return replace(answer, question=question), evidence.passages

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
        check = check_claim(text, loaded.snapshot.quotes, loaded.term_weights.weigh)
        if check.quote is None:
            return check
        return replace(check, quote=name_quote(check.quote, loaded.names))

    def quotes_by(self, speaker: str | None = None) -> list[Quote]:
        """Every indexed quote, or those of `speaker` under any name variant."""
        self._maybe_reload()
        loaded = self._loaded
        quotes = quotes_by(speaker, loaded.snapshot.quotes) if speaker else loaded.snapshot.quotes
        return [name_quote(q, loaded.names) for q in quotes]

    def documents(self) -> list[Document]:
        return list(self._loaded.snapshot.documents)

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        return self._loaded.by_key.get((doc_id, number))

    def quotes(self) -> list[Quote]:
        return list(self._loaded.snapshot.quotes)

    def example_questions(self, n: int = 3) -> list[str]:
        """Up to `n` questions made from the articles' quotes (index/examples.py) that this
        index answers without abstaining."""
        out: list[str] = []
        for question in candidate_questions(self._loaded.snapshot.quotes, n):
            if len(out) < n and not self.ask(question).abstained:
                out.append(question)
        return out

    # --- admin hooks (index/manage.py) -------------------------------------------------

    def indexed_at(self) -> float:
        """When the served index version was built (epoch seconds; 0.0 if nothing is indexed)."""
        return self._loaded.snapshot.created


def _renamed(question: str, speaker: str, name: str) -> str:
    """`question` with the description it named `speaker` by put as `name`, for retrieval."""
    at = question.lower().find(speaker.lower())
    return question if at < 0 else f"{question[:at]}{name}{question[at + len(speaker) :]}"


def _subject_untold(query: AttributionQuery, answer: Answer) -> bool:
    """Whether a who-said claim opens with a name ("Iran wants a deal") that the ordinary
    answer standing in for a quote leads with only as the other party ("negotiations with Iran
    continue …"): that sentence mentions the claim's topic, it does not say it of them."""
    lead = answer.sentences[0].text if answer.sentences else ""
    return query.kind == "who_said" and subject_untold(query.text or "", lead)


def _claimed(query: AttributionQuery) -> str | None:
    """What the ordinary answer that stands in for a quote must touch: the topic of "what did
    X say about Y?", what a who-said or did-say question claims beyond the names it gives ("is
    a liar"; "did Lee say the talks would fail?" is not answered by Lee on something else)."""
    if query.kind == "what_said":
        return query.topic
    return nameless(query.text or "") or None if query.kind in ("who_said", "did_say") else None
