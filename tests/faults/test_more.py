"""Further faults found by probing the same way (numbered 11+ in docs/faults.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from faultkit import cli, live, no_traceback

from index.state.audit import SqliteAuditLog
from index.state.feedback import FeedbackStore

QUESTION = "How much will a single ticket on the new line cost?"


@pytest.mark.slow
def test_11_a_damaged_current_pointer_falls_back_to_the_newest_intact_version(root: Path) -> None:
    version = live(root)
    (root / "index" / "CURRENT").write_bytes(b"\xff\xfe\x00garbage")
    done = cli(root, "ask", "--json", QUESTION)
    no_traceback(done)
    assert done.returncode == 0 and not json.loads(done.stdout)["abstained"]
    assert "the index pointer CURRENT is damaged" in done.stderr
    assert live(root) == version


@pytest.mark.slow
def test_12_an_empty_quote_is_a_usage_error(built: Path) -> None:
    done = cli(built, "quote", "")
    assert done.returncode == 2 and "error: the quote is empty" in done.stderr


@pytest.mark.parametrize("store", [FeedbackStore, SqliteAuditLog])
def test_13_a_damaged_state_file_is_moved_aside_not_fatal(tmp_path: Path, store: type) -> None:
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    opened = store(path)  # the bot starts; the damaged file is kept for inspection
    opened.close()
    assert (tmp_path / "state.sqlite3.damaged").read_bytes().startswith(b"this is not")


@pytest.mark.slow
def test_14_a_missing_path_on_the_command_line_is_one_sentence(built: Path, tmp_path: Path) -> None:
    done = cli(built, "bench", "--questions", str(tmp_path / "nope.jsonl"))
    no_traceback(done)
    assert done.returncode == 1
    assert f"cannot use {tmp_path / 'nope.jsonl'} (No such file or directory)" in done.stderr
