"""Faults 1 and 3 in Telegram: simultaneous admin jobs, a double press, a shrinking /reindex.

Real PTB objects and a real documents folder; the index is the fast fake of tests/bot.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from test_admin import AdminQA, FileRequest, outputs, qa_of, upload
from tgfakes import ADMIN_ID, callback, check, message
from tgharness import Harness

from index.store.build import BuildReport, Progress
from index.store.ingest import check_shrink

_ids = itertools.count(900_000)


class ShrinkingQA(AdminQA):
    """AdminQA whose build refuses to shrink the index, as the real refresh does."""

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        from index.store.ingest import read_corpus

        check_shrink(
            [d.doc_id for d in self.indexed], [d.doc_id for d in read_corpus(self.docs_dir)], allow_shrink
        )
        return super().build(progress, force, allow_shrink)


@pytest.fixture
async def admin(tmp_path: Path) -> AsyncIterator[Harness]:
    docs = tmp_path / "docs"
    docs.mkdir()
    h = Harness(tmp_path / "data", qa=ShrinkingQA(docs), docs_dir=docs, max_upload_bytes=5000)
    h.request = FileRequest()
    await h.start()
    h.request.clear()
    yield h
    await h.stop()
    for params in h.request.of("sendMessage") + h.request.of("editMessageText"):
        check(str(params["text"]))


def again(update: dict[str, Any]) -> dict[str, Any]:
    """The same button pressed once more (same message, new update and query ids)."""
    twin = copy.deepcopy(update)
    twin["update_id"] = next(_ids)
    twin["callback_query"]["id"] = str(next(_ids))
    return twin


async def test_three_uploads_at_once_all_finish(admin: Harness) -> None:
    qa = qa_of(admin)
    qa.release.clear()
    names = ["a.txt", "b.txt", "c.txt"]
    tasks = [asyncio.create_task(upload(admin, n, f"Title {n}\n\nText of {n}.\n".encode())) for n in names]
    assert await asyncio.to_thread(qa.started.wait, 5)
    async with asyncio.timeout(5):
        while sum("queued —" in t for t in admin.request.texts()) < 2:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    qa.release.set()
    await asyncio.gather(*tasks)
    assert qa.builds == 3
    assert sum("Added" in t for t in outputs(admin)) == 3
    assert not any("went wrong" in t or "internal error" in t for t in outputs(admin))
    assert sorted(d.doc_id for d in qa.documents()) == ["a", "b", "c"]


async def test_remove_pressed_twice_is_answered_once(admin: Harness) -> None:
    for n in ("a", "b", "c"):
        await upload(admin, f"{n}.txt", f"Title {n}\n\nText of {n}.\n".encode())
    await admin.send(message("/remove b", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    remove, _ = admin.request.of("sendMessage")[-1]["reply_markup"]["inline_keyboard"][0]
    press = callback(remove["callback_data"], user_id=ADMIN_ID, chat_id=ADMIN_ID)
    admin.request.clear()
    qa = qa_of(admin)
    qa.release.clear()
    first = asyncio.create_task(admin.send(press))
    second = asyncio.create_task(admin.send(again(press)))
    assert await asyncio.to_thread(qa.started.wait, 5)
    await asyncio.sleep(0.2)
    qa.release.set()
    await asyncio.gather(first, second)
    texts = outputs(admin)
    assert sum("Removed" in t for t in texts) == 1
    assert not any("failed" in t or "went wrong" in t or "internal error" in t for t in texts), texts
    assert "Already on it." in admin.request.callback_answers()
    assert sorted(d.doc_id for d in qa.documents()) == ["a", "c"]


async def test_reindex_that_drops_most_articles_asks_first(admin: Harness) -> None:
    for n in ("a", "b", "c"):
        await upload(admin, f"{n}.txt", f"Title {n}\n\nText of {n}.\n".encode())
    for n in ("a", "b"):
        (admin.settings.docs_dir / f"{n}.txt").unlink()
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    asked = admin.request.of("editMessageText")[-1]
    assert "Reindex stopped" in asked["text"] and "1 of the 3 indexed articles" in asked["text"]
    assert [d.doc_id for d in qa_of(admin).documents()] == ["a", "b", "c"]  # still served
    confirm, _ = asked["reply_markup"]["inline_keyboard"][0]
    await admin.send(callback(confirm["callback_data"], user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "Reindex finished" in outputs(admin)[-1]
    assert [d.doc_id for d in qa_of(admin).documents()] == ["c"]
