"""Readers' answer latency while an admin's upload is being indexed, by how the build runs.

    .venv/bin/python scripts/bench_serving.py                     # seeds/ served, squad-dev uploaded
    .venv/bin/python scripts/bench_serving.py --modes inline,nice10 --upload a.txt b.txt

For each mode, on a fresh copy of one built index, a reader asks the seed questions one after
another, `--pause` seconds apart (as the bot does: `Engine.ask_with_evidence` in a worker
thread), first with nothing else running, then while an admin adds the `--upload` files
(`Manager.add`, as the bot's upload handler does, in another thread) until that build is
served. Every fourth turn the reader instead embeds one served article's paragraphs, as an
answer does the first time it compares two articles (`Stories`): that is the reader's work
that goes through the encoder's thread pool. Prints one row per mode: the build's seconds,
then p50 / p95 / max of the answers and of the article embeddings, without and with the build.

Modes: ``inline`` builds in this process (the bot before round 17); ``niceN`` builds in a
child process at niceness N (`index.ProcessIndexer`; the bot's default is BUILD_NICE=10).
Run it on a quiet machine: one heavy measurement at a time.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from index import Corpus, Engine, Indexer, Manager, ProcessIndexer, Settings, Upload, parse_caption

ROOT = Path(__file__).resolve().parents[1]
SQUAD = ROOT.parent.parent / "shared" / "data" / "squad-dev" / "docs"
QUESTIONS = ROOT / "tests" / "golden" / "seed_questions.jsonl"


@dataclass
class Timings:
    answers: list[float] = field(default_factory=list)
    embeds: list[float] = field(default_factory=list)


def spread(values: list[float]) -> str:
    """p50 / p95 / max seconds (n)."""
    if not values:
        return "–"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered):.2f} / {p95:.2f} / {ordered[-1]:.2f} ({len(ordered)})"


def read_until(
    engine: Engine, questions: list[str], stop: threading.Event, least: int, pause: float
) -> Timings:
    """A reader's turns, `pause` seconds apart, until `stop` is set and `least` turns were taken."""
    articles = [[p.text for p in d.paragraphs] for d in engine.documents()]
    out = Timings()
    turn = 0
    while not stop.is_set() or turn < least:
        started = time.perf_counter()
        if turn % 4 == 3:
            engine.embedder.embed(articles[turn // 4 % len(articles)])
            out.embeds.append(time.perf_counter() - started)
        else:
            engine.ask_with_evidence(questions[turn % len(questions)])
            out.answers.append(time.perf_counter() - started)
        turn += 1
        time.sleep(pause)
    return out


def run_mode(
    mode: str, base: Path, uploads: list[Upload], questions: list[str], args: argparse.Namespace
) -> str:
    with tempfile.TemporaryDirectory(prefix=f"bench-serving-{mode}-") as tmp:
        root = Path(tmp)
        shutil.copytree(base / "docs", root / "docs")
        shutil.copytree(base / "index", root / "index")
        settings = settings_for(root)
        with Engine.open(settings) as engine:
            indexer: Indexer = engine if mode == "inline" else ProcessIndexer(engine, int(mode[4:]))
            manager = Manager(Corpus(settings.docs_dir), indexer, settings.max_upload_bytes)
            stop = threading.Event()
            stop.set()  # no build yet: take `least` turns, then return
            read_until(engine, questions, stop, len(questions), 0)  # warm, as a serving bot is
            quiet = read_until(engine, questions, stop, args.idle, args.pause)
            stop.clear()
            seconds: list[float] = []

            def admin() -> None:
                started = time.perf_counter()
                try:
                    manager.add(uploads)
                finally:
                    seconds.append(time.perf_counter() - started)
                    stop.set()

            worker = threading.Thread(target=admin)
            worker.start()
            busy = read_until(engine, questions, stop, 1, args.pause)
            worker.join()
    return (
        f"| {mode} | {seconds[0]:.1f} | {spread(quiet.answers)} | {spread(busy.answers)} "
        f"| {spread(quiet.embeds)} | {spread(busy.embeds)} |"
    )


def settings_for(root: Path) -> Settings:
    return Settings(
        _env_file=None,
        docs_dir=root / "docs",
        index_dir=root / "index",
        data_dir=root / "data",
        model_cache_dir=ROOT / "var" / "model",
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=Path, default=ROOT / "seeds", help="the served articles")
    parser.add_argument("--upload", type=Path, nargs="*", help="files the admin adds (default: 6 squad-dev)")
    parser.add_argument("--modes", default="inline,nice0,nice10")
    parser.add_argument("--idle", type=int, default=40, help="reader turns with no build running")
    parser.add_argument("--pause", type=float, default=0.25, help="seconds between a reader's turns")
    args = parser.parse_args()
    files = args.upload or sorted(SQUAD.glob("*.txt"))[:6]
    uploads = [Upload(f.name, f.read_bytes(), parse_caption(f"id: bench-{f.stem}")) for f in files]
    with QUESTIONS.open(encoding="utf-8") as lines:
        questions = [json.loads(line)["q"] for line in lines if line.strip()][:40]
    with tempfile.TemporaryDirectory(prefix="bench-serving-") as tmp:
        base = Path(tmp)
        shutil.copytree(args.docs, base / "docs")
        Engine.open(settings_for(base), build=True).close()
        size = sum(len(u.data) for u in uploads)
        print(
            f"served: {args.docs}; uploaded: {len(uploads)} files, {size:,} bytes; "
            f"reader pause {args.pause} s"
        )
        print("seconds, p50 / p95 / max (n)")
        print(
            "| build runs | build s | answers, idle | answers, during build "
            "| article embed, idle | article embed, during build |"
        )
        print("|---|---|---|---|---|---|")
        for mode in args.modes.split(","):
            print(run_mode(mode, base, uploads, questions, args), flush=True)


if __name__ == "__main__":
    main()
