"""`python -m index ask --json` with an LLM: a verified rephrasing, and the extractive answer on 500.

The model is a scripted OpenAI-compatible server on 127.0.0.1 (tests/scripted_llm.py) that
answers from the numbered paragraphs of the prompt it receives.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.scripted_llm import Reply, ScriptedServer, serving

pytestmark = pytest.mark.slow  # spawns Python processes that load the model and build an index

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
QUESTION = "How much will a single ticket on the new line cost?"
INVENTED = "Tickets will include free meals for every child on board"


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with serving() as srv:
        yield srv


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    shutil.copytree(HERE / "fixtures" / "corpus", tmp_path / "docs")
    drop = (
        "LLM_",
        "TIKTOKEN",
        "DATA_GYM",
        "DOCS_DIR",
        "INDEX_DIR",
        "DATA_DIR",
        "MODEL_CACHE_DIR",
        "INDEX_BACKEND",
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.upper().startswith(drop) and not k.upper().endswith("_PROXY")
    }
    return clean | {
        "DOCS_DIR": str(tmp_path / "docs"),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATA_DIR": str(tmp_path / "data"),
        "MODEL_CACHE_DIR": str(REPO / "var" / "model"),
    }


def ask(env: dict[str, str], *questions: str) -> list[dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-m", "index", "ask", "--json", "-"],
        env=env,
        input="".join(f"{q}\n" for q in questions),
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=300,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def rephrase(prompt: str) -> str:
    """A faithful sentence citing the ticket paragraph by its number in the prompt, plus an invented one."""
    numbered = dict((text, n) for n, text in re.findall(r"^\[(\d+)\] \(.*\)\n(.*)$", prompt, re.MULTILINE))
    n = next(n for text, n in numbered.items() if "single ticket" in text)
    return f"A single ticket is expected to cost about 30 crowns [{n}]. {INVENTED} [{n}]."


def test_cli_llm_answer_is_verified_and_falls_back_on_500(
    env: dict[str, str], server: ScriptedServer
) -> None:
    (extractive,) = ask(env, QUESTION)  # no LLM configured (this run also builds the index)
    server.replies += [Reply(respond=rephrase), Reply(status=500, raw=b'{"error": "boom"}')]
    llm_env = env | {"LLM_BASE_URL": server.base_url, "LLM_MODEL": "gpt-4o-mini", "LLM_TIMEOUT": "10"}
    generated, fallback = ask(llm_env, QUESTION, QUESTION)

    assert len(server.requests) == 2 and server.requests[0][0] == "/v1/chat/completions"
    assert (
        generated["answer"] == "A single ticket is expected to cost about 30 crowns."
    )  # invented one dropped
    assert INVENTED not in json.dumps(generated) and generated["abstained"] is False
    (citation,) = generated["citations"]
    assert (citation["doc"], citation["paragraph"]) == ("rail", 12)
    assert citation["quote"] and citation["quote"] in citation["text"]
    assert fallback == extractive  # HTTP 500: exactly the extractive answer
    assert extractive["answer"] != generated["answer"] and len(extractive["citations"]) > 1
