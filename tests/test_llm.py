"""Optional LLM answers: a scripted OpenAI-compatible server on 127.0.0.1, verification, budgets."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from index.llm import tokens
from index.llm.answerer import LLMAnswerer
from index.llm.client import ChatClient
from index.llm.prompts import DEFAULT_PROMPTS_DIR, PROMPT_NAMES, load_prompts
from index.llm.verify import VerifyConfig, split_cited, verify_answer
from index.settings import Settings
from index.text import words
from index.types import Answer, AnswerSentence, Citation, Paragraph, Passage
from tests.scripted_llm import Reply, ScriptedServer, serving

# --- fixtures: three invented paragraphs and an extractive fallback ---------------------------

P1 = Paragraph(
    "budget", "Budget passes", 3,
    "Finance Minister Ana Reyes said the deficit fell to 3.1% in 2024. She told parliament: "
    "“We have kept our promise to taxpayers.” The opposition leader, Tom Walsh, called the figures "
    "misleading.",
    0, 0, "h1", outlet="Daily Ledger",
)  # fmt: skip
P2 = Paragraph(
    "flood", "River flooding", 1,
    "Heavy rain caused the River Alder to burst its banks on Tuesday. About 1,200 homes in Millbrook "
    "were evacuated, the fire service said.",
    0, 0, "h2", outlet="North Post",
)  # fmt: skip
P3 = Paragraph(
    "flood", "River flooding", 2,
    "Officials expect the water to recede by Friday. Schools in Millbrook will stay closed until then.",
    0, 0, "h3", outlet="North Post",
)  # fmt: skip
PASSAGES = [Passage(P1, 0.9), Passage(P2, 0.8), Passage(P3, 0.7)]
FALLBACK = Answer(
    question="q",
    sentences=(AnswerSentence("Finance Minister Ana Reyes said the deficit fell to 3.1% in 2024.", 0),),
    citations=(Citation("budget", "Budget passes", 3, "Finance Minister Ana Reyes said…", P1.text),),
    abstained=False,
    confidence=0.8,
)

FAITHFUL = [
    "The deficit fell to 3.1% in 2024, according to Finance Minister Ana Reyes [1].",
    "About 1,200 homes in Millbrook were evacuated after the River Alder burst its banks [2].",
    "Reyes told parliament: “We have kept our promise to taxpayers.” [1]",
]
INVENTED = "Reyes also announced a new tax on sugary drinks in Millbrook [1]."
MISQUOTED = "Reyes told parliament: “We have broken no promises to taxpayers.” [1]"
OUT_OF_RANGE = "Officials expect the flood to cost 40 million euros [9]."


def clean(sentence: str) -> str:
    return split_cited(sentence)[0][0]


# --- a scripted OpenAI-compatible server (tests/scripted_llm.py) ------------------------


@pytest.fixture(autouse=True)
def no_proxy_or_tiktoken_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proxies could route 127.0.0.1 traffic elsewhere; tiktoken must not rely on its env vars."""
    for key in list(os.environ):
        if key.upper().endswith("_PROXY") or key.startswith(("LLM_", "TIKTOKEN", "DATA_GYM")):
            monkeypatch.delenv(key)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with serving() as srv:
        yield srv


@pytest.fixture
async def answerer(server: ScriptedServer) -> AsyncIterator[LLMAnswerer]:
    client = ChatClient(server.base_url, "gpt-4o-mini", api_key="sk-test", timeout=0.5)
    llm = LLMAnswerer(client)
    yield llm
    await llm.aclose()


# --- the scripted cases ------------------------------------------------------------------

CASES: dict[str, tuple[Reply, list[str] | None]] = {
    # name: (server reply, expected output sentences or None for "the fallback")
    "faithful": (Reply(" ".join(FAITHFUL)), [clean(s) for s in FAITHFUL]),
    "invented": (Reply(f"{FAITHFUL[0]} {FAITHFUL[1]} {INVENTED}"), [clean(s) for s in FAITHFUL[:2]]),
    "mostly_invented": (Reply(f"{FAITHFUL[0]} {INVENTED} {OUT_OF_RANGE}"), None),
    "cites_9_of_3": (Reply(f"{FAITHFUL[1]} {OUT_OF_RANGE}"), [clean(FAITHFUL[1])]),
    "mixed_valid_invalid_marker": (
        Reply("The deficit fell to 3.1% in 2024 [1][9]."),
        ["The deficit fell to 3.1% in 2024."],
    ),
    "misquoted": (Reply(MISQUOTED), None),
    "abstains": (Reply("The articles do not say."), None),
    "timeout": (Reply(FAITHFUL[0], delay=3.0), None),
    "http_500": (Reply(status=500, raw=b'{"error": "boom"}'), None),
    "http_429": (Reply(status=429, raw=b'{"error": "slow down"}'), None),
    "malformed_json": (Reply(raw=b"{not json"), None),
    "no_choices": (Reply(raw=b'{"choices": []}'), None),
}
BAD = {clean(s) for s in (INVENTED, MISQUOTED, OUT_OF_RANGE)}


