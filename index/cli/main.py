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
from typing import TYPE_CHECKING, Any

from ..attribution.speaker_groups import group_speakers
from ..retrieval.disagree import grouped_sides
from ..settings import Settings
from ..types import Answer, Citation, Quote
from ._common import Command, ProgressBar, add_command, settings_from_args

if TYPE_CHECKING:
    from ..engine import Engine
    from ._common import Subparsers


def _citation_json(c: Citation) -> dict[str, Any]:
    return {
        "doc": c.doc_id,
        "title": c.title,
        "label": c.label,
        "outlet": c.outlet,
        "paragraph": c.paragraph,
        "quote": c.quote,
        "text": c.text,
    }


log = logging.getLogger(__name__)


def answer_json(answer: Answer) -> dict[str, Any]:
    """The `ask --json` contract: question, answer, abstained, citations (rank order); the
    outlet asked after when the question named one ("according to AFP, …")."""
    out: dict[str, Any] = {
        "question": answer.question,
        "answer": answer.text,
        "abstained": answer.abstained,
        "citations": [_citation_json(c) for c in answer.citations],
        "disagreements": [
            {
                "claim": d.claim,
                "sides": [
                    {"value": s.value, "doc": s.doc_id, "paragraph": s.paragraph, "label": s.label}
                    for s in d.sides
                ],
            }
            for d in answer.disagreements
        ],
    }
    if answer.attribution is not None:
        a = answer.attribution
        out["attribution"] = {
            "kind": a.kind,
            "verdict": a.verdict,
            "diff": a.diff,
            "said_by": a.said_by,
            "within": a.within,
            "note": a.note,
            "quotes": [
                {
                    "speaker": q.speaker,
                    "mention": q.mention,
                    "speaker_detail": q.speaker_detail,
                    "quote": q.text,
                    "kind": q.kind,
                    "label": q.label,
                }
                for q in a.quotes
            ],
        }
    if answer.outlet is not None:
        out["outlet"] = answer.outlet  # "according to AFP, …": answered from AFP's articles only
    if answer.abstained:
        out["reason"] = answer.reason
        out["missing"] = list(answer.missing)
    if answer.closest is not None:
        out["closest"] = _citation_json(answer.closest)
    return out


def abstention_text(answer: Answer) -> str:
    """Why the bot does not answer, in one sentence (shared wording for every adapter)."""
    if answer.reason == "not_mentioned" and answer.missing:
        return f"The articles don't mention {' or '.join(answer.missing)}."
    if answer.outlet is not None:
        return f"The articles from {answer.outlet} don't say."
    if answer.unstated_reply is not None:
        return f"{answer.unstated_reply}."
    if answer.reason == "language":
        return "I answer questions in English only, and your question looks like another language."
    att = answer.attribution
    if att is not None and att.kind == "what_said" and att.speaker_asked:
        on = f" about {att.claim}" if att.claim else ""
        return f"I found no quotes by {att.speaker_asked}{on} in the articles."
    return "The indexed articles don't cover this."


def verdict_text(answer: Answer) -> str | None:
    """What a quote question's answer found, in a line, as Telegram puts it (`render_quotes`)."""
    att = answer.attribution
    if att is None:
        return None
    q = att.quotes[0] if att.quotes else None
    who = (q.speaker or "an unnamed source") if q else ""
    if att.kind == "who_on" and att.quotes:
        return f"Quoted on {att.claim} ({_speakers(att.quotes)}):"
    if att.kind == "what_said":
        n = len(att.quotes)
        return f"What {att.speaker_asked or 'they'} said ({n} quote{'s' if n != 1 else ''}):" if n else None
    if att.kind == "did_say" and q:
        if att.verdict == "yes":
            named = att.speaker_asked or ""
            return f"Yes. {named[:1].upper() + named[1:]} is quoted saying that:"
        if att.verdict == "no":
            return f"No. That was {who}, not {att.speaker_asked}:"
    if q and att.verdict == "quoting":
        cited = f"“{att.within}” in quotation marks, citing someone else's words"
        if att.kind == "did_say":
            return f"Not as their own words. {who[:1].upper() + who[1:]} puts {cited}:"
        return f"{who[:1].upper() + who[1:]} used those words, but put {cited}:"
    if q and att.verdict == "contradicts":
        diff = f" ({att.diff})" if att.diff else ""
        lead = "No: the article has " if att.kind == "did_say" else "The article has "
        return f"{lead}{who} saying the opposite{diff}:"
    if q and att.verdict == "exact":
        return f"{who} said that, word for word:"
    if q and att.verdict == "matched":
        return f"That was {who}:"
    if q and att.verdict == "misworded":
        return f"Not quite those words. It was {who}; the article's wording differs ({att.diff}):"
    return None


