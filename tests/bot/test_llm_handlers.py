"""LLM answers in chat through real PTB objects and a scripted OpenAI-compatible server on 127.0.0.1.

The final message of a streamed answer is the verified answer in the usual shape (citations,
expandable quotes, source and feedback buttons); edits are paced; failures give the extractive
answer; with no LLM configured the bot behaves exactly as the extractive path.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from fakeqa import FakeQA
from tgfakes import USER_ID, Call, check, message
from tgharness import Harness

from bot import callbacks, render
from bot.callbacks import FeedbackRef, SourceRef
from tests.scripted_llm import Reply, ScriptedServer, serving

QUESTION = "What happened with the heavy rain and the river overnight?"  # FakeQA: AFP ¶1 and ¶3
FAITHFUL = "Heavy rain fell across the valley on Monday [1]. The river rose three metres overnight [2]."
INVENTED = "The mayor ordered every school in the valley to close until March [1]."


@pytest.fixture(autouse=True)
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy variable could route the 127.0.0.1 traffic elsewhere."""
    for key in list(os.environ):
        if key.upper().endswith("_PROXY"):
            monkeypatch.delenv(key)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with serving() as srv:
        yield srv


async def started(data_dir: Path, **settings: Any) -> Harness:
    h = Harness(data_dir, **settings)
    await h.start()
    h.request.clear()
    return h


@pytest.fixture
async def llm_bot(tmp_path: Path, server: ScriptedServer) -> AsyncIterator[Harness]:
    h = await started(
        tmp_path / "llm", llm_base_url=server.base_url, llm_model="gpt-4o-mini", llm_timeout=5.0
    )
    yield h
    await h.stop()


def outgoing(h: Harness) -> list[Call]:
    """The messages and edits the chat received, in order."""
    return [c for c in h.request.calls if c.method in ("sendMessage", "editMessageText")]


def final_message(h: Harness) -> dict[str, Any]:
    """What the user is left with: the last edit of the draft (or the only message)."""
    calls = outgoing(h)
    assert calls, "nothing was sent"
    final = calls[-1].params
    check(str(final["text"]))
    assert final["parse_mode"] == "HTML"
    return final


def refs(sent: dict[str, Any]) -> list[callbacks.ButtonRef | None]:
    return [
        callbacks.parse(b["callback_data"]) for row in sent["reply_markup"]["inline_keyboard"] for b in row
    ]


@pytest.mark.slow  # waits out the real one-edit-per-second pace of a chat
async def test_streamed_answer_ends_as_verified_cited_message(
    llm_bot: Harness, server: ScriptedServer
) -> None:
    server.replies.append(Reply(FAITHFUL, chunk=6, chunk_delay=0.12))
    await llm_bot.send(message(QUESTION))
    calls = outgoing(llm_bot)
    assert calls[0].method == "sendMessage" and all(c.method == "editMessageText" for c in calls[1:])
    assert len(calls) >= 3  # the draft, at least one growing edit, the final edit
    draft_id = calls[1].params["message_id"]
    assert all(c.params["message_id"] == draft_id for c in calls[1:])  # one message, edited
    assert "Writing…" in calls[0].params["text"]
    gaps = [b.at - a.at for a, b in zip(calls, calls[1:], strict=False)]
    assert min(gaps) >= 0.95, gaps  # at most one update per second in this chat
    final = final_message(llm_bot)
    text = final["text"]
    assert "Heavy rain fell across the valley on Monday. <b>[AFP ¶1]</b>" in text
    assert "The river rose three metres overnight. <b>[AFP ¶3]</b>" in text
    assert text.count("The river rose three metres overnight.") == 1 and "Writing…" not in text
    # each cited paragraph's button (which also carries a digest of the words cited)
    buttons = refs(final)
    cited = {(b.number, b.doc_id) for b in buttons if isinstance(b, SourceRef)}
    assert {(1, "afp-flood"), (3, "afp-flood")} <= cited
    assert {r.vote for r in buttons if isinstance(r, FeedbackRef)} == {"up", "down"}
    assert llm_bot.qa.with_evidence == 1
    prompt = server.requests[0][2]["messages"][-1]["content"]
    assert "The river rose three metres overnight." in prompt and "Question: " + QUESTION in prompt


@pytest.mark.slow  # waits out the real one-edit-per-second pace of a chat
async def test_invented_sentence_never_reaches_the_final_message(
    llm_bot: Harness, server: ScriptedServer
) -> None:
    server.replies.append(Reply(f"{FAITHFUL} {INVENTED}"))
    await llm_bot.send(message(QUESTION))
    text = final_message(llm_bot)["text"]
    assert "<b>[AFP ¶3]</b>" in text  # the verified LLM answer, not the extractive one
    assert "mayor ordered" not in text and "March" not in text
    assert len(llm_bot.request.of("sendMessage")) == 1  # the draft, edited into the answer