async def test_scripted_cases_never_output_unsupported_sentences(
    answerer: LLMAnswerer, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="index.llm.answerer")
    unsupported = 0
    for name, (reply, expected) in CASES.items():
        server.replies.append(reply)
        started = time.monotonic()
        result = await answerer.answer("What happened?", PASSAGES, FALLBACK)
        assert time.monotonic() - started < 0.8, name  # never past the 0.5 s timeout (plus slack)
        if expected is None:
            assert result is FALLBACK, name
            continue
        assert [s.text for s in result.sentences] == expected, name
        assert not result.abstained and result.confidence == FALLBACK.confidence
        for sentence in result.sentences:
            citation = result.citations[sentence.citation]
            assert citation.text in {P1.text, P2.text, P3.text}
            assert citation.quote and citation.quote in citation.text  # verbatim span of the paragraph
            unsupported += sentence.text in BAD
    assert unsupported == 0
    assert any("HTTP 500" in r.getMessage() for r in caplog.records)
    assert any("dropped unsupported LLM sentence" in r.getMessage() for r in caplog.records)


async def test_request_shape(answerer: LLMAnswerer, server: ScriptedServer) -> None:
    server.replies.append(Reply(FAITHFUL[0]))
    result = await answerer.answer("Who said the deficit fell?", PASSAGES, FALLBACK)
    path, headers, payload = server.requests[0]
    assert path == "/v1/chat/completions"
    assert headers["Authorization"] == "Bearer sk-test"
    assert payload["model"] == "gpt-4o-mini" and payload["temperature"] == 0
    prompt = payload["messages"][-1]["content"]
    assert "[1] (Budget passes, Daily Ledger)\nFinance Minister" in prompt
    assert "Question: Who said the deficit fell?" in prompt
    assert "Name the speaker" in prompt  # attribution guidance for who-said questions
    assert result.citations[0].quote == "Finance Minister Ana Reyes said the deficit fell to 3.1% in 2024."
    assert result.citations[0].paragraph == 3 and result.citations[0].outlet == "Daily Ledger"


async def test_abstained_fallback_skips_the_model(answerer: LLMAnswerer, server: ScriptedServer) -> None:
    abstained = Answer("q", (), (), abstained=True)
    assert await answerer.answer("Anything?", PASSAGES, abstained) is abstained
    assert server.requests == []


async def test_stream_yields_partials_then_verified_answer(
    answerer: LLMAnswerer, server: ScriptedServer
) -> None:
    server.replies.append(Reply(f"{FAITHFUL[1]} {INVENTED}"))
    items = [item async for item in answerer.stream("What happened?", PASSAGES, FALLBACK)]
    partials, final = items[:-1], items[-1]
    assert len(partials) > 1 and all(isinstance(p, str) for p in partials)
    assert isinstance(final, Answer)
    assert [s.text for s in final.sentences] == [clean(FAITHFUL[1])]
    server.replies.append(Reply(status=503))
    items = [item async for item in answerer.stream("What happened?", PASSAGES, FALLBACK)]
    assert items == [FALLBACK]
    server.replies.append(Reply(FAITHFUL[0], delay=3.0))
    started = time.monotonic()
    items = [item async for item in answerer.stream("What happened?", PASSAGES, FALLBACK)]
    assert items == [FALLBACK] and time.monotonic() - started < 0.8


def test_from_settings() -> None:
    assert LLMAnswerer.from_settings(Settings(_env_file=None)) is None  # type: ignore[call-arg]


async def test_from_settings_configured() -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        llm_base_url="http://127.0.0.1:9/v1",
        llm_model="gpt-4.1-mini",
        llm_api_key="sk-x",  # type: ignore[arg-type]
        llm_timeout=0.2,
    )
    llm = LLMAnswerer.from_settings(settings)
    assert llm is not None and llm.client.timeout == 0.2
    await llm.aclose()


# --- verification details ----------------------------------------------------------------


def test_split_cited_markers() -> None:
    assert split_cited("A rose [1]. B fell. [2, 3] C held [1][4].") == [
        ("A rose.", (1,)),
        ("B fell.", (2, 3)),
        ("C held.", (1, 4)),
    ]


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("The deficit fell to 3.1% in 2024 [1].", True),
        ("The deficit fell to 4.2% in 2024 [1].", False),  # number not in source
        ("Tom Walsh called the figures misleading [1].", True),
        ("Maria Walsh called the figures misleading [1].", False),  # name not in source
        ("Walsh said: “the figures are misleading” [1].", False),  # not verbatim
        ("Reyes said: “we have kept our promise …” [1].", True),  # case of first letter, ellipsis
        ("About 1200 homes in Millbrook were evacuated [2].", True),
        ("About 1,200 homes in Millbrook were evacuated [1].", False),  # wrong paragraph
        ("The deficit fell to 3.1% in 2024.", False),  # no citation
    ],
)
def test_sentence_checks(sentence: str, ok: bool) -> None:
    [verdict] = verify_answer(sentence, [P1, P2, P3])
    assert verdict.supported is ok, verdict.reason


