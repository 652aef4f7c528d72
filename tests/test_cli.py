"""The command-line contract, in-process (`index.cli.main.main`), and one subprocess smoke test."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.cli.main import main

pytestmark = pytest.mark.slow  # every command opens an engine, loading the model again

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(HERE / "fixtures" / "corpus", root / "docs")
    return root


@pytest.fixture
def env(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The settings of the module's corpus, as environment variables (set for this test)."""
    values = {
        "DOCS_DIR": str(corpus / "docs"),
        "INDEX_DIR": str(corpus / "index"),
        "MODEL_CACHE_DIR": str(REPO / "var" / "model"),
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    """`python -m index ARGS` in this process (settings from `env`, already set): its stdout."""
    out = io.StringIO()
    with contextlib.ExitStack() as stack:
        if stdin is not None:
            fake = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
            stack.enter_context(_replaced_stdin(fake))
        stack.enter_context(contextlib.redirect_stdout(out))
        code = main(list(args))
    assert code == 0, out.getvalue()
    return out.getvalue()


@contextlib.contextmanager
def _replaced_stdin(stream: io.TextIOWrapper):  # type: ignore[no-untyped-def]
    saved, sys.stdin = sys.stdin, stream
    try:
        yield
    finally:
        sys.stdin = saved


def test_smoke_a_real_process_builds_and_answers(tmp_path: Path) -> None:
    """The one subprocess: `python -m index build` then `ask`, as a user runs them."""
    shutil.copytree(HERE / "fixtures" / "corpus", tmp_path / "docs")
    clean = {k: v for k, v in os.environ.items() if k.upper() not in {"DOCS_DIR", "INDEX_DIR", "DATA_DIR"}}
    env = clean | {
        "DOCS_DIR": str(tmp_path / "docs"),
        "INDEX_DIR": str(tmp_path / "index"),
        "MODEL_CACHE_DIR": str(REPO / "var" / "model"),
    }

    def process(*args: str) -> str:
        command = [sys.executable, "-m", "index", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=REPO).stdout

    assert process("build").startswith("index updated: 6 documents")
    out = json.loads(process("ask", "--json", "How much will a single ticket on the new line cost?"))
    assert out["abstained"] is False and out["citations"][0]["doc"] == "rail"


def test_build_then_rebuild_embeds_nothing(env: dict[str, str]) -> None:
    first = json.loads(run(env, "build", "--json"))
    assert first["documents"] == 6 and first["embedded"] > 0
    second = json.loads(run(env, "build", "--json"))
    assert second["changed"] is False and second["embedded"] == 0


def test_ask_json_contract(env: dict[str, str]) -> None:
    out = json.loads(run(env, "ask", "--json", "How much will a single ticket on the new line cost?"))
    assert set(out) >= {"question", "answer", "abstained", "citations", "disagreements"}
    assert out["abstained"] is False
    first = out["citations"][0]
    assert set(first) == {"doc", "title", "label", "outlet", "paragraph", "quote", "text"}
    assert (first["doc"], first["paragraph"], first["outlet"]) == ("rail", 12, "Meridian Wire")
    assert first["quote"] in first["text"] and first["quote"] in out["answer"]
    assert "outlet" not in out  # the question named no outlet


def test_ask_json_names_the_outlet_a_question_is_answered_from(env: dict[str, str]) -> None:
    out = json.loads(
        run(env, "ask", "--json", "According to the Coastal Herald, when will construction begin?")
    )
    assert out["outlet"] == "Coastal Herald" and out["abstained"] is False
    # the answer cites the Herald; the other outlet's date is cited only as the disagreeing side
    assert out["citations"][0]["outlet"] == "Coastal Herald"
    assert [s["label"] for s in out["disagreements"][0]["sides"]] == ["Meridian Wire ¶3", "Coastal Herald ¶2"]
    out = json.loads(
        run(env, "ask", "--json", "According to the Coastal Herald, how much will a ticket cost?")
    )
    assert (out["outlet"], out["abstained"], out["citations"]) == ("Coastal Herald", True, [])


def test_ask_json_reads_questions_from_stdin(env: dict[str, str]) -> None:
    lines = run(
        env, "ask", "--json", "-", stdin="How full is the Arden reservoir?\n\nWho won the cup final?\n"
    )
    rows = [json.loads(x) for x in lines.splitlines()]  # one line per input line, blank ones too
    assert [r["question"] for r in rows] == ["How full is the Arden reservoir?", "", "Who won the cup final?"]
    assert rows[0]["citations"][0]["paragraph"] == 9 and rows[2]["abstained"] is True
    assert "empty" in rows[1]["error"]


def test_ask_chat_follows_up_the_previous_question(env: dict[str, str]) -> None:
    stdin = "How full is the Arden reservoir?\ntell me more\n"
    chat = [json.loads(x) for x in run(env, "ask", "--json", "--chat", "-", stdin=stdin).splitlines()]
    first, more = (r["citations"][0] for r in chat)
    assert first["paragraph"] == 9 and (more["doc"], more["paragraph"]) == (first["doc"], 10)
    alone = [json.loads(x) for x in run(env, "ask", "--json", "-", stdin=stdin).splitlines()]
    assert alone[1]["citations"][0]["paragraph"] != 10  # without --chat, "tell me more" stands alone


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
        "claimed_speaker",
        "speaker_right",
        "on_behalf",
        "relayed",
        "opposite",
        "within",
        "writers_words",
        "read_as",  # the claimed speaker's name as typed and as read ("Citrinowitz" → Citrinowicz)
        "joined",  # another speaker's quotation the claim runs on into, else null
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
    assert none["verdict"] == "not_found" and none["speaker"] is None and none["writers_words"] is None
    prose = json.loads(
        run(env, "quote", "--json", "The talks take place in the shadow of the twelve-day war")
    )
    assert prose["verdict"] == "not_found" and prose["writers_words"]["quote"] == "twelve-day war"
    assert out["claimed_speaker"] is None and out["speaker_right"] is None and out["opposite"] is None
    theirs = json.loads(run(env, "quote", "--json", "Elena Marsh said we will rebuild"))
    assert (theirs["claimed_speaker"], theirs["speaker_right"], theirs["speaker"]) == (
        "Elena Marsh",
        False,
        "Mira Holt",
    )


def test_quotes_by_speaker(env: dict[str, str]) -> None:
    rows = json.loads(run(env, "quotes", "--json", "--speaker", "Marsh"))
    assert rows and all(r["speaker"] == "Elena Marsh" for r in rows)


def test_quotes_of_someone_never_quoted_says_so(env: dict[str, str]) -> None:
    # an empty listing read as a failure (fresh-corpus round 22)
    said = run(env, "quotes", "--speaker", "Nobody Here").strip()
    assert said == "I found no quotes by Nobody Here in the articles."
    assert json.loads(run(env, "quotes", "--json", "--speaker", "Nobody Here")) == []


def test_quotes_json_keeps_the_pronoun_and_the_name(env: dict[str, str]) -> None:
    rows = json.loads(run(env, "quotes", "--json"))
    he = [r for r in rows if r["mention"] == "he" and r["doc"] == "geneva"]
    assert he and all(r["speaker_shown"] == f"he ({r['speaker']})" for r in he)
    assert all(r["speaker"] and "(" not in r["speaker"] for r in he)
