"""Fit the reranking weights (index/retrieve.py `Weights`) on half of a question set.

Usage: python scripts/tune_weights.py --docs DIR --questions FILE [--index DIR]

Coordinate ascent over a small grid, maximising Hits@1 on the even-numbered questions;
prints the fitted weights and Hits@1/Hits@3 on both halves, so the odd half shows whether
the fit generalises. The index is built (or refreshed) first, like `python -m index bench`.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import fields
from pathlib import Path

import numpy as np

from index.engine import Engine
from index.retrieve import Weights
from index.settings import Settings
from index.sources import doc_id_from_name

GRID = [-0.2, -0.1, -0.05, 0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0, 1.5]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=Path, required=True)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--index", type=Path, default=Path("var/bench-index"))
    args = ap.parse_args()
    settings = Settings(docs_dir=args.docs, index_dir=args.index)
    engine = Engine.open(settings, build=True)
    retriever = engine.retriever
    questions = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    data = []
    for q in questions:
        candidates, rows, _ = retriever.features(q["q"])
        gold = -1
        for i, c in enumerate(candidates):
            p = retriever.paragraphs[c]
            if (p.doc_id, p.number) == (doc_id_from_name(q["doc"]), q["para"]):
                gold = i
        data.append((rows, gold))

    def hits(w: np.ndarray, idx: list[int]) -> tuple[float, float]:
        h1 = h3 = 0
        for i in idx:
            rows, g = data[i]
            if g < 0:
                continue
            s = rows @ w
            rank = int((s > s[g]).sum())
            h1 += rank == 0
            h3 += rank < 3
        return h1 / len(idx), h3 / len(idx)

    even, odd = list(range(0, len(data), 2)), list(range(1, len(data), 2))
    names = [f.name for f in fields(Weights)]
    w = np.array([getattr(Weights(), n) for n in names])
    best = hits(w, even)[0]
    print(f"start: even {hits(w, even)} odd {hits(w, odd)}")
    for _ in range(3):
        for k in range(1, len(w)):  # the first weight fixes the scale
            for v in GRID:
                trial = w.copy()
                trial[k] = v
                score = hits(trial, even)[0]
                if score > best + 1e-9:
                    best, w = score, trial
    print("fitted:", dict(zip(names, w.tolist(), strict=True)))
    print(f"even (fit) Hits@1/@3 {hits(w, even)}; odd (held out) {hits(w, odd)}")


if __name__ == "__main__":
    main()
