"""Fault 5: bad bytes, blank lines and empty questions on `python -m index ask`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from faultkit import cli, no_traceback

pytestmark = pytest.mark.slow


def test_bad_bytes_and_blank_lines_keep_the_batch_going_line_for_line(built: Path) -> None:
    stdin = b"Trump \xff\xfe Iran?\n\nHow much will a single ticket on the new line cost?\n   \n"
    done = cli(built, "ask", "--json", "-", stdin=stdin)
    no_traceback(done)
    assert done.returncode == 0
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 4  # one output line per input line
    assert lines[0]["question"] == "Trump \ufffd\ufffd Iran?" and "answer" in lines[0]
    assert "empty" in lines[1]["error"] and "empty" in lines[3]["error"]
    assert any(c["doc"] == "rail" for c in lines[2]["citations"])


def test_an_empty_question_is_a_usage_error(built: Path) -> None:
    done = cli(built, "ask", "")
    assert done.returncode == 2 and "error: the question is empty" in done.stderr
    assert done.stdout == ""


def test_undecodable_bytes_in_the_argument_are_replaced(built: Path) -> None:
    import os
    import subprocess
    import sys

    from faultkit import REPO, env_for

    done = subprocess.run(
        [sys.executable, "-m", "index", "ask", "--json", os.fsdecode(b"Trump \xff Iran?")],
        env=env_for(built),
        capture_output=True,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["question"] == "Trump \ufffd Iran?"
