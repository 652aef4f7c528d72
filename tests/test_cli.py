"""The command-line contract, through real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test starts Python processes that load the model

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(HERE / "fixtures" / "corpus", root / "docs")
    clean = {k: v for k, v in os.environ.items() if k.upper() not in {"DOCS_DIR", "INDEX_DIR", "DATA_DIR"}}
    return clean | {
        "DOCS_DIR": str(root / "docs"),
        "INDEX_DIR": str(root / "index"),
        "MODEL_CACHE_DIR": str(REPO / "var" / "model"),
    }


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "index", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return done.stdout


def test_build_then_rebuild_embeds_nothing(env: dict[str, str]) -> None:
    first = json.loads(run(env, "build", "--json"))
    assert first["documents"] == 6 and first["embedded"] > 0
    second = json.loads(run(env, "build", "--json"))
    assert second["changed"] is False and second["embedded"] == 0 and second["seconds"] < 1.0


def test_ask_json_contract(env: dict[str, str]) -> None:
    out = json.loads(run(env, "ask", "--json", "How much will a single ticket on the new line cost?"))
    assert set(out) >= {"question", "answer", "abstained", "citations", "disagreements"}
    assert out["abstained"] is False
    first = out["citations"][0]
    assert set(first) == {"doc", "title", "label", "paragraph", "quote", "text"}
    assert (first["doc"], first["paragraph"]) == ("rail", 12)
    assert first["quote"] in first["text"] and first["quote"] in out["answer"]


def test_ask_json_reads_questions_from_stdin(env: dict[str, str]) -> None:
    lines = run(
        env, "ask", "--json", "-", stdin="How full is the Arden reservoir?\n\nWho won the cup final?\n"
    )
    rows = [json.loads(x) for x in lines.splitlines()]  # one line per input line, blank ones too
    assert [r["question"] for r in rows] == ["How full is the Arden reservoir?", "", "Who won the cup final?"]
    assert rows[0]["citations"][0]["paragraph"] == 9 and rows[2]["abstained"] is True
    assert "empty" in rows[1]["error"]


def test_quote_json_contract(env: dict[str, str]) -> None:
    out = json.loads(run(env, "quote", "--json", "We will rebuild"))
    assert set(out) == {
        "verdict",
        "speaker",
        "mention",
        "speaker_shown",
        "speaker_detail",
        "cue",
        "quote",
        "doc",
        "title",
        "label",
        "paragraph",
        "text",
        "diff",
    }
    assert (out["verdict"], out["speaker"], out["doc"], out["paragraph"]) == (
        "exact",
        "Mira Holt",
        "harbour",
        12,
    )
    wrong = json.loads(run(env, "quote", "--json", "We shall rebuild"))
    assert wrong["verdict"] == "misworded" and "shall" in wrong["diff"]
    none = json.loads(run(env, "quote", "--json", "Bananas are the future of energy policy"))
    assert none["verdict"] == "not_found" and none["speaker"] is None


def test_quotes_by_speaker(env: dict[str, str]) -> None:
    rows = json.loads(run(env, "quotes", "--json", "--speaker", "Marsh"))
    assert rows and all(r["speaker"] == "Elena Marsh" for r in rows)


def test_quotes_json_keeps_the_pronoun_and_the_name(env: dict[str, str]) -> None:
    rows = json.loads(run(env, "quotes", "--json"))
    he = [r for r in rows if r["mention"] == "he" and r["doc"] == "geneva"]
    assert he and all(r["speaker_shown"] == f"he ({r['speaker']})" for r in he)
    assert all(r["speaker"] and "(" not in r["speaker"] for r in he)
