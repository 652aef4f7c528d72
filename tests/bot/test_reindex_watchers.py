"""A /reindex sent while another runs is not started twice, and its reply gets the outcome."""

from __future__ import annotations

import asyncio
from pathlib import Path

from test_admin import AdminQA, FileRequest
from tgfakes import ADMIN_ID, message
from tgharness import Harness

OTHER_ADMIN = 1001


def _edits_of(h: Harness, chat_id: int) -> list[str]:
    return [str(c.params["text"]) for c in h.request.calls if c.method == "editMessageText"
            and int(c.params["chat_id"]) == chat_id]  # fmt: skip


async def test_a_second_admins_reindex_is_told_the_outcome_of_the_one_running(tmp_path: Path) -> None:
    # was "I'll post its summary when it's done", and the summary went only to the chat of the
    # admin who had started the running reindex
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "quay.txt").write_text("Quay repairs\n\nThe quay reopens in June.\n")
    qa = AdminQA(docs)
    h = Harness(tmp_path / "data", qa=qa, docs_dir=docs)
    h.settings = h.settings.model_copy(update={"telegram_admin_ids": [ADMIN_ID, OTHER_ADMIN]})
    h.request = FileRequest()
    await h.start()
    try:
        qa.release.clear()
        first = asyncio.create_task(h.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID)))
        assert await asyncio.to_thread(qa.started.wait, 5)
        await h.send(message("/reindex", user_id=OTHER_ADMIN, chat_id=OTHER_ADMIN))
        busy = [c.params for c in h.request.calls if c.method == "sendMessage"][-1]
        assert int(busy["chat_id"]) == OTHER_ADMIN and "I'll put its summary here" in str(busy["text"])
        qa.release.set()
        await first
        assert qa.builds == 1  # not started twice
        summary = _edits_of(h, ADMIN_ID)[-1]
        assert "Reindex finished. Articles: 1 added." in summary
        assert _edits_of(h, OTHER_ADMIN) == [summary]
        await h.send(message("/reindex", user_id=OTHER_ADMIN, chat_id=OTHER_ADMIN))  # nothing running now
        assert qa.builds == 2 and len(_edits_of(h, OTHER_ADMIN)) >= 2
    finally:
        await h.stop()
