from __future__ import annotations

import os

import pytest

# Settings read these; a developer's shell or .env must not leak into tests.
_ENV_PREFIXES = ("TELEGRAM_", "WEBHOOK_", "LLM_")
_ENV_NAMES = {
    "DOCS_DIR",
    "INDEX_DIR",
    "DATA_DIR",
    "MODEL_DIR",
    "DATABASE_URL",
    "INDEX_BACKEND",
    "EMBED_PRECISION",
    "MAX_QUESTION_CHARS",
    "ANSWER_MAX_SENTENCES",
    "ABSTAIN_THRESHOLD",
    "USER_RATE_LIMIT",
    "MAX_UPLOAD_BYTES",
}


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clear configuration variables from the environment for every test."""
    for name in list(os.environ):
        if name.upper().startswith(_ENV_PREFIXES) or name.upper() in _ENV_NAMES:
            monkeypatch.delenv(name)
