"""Exact dense search: the nearest rows of a matrix of unit vectors, by one matrix-vector product.

Numpy only, so the answer path does not import LlamaIndex (more than a second of start-up):
`HybridRetriever` calls it directly, and `MatrixVectorStore` offers the same search behind
LlamaIndex's vector-store interface.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def top_k(
    matrix: NDArray[np.float32], q: NDArray[np.float32], k: int
) -> tuple[NDArray[np.intp], NDArray[np.float32]]:
    """Row indices and cosines of the `k` rows of `matrix` nearest to `q`, best first.

    >>> rows, sims = top_k(np.eye(3, dtype=np.float32), np.array([0, 1, 0], np.float32), 2)
    >>> [int(r) for r in rows], [float(s) for s in sims]
    ([1, 0], [1.0, 0.0])
    """
    scores = matrix @ q
    k = min(k, scores.shape[0])
    if k <= 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
    part = np.argpartition(-scores, k - 1)[:k]
    order = part[np.argsort(-scores[part], kind="stable")]
    return order, scores[order]
