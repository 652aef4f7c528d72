"""A build computes its text-only parts (quotes, term statistics, BM25, the calibration's
sentence terms and probe vectors) beside the encoder (`store.textwork`): the same results as
computing them afterwards, and a build alone (`build_index`) builds without an `Engine` to load the result."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.encoder.embed import Embedder, prepare_model
from index.errors import IngestError
from index.retrieval.calibrate import null_threshold, probe_questions
from index.retrieval.hybrid import HybridRetriever, SentenceIndex
from index.retrieval.lexical import document_frequencies
from index.settings import Settings
from index.store.backend import LocalBackend, build_index
from index.store.bm25 import build_bm25
from index.store.build import extract_all_quotes
from index.store.ingest import read_corpus
from index.store.local import LocalStore
from index.store.textwork import text_work
from tests.conftest import FIXTURE_CORPUS, MODEL_CACHE


class CountingEmbedder(Embedder):
    """The real model, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__(prepare_model(MODEL_CACHE, "int8"))
        self.asked: list[str] = []

    def embed(self, texts, batch_tokens=512, done=None, chunk=None):  # type: ignore[no-untyped-def]
        self.asked.extend(texts)
        return super().embed(texts, batch_tokens, done, chunk)


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture(scope="module")
def documents():  # type: ignore[no-untyped-def]
    return read_corpus(FIXTURE_CORPUS)


def test_text_work_matches_the_parts_computed_alone(embedder: CountingEmbedder, documents) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [p for d in documents for p in d.paragraphs]
    work = text_work(documents, paragraphs, embedder)
    assert work.quotes == extract_all_quotes(documents)
    assert work.df == document_frequencies(p.text for p in paragraphs)
    alone = build_bm25(paragraphs)
    assert work.bm25 is not None and work.bm25.bm25.vocab_dict.keys() == alone.bm25.vocab_dict.keys()
    fresh = SentenceIndex(paragraphs)
    assert [work.sentences.sentences(i) for i in range(len(paragraphs))] == [
        fresh.sentences(i) for i in range(len(paragraphs))
    ]
    # each probe embedded alone, as a search embeds a question: the same vector to the bit
    assert list(work.probe_vectors) == probe_questions()
    for question in probe_questions()[:5]:
        assert np.array_equal(work.probe_vectors[question], embedder.embed([question])[0])


def test_an_empty_corpus_has_no_bm25_and_embeds_no_probe(embedder: CountingEmbedder) -> None:
    embedder.asked.clear()
    work = text_work([], [], embedder)
    assert work.bm25 is None and work.quotes == [] and work.df == {} and not work.probe_vectors
    assert embedder.asked == []


def test_the_calibration_reads_the_probe_vectors_and_gets_the_same_threshold(
    embedder: CountingEmbedder, documents, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store = LocalStore(tmp_path / "index")
    LocalBackend(store).refresh(documents, embedder, None, force=False)
    snap = store.load()
    assert snap is not None and snap.abstain_threshold is not None
    work = text_work(documents, snap.paragraphs, embedder)
    embedder.asked.clear()
    reused = HybridRetriever(
        snap, embedder, work.bm25, sentences=work.sentences, known_vectors=work.probe_vectors
    )
    reused_threshold = null_threshold(reused.search)
    assert embedder.asked == []  # every probe's vector was known
    fresh = HybridRetriever(snap, embedder, build_bm25(snap.paragraphs))
    assert reused_threshold == null_threshold(fresh.search) == snap.abstain_threshold
    assert len(embedder.asked) == len(probe_questions())  # without them, each is embedded


def test_build_index_builds_and_reports_without_an_engine(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_CORPUS, tmp_path / "docs")
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        docs_dir=tmp_path / "docs",
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        model_cache_dir=MODEL_CACHE,
    )
    report = build_index(settings)
    assert report.changed and report.paragraphs == 76 and report.embedded > report.paragraphs
    assert LocalStore(settings.index_dir).current_version() == report.version
    again = build_index(settings)
    assert not again.changed and again.version == report.version and again.embedded == 0
    (tmp_path / "docs" / "extra.txt").write_text("A new article.\n\nIts one paragraph.\n")
    grown = build_index(settings)
    assert grown.changed and grown.added == ["extra"] and grown.paragraphs == 78  # a title and its paragraph
    assert grown.embedded == 2 and grown.reused == report.embedded


def test_build_index_reports_an_unreadable_folder_while_the_model_loads(tmp_path: Path) -> None:
    # the model loads beside the reading of the articles; a folder that cannot be read is
    # still the build's error, and nothing is written
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        docs_dir=tmp_path / "no such folder",
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        model_cache_dir=MODEL_CACHE,
    )
    with pytest.raises(IngestError):
        build_index(settings)
    assert LocalStore(settings.index_dir).current_version() is None
