"""Admin builds in a child process (`index.engine.buildproc`): the report, progress and errors
come back to the serving process, and the serving engine then answers from the new version."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

from index.engine import Engine
from index.engine.buildproc import ProcessIndexer, portable
from index.errors import DamagedIndex, IngestError, ShrinkRefused
from index.settings import Settings

MODEL_CACHE = Path(__file__).resolve().parent.parent / "var" / "model"

FERRY = """Ferry service to Orlen island resumes

The ferry between Vask and Orlen island will run again from Monday, the harbour office said.

Crossings were stopped in March after a storm damaged the pier at Vask.
"""
MUSEUM = """Town museum doubles its floor space

The Brelle town museum opened a new wing on Saturday, doubling its floor space.

The wing cost 2.4 million euros, most of it raised by a local foundation.
"""


def test_a_shrink_refusal_crosses_the_process_boundary_with_its_fields() -> None:
    copy = portable(ShrinkRefused(["ferry", "museum"], 3, 1))
    assert isinstance(copy, ShrinkRefused)
    assert (copy.lost, copy.before, copy.after) == (["ferry", "museum"], 3, 1)
    assert "in the index build process" in copy.__notes__[0]  # the child's traceback, for the log


def test_a_damaged_index_error_pickles_with_its_version_and_reason() -> None:
    copy = pickle.loads(pickle.dumps(DamagedIndex("v7", "a file is shorter than written")))
    assert (copy.version, copy.reason) == ("v7", "a file is shorter than written")


def test_an_error_that_cannot_be_pickled_arrives_as_an_ingest_error_with_its_message() -> None:
    class Odd(Exception):
        def __init__(self, a: int, b: int) -> None:  # args != constructor: cannot unpickle
            super().__init__(f"odd {a} {b}")

    copy = portable(Odd(1, 2))
    assert isinstance(copy, IngestError) and str(copy) == "Odd: odd 1 2"


@pytest.mark.slow  # builds an index, then starts a child process with the model
def test_a_child_process_build_is_served_by_the_parent_engine(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ferry.txt").write_text(FERRY, encoding="utf-8")
    settings = Settings(
        _env_file=None,
        docs_dir=docs,
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        model_cache_dir=MODEL_CACHE,
    )
    with Engine.open(settings, build=True) as engine:
        before = engine.version
        (docs / "museum.txt").write_text(MUSEUM, encoding="utf-8")
        stages: list[str] = []
        caller = threading.get_ident()
        threads: set[int] = set()

        def progress(stage: str, done: int, total: int) -> None:
            stages.append(stage)
            threads.add(threading.get_ident())

        report = ProcessIndexer(engine, nice=5).build(progress)
        assert report.added == ["museum"] and report.changed
        assert engine.version == report.version != before  # served when build returns
        assert stages and threads == {caller}  # progress is called in the caller's thread
        answer = engine.ask("How much did the new museum wing cost?")
        assert answer.citations[0].doc_id == "museum"

        for path in docs.iterdir():
            path.unlink()
        with pytest.raises(ShrinkRefused) as refused:  # raised in the child, re-raised here
            ProcessIndexer(engine).build()
        assert refused.value.before == 2 and refused.value.after == 0
        assert engine.version == report.version  # still serving the last good version


@pytest.mark.slow  # builds an index twice
def test_waiting_for_a_reload_waits_for_one_a_question_already_started(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ferry.txt").write_text(FERRY, encoding="utf-8")
    settings = Settings(
        _env_file=None, docs_dir=docs, index_dir=tmp_path / "index", model_cache_dir=MODEL_CACHE
    )
    with Engine.open(settings, build=True) as reader, Engine.open(settings) as writer:
        (docs / "museum.txt").write_text(MUSEUM, encoding="utf-8")
        writer.build()
        assert reader.reload_if_changed()  # as a question does: loads in the background
        reader.reload_if_changed(wait=True)  # as an admin job does: must return once it is served
        assert reader.version == writer.version
