"""`python -m index bench`: accuracy, speed and memory, printed as a table.

What it does, so the figures are reproducible:
1. builds a fresh index of `--docs` in a temporary folder, in a child process
   (`python -m index build --json`): ingest time, throughput and the build's peak RSS;
2. starts another child, `python -m index ask --json "<first question>"`, and times it from
   process start to the printed answer ("ready to answer" from a persisted index);
3. loads the index in this process and answers every question: Hits@1/Hits@3 of the cited
   paragraphs (first citation first), MRR@10 of the retrieved paragraphs, the share of answers
   whose text contains a gold answer string, abstention rate, latency p50/p95, and the peak
   RSS of this serving process;
4. with `--offtopic`, the abstention rate on questions the corpus cannot answer.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..folder import doc_id_from_name
from .data import _load_questions

if TYPE_CHECKING:
    from ..engine import Engine


def _child_env(index_dir: Path, docs_dir: Path, database_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"INDEX_DIR": str(index_dir), "DOCS_DIR": str(docs_dir)})
    if database_url:
        env.update({"INDEX_BACKEND": "postgres", "DATABASE_URL": database_url})
    return env


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _gold(q: dict[str, Any]) -> set[tuple[str, int]]:
    """Every paragraph that answers `q`: its `doc`/`para` and any `also` pairs."""
    if q.get("doc") is None:
        return set()
    pairs = [(q["doc"], q["para"]), *(tuple(x) for x in q.get("also", []))]
    return {(doc_id_from_name(str(d)), int(n)) for d, n in pairs}


def evaluate(engine: Engine, questions: list[dict[str, Any]]) -> dict[str, float]:
    """Answer every question as a user would get it (`engine.ask`); accuracy and latency.

    A question with ``"doc": null`` is unanswerable: the right reply is an abstention. A
    question with ``"after"`` is a follow-up, asked after the question it names. Hits count
    an answerable question's first citation (or an abstention's closest paragraph; the
    strict figures count abstentions as misses) against its paragraph and its ``also`` list.
    """
    from ..engine import Turn

    h1 = h3 = contains = abstained = strict_h1 = strict_h3 = answerable = flagged = 0
    unanswerable = unanswerable_abstained = 0
    rr = 0.0
    latencies: list[float] = []
    previous: dict[str, Any] = {}
    for q in questions:
        gold = _gold(q)
        turn = Turn(q["after"], previous.get(q["after"])) if q.get("after") else None
        t = time.perf_counter()
        answer = engine.ask(q["q"], turn)
        latencies.append(time.perf_counter() - t)
        previous[q["q"]] = answer
        flagged += bool(answer.disagreements)
        if not gold:
            unanswerable += 1
            unanswerable_abstained += answer.declined  # "who wrote this?" says it is not known
            continue
        answerable += 1
        cited = [(c.doc_id, c.paragraph) for c in answer.citations]
        if answer.abstained and answer.closest is not None:
            # an abstention still names the paragraph it found closest; strict figures below
            # count it as a miss instead
            cited = [(answer.closest.doc_id, answer.closest.paragraph)]
        h1 += bool(cited[:1]) and cited[0] in gold
        h3 += bool(gold & set(cited[:3]))
        strict_h1 += not answer.abstained and bool(cited[:1]) and cited[0] in gold
        strict_h3 += not answer.abstained and bool(gold & set(cited[:3]))
        evidence = engine.search(q["q"], turn)
        ranked = [(p.paragraph.doc_id, p.paragraph.number) for p in evidence.passages[:10]]
        rr += next((1.0 / (i + 1) for i, key in enumerate(ranked) if key in gold), 0.0)
        text = answer.text.lower()
        contains += any(a.lower() in text for a in q.get("answers", []))
        abstained += answer.abstained
    n = max(answerable, 1)
    return {
        "questions": len(questions),
        "answerable": answerable,
        "hits@1": h1 / n,
        "hits@3": h3 / n,
        "strict_hits@1": strict_h1 / n,
        "strict_hits@3": strict_h3 / n,
        "mrr@10": rr / n,
        "answer_contains_gold": contains / n,
        "abstained": abstained / n,
        "unanswerable": unanswerable,
        "unanswerable_abstained": unanswerable_abstained / max(unanswerable, 1),
        "disagreement_flags": flagged,
        "p50_ms": _percentile(latencies, 0.50) * 1000,
        "p95_ms": _percentile(latencies, 0.95) * 1000,
    }


def abstention_rate(engine: Engine, questions: list[dict[str, Any]]) -> float:
    return float(sum(engine.ask(q["q"]).abstained for q in questions)) / max(len(questions), 1)


def run_bench(args: argparse.Namespace) -> int:
    """The accuracy bench; with `--scale N` the scaling bench (index/bench_scale.py)."""
    from .scale import bench_database, run_scale

    if args.scale:
        return run_scale(args)
    with bench_database(args.backend, args.database_url) as database_url:
        return _run_bench(args, database_url)


def _run_bench(args: argparse.Namespace, database_url: str | None) -> int:
    from ..engine import Engine
    from ..settings import Settings

    docs: Path = args.docs or Settings().docs_dir
    sets = [(path, _load_questions(path, args.limit)) for path in args.questions]
    backend: dict[str, Any] = (
        {"index_backend": "postgres", "database_url": database_url} if database_url else {}
    )
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        index_dir = Path(args.index) if args.index else Path(tmp) / "index"
        env = _child_env(index_dir, docs, database_url)
        build = subprocess.run(
            [sys.executable, "-m", "index", "build", "--force", "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if build.returncode != 0:
            print(build.stderr, file=sys.stderr)
            return build.returncode
        report = json.loads(build.stdout.strip().splitlines()[-1])
        build_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        first_q = sets[0][1][0]["q"] if sets and sets[0][1] else "test"
        t = time.perf_counter()
        ready = subprocess.run(
            [sys.executable, "-m", "index", "ask", "--json", first_q],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        ready_s = time.perf_counter() - t
        if ready.returncode != 0:
            print(ready.stderr, file=sys.stderr)
            return ready.returncode
        t = time.perf_counter()
        engine = Engine.open(Settings(docs_dir=docs, index_dir=index_dir, **backend))
        load_s = time.perf_counter() - t
        with engine:
            results = [(path.name, evaluate(engine, qs)) for path, qs in sets]
            off = {path.name: abstention_rate(engine, _load_questions(path, 0)) for path in args.offtopic}
        serve_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("index backend", args.backend),
        ("documents / paragraphs", f"{report['documents']} / {report['paragraphs']}"),
        ("index build (fresh)", f"{report['seconds']:.1f} s"),
        ("ingest throughput", f"{report['paragraphs'] / report['seconds']:.0f} paragraphs/s"),
        ("build peak RSS", f"{build_rss:.0f} MB"),
        ("ready to answer (process start → first answer)", f"{ready_s:.2f} s"),
        ("index load in-process", f"{load_s:.2f} s"),
    ]
    for name, r in results:
        rows += [
            (f"[{name}] questions (answerable)", f"{r['questions']} ({r['answerable']})"),
            (f"[{name}] Hits@1 / Hits@3 (cited ¶)", f"{r['hits@1']:.3f} / {r['hits@3']:.3f}"),
            (
                f"[{name}]   same, abstentions as misses",
                f"{r['strict_hits@1']:.3f} / {r['strict_hits@3']:.3f}",
            ),
            (f"[{name}] MRR@10 (retrieved ¶)", f"{r['mrr@10']:.3f}"),
            (f"[{name}] answer contains a gold string", f"{r['answer_contains_gold']:.1%}"),
            (f"[{name}] abstained", f"{r['abstained']:.1%}"),
            (f"[{name}] latency p50 / p95", f"{r['p50_ms']:.1f} / {r['p95_ms']:.1f} ms"),
            (f"[{name}] answers flagging a disagreement", f"{r['disagreement_flags']}"),
        ]
        if r["unanswerable"]:
            rows.append(
                (
                    f"[{name}] unanswerable questions abstained",
                    f"{r['unanswerable_abstained']:.1%} of {r['unanswerable']}",
                )
            )
    for name, rate in off.items():
        rows.append((f"[{name}] off-topic questions abstained", f"{rate:.1%}"))
    rows.append(("serving peak RSS (this process)", f"{serve_rss:.0f} MB"))
    width = max(len(k) for k, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for k, v in rows:
        print(f"| {k.ljust(width)} | {v} |")
    if args.json_out:
        args.json_out.write_text(
            json.dumps(
                {
                    "build": report,
                    "build_rss_mb": build_rss,
                    "ready_s": ready_s,
                    "load_s": load_s,
                    "sets": dict(results),
                    "offtopic_abstained": off,
                    "serve_rss_mb": serve_rss,
                },
                indent=1,
            )
        )
    return 0
