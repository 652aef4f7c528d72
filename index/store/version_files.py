"""One index version's files, as `LocalStore` writes and reads them (layout: `local.py`).

Every file is written and fsynced before meta.json, which records each one's size and
SHA-256 (`file_records`), so `LocalStore.verify` can refuse a version damaged since.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..encoder.embed import DIM
from ..errors import DamagedIndex
from ..types import Document, Paragraph, Quote
from .base import IndexSnapshot

if TYPE_CHECKING:
    from ..retrieval.hybrid import BM25Index

FORMAT = 1


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_records(vdir: Path) -> dict[str, dict[str, Any]]:
    """Size and SHA-256 of every file of a version directory except meta.json."""
    return {
        str(p.relative_to(vdir)): {"size": p.stat().st_size, "sha256": digest(p)}
        for p in sorted(vdir.rglob("*"))
        if p.is_file() and p.name != "meta.json"
    }


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_text(path: Path, data: str) -> None:
    """Write and fsync, so a crash after the version switch never finds a truncated file."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def read_version(vdir: Path, meta: dict[str, Any]) -> IndexSnapshot:
    """The snapshot the files of `vdir` hold (vectors memory-mapped), as `meta` lists it."""
    paragraphs: dict[str, list[Paragraph]] = {}
    with open(vdir / "paragraphs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            p = Paragraph(**json.loads(line))
            paragraphs.setdefault(p.doc_id, []).append(p)
    documents = [
        Document(
            doc_id=d["doc_id"],
            title=d["title"],
            source_path=d["source_path"],
            hash=d["hash"],
            outlet=d.get("outlet"),
            paragraphs=tuple(paragraphs.get(d["doc_id"], [])),
        )
        for d in meta["documents"]
    ]
    ids = json.loads((vdir / "vector_ids.json").read_text())
    quotes = []
    if (vdir / "quotes.jsonl").exists():
        with open(vdir / "quotes.jsonl", encoding="utf-8") as fh:
            quotes = [Quote(**json.loads(line)) for line in fh]
    lexicon = json.loads((vdir / "lexicon.json").read_text())
    pvec_path = vdir / "paragraph_vectors.npy"
    return IndexSnapshot(
        documents=documents,
        # memory-mapped: only the rows of candidate paragraphs are ever read
        vectors=np.load(vdir / "vectors.npy", mmap_mode="r"),
        _paragraph_vectors=np.load(pvec_path) if pvec_path.exists() else None,
        row_paragraph=ids["row_paragraph"],
        row_hashes=ids["row_hashes"],
        df=lexicon["df"],
        quotes=quotes,
        model=meta.get("model", ""),
        abstain_threshold=meta.get("abstain_threshold"),
        version=vdir.name,
        created=meta.get("created", 0.0),
    )


def check_shapes(snap: IndexSnapshot, meta: dict[str, Any]) -> None:
    """`DamagedIndex` if the files read into `snap` disagree with each other or with `meta`."""
    version = snap.version
    rows = len(snap.row_hashes)
    if snap.vectors.shape != (rows, DIM) or len(snap.row_paragraph) != rows:
        raise DamagedIndex(version, f"vectors.npy holds {snap.vectors.shape}, expected ({rows}, {DIM})")
    n = len(snap.paragraphs)
    if snap._paragraph_vectors is not None and snap._paragraph_vectors.shape != (n, DIM):
        raise DamagedIndex(version, f"paragraph_vectors.npy does not hold {n} rows of {DIM}")
    if any(not 0 <= r < n for r in snap.row_paragraph[-1:] + snap.row_paragraph[:1]):
        raise DamagedIndex(version, "vector_ids.json names paragraphs that do not exist")
    for doc, entry in zip(snap.documents, meta["documents"], strict=True):
        if "paragraphs" in entry and len(doc.paragraphs) != entry["paragraphs"]:
            raise DamagedIndex(version, f"paragraphs.jsonl lacks paragraphs of {doc.doc_id}")


def write_version(tmp: Path, snap: IndexSnapshot, bm25: BM25Index | None) -> None:
    """Write `snap` (and its BM25 index) into the empty directory `tmp`, meta.json last."""
    meta = {
        "format": FORMAT,
        "created": time.time(),
        "model": snap.model,
        "abstain_threshold": snap.abstain_threshold,
        "documents": [
            {
                "doc_id": d.doc_id,
                "title": d.title,
                "outlet": d.outlet,
                "source_path": d.source_path,
                "hash": d.hash,
                "paragraphs": len(d.paragraphs),
                "quotes": sum(1 for q in snap.quotes if q.doc_id == d.doc_id),
            }
            for d in snap.documents
        ],
    }
    write_text(
        tmp / "paragraphs.jsonl",
        "".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in snap.paragraphs),
    )
    for name, array in (("vectors.npy", snap.vectors), ("paragraph_vectors.npy", snap.paragraph_vectors)):
        # paragraph vectors are stored, not recomputed at load: at 100k paragraphs that
        # recomputation read the whole sentence matrix and took 5 s of an 8 s load
        with open(tmp / name, "wb") as fh:
            np.save(fh, np.ascontiguousarray(array, dtype=np.float32))
            fh.flush()
            os.fsync(fh.fileno())
    write_text(
        tmp / "vector_ids.json",
        json.dumps({"row_paragraph": snap.row_paragraph, "row_hashes": snap.row_hashes}),
    )
    write_text(tmp / "lexicon.json", json.dumps({"df": snap.df}))
    write_text(
        tmp / "quotes.jsonl",
        "".join(json.dumps(asdict(q), ensure_ascii=False) + "\n" for q in snap.quotes),
    )
    if bm25 is not None:
        # the bm25s index only: paragraphs are already in paragraphs.jsonl
        bm25.bm25.save(str(tmp / "bm25"))
    meta["files"] = file_records(tmp)  # checked when the version is opened (`verify`)
    write_text(tmp / "meta.json", json.dumps(meta, ensure_ascii=False, indent=1))
    fsync_dir(tmp)
