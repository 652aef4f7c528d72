"""`python -m index …`: build, ask, bench and the corpus commands.

Every corpus command takes `--docs DIR` and `--index DIR` (`_common.add_command`; defaults: DOCS_DIR and
INDEX_DIR), so several corpora can live side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..settings import Settings
from ..types import Answer
from ._common import Command, ProgressBar, add_command, settings_from_args
from .render import answer_json, answer_text

if TYPE_CHECKING:
    from ..engine import Engine
    from ._common import Subparsers


log = logging.getLogger(__name__)


def cmd_build(args: argparse.Namespace) -> int:
    from ..errors import IngestError
    from ..store.backend import build_index

    settings = settings_from_args(args)
    bar = ProgressBar(enabled=not args.json and sys.stderr.isatty())
    try:
        report = build_index(settings, bar, force=args.force, allow_shrink=args.allow_shrink)
    except IngestError as exc:
        bar.close()
        print(f"error: {exc} (the previous index is still being served)", file=sys.stderr)
        return 1
    bar.close()
    if args.json:
        print(json.dumps(report.as_dict()))
    else:
        print(report.summary)
    return 0


def clean_text(text: str) -> str:
    """`text` as valid Unicode: undecodable bytes (surrogate escapes from argv) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").strip()


def question_error(question: str, limit: int) -> str | None:
    """Why `question` cannot be asked (one sentence), or None."""
    if not question:
        return 'the question is empty; write a question, e.g. ask "Who won the vote?"'
    if len(question) > limit:
        return f"the question is {len(question)} characters long; the limit is {limit} (MAX_QUESTION_CHARS)"
    return None


def cmd_ask(args: argparse.Namespace) -> int:
    from ..engine import Engine

    settings = settings_from_args(args)
    if args.question != "-":
        error = question_error(clean_text(args.question), settings.max_question_chars)
        if error is not None:
            print(f"error: {error}", file=sys.stderr)
            return 2
    engine = Engine.open(settings)
    render: Callable[[Answer], str] = (
        (lambda a: json.dumps(answer_json(a), ensure_ascii=False)) if args.json else answer_text
    )
    if args.question == "-":
        # bad bytes become U+FFFD instead of aborting the batch; one output line per input line
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        questions: Iterator[str] = (line.strip() for line in stdin)
    else:
        questions = iter([clean_text(args.question)])
    with engine:
        asyncio.run(_answer_all(engine, settings, questions, render, args.json, chat=args.chat))
    return 0


async def _answer_all(
    engine: Engine,
    settings: Settings,
    questions: Iterator[str],
    render: Callable[[Answer], str],
    as_json: bool = False,
    chat: bool = False,
) -> None:
    """Answer each question; with an LLM configured, let it rephrase from the same evidence.
    With `chat`, each question follows up the one before, as in a Telegram chat ("and what
    did Trump say?", "tell me more"); otherwise each stands alone.

    A question that cannot be answered (empty, too long, an internal error) gets one error
    line (`{"question", "error"}` with --json), so output lines keep matching input lines.
    """
    from ..engine import Turn
    from ..llm.answerer import LLMAnswerer

    answerer = LLMAnswerer.from_settings(settings, embed=engine.embedder.embed)
    previous: Turn | None = None
    try:
        for question in questions:
            error = question_error(question, settings.max_question_chars)
            if error is None:
                try:
                    answer, passages = engine.ask_with_evidence(question, previous)
                    if chat:
                        previous = Turn(question, answer)
                    if answerer is not None and passages:
                        answer = await answerer.answer(question, passages, answer)
                except Exception:
                    log.exception("could not answer %r", question)
                    error = "this question could not be answered (internal error; details in the log)"
            if error is not None:
                line = json.dumps({"question": question, "error": error}, ensure_ascii=False)
                print(line if as_json else f"error: {error}", flush=True)
                continue
            print(render(answer), flush=True)
    finally:
        if answerer is not None:
            await answerer.aclose()


def cmd_prepare_model(args: argparse.Namespace) -> int:
    from ..encoder.embed import prepare_model

    settings = Settings()
    for precision in ("fp32", "int8"):
        path = prepare_model(settings.model_cache_dir, precision, settings.model_dir)
        print(f"{precision}: {path}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from ..bench.accuracy import run_bench

    return run_bench(args)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m index", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)

    def add(name: str, fn: Command, help_: str) -> argparse.ArgumentParser:
        return add_command(sub, name, fn, help_)

    p = add("build", cmd_build, "build or refresh the index from the documents folder")
    p.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    p.add_argument(
        "--allow-shrink",
        action="store_true",
        help="allow a build that empties the index or drops more than half of its articles",
    )
    p.add_argument("--json", action="store_true")
    p = add("ask", cmd_ask, "answer a question ('-' reads one question per line from stdin)")
    p.add_argument("question")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--chat",
        action="store_true",
        help="with '-': each question follows up the previous one, as in a chat",
    )
    p = add("bench", cmd_bench, "accuracy, speed and memory on a question set (prints a table)")
    p.add_argument(
        "--questions",
        type=Path,
        required=True,
        action="append",
        help="JSONL questions {q, doc, para, answers}; repeatable",
    )
    p.add_argument(
        "--offtopic",
        type=Path,
        action="append",
        default=[],
        help="JSONL of questions the corpus cannot answer ({q}); repeatable",
    )
    p.add_argument("--limit", type=int, default=0, help="use only the first N questions of each set")
    p.add_argument("--json-out", type=Path, help="also write the figures as JSON")
    p.add_argument("--backend", choices=["local", "postgres"], default="local", help="index backend")
    p.add_argument(
        "--database-url",
        help="postgres: a database the bench may overwrite (default: a temporary embedded server)",
    )
    p.add_argument("--scale", type=int, help="scaling run: ingest N paragraphs (real, then synthetic)")
    add("prepare-model", cmd_prepare_model, "generate the ONNX model files (scripts/install runs this)")
    for extra in _extra_commands():
        extra(sub)
    return ap


def _extra_commands() -> list[Callable[[Subparsers], None]]:
    """Sub-command registrars from the attribution and admin modules."""
    from . import admin as cli_admin
    from . import pg as cli_pg
    from . import quotes as cli_quotes

    return [cli_quotes.register, cli_admin.register, cli_pg.register]


def main(argv: Sequence[str] | None = None) -> int:
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    from .errors import run_command

    return run_command(args.func, args)
