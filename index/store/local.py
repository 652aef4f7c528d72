"""The local (embedded) index store: immutable versions switched atomically.

Layout under `INDEX_DIR`:

    CURRENT                 name of the live version (replaced with os.replace: atomic)
    .lock                   flock held by a writer, so two reindexes are serialised
    v-<time>-<rand>/        one complete, immutable version
        meta.json           documents (id, title, outlet, hash, counts), model, created
        paragraphs.jsonl    every citable paragraph (domain fields)
        vectors.npy         unit vectors, one row per sentence (memory-mapped when loaded)
        paragraph_vectors.npy  one row per paragraph: the normalised mean of its sentences
        vector_ids.json     the paragraph each row belongs to, each row's text hash
        bm25/               the bm25s index (as LlamaIndex's BM25Retriever builds it)
        lexicon.json        document frequencies of stemmed terms (sentence scoring)
        quotes.jsonl        quotations found at ingestion

meta.json also records each other file's size and SHA-256 at write time: a version whose
files no longer match (truncated, edited, missing), or whose arrays disagree in shape, is
refused with `DamagedIndex` when it is opened, and never used as a cache for a rebuild.

A writer builds a new version beside the live one and flips CURRENT last; a crash at any
point leaves CURRENT naming a complete version, and an unreferenced directory that the
next build removes. Readers never see a half-written index.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..encoder.embed import DIM
from ..errors import DamagedIndex
from ..types import Document, Paragraph, Quote
from .base import IndexSnapshot as IndexSnapshot
from .base import mean_vectors as mean_vectors

if TYPE_CHECKING:
    from ..retrieval.hybrid import BM25Index

CURRENT = "CURRENT"
FORMAT = 1
log = logging.getLogger(__name__)


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _file_records(vdir: Path) -> dict[str, dict[str, Any]]:
    """Size and SHA-256 of every file of a version directory except meta.json."""
    return {
        str(p.relative_to(vdir)): {"size": p.stat().st_size, "sha256": _digest(p)}
        for p in sorted(vdir.rglob("*"))
        if p.is_file() and p.name != "meta.json"
    }


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(path: Path, data: str) -> None:
    """Write and fsync, so a crash after the version switch never finds a truncated file."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


