"""Admin features end to end: `python -m bot` with the real Engine against the Bot API emulator."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from emulator import BotMessage, Emulator

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
ADMIN, USER = 4242, 4343
PAGE = b"""<!doctype html><html><head><title>Kestle news</title><style>p{}</style></head><body>
<nav>Home | Sport</nav><h1>Lighthouse reopens</h1>
<p>The Kestle lighthouse reopened on Sunday after a repair costing 3 million euros.</p>
<h2>Visitors</h2><p>About 4,000 visitors are expected each summer, the trust said.</p></body></html>"""


def _has(text: str) -> Callable[[BotMessage], bool]:
    return lambda m: text in (m.text or "")


@pytest.fixture
async def bot_process(emulator: Emulator, tmp_path: Path) -> AsyncIterator[Path]:
    (tmp_path / "docs").mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "TELEGRAM_BOT_TOKEN": emulator.token,
        "TELEGRAM_BASE_URL": emulator.base_url,
        "TELEGRAM_BASE_FILE_URL": emulator.base_file_url,
        "TELEGRAM_ADMIN_IDS": str(ADMIN),
        "DOCS_DIR": str(tmp_path / "docs"),
        "INDEX_DIR": str(tmp_path / "index"),
        "DATA_DIR": str(tmp_path / "data"),
        "MODEL_CACHE_DIR": str(ROOT / "var" / "model"),
    }
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=ROOT, env=env)
    try:
        # the session's emulator keeps the chat of an earlier test: wait for this bot's own reply
        earlier = {m.message_id for m in await emulator.bot_messages(ADMIN)}
        await emulator.send_command(ADMIN, ADMIN, "/start")
        fresh = _has("No articles are indexed yet")
        await emulator.wait_for_bot_message(
            ADMIN, lambda m: m.message_id not in earlier and fresh(m), timeout=180
        )
        yield tmp_path
    finally:
        process.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(process.wait(), timeout=20)
        except TimeoutError:
            process.kill()
            await process.wait()


async def test_admin_uploads_then_asks_and_gets_a_cited_answer(emulator: Emulator, bot_process: Path) -> None:
    await emulator.send_document(ADMIN, ADMIN, "lighthouse.html", PAGE, caption="outlet: Kestle Post")
    added = await emulator.wait_for_bot_message(ADMIN, _has("Index updated"), timeout=120)
    assert "Added <b>Lighthouse reopens</b> <i>(Kestle Post)</i>" in (added.text or "") and added.edited
    assert (bot_process / "docs" / "lighthouse.md").exists()

    await emulator.send_message(ADMIN, ADMIN, "How much did the lighthouse repair cost?")
    answer = await emulator.wait_for_bot_message(ADMIN, _has("[Kestle Post ¶1]"), timeout=30)
    assert "3 million euros" in (answer.text or "")
    assert any(t == "📄 Kestle Post ¶1" and str(d).startswith("p:lighthouse:1.") for t, d in answer.buttons)

    await emulator.send_command(ADMIN, ADMIN, "/docs")
    listing = await emulator.wait_for_bot_message(ADMIN, _has("Indexed articles (1)"))
    assert "<code>lighthouse</code> Lighthouse reopens" in (listing.text or "")

    await emulator.send_command(ADMIN, ADMIN, "/remove lighthouse")
    confirm = await emulator.wait_for_bot_message(ADMIN, _has("Remove <b>Lighthouse reopens</b>"))
    await emulator.send_callback(confirm.message_id, str(confirm.buttons[0][1]), ADMIN, ADMIN)
    await emulator.wait_for_bot_message(ADMIN, _has("Removed <b>Lighthouse reopens</b>"), timeout=60)
    assert not (bot_process / "docs" / "lighthouse.md").exists()


async def test_non_admin_is_refused_every_admin_command_and_upload(
    emulator: Emulator, bot_process: Path
) -> None:
    for command in ("/docs", "/remove lighthouse", "/reindex", "/stats"):
        await emulator.send_command(USER, USER, command)
        name = command.split()[0]
        # generous: a fresh bot on a loaded 2-core machine may still be warming up (5 s failed at load 5)
        await emulator.wait_for_bot_message(USER, _has(f"{name} is for admins only"), timeout=60)
    await emulator.send_document(USER, USER, "lighthouse.html", PAGE)
    await emulator.wait_for_bot_message(USER, _has("Only admins can add documents"))
    assert list((bot_process / "docs").iterdir()) == []
    texts = [m.text or "" for m in await emulator.bot_messages(USER)]
    assert not any("Added" in t or "Index" in t for t in texts)


async def test_an_edited_upload_caption_or_reindex_is_not_run_again(
    emulator: Emulator, bot_process: Path
) -> None:
    earlier = {m.message_id for m in await emulator.bot_messages(ADMIN)}  # the chat is the session's

    async def new(text: str, within: float) -> None:
        has = _has(text)
        await emulator.wait_for_bot_message(ADMIN, lambda m: m.message_id not in earlier and has(m), within)

    sent = await emulator.send_document(ADMIN, ADMIN, "lighthouse.html", PAGE, caption="outlet: Kestle Post")
    await new("Index updated", 120)
    await emulator.edit_caption(ADMIN, ADMIN, sent, "outlet: Harbour Times")
    await new("send the file again", 30)
    reindex = await emulator.send_command(ADMIN, ADMIN, "/reindex")
    await new("Reindex finished", 120)
    await emulator.edit_message(ADMIN, ADMIN, reindex, "/reindex")
    await new("edited /reindex is not run again", 30)
    await asyncio.sleep(2)  # a rerun would have posted its status by now
    texts = [m.text or "" for m in await emulator.bot_messages(ADMIN) if m.message_id not in earlier]
    assert sum("Added" in t for t in texts) == 1 and sum("Reindex" in t for t in texts) == 1
    assert "Harbour Times" not in (bot_process / "docs" / "manifest.json").read_text()


async def test_a_failed_reindex_names_the_file_not_its_server_path(
    emulator: Emulator, bot_process: Path
) -> None:
    # was "❌ Reindexing failed: /tmp/…/docs/scan 2.txt is not UTF-8 text …; add it with `python -m …`"
    earlier = {m.message_id for m in await emulator.bot_messages(ADMIN)}
    await emulator.send_document(ADMIN, ADMIN, "lighthouse.html", PAGE)
    await emulator.wait_for_bot_message(
        ADMIN, lambda m: m.message_id not in earlier and "Index updated" in (m.text or ""), 120
    )
    (bot_process / "docs" / "scan 2.txt").write_bytes(b"\x00\x01\xff\xfe scan" * 50)
    await emulator.send_command(ADMIN, ADMIN, "/reindex")
    failed = await emulator.wait_for_bot_message(ADMIN, _has("Reindexing failed"), timeout=120)
    text = failed.text or ""
    assert "<code>scan 2.txt</code> is not UTF-8 text" in text, text
    assert str(bot_process) not in text and "python -m" not in text
