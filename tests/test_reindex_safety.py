"""Reindexing never breaks serving: SIGKILL mid-build, and a reindex under 20 questions/s.

Real model, real store, ~24 articles (squad-dev from ../shared when present, else synthetic).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from load_corpus import article_names, copy_articles, questions

from index.admin.corpus import Corpus
from index.admin.manage import Manager, Upload
from index.engine import Engine
from index.settings import Settings
from index.sources import text_hash
from index.store.build import embedded_texts, vector_scheme
from index.store.local import LocalStore
from index.types import Answer

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
MODEL_CACHE = REPO / "var" / "model"
NAMES = article_names()
OLD, NEW = NAMES[:12], NAMES[12:]


def settings_for(root: Path) -> Settings:
    return Settings(
        _env_file=None,
        docs_dir=root / "docs",
        index_dir=root / "index",
        data_dir=root / "data",
        model_cache_dir=MODEL_CACHE,
    )


@pytest.fixture(scope="module")
def half_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Docs and index of the first 12 articles, built once for the module."""
    root = tmp_path_factory.mktemp("half")
    copy_articles(root / "docs", OLD)
    Engine.open(settings_for(root), build=True)
    return root


@pytest.fixture
def root(half_built: Path, tmp_path: Path) -> Path:
    shutil.copytree(half_built, tmp_path / "r")
    return tmp_path / "r"


def assert_consistent(index_dir: Path) -> tuple[str, set[str]]:
    """The live version is complete and self-consistent; returns (version, doc ids)."""
    store = LocalStore(index_dir)
    version = store.current_version()
    assert version is not None
    meta = store.read_meta(version)
    snap = store.load(version)
    assert snap is not None
    assert [d.doc_id for d in snap.documents] == [d["doc_id"] for d in meta["documents"]]
    for doc, entry in zip(snap.documents, meta["documents"], strict=True):
        assert len(doc.paragraphs) == entry["paragraphs"] > 0
        assert sum(1 for q in snap.quotes if q.doc_id == doc.doc_id) == entry["quotes"]
    paragraphs = snap.paragraphs
    assert snap.vectors.shape == (len(snap.row_hashes), 384) and len(snap.row_paragraph) == len(
        snap.row_hashes
    )
    assert snap.paragraph_vectors.shape == (len(paragraphs), 384)
    rows: dict[int, list[str]] = {}
    for row, index in enumerate(snap.row_paragraph):
        rows.setdefault(index, []).append(snap.row_hashes[row])
    assert sorted(rows) == list(range(len(paragraphs)))  # every paragraph has vectors, no extra rows
    for i, paragraph in enumerate(paragraphs):  # each paragraph's rows embed exactly its sentences
        assert rows[i] == [text_hash(t) for t in embedded_texts(paragraph)], paragraph.key
    return version, {d.doc_id for d in snap.documents}


def cited(answer: Answer) -> bool:
    return not answer.abstained and bool(answer.sentences) and bool(answer.citations)


@pytest.mark.parametrize("moment", ["embedding", "writing"])
def test_sigkill_mid_reindex_leaves_a_consistent_index(root: Path, moment: str) -> None:
    old_version, old_docs = assert_consistent(root / "index")
    copy_articles(root / "docs", NEW)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(root),
        "DOCS_DIR": str(root / "docs"),
        "INDEX_DIR": str(root / "index"),
        "MODEL_CACHE_DIR": str(MODEL_CACHE),
    }
    cmd = [sys.executable, "-m", "index", "build", "--force"]
    process = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    if moment == "embedding":
        time.sleep(4.0)  # model loaded, embedding the 12 new articles (takes ~10 s)
    else:  # the new version directory is being written
        while not list((root / "index").glob(".building-*")) and process.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.0005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    if moment == "embedding":
        assert process.returncode == -signal.SIGKILL, "the build ended before the kill"

    version, docs = assert_consistent(root / "index")
    new_docs = old_docs | {d.doc_id for d in Corpus(root / "docs").entries()}
    assert (version, docs) == (old_version, old_docs) or (version != old_version and docs == new_docs)
    engine = Engine.open(settings_for(root))
    answered = [engine.ask(q) for q, doc in questions(OLD, per_doc=1)]
    assert sum(map(cited, answered)) >= len(answered) * 0.7

    report = Engine.open(settings_for(root), build=True).last_build  # the next build recovers
    assert report is not None and report.documents == len(NAMES)
    assert not list((root / "index").glob(".building-*"))
    assert assert_consistent(root / "index")[1] == new_docs


