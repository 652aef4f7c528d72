"""Fault 1: a typo in the documents path (or an emptied folder) must not swap in an empty index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from faultkit import cli, live, no_traceback, settings_for

from index.admin.corpus import Corpus
from index.admin.manage import Manager
from index.engine import Engine
from index.errors import IngestError

pytestmark = pytest.mark.slow
QUESTION = "How much will a single ticket on the new line cost?"


def answers_rail(root: Path) -> bool:
    done = cli(root, "ask", "--json", QUESTION)
    return done.returncode == 0 and any(c["doc"] == "rail" for c in json.loads(done.stdout)["citations"])


def test_build_with_a_missing_docs_folder_is_an_error_and_keeps_the_live_version(root: Path) -> None:
    before = live(root)
    done = cli(root, "build", "--docs", str(root / "typo"))
    no_traceback(done)
    assert done.returncode == 1
    assert f"the documents folder {root / 'typo'} does not exist" in done.stderr
    assert live(root) == before and answers_rail(root)


def test_build_that_empties_the_index_needs_allow_shrink(root: Path) -> None:
    before = live(root)
    (root / "empty").mkdir()
    done = cli(root, "build", "--docs", str(root / "empty"))
    assert done.returncode == 1 and "--allow-shrink" in done.stderr and "drop 6 of the 6" in done.stderr
    assert live(root) == before
    done = cli(root, "build", "--docs", str(root / "empty"), "--allow-shrink")
    assert done.returncode == 0 and "0 documents" in done.stdout and live(root) != before


def test_build_that_loses_more_than_half_the_corpus_needs_allow_shrink(root: Path) -> None:
    before = live(root)
    for name in ("rail.txt", "rail_brief.txt", "harvest.md", "geneva.txt"):
        (root / "docs" / name).unlink()
    done = cli(root, "build")
    assert done.returncode == 1 and "drop 4 of the 6" in done.stderr
    assert live(root) == before and answers_rail(root)
    (root / "docs" / "summit.txt").rename(root / "summit.txt")  # 5 of 6 kept would be fine; 1 of 6 not
    assert cli(root, "build", "--allow-shrink").returncode == 0


def test_reindex_with_a_bad_docs_dir_keeps_serving(root: Path) -> None:
    engine = Engine.open(settings_for(root))
    before = engine.version
    broken = Engine.open(settings_for(root, docs_dir=root / "typo"))
    manager = Manager(Corpus(root / "typo"), broken, 2_000_000)
    with pytest.raises(IngestError, match="does not exist"):
        manager.reindex()
    assert not (root / "typo").exists()  # the corpus lock did not create the folder
    (root / "typo").mkdir()
    with pytest.raises(IngestError, match="drop 6 of the 6"):
        manager.reindex()
    assert live(root) == before
    assert not engine.ask(QUESTION).abstained


@pytest.mark.postgres
def test_postgres_build_that_empties_the_index_needs_allow_shrink(pg_url: str, tmp_path: Path) -> None:
    import shutil

    from faultkit import CORPUS

    shutil.copytree(CORPUS, tmp_path / "docs")
    (tmp_path / "empty").mkdir()
    settings = settings_for(tmp_path, index_backend="postgres", database_url=pg_url)
    emptied = settings_for(
        tmp_path, docs_dir=tmp_path / "empty", index_backend="postgres", database_url=pg_url
    )
    engines = [Engine.open(settings, build=True)]
    try:
        before = engines[0].version
        with pytest.raises(IngestError, match="drop 6 of the 6"):
            Engine.open(emptied, build=True)  # closes its own connection pool
        engines.append(Engine.open(settings))
        assert engines[-1].version == before
        engines.append(Engine.open(emptied, build=True, allow_shrink=True))
        assert engines[-1].documents() == []
    finally:
        for engine in engines:
            engine.close()
