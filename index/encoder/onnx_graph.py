"""Build an ONNX graph of the MiniLM encoder straight from its safetensors weights.

No torch export: the graph is written op by op (BERT encoder, mean pooling, L2
normalisation, as sentence-transformers runs this model), so `scripts/install` can produce
the model file on a clean machine from registry packages alone. Inputs: `input_ids` and `attention_mask`
(int64, batch x seq); output: `embedding` (float32, batch x hidden, mean-pooled and
L2-normalised).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np


def build_onnx(model_dir: Path, out_path: Path, layers: int | None = None) -> Path:
    """Write the encoder graph for the weights in `model_dir` to `out_path`; with `layers`, only
    the first `layers` transformer layers run (their output is pooled)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    config = json.loads((model_dir / "config.json").read_text())
    dim = int(config["hidden_size"])
    heads = int(config["num_attention_heads"])
    eps = float(config.get("layer_norm_eps", 1e-12))
    head_dim = dim // heads
    w = load_file(str(model_dir / "model.safetensors"))
    p = "" if "embeddings.word_embeddings.weight" in w else "bert."

    inits: list[onnx.TensorProto] = []
    nodes: list[onnx.NodeProto] = []

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name))
        return name

    def weight(name: str, transpose: bool = False) -> str:
        arr = w[p + name].astype(np.float32)
        return const(name, arr.T if transpose else arr)

    counter = iter(range(1_000_000))

    def op(kind: str, inputs: list[str], **attrs: Any) -> str:
        out = f"{kind.lower()}_{next(counter)}"
        nodes.append(helper.make_node(kind, inputs, [out], **attrs))
        return out

    def layer_norm(x: str, prefix: str) -> str:
        return op(
            "LayerNormalization",
            [x, weight(prefix + ".weight"), weight(prefix + ".bias")],
            axis=-1,
            epsilon=eps,
        )

    def dense(x: str, prefix: str) -> str:
        return op("Add", [op("MatMul", [x, weight(prefix + ".weight", True)]), weight(prefix + ".bias")])

    seq_shape = op("Shape", ["input_ids"])
    seq_len = op(
        "Slice",
        [
            seq_shape,
            const("one_1d", np.array([1], dtype=np.int64)),
            const("two_1d", np.array([2], dtype=np.int64)),
        ],
    )
    x = op("Gather", [weight("embeddings.word_embeddings.weight"), "input_ids"], axis=0)
    zero = const("zero_1d", np.array([0], dtype=np.int64))
    x = op("Add", [x, op("Slice", [weight("embeddings.position_embeddings.weight"), zero, seq_len, zero])])
    x = op("Add", [x, const("type0", w[p + "embeddings.token_type_embeddings.weight"][0].astype(np.float32))])
    x = layer_norm(x, "embeddings.LayerNorm")

    mask_f = op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    # (1 - mask) * -1e9, broadcast to (batch, 1, 1, seq)
    bias = op(
        "Mul",
        [
            op("Sub", [const("one_f", np.array(1.0, np.float32)), mask_f]),
            const("neg", np.array(-1e9, np.float32)),
        ],
    )
    bias = op("Unsqueeze", [bias, const("axes12", np.array([1, 2], dtype=np.int64))])
    split_shape = const("split_shape", np.array([0, -1, heads, head_dim], dtype=np.int64))
    merge_shape = const("merge_shape", np.array([0, -1, dim], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(head_dim), np.float32))

    depth = int(config["num_hidden_layers"])
    for i in range(depth if layers is None else min(layers, depth)):
        a = f"encoder.layer.{i}."

        def heads_of(name: str, x: str = x, a: str = a) -> str:
            t = op("Reshape", [dense(x, a + f"attention.self.{name}"), split_shape])
            return op("Transpose", [t], perm=[0, 2, 1, 3])

        q, k, v = heads_of("query"), heads_of("key"), heads_of("value")
        scores = op("Mul", [op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 3, 2])]), scale])
        probs = op("Softmax", [op("Add", [scores, bias])], axis=-1)
        ctx = op("Reshape", [op("Transpose", [op("MatMul", [probs, v])], perm=[0, 2, 1, 3]), merge_shape])
        x = layer_norm(
            op("Add", [dense(ctx, a + "attention.output.dense"), x]), a + "attention.output.LayerNorm"
        )
        h = dense(x, a + "intermediate.dense")
        # exact GELU: 0.5 * h * (1 + erf(h / sqrt(2)))
        erf = op("Erf", [op("Div", [h, const(f"sqrt2_{i}", np.array(np.sqrt(2.0), np.float32))])])
        h = op(
            "Mul",
            [
                op("Mul", [h, op("Add", [erf, const(f"one_{i}", np.array(1.0, np.float32))])]),
                const(f"half_{i}", np.array(0.5, np.float32)),
            ],
        )
        x = layer_norm(op("Add", [dense(h, a + "output.dense"), x]), a + "output.LayerNorm")

    mask3 = op("Unsqueeze", [mask_f, const("axis2", np.array([2], dtype=np.int64))])
    summed = op(
        "ReduceSum", [op("Mul", [x, mask3]), const("axis1", np.array([1], dtype=np.int64))], keepdims=0
    )
    count = op("ReduceSum", [mask_f, const("axis1b", np.array([1], dtype=np.int64))], keepdims=1)
    pooled = op("Div", [summed, op("Max", [count, const("tiny", np.array(1e-9, np.float32))])])
    norm = op("ReduceL2", [pooled], axes=[1], keepdims=1)
    nodes.append(
        helper.make_node(
            "Div", [pooled, op("Max", [norm, const("tiny2", np.array(1e-12, np.float32))])], ["embedding"]
        )
    )

    graph = helper.make_graph(
        nodes,
        "minilm_l6_mean_pooled",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", dim])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(".tmp")
    onnx.save(model, str(tmp))
    tmp.replace(out_path)
    return out_path
