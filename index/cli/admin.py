"""`python -m index add|remove|list`: manage the corpus from a shell (the admin commands).

    python -m index add report.html --outlet AFP       # added, or replaced if the id exists
    python -m index remove report
    python -m index list --json

Each change refreshes the index incrementally (progress bar on a terminal, one summary line,
``--json`` for scripts) and is written to the audit log (DATA_DIR, or PostgreSQL with
INDEX_BACKEND=postgres).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..admin.corpus import Corpus
from ..admin.manage import AddResult, Manager, Upload
from ..admin.upload import Fields
from ..errors import NewsdeskError, UnknownDocument
from ..settings import Settings
from ..state.audit import open_audit_log
from ._common import Command, ProgressBar, add_command, settings_from_args

if TYPE_CHECKING:
    from ._common import Subparsers


def _actor() -> str:
    return f"cli:{pwd.getpwuid(os.getuid()).pw_name}"


@contextlib.contextmanager
def _open(settings: Settings, bar: ProgressBar) -> Iterator[Manager]:
    from ..engine import Engine

    with Engine.open(settings, progress=bar) as engine:
        yield Manager(Corpus(settings.docs_dir), engine, settings.max_upload_bytes)


def add_lines(result: AddResult) -> list[str]:
    lines = []
    for doc in result.documents:
        c = doc.changes
        if doc.replaced:
            what = f"+{c.added} added, -{c.removed} removed, ~{c.changed} changed, {c.unchanged} unchanged"
            lines.append(f"replaced {doc.doc_id} ({doc.title!r}): {doc.paragraphs} paragraphs; {what}")
        else:
            lines.append(f"added {doc.doc_id} ({doc.title!r}): {doc.paragraphs} paragraphs from {doc.kind}")
        if doc.same_title:
            lines.append(f"warning: {doc.doc_id} has the same title as {', '.join(doc.same_title)}")
    return [*lines, result.report.summary]


def _run(args: argparse.Namespace, action: str, target: str, work: Any) -> int:
    """Run `work(manager, bar)`, print its result, audit the outcome; exit code 1 on a refusal/error."""
    settings = settings_from_args(args)
    audit = open_audit_log(settings)
    bar = ProgressBar(enabled=not args.json and sys.stderr.isatty())
    try:
        try:
            with _open(settings, bar) as manager:
                lines, payload, detail = work(manager, bar)
        except (NewsdeskError, OSError) as exc:
            bar.close()
            if isinstance(exc, UnknownDocument):
                message = f"no document with id {exc.args[0]!r}; `python -m index list` shows the ids"
            elif isinstance(exc, OSError) and exc.strerror:
                message = f"cannot use {exc.filename or 'a file'} ({exc.strerror}); check the path"
            else:
                message = str(exc)
            audit.record(_actor(), action, target, "error", message)
            if args.json:
                print(json.dumps({"ok": False, "error": message}))
            else:
                print(f"error: {message} (nothing changed)", file=sys.stderr)
            return 1
        except BaseException as exc:
            audit.record(_actor(), action, target, "error", f"crashed: {type(exc).__name__}")
            raise
        bar.close()
        audit.record(_actor(), action, target, "ok", detail)
    finally:
        audit.close()
    print(json.dumps({"ok": True} | payload, ensure_ascii=False) if args.json else "\n".join(lines))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    files: list[Path] = args.files
    if len(files) > 1 and (args.id or args.title):
        print("error: --id and --title need a single FILE", file=sys.stderr)
        return 2
    fields = Fields(args.id, args.title, args.outlet)

    def work(manager: Manager, bar: ProgressBar) -> tuple[list[str], dict[str, Any], str]:
        uploads = [Upload(path.name, path.read_bytes(), fields) for path in files]
        result = manager.add(uploads, bar)
        payload = {"documents": [asdict(d) for d in result.documents], "index": result.report.as_dict()}
        lines = add_lines(result)
        return lines, payload, "; ".join(lines)

    return _run(args, "add", ",".join(p.name for p in files), work)


def cmd_remove(args: argparse.Namespace) -> int:
    def work(manager: Manager, bar: ProgressBar) -> tuple[list[str], dict[str, Any], str]:
        result = manager.remove(args.id, bar)
        lines = [f"removed {result.doc_id} ({result.title!r})", result.report.summary]
        return lines, {"removed": result.doc_id, "index": result.report.as_dict()}, lines[0]

    return _run(args, "remove", args.id, work)


def cmd_list(args: argparse.Namespace) -> int:
    from ..engine import Engine

    settings = settings_from_args(args)
    with Engine.open(settings) as engine:
        rows = Manager(Corpus(settings.docs_dir), engine, settings.max_upload_bytes).catalogue()
        if args.json:
            print(json.dumps({"indexed_at": engine.indexed_at(), "documents": [asdict(r) for r in rows]}))
            return 0
        for r in rows:
            state = "" if r.indexed else "  [not indexed]"
            outlet = f" ({r.outlet})" if r.outlet else ""
            print(f"{r.doc_id}\t{r.title}{outlet}\t{r.paragraphs} ¶\t{r.quotes} quotes{state}")
        print(f"{sum(r.indexed for r in rows)} documents indexed")
        return 0


def register(sub: Subparsers) -> None:
    def add(name: str, fn: Command, help_: str) -> argparse.ArgumentParser:
        p = add_command(sub, name, fn, help_)
        p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    p = add("add", cmd_add, "add or replace articles (.txt/.md/.html) and refresh the index")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--id", help="document id (default: from the file name)")
    p.add_argument("--title", help="article title (default: its first line or <h1>)")
    p.add_argument("--outlet", help="news outlet, e.g. AFP")
    p = add("remove", cmd_remove, "remove an article by id and refresh the index")
    p.add_argument("id")
    add("list", cmd_list, "the indexed articles: id, title, outlet, paragraphs, quotes")