@pytest.mark.parametrize(
    "reply",
    [
        Reply(status=500, raw=b'{"error": "boom"}'),
        pytest.param(Reply(FAITHFUL, delay=3.0), marks=pytest.mark.slow),  # waits out the LLM timeout
    ],
    ids=["http_500", "timeout"],
)
async def test_llm_failure_gives_the_extractive_answer(
    tmp_path: Path, server: ScriptedServer, reply: Reply
) -> None:
    h = await started(tmp_path, llm_base_url=server.base_url, llm_model="gpt-4o-mini", llm_timeout=0.5)
    try:
        server.replies.append(reply)
        begun = time.monotonic()
        await h.send(message(QUESTION))
        assert time.monotonic() - begun < 1.5  # the LLM timeout (0.5 s) plus slack
        (sent,) = h.request.of("sendMessage")
        assert sent["text"] == render.answer_messages(FakeQA().ask(QUESTION))[0]
        assert h.request.of("editMessageText") == [] and h.request.of("deleteMessage") == []
    finally:
        await h.stop()


@pytest.mark.slow  # waits out the LLM timeout and the edit pace
async def test_timeout_mid_stream_replaces_the_draft_with_the_extractive_answer(
    tmp_path: Path, server: ScriptedServer
) -> None:
    h = await started(tmp_path, llm_base_url=server.base_url, llm_model="gpt-4o-mini", llm_timeout=0.8)
    try:
        server.replies.append(Reply(FAITHFUL * 3, chunk=4, chunk_delay=0.1))
        begun = time.monotonic()
        await h.send(message(QUESTION))
        assert time.monotonic() - begun < 2.0  # timeout, then at most one pacing second
        calls = outgoing(h)
        assert calls[0].method == "sendMessage" and "Writing…" in calls[0].params["text"]
        assert final_message(h)["text"] == render.answer_messages(FakeQA().ask(QUESTION))[0]
    finally:
        await h.stop()


async def test_attribution_answers_skip_the_llm(llm_bot: Harness, server: ScriptedServer) -> None:
    await llm_bot.send(message("Who said we will rebuild every home?"))
    assert server.requests == []
    (sent,) = llm_bot.request.of("sendMessage")
    assert "Ana Lopez" in sent["text"] and llm_bot.request.of("editMessageText") == []


async def test_inline_mode_stays_extractive(llm_bot: Harness, server: ScriptedServer) -> None:
    from tgfakes import inline

    await llm_bot.send(inline(QUESTION))
    assert server.requests == [] and llm_bot.request.of("answerInlineQuery")


async def test_without_llm_the_calls_are_the_extractive_path(tmp_path: Path, server: ScriptedServer) -> None:
    update = message(QUESTION)
    plain = await started(tmp_path / "plain")
    failing = await started(tmp_path / "failing", llm_base_url=server.base_url, llm_model="gpt-4o-mini")
    server.replies.append(Reply(status=500))
    try:
        await plain.send(update)
        await failing.send(update)
    finally:
        await plain.stop()
        await failing.stop()
    assert plain.app is None and plain.qa.with_evidence == 0  # `qa.ask`, as before the LLM path
    calls = [(c.method, c.params) for c in plain.request.calls]
    assert [m for m, _ in calls] == ["sendChatAction", "sendMessage"]
    assert calls[1][1]["text"] == render.answer_messages(FakeQA().ask(QUESTION))[0]
    assert calls[1][1]["chat_id"] == USER_ID
    assert calls == [(c.method, c.params) for c in failing.request.calls]  # the fallback: the same calls
    assert len(server.requests) == 1  # only the LLM-configured bot asked the model


@pytest.mark.slow  # waits out the real one-edit-per-second pace of a chat
async def test_draft_that_cannot_be_edited_is_deleted_and_the_answer_sent(
    llm_bot: Harness, server: ScriptedServer
) -> None:
    server.replies.append(Reply(f"{FAITHFUL} {INVENTED}"))
    llm_bot.request.fail["editMessageText"] = [(400, {"ok": False, "error_code": 400, "description": "Bad"})]
    await llm_bot.send(message(QUESTION))
    draft, answer = llm_bot.request.of("sendMessage")
    assert "Writing…" in draft["text"]
    assert len(llm_bot.request.of("deleteMessage")) == 1  # the unverified draft does not stay
    assert "<b>[AFP ¶3]</b>" in answer["text"] and "mayor ordered" not in answer["text"]
