"""Encoder variants for measuring (scripts/encoder_variants.py): a graph cut to its first layers,
and weights recovered from an ONNX export. A tiny random BERT written here stands in for
the model, so these run in a second."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import numpy as np
import onnx
import pytest
from safetensors.numpy import save_file

from index.encoder.onnx_graph import build_onnx

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "encoder_variants.py"
DIM, HEADS, INNER, VOCAB, POSITIONS = 16, 2, 32, 50, 20


@pytest.fixture(scope="module")
def variants() -> ModuleType:
    spec = importlib.util.spec_from_file_location("encoder_variants", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tiny_bert(folder: Path, layers: int, seed: int = 3) -> Path:
    rng = np.random.default_rng(seed)

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0.0, 0.3, shape).astype(np.float32)

    w = {
        "embeddings.word_embeddings.weight": r(VOCAB, DIM),
        "embeddings.position_embeddings.weight": r(POSITIONS, DIM),
        "embeddings.token_type_embeddings.weight": r(2, DIM),
        "embeddings.LayerNorm.weight": 1 + r(DIM),
        "embeddings.LayerNorm.bias": r(DIM),
    }
    for i in range(layers):
        a = f"encoder.layer.{i}."
        for name in (
            "attention.self.query",
            "attention.self.key",
            "attention.self.value",
            "attention.output.dense",
        ):
            w[a + name + ".weight"], w[a + name + ".bias"] = r(DIM, DIM), r(DIM)
        w[a + "intermediate.dense.weight"], w[a + "intermediate.dense.bias"] = r(INNER, DIM), r(INNER)
        w[a + "output.dense.weight"], w[a + "output.dense.bias"] = r(DIM, INNER), r(DIM)
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            w[a + norm + ".weight"], w[a + norm + ".bias"] = 1 + r(DIM), r(DIM)
    folder.mkdir(parents=True, exist_ok=True)
    save_file(w, str(folder / "model.safetensors"))
    config = {"hidden_size": DIM, "num_attention_heads": HEADS, "num_hidden_layers": layers}
    (folder / "config.json").write_text(json.dumps(config))
    return folder


def run(path: Path) -> np.ndarray:
    import onnxruntime as ort

    ids = np.array([[1, 7, 9, 4, 2, 0], [1, 30, 2, 0, 0, 0]], dtype=np.int64)
    mask = (np.arange(6) < np.array([[5], [3]])).astype(np.int64)
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return np.asarray(session.run(None, {"input_ids": ids, "attention_mask": mask})[0])


def test_a_cut_graph_is_the_model_with_only_its_first_layers(tmp_path: Path) -> None:
    full = tiny_bert(tmp_path / "full", layers=3)
    cut = build_onnx(full, tmp_path / "cut.onnx", layers=2)
    # the same weights, with the third layer's left out of the file
    two = tiny_bert(tmp_path / "two", layers=2)
    assert np.allclose(run(cut), run(build_onnx(two, tmp_path / "two.onnx")), atol=1e-6)
    assert not np.allclose(run(cut), run(build_onnx(full, tmp_path / "full.onnx")), atol=1e-3)
    matmuls = [n for n in onnx.load(str(cut)).graph.node if n.op_type == "MatMul"]
    assert len(matmuls) == 2 * (6 + 2)  # six weight products and two attention products a layer


def test_weights_come_back_from_a_graph_with_unnamed_products(tmp_path: Path, variants: ModuleType) -> None:
    source = tiny_bert(tmp_path / "src", layers=2, seed=5)
    graph_path = build_onnx(source, tmp_path / "export.onnx")
    model = onnx.load(str(graph_path))
    # as a torch export names them: the products' weights anonymous, the rest under a prefix
    renames = {}
    for i, t in enumerate(model.graph.initializer):
        product = (
            t.name.startswith("encoder.layer.") and t.name.endswith("weight") and "LayerNorm" not in t.name
        )
        renames[t.name] = f"onnx::MatMul_{i}" if product else "model.0.auto_model." + t.name
        t.name = renames[t.name]
    for node in model.graph.node:
        node.input[:] = [renames.get(i, i) for i in node.input]
    onnx.save(model, str(tmp_path / "anonymous.onnx"))

    recovered = variants.weights_from_onnx(tmp_path / "anonymous.onnx")
    from safetensors.numpy import load_file

    original = load_file(str(source / "model.safetensors"))
    # this project's graph keeps only the first row of the token-type table (a real export
    # keeps the table, as paraphrase-MiniLM-L3-v2's does)
    del original["embeddings.token_type_embeddings.weight"]
    assert sorted(recovered) == sorted(original)
    for name, value in original.items():
        assert np.array_equal(recovered[name], value), name


def test_an_unmatched_product_is_an_error(tmp_path: Path, variants: ModuleType) -> None:
    from onnx import TensorProto, helper, numpy_helper

    node = helper.make_node("MatMul", ["x", "w"], ["y"], name="lonely")
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])],
        [numpy_helper.from_array(np.eye(2, dtype=np.float32), "w")],
    )
    onnx.save(helper.make_model(graph), str(tmp_path / "g.onnx"))
    with pytest.raises(ValueError, match="no single bias"):
        variants.weights_from_onnx(tmp_path / "g.onnx")
