"""Fit the reranking weights (index/retrieve.py `Weights`) on half of a question set.

Usage: python scripts/tune_weights.py --docs DIR --questions FILE [--index DIR]

A listwise softmax model over each question's candidates (the right paragraph should take
the probability mass), fitted by gradient descent on standardised features with a small L2
penalty, on the even-numbered questions. Prints the weights scaled so that
`sentence_dense` is 1, and Hits@1/Hits@3 on the even half (fit) and the odd half (held
out), then the same with the halves swapped, so both show whether the fit generalises.
The index is built (or refreshed) first, like `python -m index bench`.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import fields
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from index.engine import Engine
from index.folder import doc_id_from_name
from index.retrieval.hybrid import Weights
from index.settings import Settings

Data = list[tuple[NDArray[np.float64], int]]  # (candidate feature rows, index of the gold row)


def hits(data: Data, w: NDArray[np.float64], idx: list[int]) -> tuple[float, float]:
    h1 = h3 = 0
    for i in idx:
        rows, g = data[i]
        if g < 0:
            continue
        s = rows @ w
        rank = int((s > s[g]).sum())
        h1 += rank == 0
        h3 += rank < 3
    return round(h1 / len(idx), 4), round(h3 / len(idx), 4)


def fit(
    data: Data, idx: list[int], l2: float = 1e-3, steps: int = 300, rate: float = 0.5
) -> NDArray[np.float64]:
    """Weights maximising the mean log-probability of the gold candidate (softmax over candidates)."""
    usable = [data[i] for i in idx if data[i][1] >= 0]
    stacked = np.vstack([rows for rows, _ in usable])
    mu, sd = stacked.mean(0), stacked.std(0) + 1e-9
    xs = [((rows - mu) / sd, g) for rows, g in usable]
    w = np.zeros(stacked.shape[1])
    for _ in range(steps):
        grad = np.zeros_like(w)
        for x, g in xs:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x.T @ p - x[g]
        w -= rate * (grad / len(xs) + l2 * w)
    raw = w / sd  # the constant shift mu @ w is the same for every candidate: ranking unchanged
    return raw / raw[0]


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
    data: Data = []
    for q in questions:
        candidates, rows, _ = retriever.features(q["q"])
        gold = -1
        for i, c in enumerate(candidates):
            p = retriever.paragraphs[c]
            if (p.doc_id, p.number) == (doc_id_from_name(q["doc"]), q["para"]):
                gold = i
        data.append((rows, gold))

    names = [f.name for f in fields(Weights)]
    current = np.array([getattr(Weights(), n) for n in names])
    even, odd = list(range(0, len(data), 2)), list(range(1, len(data), 2))
    print(f"current weights: even {hits(data, current, even)} odd {hits(data, current, odd)}")
    w = fit(data, even)
    print("fitted on even:", {n: round(float(v), 3) for n, v in zip(names, w, strict=True)})
    print(f"even (fit) Hits@1/@3 {hits(data, w, even)}; odd (held out) {hits(data, w, odd)}")
    swapped = fit(data, odd)
    print(
        f"fitted on odd instead: odd (fit) {hits(data, swapped, odd)};",
        f"even (held out) {hits(data, swapped, even)}",
    )


if __name__ == "__main__":
    main()