def _bag_of_words(texts: list[str]) -> np.ndarray:
    """Content-dependent fake embedding: hashed bag of words, unit length."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for row, text in enumerate(texts):
        for w in words(text):
            out[row, int(hashlib.md5(w.encode()).hexdigest(), 16) % 256] += 1.0
    norms = np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
    return np.asarray(out / norms, dtype=np.float32)


def test_embedding_rescues_a_light_paraphrase_only() -> None:
    paraphrase = "Officials think the flood water will be gone by Friday [1]."
    config = VerifyConfig(embed_threshold=0.4)
    [without] = verify_answer(paraphrase, [P3], config=config)
    [with_embed] = verify_answer(paraphrase, [P3], embed=_bag_of_words, config=config)
    assert not without.supported and with_embed.supported
    assert with_embed.quote == "Officials expect the water to recede by Friday."
    [unrelated] = verify_answer(
        "Schools near the river will reopen next month [1].", [P3], _bag_of_words, config
    )
    assert not unrelated.supported


# --- token budgets (offline encodings) ----------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
            raise OSError(f"network disabled in tests: {address}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.mark.parametrize(
    ("model", "encoding"),
    [
        ("gpt-4o-mini", "o200k_base"),
        ("gpt-4.1", "o200k_base"),
        ("gpt-5-nano", "o200k_base"),
        ("o1-preview", "o200k_base"),
        ("openai/gpt-4o", "o200k_base"),
        ("gpt-4-turbo", "cl100k_base"),
        ("gpt-3.5-turbo", "cl100k_base"),
        ("llama3.1:8b", "o200k_base"),
        ("Qwen/Qwen2.5-7B-Instruct", "o200k_base"),
    ],
)
def test_encoding_choice(model: str, encoding: str) -> None:
    assert tokens.encoding_name_for(model) == encoding


def test_offline_encodings(no_network: None) -> None:
    tokens.get_encoding.cache_clear()
    assert tokens.get_encoding("cl100k_base").encode("Hello world") == [9906, 1917]
    assert tokens.get_encoding("o200k_base").encode("Hello world") == [13225, 2375]
    assert "TIKTOKEN_CACHE_DIR" not in os.environ
    with pytest.raises(tokens.EncodingUnavailable):
        tokens.get_encoding("p50k_base")


async def test_budget_keeps_highest_ranked(no_network: None) -> None:
    filler = "The council debated the proposal at length without reaching a decision. " * 6
    paragraphs = [
        Paragraph("doc", "Council", i, f"Marker{i:02d}. {filler}", 0, 0, f"h{i}") for i in range(30)
    ]
    # Scores are not in list order: the answerer must rank by score.
    passages = [Passage(p, score=(i * 7) % 30 / 30) for i, p in enumerate(paragraphs)]
    client = ChatClient("http://127.0.0.1:9/v1", "gpt-4o", timeout=0.1)
    llm = LLMAnswerer(client, context_tokens=1500, answer_tokens=300)
    prompt, kept = llm.build_prompt("What did the council decide?", passages)
    await llm.aclose()
    ranked = [p.paragraph for p in sorted(passages, key=lambda p: -p.score)]
    assert 1 < len(kept) < len(passages)
    assert kept == ranked[: len(kept)]
    assert llm.count(prompt) <= 1500 - 300
    assert re.findall(r"Marker\d\d", prompt) == [f"Marker{p.number:02d}" for p in kept]
    assert prompt.index("[1] (Council)") < prompt.index(f"[{len(kept)}] (Council)")


def test_budget_skips_oversized_but_keeps_best_that_fits() -> None:
    assert tokens.fit_to_budget(["x" * 50, "aaa", "bb", "c" * 9], str, 6, len) == ["aaa", "bb"]


# --- prompt files: any change must be deliberate ----------------------------------------

LOCK = Path(__file__).with_name("prompts.lock.json")


def test_prompt_files_match_lock() -> None:
    """If this fails: bump `# version:` in the prompt you changed, then update tests/prompts.lock.json."""
    lock = json.loads(LOCK.read_text(encoding="utf-8"))
    prompts = load_prompts()
    actual = {
        name: {
            "version": getattr(prompts, name).version,
            "sha256": hashlib.sha256((DEFAULT_PROMPTS_DIR / f"{name}.txt").read_bytes()).hexdigest(),
        }
        for name in PROMPT_NAMES
    }
    assert actual == lock


def test_prompts_render_every_placeholder() -> None:
    prompts = load_prompts()
    answer = prompts.answer.render(paragraphs="[1] x", question="q?", guidance="", max_sentences="3")
    for text in (answer, prompts.attribution.render()):
        assert "$" not in text and not text.startswith("#")
    assert prompts.versions == {"answer": "1", "attribution": "1"}
