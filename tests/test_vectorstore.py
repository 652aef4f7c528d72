"""The exact matrix store through LlamaIndex's vector-store interface."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.types import VectorStoreQuery

from index.retrieval.vectorstore import MatrixVectorStore


def node(node_id: str, doc: str, vector: list[float]) -> TextNode:
    v = np.asarray(vector, dtype=np.float32)
    n = TextNode(id_=node_id, text=node_id, embedding=(v / np.linalg.norm(v)).tolist())
    n.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=doc)
    return n


def filled() -> MatrixVectorStore:
    store = MatrixVectorStore()
    store.add([node("a#1", "a", [1, 0, 0]), node("a#2", "a", [0.8, 0.6, 0]), node("b#1", "b", [0, 0, 1])])
    return store


def test_query_returns_nearest_first_with_cosines() -> None:
    result = filled().query(VectorStoreQuery(query_embedding=[1.0, 0.0, 0.0], similarity_top_k=2))
    assert result.ids == ["a#1", "a#2"]
    assert result.similarities is not None
    assert np.allclose(result.similarities, [1.0, 0.8], atol=1e-6)


def test_delete_by_document_and_top_k_larger_than_store() -> None:
    store = filled()
    store.delete("a")
    result = store.query(VectorStoreQuery(query_embedding=[1.0, 0.0, 0.0], similarity_top_k=10))
    assert result.ids == ["b#1"]


def test_persist_round_trip(tmp_path: Path) -> None:
    store = filled()
    store.persist(str(tmp_path))
    again = MatrixVectorStore.from_persist_dir(tmp_path)
    q = VectorStoreQuery(query_embedding=[0.0, 0.1, 1.0], similarity_top_k=3)
    assert again.query(q).ids == store.query(q).ids == ["b#1", "a#2", "a#1"]


def test_empty_store_answers_nothing() -> None:
    result = MatrixVectorStore().query(VectorStoreQuery(query_embedding=[1.0, 0.0, 0.0], similarity_top_k=3))
    assert result.ids == []
