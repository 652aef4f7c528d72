"""Start-up survives an unreadable chat-state file; SQLite stores use WAL."""

from __future__ import annotations

import logging
import pickle
import sqlite3
from pathlib import Path

import pytest
from tgfakes import message
from tgharness import Harness

from bot.state import CHATS_FILE
from index.state.stats_store import STATS_FILE, StatsStore


@pytest.mark.parametrize(
    "content",
    [
        b"\x80\x04\x95garbage, not a pickle",
        pickle.dumps({"chat_data": {101: {"previous": None}}}),  # an old layout: keys missing
        b"",
    ],
    ids=["corrupt", "old_format", "empty"],
)
async def test_unreadable_chat_state_starts_empty(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / CHATS_FILE).write_bytes(content)
    caplog.set_level(logging.WARNING, logger="bot.persistence")
    h = Harness(tmp_path)
    await h.start()
    try:
        assert any("starting with empty chat data" in r.getMessage() for r in caplog.records)
        assert (tmp_path / f"{CHATS_FILE}.unreadable").read_bytes() == content  # kept for inspection
        await h.send(message("What did the river do overnight?"))
        assert "[AFP ¶3]" in h.request.texts()[-1]
    finally:
        await h.stop()
    again = Harness(tmp_path)  # the state written on shutdown is readable again
    await again.start()
    try:
        await again.send(message("and then?"))
        _, previous = again.qa.asked[-1]
        assert previous is not None and previous.question == "What did the river do overnight?"
    finally:
        await again.stop()


async def test_foreign_chat_data_values_are_dropped(tmp_path: Path) -> None:
    state = {"conversations": {}, "user_data": {}, "chat_data": {101: {"previous": None}}, "bot_data": None}
    (tmp_path / CHATS_FILE).write_bytes(pickle.dumps(state))
    h = Harness(tmp_path)
    await h.start()
    try:
        await h.send(message("What did the river do overnight?"))
        assert "[AFP ¶3]" in h.request.texts()[-1]
    finally:
        await h.stop()


def test_stats_store_uses_wal(tmp_path: Path) -> None:
    store = StatsStore(tmp_path / STATS_FILE)
    store.close()
    with sqlite3.connect(tmp_path / STATS_FILE) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