def test_reindex_under_load_never_fails_an_answer(root: Path) -> None:
    settings = settings_for(root)
    engine = Engine.open(settings)
    asked = [(q, doc) for q, doc in questions(OLD, per_doc=4) if cited(engine.ask(q))][:40]
    assert len(asked) >= 20
    manager = Manager(Corpus(settings.docs_dir), engine, settings.max_upload_bytes)
    source = root / "incoming"
    copy_articles(source, NEW)
    uploads = [Upload(p.name, p.read_bytes()) for p in sorted(source.iterdir())]

    failures: list[str] = []
    answered: list[str] = []
    versions: set[str] = set()
    done = threading.Event()

    def ask(question: str) -> None:
        try:
            answer = engine.ask(question)
            versions.add(engine.version)
            if cited(answer):
                answered.append(question)
            elif not (answer.abstained and answer.closest is not None):  # empty: no answer, no closest
                failures.append(f"empty answer: {question}")
        except Exception as exc:  # noqa: BLE001 - counted, then reported by the assertion
            failures.append(f"{type(exc).__name__}: {question}")

    def load() -> int:
        sent = 0
        with ThreadPoolExecutor(max_workers=4) as pool:
            start = time.monotonic()
            while not done.is_set() or sent < 40:
                pool.submit(ask, asked[sent % len(asked)][0])
                sent += 1
                time.sleep(max(0.0, start + sent / 20 - time.monotonic()))  # 20 questions per second
        return sent

    with ThreadPoolExecutor(max_workers=1) as runner:
        asking = runner.submit(load)
        started = time.monotonic()
        try:
            added = manager.add(uploads)
            reindex = manager.reindex()
        finally:
            done.set()
        seconds = time.monotonic() - started
        sent = asking.result()

    assert added.report.documents == reindex.documents == len(NAMES)
    assert added.report.embedded > 0 and reindex.embedded == 0
    assert failures == [], f"{len(failures)} of {sent} answers failed: {failures[:5]}"
    assert sent >= 20 * seconds * 0.9
    # a question may become ambiguous once 12 more articles are in; most stay answered
    assert len(answered) >= 0.9 * sent
    assert len(versions) >= 2  # the answers really spanned the switch to the new version
    assert {d.doc_id for d in engine.documents()} == {d.doc_id for d in Corpus(settings.docs_dir).entries()}
    print(
        f"reindex under load: {sent} questions in {seconds:.1f} s, 0 failed, {len(answered)} cited; "
        f"versions {sorted(versions)}"
    )


def test_an_index_of_another_vector_scheme_is_re_embedded_on_open(root: Path) -> None:
    """Vectors written by another model or text scheme never serve this encoder's questions."""
    settings = settings_for(root)
    store = LocalStore(settings.index_dir)
    live = store.current_version()
    assert live is not None
    meta_path = settings.index_dir / live / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["model"] = "minilm-l6-int8"  # what indexes written before the title scheme record
    meta_path.write_text(json.dumps(meta))

    engine = Engine.open(settings)  # no build asked for
    report = engine.last_build
    assert report is not None and report.changed and report.reused == 0 and report.embedded > 0
    assert engine.version != live and engine.snapshot.model == vector_scheme(engine.embedder)
    again = Engine.open(settings)  # now current: nothing to do
    assert again.last_build is None and again.version == engine.version
