"""The real bot against the Telegram Bot API emulator: in-process with a fake QA, and as
`python -m bot` with the real Engine (skipped until `index.engine.Engine` and seeds exist)."""

from __future__ import annotations

import asyncio
import importlib
import os
import re
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from emulator import BotMessage, Emulator

from bot.app import ALLOWED_UPDATES, BotApplication, build_application
from index.engine import Turn
from index.settings import Settings
from index.types import Answer, AnswerSentence, Citation, Document, Paragraph

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
USER = 77
TEXTS = ["The storm reached the coast on Friday.", "Power was cut to 40,000 homes, the utility said."]
PARAGRAPHS = tuple(Paragraph("wire-1", "Storm <hits> coast", n, t, 0, 1, "h", outlet="Wire") for n, t in
                   enumerate(TEXTS, start=1))  # fmt: skip


class MiniQA:
    """Cites the paragraph sharing most words with the question."""

    def ask(self, question: str, previous: Turn | None = None) -> Answer:
        words = set(re.findall(r"\w+", question.lower()))
        best = max(PARAGRAPHS, key=lambda p: len(words & set(re.findall(r"\w+", p.text.lower()))))
        cite = Citation(best.doc_id, best.title, best.number, best.text[:20], best.text, best.outlet)
        return Answer(question, (AnswerSentence(best.text, 0),), (cite,), abstained=False)

    def documents(self) -> list[Document]:
        return [Document("wire-1", "Storm <hits> coast", "wire-1.txt", "h", PARAGRAPHS, outlet="Wire")]

    def paragraph(self, doc_id: str, number: int) -> Paragraph | None:
        return next((p for p in PARAGRAPHS if (p.doc_id, p.number) == (doc_id, number)), None)

    def example_questions(self, n: int = 3) -> list[str]:
        return ["How many homes lost power?"][:n]


@pytest.fixture
async def running_bot(emulator: Emulator, tmp_path: Path) -> AsyncIterator[BotApplication]:
    settings = Settings(
        _env_file=None,
        telegram_bot_token=emulator.token,
        telegram_base_url=emulator.base_url,
        telegram_base_file_url=emulator.base_file_url,
        data_dir=tmp_path,
    )
    app = build_application(settings, lambda _: MiniQA())
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None and app.updater is not None
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(drop_pending_updates=True, allowed_updates=ALLOWED_UPDATES)
    yield app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await app.post_shutdown(app)


def _has(text: str) -> Callable[[BotMessage], bool]:
    return lambda m: text in (m.text or "")


async def test_start_example_source_and_feedback(emulator: Emulator, running_bot: BotApplication) -> None:
    chat = 2001
    await emulator.send_command(USER, chat, "/start")
    welcome = await emulator.wait_for_bot_message(chat, _has("Articles I know"))
    assert welcome.parse_mode == "HTML" and "Storm &lt;hits&gt; coast" in (welcome.text or "")
    (example, data) = welcome.buttons[0]
    assert example == "How many homes lost power?" and data is not None

    await emulator.send_callback(welcome.message_id, data, USER, chat)
    answer = await emulator.wait_for_bot_message(chat, _has("[Wire ¶2]"))
    buttons = dict((d, t) for t, d in answer.buttons)
    assert "p:wire-1:2" in buttons

    await emulator.send_callback(answer.message_id, "p:wire-1:2", USER, chat)
    await emulator.wait_for_bot_message(chat, _has("¶2\n<blockquote>Power was cut"))

    vote = next(d for d in buttons if d.startswith("fb:") and d.endswith(":up"))
    await emulator.send_callback(answer.message_id, vote, USER, chat)
    await emulator.send_callback(answer.message_id, "fb:999999:up", USER, chat)
    for _ in range(100):
        texts = [c["params"].get("text") for c in await emulator.bot_calls("answerCallbackQuery")]
        if "Thanks for the 👍!" in texts and any("expired" in (t or "") for t in texts):
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail(f"no feedback acknowledgements: {texts}")


async def test_question_in_private_chat_is_answered_with_citation(
    emulator: Emulator, running_bot: BotApplication
) -> None:
    chat = 2002
    sent = await emulator.send_message(USER, chat, "When did the storm reach the coast?")
    reply = await emulator.wait_for_bot_message(chat, _has("[Wire ¶1]"))
    assert reply.reply_to_message_id in (None, sent)
    assert "<blockquote expandable>" in (reply.text or "")


def _engine_unavailable() -> str | None:
    if not hasattr(importlib.import_module("index.engine"), "Engine"):
        return "index.engine.Engine is not implemented yet"
    if not any((ROOT / "seeds").iterdir()):
        return "no seed articles in seeds/"
    return None


@pytest.mark.slow
async def test_python_m_bot_with_real_engine(emulator: Emulator, tmp_path: Path) -> None:
    if reason := _engine_unavailable():
        pytest.skip(reason)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "TELEGRAM_BOT_TOKEN": emulator.token,
        "TELEGRAM_BASE_URL": emulator.base_url,
        "TELEGRAM_BASE_FILE_URL": emulator.base_file_url,
        "DOCS_DIR": str(ROOT / "seeds"),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATA_DIR": str(tmp_path / "data"),
    }
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=ROOT, env=env)
    try:
        chat = 2003
        await emulator.send_command(USER, chat, "/start")
        welcome = await emulator.wait_for_bot_message(chat, _has("Articles I know"), timeout=180)
        assert welcome.buttons, "no example questions offered"
        await emulator.send_callback(welcome.message_id, str(welcome.buttons[0][1]), USER, chat)
        answer = await emulator.wait_for_bot_message(chat, _has("¶"), timeout=60)
        assert any((d or "").startswith("p:") for _, d in answer.buttons)
    finally:
        process.send_signal(signal.SIGINT)  # graceful: persistence is flushed on shutdown
        try:
            await asyncio.wait_for(process.wait(), timeout=20)
        except TimeoutError:
            process.kill()
            await process.wait()
    assert (tmp_path / "data" / "feedback.sqlite3").exists()
