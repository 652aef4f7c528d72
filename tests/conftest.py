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
