"""The ONNX encoder built from the packaged weights reproduces sentence-transformers.

tests/fixtures/minilm_reference.npy holds vectors computed once with sentence-transformers
6.2 (torch 2.13 CPU) for the texts beside it, including one past the 256-token limit.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from index.encoder.embed import Embedder, model_file

FIXTURES = Path(__file__).parent / "fixtures"
MODEL_CACHE = Path(__file__).resolve().parent.parent / "var" / "model"  # made by scripts/install
TEXTS = json.loads((FIXTURES / "minilm_reference_texts.json").read_text(encoding="utf-8"))
REFERENCE = np.load(FIXTURES / "minilm_reference.npy")


@pytest.fixture(scope="module")
def fp32() -> Embedder:
    return Embedder.load(MODEL_CACHE, "fp32")


@pytest.fixture(scope="module")
def int8() -> Embedder:
    return Embedder.load(MODEL_CACHE, "int8")


def test_fp32_matches_sentence_transformers(fp32: Embedder) -> None:
    cosines = (fp32.embed(TEXTS) * REFERENCE).sum(axis=1)
    assert cosines.min() > 0.9999


def test_int8_stays_close(int8: Embedder) -> None:
    cosines = (int8.embed(TEXTS) * REFERENCE).sum(axis=1)
    assert cosines.min() > 0.97


def test_batching_does_not_change_vectors(fp32: Embedder) -> None:
    one_by_one = np.stack([fp32.embed([t])[0] for t in TEXTS])
    batched = fp32.embed(TEXTS, batch_tokens=64)
    assert np.allclose(one_by_one, batched, atol=1e-5)


def test_batches_on_several_threads_give_the_same_vectors() -> None:
    one = Embedder(model_file(MODEL_CACHE, "int8"), threads=1)
    two = Embedder(model_file(MODEL_CACHE, "int8"), threads=2)
    texts = TEXTS * 8  # several batches of 64 tokens
    assert np.array_equal(one.embed(texts, batch_tokens=64), two.embed(texts, batch_tokens=64))


def test_done_counts_every_text_once(int8: Embedder) -> None:
    counts: list[int] = []
    int8.embed(TEXTS * 4, batch_tokens=64, done=counts.append)
    assert len(counts) > 1 and sum(counts) == len(TEXTS) * 4


def test_vectors_are_unit_length_and_empty_input(int8: Embedder) -> None:
    v = int8.embed(TEXTS)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert int8.embed([]).shape == (0, 384)


# Sentences written for these tests, of varied lengths, so that chunks sort into batches differently.
CHUNKED = [
    "The ferry left at dawn.",
    "A council vote on the bridge repairs was delayed until the spring session, the mayor said.",
    "Rain.",
    "Teachers in three districts walked out on Tuesday over a pay offer they called insulting.",
    "The museum reopened.",
    "Officials counted 412 ballots twice after a scanner jammed during the late shift.",
    "Nobody was hurt when the crane tipped over onto an empty car park near the harbour.",
    "Prices rose again.",
    "The orchestra will tour five cities next year, its director told reporters after the concert.",
    "A small fire broke out in the kitchen of the school canteen.",
]


def test_chunks_are_batched_alone_and_run_as_one_stream() -> None:
    # a chunk's texts are sorted and batched among themselves (int8 activations are quantised
    # per batch, so that decides the vectors); the chunks then run on the workers as one stream
    one = Embedder(model_file(MODEL_CACHE, "int8"), threads=1)
    two = Embedder(model_file(MODEL_CACHE, "int8"), threads=2)
    texts = CHUNKED * 3
    apart = np.concatenate([one.embed(texts[s : s + 7], batch_tokens=64) for s in range(0, len(texts), 7)])
    counts: list[int] = []
    streamed = two.embed(texts, batch_tokens=64, done=counts.append, chunk=7)
    assert np.array_equal(streamed, apart)
    assert np.array_equal(one.embed(texts, batch_tokens=64, chunk=7), apart)
    assert len(counts) > len(texts) // 7 and sum(counts) == len(texts)
    # without a chunk every text is sorted and batched together, as before
    assert np.array_equal(two.embed(texts, batch_tokens=64), one.embed(texts, batch_tokens=64))


def test_token_ids_are_the_tokenisers_own(int8: Embedder) -> None:
    tokenizer = int8._tokenizer
    assert int8.token_ids(CHUNKED) == [tokenizer.encode(t).ids for t in CHUNKED]
    assert int8.token_ids(["Zürich's café—reopened!"])[0][0] == 101  # [CLS] first