def _speakers(quotes: Sequence[Quote]) -> str:
    """ "3 speakers, 5 quotes": how many people a topic list holds."""
    n = len({q.speaker for q in quotes})
    return f"{n} speaker{'s' if n != 1 else ''}, {len(quotes)} quote{'s' if len(quotes) != 1 else ''}"


def _speakers_text(answer: Answer) -> str:
    """ "Who is quoted?": each speaker with a count and where, people first."""
    assert answer.attribution is not None
    groups = group_speakers(answer.attribution.quotes)
    if not groups:
        return "No anonymous source is quoted in the articles."
    order = {"person": 0, "office": 1}
    total = sum(len(g.quotes) for g in groups)  # as /quotes counts: quotes with a speaker
    lines = [f"Who is quoted ({len(groups)} speakers, {total} quotes):"]
    for g in sorted(groups, key=lambda g: (order.get(g.kind, 2), -len(g.quotes))):
        where = ", ".join(dict.fromkeys(q.label for q in g.quotes))
        n = len(g.quotes)
        kind = {"office": " (office)", "anonymous": " (anonymous source)"}.get(g.kind, "")
        lines.append(f"— {g.name}{kind}: {n} quote{'s' if n != 1 else ''} [{where}]")
    return "\n".join(lines)


def answer_text(answer: Answer) -> str:
    """Readable answer for a terminal."""
    if answer.attribution is not None and answer.attribution.kind == "who_quoted":
        return _speakers_text(answer)
    if answer.abstained:
        lines = [abstention_text(answer)]
        if answer.closest and answer.reason != "not_mentioned":
            lines.append(f"Closest match: [{answer.closest.label}] {answer.closest.quote}")
        return "\n".join(lines)
    lines = [f"{s.text} [{answer.citations[s.citation].label}]" for s in answer.sentences]
    if answer.attribution is not None:
        if headline := verdict_text(answer):
            lines.insert(0, headline)
        if answer.attribution.note:
            lines.append(f"Note: {answer.attribution.note}.")
        stated = [s.text for s in answer.sentences]
        introduced: set[str] = set()
        listed = answer.attribution.quotes
        for q in listed if answer.attribution.kind == "who_on" else listed[:5]:
            who = q.speaker or "an unnamed source"
            role = q.speaker_detail
            fresh = role and who not in introduced and not any(role in s for s in stated)
            detail = f", {role}" if fresh else ""
            introduced.add(who)
            how = f" ({q.cue})" if q.cue else ""
            # each sentence once per reply: a whole quotation already printed above is not
            # repeated; the words of a partial or reported one are, to show which they are
            if q.kind == "direct" and any(q.text in s for s in stated):
                lines.append(f"— {who}{detail}{how} [{q.label}]")
            else:
                words = f"“{q.text}”" if q.kind != "indirect" else f"{q.text} (reported)"
                lines.append(f"— {who}{detail}{how}: {words} [{q.label}]")
    for d in answer.disagreements:
        sides = " · ".join(f"{value} [{', '.join(labels)}]" for value, labels in grouped_sides(d))
        lines.append(f"Sources disagree — {d.claim}: {sides}")
    lines.append("")
    lines.append("Sources:")
    for i, c in enumerate(answer.citations, 1):
        heading = f" ({c.heading})" if c.heading else ""
        lines.append(f"  [{i}] {c.label}{heading}: {c.text}")
    return "\n".join(lines)


def cmd_build(args: argparse.Namespace) -> int:
    from ..engine import Engine
    from ..errors import IngestError

    settings = settings_from_args(args)
    bar = ProgressBar(enabled=not args.json and sys.stderr.isatty())
    try:
        with Engine.open(
            settings, build=True, force=args.force, progress=bar, allow_shrink=args.allow_shrink
        ) as engine:
            report = engine.last_build
    except IngestError as exc:
        bar.close()
        print(f"error: {exc} (the previous index is still being served)", file=sys.stderr)
        return 1
    bar.close()
    assert report is not None
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
        asyncio.run(_answer_all(engine, settings, questions, render, args.json))
    return 0


async def _answer_all(
    engine: Engine,
    settings: Settings,
    questions: Iterator[str],
    render: Callable[[Answer], str],
    as_json: bool = False,
) -> None:
    """Answer each question; with an LLM configured, let it rephrase from the same evidence.

    A question that cannot be answered (empty, too long, an internal error) gets one error
    line (`{"question", "error"}` with --json), so output lines keep matching input lines.
    """
    from ..llm.answerer import LLMAnswerer

    answerer = LLMAnswerer.from_settings(settings, embed=engine.embedder.embed)
    try:
        for question in questions:
            error = question_error(question, settings.max_question_chars)
            if error is None:
                try:
                    answer, passages = engine.ask_with_evidence(question)
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
