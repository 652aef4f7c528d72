"""The build's BM25 index is the one LlamaIndex's `BM25Retriever` builds, without LlamaIndex.

`store.bm25.build_bm25` calls bm25s directly (importing LlamaIndex took 1.8 s of a
squad-dev build); the files it saves must be those of the retriever it replaced.
"""

from __future__ import annotations

from pathlib import Path

from index.store.bm25 import BM25_STEMMER, BM25_TOKEN_PATTERN, build_bm25
from index.store.ingest import read_corpus

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def test_same_index_as_llamaindex_bm25_retriever(tmp_path: Path) -> None:
    import Stemmer
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    paragraphs = [p for d in read_corpus(FIXTURE_CORPUS) for p in d.paragraphs]
    nodes = [
        TextNode(
            id_=p.key,
            text=p.text,
            metadata={"doc_id": p.doc_id, "paragraph": p.number},
            excluded_embed_metadata_keys=["doc_id", "paragraph"],
            excluded_llm_metadata_keys=["doc_id", "paragraph"],
        )
        for p in paragraphs
    ]
    theirs = BM25Retriever.from_defaults(
        nodes=nodes, stemmer=Stemmer.Stemmer(BM25_STEMMER), token_pattern=BM25_TOKEN_PATTERN
    )
    ours = build_bm25(paragraphs)
    theirs.bm25.save(str(tmp_path / "theirs"))
    ours.bm25.save(str(tmp_path / "ours"))
    files = sorted(f.name for f in (tmp_path / "theirs").iterdir())
    assert files == sorted(f.name for f in (tmp_path / "ours").iterdir())
    for name in files:
        assert (tmp_path / "ours" / name).read_bytes() == (tmp_path / "theirs" / name).read_bytes(), name
    assert ours.token_pattern == theirs.token_pattern