class LocalStore:
    """Versioned index directory. Reads are lock-free; writes hold `.lock`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def close(self) -> None:
        """Nothing to release (files are opened per call); the twin of `PgStore.close`."""

    @contextlib.contextmanager
    def writer_lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def current_version(self) -> str | None:
        """The live version, or None if nothing was indexed (or CURRENT is damaged: `heal`)."""
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
            return None
        ok = name.startswith("v-") and "/" not in name
        return name if ok and (self.root / name / "meta.json").exists() else None

    def pointer_is_damaged(self) -> bool:
        """CURRENT exists but names no complete version (while some version exists)."""
        return (
            (self.root / CURRENT).exists()
            and self.current_version() is None
            and any(p.is_dir() for p in self.root.glob("v-*"))
        )

    def read_meta(self, version: str) -> dict[str, Any]:
        """The version's meta.json; `DamagedIndex` if it is unreadable or malformed."""
        try:
            meta = json.loads((self.root / version / "meta.json").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DamagedIndex(version, f"meta.json cannot be read ({exc})") from None
        if not isinstance(meta, dict) or not isinstance(meta.get("documents"), list):
            raise DamagedIndex(version, "meta.json has no document list")
        return meta

    def verify(self, version: str) -> dict[str, Any]:
        """Check a version against the sizes and hashes recorded when it was written.

        Returns its meta; raises `DamagedIndex` naming the first file that differs. Versions
        written before hashes were recorded are checked by loading them (shapes, parsing).
        """
        meta = self.read_meta(version)
        vdir = self.root / version
        files = meta.get("files")
        if not isinstance(files, dict):
            self._load(version, meta)  # an older version: parse it whole
            return meta
        for name, record in files.items():
            path = vdir / name
            try:
                size = path.stat().st_size
            except OSError:
                raise DamagedIndex(version, f"{name} is missing") from None
            if size != record.get("size"):
                raise DamagedIndex(version, f"{name} is {size} bytes, {record.get('size')} were written")
            if _digest(path) != record.get("sha256"):
                raise DamagedIndex(version, f"{name} has changed since it was written")
        return meta

    def intact_versions(self) -> list[str]:
        """Complete versions whose files match their records, newest first."""
        found = []
        for path in sorted(self.root.glob("v-*"), reverse=True):
            if path.is_dir() and (path / "meta.json").exists():
                try:
                    self.verify(path.name)
                except DamagedIndex:
                    continue
                found.append(path.name)
        return found

    def live_is_damaged(self) -> bool:
        """Does the live version fail `verify`? (Lock-free: readers never wait for a writer.)"""
        live = self.current_version()
        if live is None:
            return self.pointer_is_damaged()
        try:
            return live is not None and not self.verify(live)
        except DamagedIndex:
            return True

    def heal(self) -> bool:
        """If the live version is damaged: set it aside, serve the newest intact one, log one line.

        Returns True if it was damaged (the caller should rebuild from the documents folder).
        Call under `writer_lock()`.
        """
        live = self.current_version()
        if live is None and self.pointer_is_damaged():
            damage = DamagedIndex(CURRENT, "it names no complete version")
        elif live is None:
            return False
        else:
            try:
                self.verify(live)
                return False
            except DamagedIndex as exc:
                damage = exc
            os.replace(self.root / live, self.root / f".damaged-{live}")  # kept for inspection
        fallback = next(iter(self.intact_versions()), None)
        if fallback is not None:
            self.switch_to(fallback)
            log.error(
                "%s; serving %s, the newest intact version, and rebuilding from the documents folder",
                damage,
                fallback,
            )
        else:
            log.error("%s; no intact version is left: rebuilding from the documents folder", damage)
        return True

    def switch_to(self, version: str) -> None:
        """Make `version` current (one atomic rename). Call under `writer_lock()`."""
        pointer = self.root / f".{CURRENT}.tmp"
        _write(pointer, version + "\n")
        os.replace(pointer, self.root / CURRENT)
        _fsync_dir(self.root)

    def load(self, version: str | None = None) -> IndexSnapshot | None:
        """The version (default: the live one) in memory; `DamagedIndex` if its files are damaged."""
        version = version or self.current_version()
        if version is None:
            return None
        return self._load(version, self.verify(version))

    def _load(self, version: str, meta: dict[str, Any]) -> IndexSnapshot:
        try:
            snap = self._read(version, meta)
        except DamagedIndex:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError) as exc:
            # json, numpy and dataclass errors of a damaged file (JSONDecodeError is a ValueError)
            raise DamagedIndex(version, f"{type(exc).__name__}: {exc}") from None
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
        return snap

    def _read(self, version: str, meta: dict[str, Any]) -> IndexSnapshot:
        vdir = self.root / version
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
            version=version,
            created=meta.get("created", 0.0),
        )

    def bm25_dir(self, version: str) -> Path:
        return self.root / version / "bm25"

    def write(self, snap: IndexSnapshot, bm25: BM25Index | None) -> str:
        """Write `snap` as a new version and make it current; returns the version name.

        Call under `writer_lock()`.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        version = f"v-{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
        tmp = self.root / f".building-{version}"
        tmp.mkdir()
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
        _write(
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
        _write(
            tmp / "vector_ids.json",
            json.dumps({"row_paragraph": snap.row_paragraph, "row_hashes": snap.row_hashes}),
        )
        _write(tmp / "lexicon.json", json.dumps({"df": snap.df}))
        _write(
            tmp / "quotes.jsonl",
            "".join(json.dumps(asdict(q), ensure_ascii=False) + "\n" for q in snap.quotes),
        )
        if bm25 is not None:
            # the bm25s index only: paragraphs are already in paragraphs.jsonl
            bm25.bm25.save(str(tmp / "bm25"))
        meta["files"] = _file_records(tmp)  # checked when the version is opened (`verify`)
        _write(tmp / "meta.json", json.dumps(meta, ensure_ascii=False, indent=1))
        _fsync_dir(tmp)
        os.replace(tmp, self.root / version)
        self.switch_to(version)
        self.collect_garbage(keep=version)
        return version

    def collect_garbage(self, keep: str, keep_previous: int = 1) -> None:
        """Remove unfinished builds and all but the newest `keep_previous` old versions.

        An old version may still be in use by a reader that loaded it; readers hold their
        data in memory, so deleting the directory does not disturb them.
        """
        for p in self.root.glob(".building-*"):
            shutil.rmtree(p, ignore_errors=True)
        versions = sorted(p.name for p in self.root.glob("v-*") if p.is_dir() and p.name != keep)
        for name in versions[: max(0, len(versions) - keep_previous)]:
            shutil.rmtree(self.root / name, ignore_errors=True)
