"""Plot query p95 and ingest time against corpus size from `scripts/bench_scaling` output.

.venv/bin/pip install matplotlib   # for this script only: not a project dependency
.venv/bin/python scripts/plot_scaling.py [docs/scaling.jsonl] [docs/scaling.png]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(src: Path, dst: Path) -> None:
    runs = [json.loads(line) for line in src.read_text().splitlines() if line.strip()]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for backend, marker in (("local", "o"), ("postgres", "s")):
        rows = sorted((r for r in runs if r["backend"] == backend), key=lambda r: r["paragraphs"])
        if not rows:
            continue
        n = [r["paragraphs"] for r in rows]
        left.plot(n, [r["p95_ms"] for r in rows], marker=marker, label=backend)
        right.plot(n, [r["ingest_s"] for r in rows], marker=marker, label=backend)
    left.axhline(150, color="grey", linestyle="--", linewidth=1, label="target 150 ms")
    left.set(title="Hybrid retrieval + answer, p95", xlabel="paragraphs", ylabel="ms", xscale="log")
    right.set(
        title="Ingest (embeddings cached)", xlabel="paragraphs", ylabel="seconds", xscale="log", yscale="log"
    )
    for ax in (left, right):
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(dst, dpi=120)
    print(f"wrote {dst}")


if __name__ == "__main__":
    given = sys.argv[1:]
    src = Path(given[0]) if given else Path("docs/scaling.jsonl")
    main(src, Path(given[1]) if len(given) > 1 else src.with_suffix(".png"))
