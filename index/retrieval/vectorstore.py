"""An exact in-memory vector store behind LlamaIndex's vector-store interface.

One float32 matrix of unit vectors; a query is one matrix-vector product and a partial sort.
At 100k paragraphs that is ~150 MB and a few milliseconds per query, with no approximate
index to tune, and it persists as a single `.npy` (memory-mapped on load, so start-up does
not read it twice). LlamaIndex's SimpleVectorStore keeps Python lists in JSON instead:
50 MB and 20 s to reload at 5,000 paragraphs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.schema import BaseNode
from llama_index.core.vector_stores.types import (
    BasePydanticVectorStore,
    VectorStoreQuery,
    VectorStoreQueryResult,
)
from numpy.typing import NDArray
from pydantic import PrivateAttr

from ..encoder.embed import DIM
from .dense import top_k


class MatrixVectorStore(BasePydanticVectorStore):
    """Exact cosine search over unit vectors (ids are node ids)."""

    stores_text: bool = False
    _ids: list[str] = PrivateAttr(default_factory=list)
    _refs: list[str] = PrivateAttr(default_factory=list)
    _matrix: NDArray[np.float32] = PrivateAttr(default_factory=lambda: np.zeros((0, DIM), np.float32))

    @classmethod
    def class_name(cls) -> str:
        return "MatrixVectorStore"

    @classmethod
    def from_arrays(cls, ids: list[str], refs: list[str], matrix: NDArray[np.float32]) -> MatrixVectorStore:
        if len(ids) != len(refs) or len(ids) != matrix.shape[0]:
            raise ValueError("ids, refs and matrix rows must align")
        store = cls()
        store._ids, store._refs, store._matrix = list(ids), list(refs), matrix
        return store

    @property
    def client(self) -> Any:
        return None

    @property
    def matrix(self) -> NDArray[np.float32]:
        return self._matrix

    @property
    def ids(self) -> list[str]:
        return self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, nodes: Sequence[BaseNode], **add_kwargs: Any) -> list[str]:
        rows = [np.asarray(n.get_embedding(), dtype=np.float32) for n in nodes]
        if rows:
            new = np.stack(rows)
            # an empty store takes the dimension of the first vectors added
            self._matrix = np.vstack([self._matrix, new]) if len(self._ids) else new
        self._ids.extend(n.node_id for n in nodes)
        self._refs.extend(n.ref_doc_id or n.node_id for n in nodes)
        return [n.node_id for n in nodes]

    def delete(self, ref_doc_id: str, **delete_kwargs: Any) -> None:
        keep = [i for i, ref in enumerate(self._refs) if ref != ref_doc_id]
        self._ids = [self._ids[i] for i in keep]
        self._refs = [self._refs[i] for i in keep]
        self._matrix = self._matrix[keep]

    def query(self, query: VectorStoreQuery, **kwargs: Any) -> VectorStoreQueryResult:
        if query.query_embedding is None or not self._ids:
            return VectorStoreQueryResult(nodes=[], similarities=[], ids=[])
        q = np.asarray(query.query_embedding, dtype=np.float32)
        top, sims = self.top_k(q, query.similarity_top_k)
        return VectorStoreQueryResult(
            nodes=None, similarities=[float(s) for s in sims], ids=[self._ids[i] for i in top]
        )

    def top_k(self, q: NDArray[np.float32], k: int) -> tuple[NDArray[np.intp], NDArray[np.float32]]:
        """Row indices and cosines of the `k` nearest rows, best first."""
        return top_k(self._matrix, q, k)

    def persist(self, persist_path: str, fs: Any = None) -> None:
        path = Path(persist_path)
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "vectors.npy", self._matrix)
        (path / "vector_ids.json").write_text(json.dumps({"ids": self._ids, "refs": self._refs}))

    @classmethod
    def from_persist_dir(cls, persist_dir: Path) -> MatrixVectorStore:
        meta = json.loads((persist_dir / "vector_ids.json").read_text())
        matrix = np.load(persist_dir / "vectors.npy", mmap_mode="r")
        return cls.from_arrays(meta["ids"], meta["refs"], np.asarray(matrix))
