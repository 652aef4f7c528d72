"""Index builds in a child process at a lower CPU priority, so readers keep their speed.

Why (README, "Readers during a build"): an admin's upload embedded in the serving process
slowed readers' answers from about a second to many. The build's encoder ran a batch on
every core, its pure-Python work (quote extraction, BM25, calibration) held the GIL the
readers' answers need, and a reader's multi-text embedding queued in the encoder's thread
pool behind the build's batches. A child process has its own GIL and encoder; at `nice`
10 the OS gives readers' threads a core first, and idle cores still go to the build.

The child loads the encoder, reads DOCS_DIR and refreshes the store: the same
`backend.refresh` as `Engine.build`, under the store's writer lock. Progress, then the
report or the error, come back through a pipe; the serving engine then loads the new
version, so `build` returns once readers get it.

    indexer = ProcessIndexer(engine)               # an index.admin.manage.Indexer
    report = indexer.build(progress)               # blocks; run it in a thread
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import traceback
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from ..errors import IngestError
from ..settings import Settings
from ..store.build import BuildReport, Progress
from ..types import Document, Quote

if TYPE_CHECKING:
    from .core import Engine

BUILD_NICE = 10  # niceness added to the build process: readers first, the build still gets idle CPU


class ProcessIndexer:
    """An `Indexer` for the admin operations: serves from `engine`, builds in a child process
    `nice`d by `nice` (0: same priority), then has `engine` load the new version."""

    def __init__(self, engine: Engine, nice: int = BUILD_NICE) -> None:
        self.engine = engine
        self.nice = nice

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        """Refresh the index from DOCS_DIR in a child process and serve the result.

        Raises what the build raised (`ShrinkRefused`, `IngestError`, …)."""
        report = build_in_process(self.engine.settings, progress, force, allow_shrink, self.nice)
        self.engine.reload_if_changed(wait=True)
        return report

    def documents(self) -> list[Document]:
        return self.engine.documents()

    def quotes(self) -> list[Quote]:
        return self.engine.quotes()

    def indexed_at(self) -> float:
        return self.engine.indexed_at()


def build_in_process(
    settings: Settings,
    progress: Progress | None = None,
    force: bool = False,
    allow_shrink: bool = False,
    nice: int = BUILD_NICE,
) -> BuildReport:
    """Run `backend.refresh` of DOCS_DIR in a fresh (spawned) process; return its report.

    `progress` is called in this thread. The child's error is raised here, with the child's
    traceback as a note; a child that dies without a word is an `IngestError`."""
    context = multiprocessing.get_context("spawn")  # no fork of a process running threads
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(settings, force, allow_shrink, nice, send), name="index-build", daemon=True
    )
    child.start()
    send.close()  # ours: the pipe reports EOF once the child has gone
    try:
        while True:
            try:
                kind, *payload = receive.recv()
            except EOFError:
                child.join()
                raise IngestError(
                    f"the index build process stopped (exit code {child.exitcode}); "
                    "the old index is still served"
                ) from None
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
            elif kind == "done":
                report: BuildReport = payload[0]
                return report
            else:
                error: BaseException = payload[0]
                raise error
    finally:
        receive.close()
        child.join()


def _child(settings: Settings, force: bool, allow_shrink: bool, nice: int, send: Connection) -> None:
    """The build process: one refresh, its messages sent through `send`."""
    if nice:
        os.nice(nice)  # before any thread starts: Linux threads inherit it from their creator
    from ..encoder.embed import Embedder
    from ..store.backend import open_backend
    from ..store.ingest import read_corpus

    def report_progress(stage: str, done: int, total: int) -> None:
        send.send(("progress", stage, done, total))

    try:
        embedder = Embedder.load(settings.model_cache_dir, settings.embed_precision, settings.model_dir)
        backend, store = open_backend(settings)
        try:
            documents = read_corpus(settings.docs_dir, settings.max_upload_bytes)
            report = backend.refresh(documents, embedder, report_progress, force, allow_shrink)
        finally:
            store.close()
        send.send(("done", report))
    except BaseException as exc:  # sent to the parent, which raises it
        send.send(("error", portable(exc)))
    finally:
        send.close()


def portable(error: BaseException) -> BaseException:
    """`error` as it can cross a process boundary: itself if it pickles and unpickles, else an
    `IngestError` with its message; the traceback is kept as a note."""
    note = "in the index build process:\n" + "".join(traceback.format_exception(error)).rstrip()
    try:
        copy: BaseException = pickle.loads(pickle.dumps(error))
    except Exception:
        copy = IngestError(f"{type(error).__name__}: {error}")
    copy.add_note(note)
    return copy
