from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from index.settings import Settings

EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"


def test_env_example_documents_every_setting() -> None:
    names = {n.upper() for n in Settings.model_fields}
    documented = set(re.findall(r"^([A-Z_]+)=", EXAMPLE.read_text(), re.MULTILINE))
    assert documented == names


def test_env_example_loads_as_is() -> None:
    s = Settings(_env_file=EXAMPLE)  # type: ignore[call-arg]
    assert s.telegram_bot_token is None  # empty means unset, not ""
    assert s.model_dir is None
    assert s.abstain_threshold is None
    assert s.docs_dir == Path("seeds")


def test_admin_ids_are_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_ADMIN_IDS", "12, 34")
    assert Settings(_env_file=None).telegram_admin_ids == [12, 34]  # type: ignore[call-arg]


def test_secrets_are_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:SECRET")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert "SECRET" not in repr(s)
    assert s.telegram_bot_token is not None and s.telegram_bot_token.get_secret_value() == "123:SECRET"


def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAX_QUESTION_CHARS", "3")
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]
