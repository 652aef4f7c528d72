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
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DamagedIndex
from .base import IndexSnapshot as IndexSnapshot
from .version_files import check_shapes, digest, fsync_dir, read_version, write_text, write_version

if TYPE_CHECKING:
    from ..retrieval.hybrid import BM25Index

CURRENT = "CURRENT"
log = logging.getLogger(__name__)


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
            if digest(path) != record.get("sha256"):
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
        write_text(pointer, version + "\n")
        os.replace(pointer, self.root / CURRENT)
        fsync_dir(self.root)

    def load(self, version: str | None = None) -> IndexSnapshot | None:
        """The version (default: the live one) in memory; `DamagedIndex` if its files are damaged."""
        version = version or self.current_version()
        if version is None:
            return None
        return self._load(version, self.verify(version))

    def _load(self, version: str, meta: dict[str, Any]) -> IndexSnapshot:
        try:
            snap = read_version(self.root / version, meta)
        except DamagedIndex:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError) as exc:
            # json, numpy and dataclass errors of a damaged file (JSONDecodeError is a ValueError)
            raise DamagedIndex(version, f"{type(exc).__name__}: {exc}") from None
        check_shapes(snap, meta)
        return snap

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
        write_version(tmp, snap, bm25)
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
