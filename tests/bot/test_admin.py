"""Admin features through real PTB objects: uploads, /docs, /remove, /reindex, /stats, refusals.

The corpus edits are real (files and manifest in a temporary documents folder); the index is
a fake whose `build` re-reads that folder, so these tests stay fast. The real engine is
exercised by tests/test_admin_cli.py, tests/test_reindex_safety.py and tests/e2e.
"""

from __future__ import annotations

import asyncio
import errno
import json
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from fakeqa import FakeQA
from tgfakes import ADMIN_ID, USER_ID, Call, RecordingRequest, callback, check, message
from tgharness import Harness

from index.state.audit import AUDIT_FILE, SqliteAuditLog
from index.state.stats import percentile
from index.store.build import BuildReport, Progress
from index.store.ingest import read_corpus
from index.types import Document, Quote

ARTICLE = """<html><head><title>Page</title><style>p {color: red}</style></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<h1>Dam opens in the north</h1>
<p>The new dam opened on Tuesday after six years of work.</p>
<h2>Costs</h2>
<p>It cost 2 billion euros, the ministry said.</p>
<ul><li>It holds 40 million cubic metres.</li></ul>
<script>track();</script>
</body></html>"""


class AdminQA(FakeQA):
    """FakeQA plus the `Indexer` side: `build` re-reads the documents folder (no embedding)."""

    def __init__(self, docs_dir: Path) -> None:
        super().__init__()
        self.docs_dir = docs_dir
        self.indexed: list[Document] = []
        self.fail: BaseException | None = None
        self.started = threading.Event()
        self.release = threading.Event()
        self.release.set()
        self.builds = 0

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        self.started.set()
        assert self.release.wait(10)
        if self.fail is not None:
            raise self.fail
        documents = read_corpus(self.docs_dir)
        paragraphs = sum(len(d.paragraphs) for d in documents)
        for done in range(0, paragraphs + 1, max(1, paragraphs // 3)):
            if progress:
                progress("embedding", done, paragraphs)
        old = {d.doc_id: d.paragraphs for d in self.indexed}
        new = {d.doc_id: d.paragraphs for d in documents}
        self.indexed = documents
        self.builds += 1
        report = BuildReport("v1", True, len(documents), paragraphs, 0, paragraphs, 0, 0.01)
        report.added = sorted(set(new) - set(old))
        report.removed = sorted(set(old) - set(new))
        report.updated = sorted(k for k in new if k in old and old[k] != new[k])
        return report

    def documents(self) -> list[Document]:
        return list(self.indexed)

    def quotes(self) -> list[Quote]:
        return []

    def indexed_at(self) -> float:
        return 1_700_000_000.0


class FileRequest(RecordingRequest):
    """A RecordingRequest that also serves uploaded files (getFile + the file download)."""

    def __init__(self) -> None:
        super().__init__()
        self.files: dict[str, bytes] = {}

    async def do_request(self, url: str, method: str, request_data: Any = None, *args: Any, **kw: Any) -> Any:
        if "/file/bot" in url:
            file_id = url.rsplit("/", 1)[-1]
            self.calls.append(Call("download", {"file_id": file_id}))
            return 200, self.files[file_id]
        return await super().do_request(url, method, request_data, *args, **kw)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getFile":
            file_id = str(params["file_id"])
            data = self.files[file_id]
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": len(data),
                "file_path": file_id,
            }
        return super()._result(method, params)


@pytest.fixture
async def admin(tmp_path: Path) -> AsyncIterator[Harness]:
    docs = tmp_path / "docs"
    docs.mkdir()
    h = Harness(tmp_path / "data", qa=AdminQA(docs), docs_dir=docs, max_upload_bytes=5000)
    h.request = FileRequest()
    await h.start()
    h.request.clear()
    yield h
    await h.stop()
    for params in h.request.of("sendMessage") + h.request.of("editMessageText"):
        assert params.get("parse_mode") == "HTML"
        check(str(params["text"]))


def qa_of(h: Harness) -> AdminQA:
    assert isinstance(h.qa, AdminQA)
    return h.qa


def request_of(h: Harness) -> FileRequest:
    assert isinstance(h.request, FileRequest)
    return h.request


def outputs(h: Harness) -> list[str]:
    """Every text the bot sent or edited in, in order."""
    return [str(c.params["text"]) for c in h.request.calls if c.method in ("sendMessage", "editMessageText")]


def audit(h: Harness) -> list[tuple[str, str, str, str]]:
    log = SqliteAuditLog(h.settings.data_dir / AUDIT_FILE)
    try:
        return [(e.actor, e.action, e.target, e.outcome) for e in reversed(log.recent(100))]
    finally:
        log.close()


_files = iter(range(1, 10_000))


async def upload(
    h: Harness, name: str, data: bytes, caption: str | None = None, user_id: int = ADMIN_ID
) -> None:
    file_id = f"f{next(_files)}"
    request_of(h).files[file_id] = data
    document = {"file_id": file_id, "file_unique_id": file_id, "file_name": name, "file_size": len(data)}
    extra: dict[str, Any] = {"document": document}
    if caption is not None:
        extra["caption"] = caption
    await h.send(message(None, user_id=user_id, chat_id=user_id, **extra))


async def test_upload_html_adds_document_with_summary(admin: Harness) -> None:
    await upload(admin, "Dam Report (final).html", ARTICLE.encode(), caption="outlet: AFP")
    final = outputs(admin)[-1]
    assert "Added <b>Dam opens in the north</b> <i>(AFP)</i>" in final
    assert "id <code>dam-report-final</code>" in final and "3 paragraphs (from html" in final
    assert "Index updated: 1 document, 3 paragraphs" in final
    stored = (admin.settings.docs_dir / "dam-report-final.md").read_text()
    assert stored.startswith("# Dam opens in the north\n") and "## Costs" in stored
    assert "track()" not in stored and "Home" not in stored and "color" not in stored
    manifest = json.loads((admin.settings.docs_dir / "manifest.json").read_text())
    assert manifest["documents"][0] | {"updated": 0} == {
        "file": "dam-report-final.md",
        "id": "dam-report-final",
        "outlet": "AFP",
        "updated": 0,
    }
    doc = qa_of(admin).documents()[0]
    assert (doc.title, doc.outlet, [p.section for p in doc.paragraphs]) == (
        "Dam opens in the north",
        "AFP",
        [None, "Costs", "Costs"],
    )
    assert audit(admin) == [(f"telegram:{ADMIN_ID}", "add", "Dam Report (final).html", "ok")]


async def test_same_id_replaces_and_reports_paragraph_changes(admin: Harness) -> None:
    text = "Water talks\n\nTalks opened on Monday.\n\nNo deal was reached.\n\nThey meet again in May.\n"
    await upload(admin, "talks.txt", text.encode("cp1252"))
    edited = text.replace("No deal was reached.", "A deal was reached late.") + "\nBoth sides welcomed it.\n"
    await upload(admin, "talks.txt", ("\ufeff" + edited).encode("utf-8"), caption="title: Water talks end")
    final = outputs(admin)[-1]
    assert "Replaced <b>Water talks end</b>" in final
    assert "4 paragraphs: 1 added, 0 removed, 1 changed, 2 unchanged." in final
    assert [p.name for p in admin.settings.docs_dir.glob("*.txt")] == ["talks.txt"]
    assert [d.title for d in qa_of(admin).documents()] == ["Water talks end"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        ("notes.md", b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        ("data.txt", b"hello\x00world", "binary"),
        ("empty.txt", b"  \n\n ", "empty"),
        ("odd.txt", b"caf\x81\x8d\x90 bytes", "neither UTF-8 nor Windows-1252"),
        ("page.html", b"<html><body><nav>Menu</nav><script>x()</script></body></html>", "no paragraphs"),
    ],
)
async def test_bad_files_are_refused_and_nothing_changes(
    admin: Harness, name: str, data: bytes, reason: str
) -> None:
    await upload(admin, name, data)
    final = outputs(admin)[-1]
    assert "Not added" in final and reason in final and "Nothing was changed" in final
    assert [p.name for p in admin.settings.docs_dir.iterdir() if not p.name.startswith(".")] == []
    assert qa_of(admin).builds == 0
    assert audit(admin)[-1][1:] == ("add", name, "error")


async def test_too_big_is_refused_before_download(admin: Harness) -> None:
    await upload(admin, "big.txt", b"Long article. " * 1000)
    assert "the limit is 5,000 bytes" in outputs(admin)[-1]
    assert admin.request.of("getFile") == [] and admin.request.of("download") == []


async def test_file_name_is_never_a_path(admin: Harness) -> None:
    await upload(admin, "../../etc/passwd.txt", b"Title\n\nA paragraph of text.\n")
    await upload(admin, "x.txt", b"Other\n\nAnother paragraph.\n", caption="id: ../../escape")
    names = sorted(p.name for p in admin.settings.docs_dir.iterdir() if not p.name.startswith("."))
    assert names == ["escape.txt", "etc-passwd.txt", "manifest.json"]
    assert not (admin.settings.docs_dir.parent / "escape.txt").exists()


async def test_docs_lists_indexed_articles(admin: Harness) -> None:
    await upload(admin, "dam.html", ARTICLE.encode(), caption="outlet: AFP")
    admin.request.clear()
    await admin.send(message("/docs", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    (text,) = admin.request.texts()
    assert "Indexed articles (1)" in text and "2023-11-14" in text
    assert "<code>dam</code> Dam opens in the north <i>(AFP)</i>\n  3 ¶, 0 quotes, updated " in text


async def test_remove_asks_for_confirmation_then_removes(admin: Harness) -> None:
    await upload(admin, "dam.html", ARTICLE.encode())
    await upload(admin, "talks.txt", b"Talks\n\nTalks opened.\n")
    admin.request.clear()
    await admin.send(message("/remove", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "/remove dam" in admin.request.texts()[-1]
    await admin.send(message("/remove nope", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "no article with id <code>nope</code>" in admin.request.texts()[-1]
    await admin.send(message("/remove dam", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    confirm = admin.request.of("sendMessage")[-1]
    assert "Remove <b>Dam opens in the north</b>" in confirm["text"]
    (remove, cancel) = confirm["reply_markup"]["inline_keyboard"][0]

    await admin.send(callback(cancel["callback_data"], user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "Cancelled" in outputs(admin)[-1] and (admin.settings.docs_dir / "dam.md").exists()

    await admin.send(callback(remove["callback_data"], user_id=USER_ID, chat_id=ADMIN_ID))
    assert "admins only" in str(admin.request.callback_answers()[-1])
    assert (admin.settings.docs_dir / "dam.md").exists()

    await admin.send(callback(remove["callback_data"], user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "Removed <b>Dam opens in the north</b> (<code>dam</code>)" in outputs(admin)[-1]
    assert "Index updated: 1 document," in outputs(admin)[-1]
    assert not (admin.settings.docs_dir / "dam.md").exists()
    assert [d.doc_id for d in qa_of(admin).documents()] == ["talks"]
    manifest = json.loads((admin.settings.docs_dir / "manifest.json").read_text())
    assert [e["id"] for e in manifest["documents"]] == ["talks"]

    await admin.send(callback(remove["callback_data"], user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "expired" in str(admin.request.callback_answers()[-1])  # already gone
    assert [a[1:] for a in audit(admin)][-2:] == [("remove", "", "refused"), ("remove", "dam", "ok")]


async def test_reindex_reports_progress_and_summary(admin: Harness) -> None:
    (admin.settings.docs_dir / "a.txt").write_text("A\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n")
    assert admin.app is not None and admin.app.bot_data.services is not None
    services = admin.app.bot_data.services
    assert services.admin is not None
    services.admin.jobs.interval = 0.0  # every progress callback edits the message
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    edits = [str(p["text"]) for p in admin.request.of("editMessageText")]
    assert any("Reindexing… embedding 50% (2/4)" in e for e in edits)
    assert "Reindex finished" in edits[-1] and "1 document, 4 paragraphs" in edits[-1]
    assert "Articles: 1 added." in edits[-1] and "Index updated" in edits[-1]
    assert len({p["message_id"] for p in admin.request.of("editMessageText")}) == 1  # one message
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    again = outputs(admin)[-1]  # nothing changed in the folder: not "Index updated"
    assert "No article changed since the last build" in again and "Index rebuilt" in again


async def test_an_edited_reindex_or_upload_caption_is_not_run_again(admin: Harness) -> None:
    (admin.settings.docs_dir / "a.txt").write_text("Bridge closed\n\nThe old bridge shut on Friday.\n")
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    await upload(admin, "mill.txt", b"Mill reopens\n\nThe mill reopened in May.\n", caption="outlet: Gazette")
    assert qa_of(admin).builds == 2
    sent = len(outputs(admin))
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID, edited=True))
    assert "edited /reindex is not run again" in outputs(admin)[-1]
    document = {"file_id": "f-old", "file_unique_id": "f-old", "file_name": "mill.txt", "file_size": 40}
    edit = message(
        None, user_id=ADMIN_ID, chat_id=ADMIN_ID, edited=True, document=document, caption="outlet: Post"
    )
    await admin.send(edit)
    assert "send the file again" in outputs(admin)[-1]
    assert qa_of(admin).builds == 2 and len(outputs(admin)) == sent + 2  # one note each, no job
    assert "Gazette" in (admin.settings.docs_dir / "manifest.json").read_text()


async def test_second_reindex_is_not_started_and_upload_is_queued(admin: Harness) -> None:
    qa = qa_of(admin)
    qa.release.clear()
    first = asyncio.create_task(admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID)))
    assert await asyncio.to_thread(qa.started.wait, 5)
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "already running" in admin.request.texts()[-1]
    queued = asyncio.create_task(upload(admin, "t.txt", b"T\n\nText.\n"))
    async with asyncio.timeout(5):  # the upload reaches the job lock (its reply is the signal)
        while not any("queued —" in t for t in admin.request.texts()):  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    assert "queued — another index job (reindex) is running" in admin.request.texts()[-1]
    assert qa.builds == 0
    qa.release.set()
    await asyncio.gather(first, queued)
    assert qa.builds == 2 and "Added" in outputs(admin)[-1]


@pytest.mark.parametrize(
    ("error", "shown", "hidden"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device", None),
        (RuntimeError("secret internal detail"), "internal error", "secret internal detail"),
    ],
)
async def test_failed_index_refresh_keeps_old_state_and_tells_admin(
    admin: Harness, error: Exception, shown: str, hidden: str | None
) -> None:
    qa = qa_of(admin)
    qa.fail = error
    await upload(admin, "t.txt", b"T\n\nText.\n")
    final = outputs(admin)[-1]
    assert "failed" in final and shown in final and "previous index is still being served" in final
    assert hidden is None or all(hidden not in t for t in outputs(admin))
    assert not (admin.settings.docs_dir / "t.txt").exists()  # the corpus change was undone
    await admin.send(message("/reindex", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    assert "Reindexing failed" in outputs(admin)[-1]
    assert [a[3] for a in audit(admin)] == ["error", "error"]


@pytest.mark.parametrize("command", ["/docs", "/remove dam", "/reindex", "/stats"])
async def test_non_admin_is_refused_every_admin_command(admin: Harness, command: str) -> None:
    await admin.send(message(command))
    (text,) = admin.request.texts()
    assert f"{command.split()[0]} is for admins only" in text
    assert qa_of(admin).builds == 0
    assert audit(admin) == [(f"telegram:{USER_ID}", command.split()[0][1:], "", "refused")]


async def test_non_admin_upload_is_refused(admin: Harness) -> None:
    await upload(admin, "t.txt", b"T\n\nText.\n", user_id=USER_ID)
    assert admin.request.texts() == ["Only admins can add documents."]
    assert admin.request.of("getFile") == [] and qa_of(admin).builds == 0
    assert list(admin.settings.docs_dir.iterdir()) == []
    assert audit(admin)[-1][3] == "refused"


async def test_stats_counts_answers_abstentions_latency_and_votes(admin: Harness) -> None:
    qa_of(admin).indexed = list(FakeQA().documents())  # with no article indexed, nothing is asked
    await admin.send(message("What did the river do overnight?"))
    await admin.send(message("Quantum chromodynamics lattice?"))
    answered = admin.request.of("sendMessage")[0]["reply_markup"]["inline_keyboard"]
    vote = next(b["callback_data"] for row in answered for b in row if b["callback_data"].endswith(":up"))
    await admin.send(callback(vote))
    await admin.send(message("/stats", user_id=ADMIN_ID, chat_id=ADMIN_ID))
    text = admin.request.texts()[-1]
    assert "Questions answered: 2" in text and "Abstained: 1 (50%)" in text
    assert "Latency: p50 " in text and " ms, p95 " in text and "Feedback: 👍 1, 👎 0" in text


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.95), percentile([3.0], 0.95)) == (50.0, 95.0, 3.0)


async def test_admins_get_admin_commands_in_their_menu(tmp_path: Path) -> None:
    h = Harness(tmp_path, qa=AdminQA(tmp_path / "docs"), docs_dir=tmp_path / "docs")
    await h.start()
    try:
        scoped = [c for c in h.request.of("setMyCommands") if "scope" in c]
        assert len(scoped) == 1 and "docs" in [c["command"] for c in scoped[0]["commands"]]
    finally:
        await h.stop()


def test_admin_summaries_count_in_the_singular_and_show_commands_as_code():
    from bot import render_admin
    from index.admin.corpus import ParagraphChanges
    from index.admin.manage import AddResult, CatalogueRow, DocumentChange

    one = BuildReport("v2", True, 1, 1, 1, 1, 0, 0.5)
    change = DocumentChange(
        "tide", "Tide report", None, "tide.txt", False, "text", "utf-8", 1, ParagraphChanges()
    )
    added = check(render_admin.added(AddResult((change,), one)))
    assert "1 paragraph (from text" in added  # was "1 paragraphs"
    assert "1 document, 1 paragraph, 1 quote; embedded 1 sentence" in added
    row = CatalogueRow("tide", "Tide report", None, 1, 1, None, True)
    assert "1 ¶, 1 quote, updated" in check("".join(render_admin.docs([row], 0.0)))
    same = check(render_admin.reindexed(BuildReport("v3", True, 1, 1, 1, 0, 1, 0.5)))
    assert "No article changed since the last build" in same and "Index rebuilt: 1 document" in same
    assert "updated" not in same
    grown = BuildReport("v4", True, 2, 2, 1, 1, 1, 0.5, added=["ebb"], updated=["tide"])
    assert "Articles: 1 added, 1 updated." in check(render_admin.reindexed(grown))
    assert "Index updated: 2 documents" in check(render_admin.reindexed(grown))
    failed = render_admin.job_failed("reindex", "x.txt is not UTF-8; add it with `python -m index add` <now>")
    assert "<code>python -m index add</code> &lt;now&gt;" in failed and "`" not in check(failed)
