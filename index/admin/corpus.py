"""The documents folder as an editable corpus: article files plus `manifest.json`.

Every change is atomic per file: content goes to a hidden temporary file that is fsynced
and `os.replace`d over its target, and the manifest is rewritten the same way. Steps are
ordered so a crash between them leaves a valid corpus (never a half-written article, never
two files with one id):

- add: manifest entry first (an entry without a file is ignored), then the file;
- replace: the new text is written over the existing file (same name), then the manifest;
- remove: the file first, then its manifest entry.

A removed article's manifest entry is kept under ``"removed"`` (the last `KEEP_REMOVED`), so
the same id added again without a caption gets back its title, outlet and date.

Writers are serialised by an flock on ``.corpus.lock`` in the folder. File names are never
taken from uploads: a file is named after its safe id (`upload.safe_id`).
"""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import UploadError
from ..folder import MANIFEST, UNKNOWN, DocMeta, list_articles, read_manifest
from ..sources import parse_document, read_document
from ..sources.markdown import plain_markdown
from ..types import Document
from .upload import Decoded, Fields, safe_id

LOCK = ".corpus.lock"
KEEP_REMOVED = 100  # removed articles whose metadata a re-upload gets back


@dataclass(frozen=True)
class ParagraphChanges:
    """Paragraph-level difference between two versions of an article (by paragraph hash)."""

    added: int = 0
    removed: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class Entry:
    """One article of the corpus as the documents folder describes it."""

    doc_id: str
    file: str
    title: str | None
    outlet: str | None
    updated: float  # when an admin last added/replaced it (file time for hand-placed files)


@dataclass(frozen=True)
class Undo:
    """What to restore if the index refresh after a change fails."""

    path: Path
    content: bytes | None  # None: the file did not exist
    manifest: bytes | None


def diff_paragraphs(old: Document | None, new: Document) -> ParagraphChanges:
    """Compare paragraph hashes in order: replaced runs count as changed, the rest as added/removed.

    >>> from index.sources import DocMeta, parse_document
    >>> a = parse_document("T\\n\\nOne.\\n\\nTwo.\\n\\nThree.", DocMeta("d"))
    >>> b = parse_document("T\\n\\nOne.\\n\\nTwo, edited.\\n\\nThree.\\n\\nFour.", DocMeta("d"))
    >>> diff_paragraphs(a, b)
    ParagraphChanges(added=1, removed=0, changed=1, unchanged=2)
    """
    new_hashes = [p.hash for p in new.paragraphs]
    if old is None:
        return ParagraphChanges(added=len(new_hashes))
    old_hashes = [p.hash for p in old.paragraphs]
    counts = {"added": 0, "removed": 0, "changed": 0, "unchanged": 0}
    matcher = difflib.SequenceMatcher(a=old_hashes, b=new_hashes, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            counts["unchanged"] += a1 - a0
        elif op == "insert":
            counts["added"] += b1 - b0
        elif op == "delete":
            counts["removed"] += a1 - a0
        else:
            both = min(a1 - a0, b1 - b0)
            counts["changed"] += both
            counts["removed"] += (a1 - a0) - both
            counts["added"] += (b1 - b0) - both
    return ParagraphChanges(**counts)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _removed(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The manifest's entries of removed articles by id, oldest first (anything else there,
    as a hand edit might leave, is dropped)."""
    kept = manifest.get("removed")
    entries = kept if isinstance(kept, list) else []
    return {e["id"]: e for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)}


def _known(outlet: object) -> str | None:
    return outlet if isinstance(outlet, str) and outlet.strip().lower() not in UNKNOWN else None


class Corpus:
    """Read and change the articles in `docs_dir`. Call the mutating methods under `lock()`."""

    def __init__(self, docs_dir: Path) -> None:
        self.root = docs_dir

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK, "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # --- reading ---------------------------------------------------------------------------

    def _manifest(self) -> dict[str, Any]:
        return read_manifest(self.root)  # ManifestError says what is wrong with it

    def _manifest_bytes(self) -> bytes | None:
        path = self.root / MANIFEST
        return path.read_bytes() if path.exists() else None

    def entries(self) -> list[Entry]:
        """Every article file, sorted by file name, with its manifest metadata."""
        by_file = {e["file"]: e for e in self._manifest()["documents"]}
        out = []
        for path, meta in list_articles(self.root):
            updated = by_file.get(path.name, {}).get("updated") or path.stat().st_mtime
            out.append(Entry(meta.doc_id, path.name, meta.title, meta.outlet, float(updated)))
        return out

    def find(self, doc_id: str) -> tuple[Path, DocMeta] | None:
        return next(((p, m) for p, m in list_articles(self.root) if m.doc_id == doc_id), None)

    # --- changing --------------------------------------------------------------------------

    def _write_manifest(self, manifest: dict[str, Any]) -> None:
        body = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
        _atomic_write(self.root / MANIFEST, body.encode("utf-8"))

    def _free_name(self, doc_id: str, suffix: str) -> str:
        taken = {p.name for p in self.root.iterdir()} if self.root.is_dir() else set()
        name, n = f"{doc_id}{suffix}", 2
        while name in taken:
            name, n = f"{doc_id}-{n}{suffix}", n + 1
        return name

    def put(
        self, decoded: Decoded, fields: Fields, fallback_name: str
    ) -> tuple[Document, Document | None, Undo, bool]:
        """Add or replace one article; returns (new, old or None, undo record, whether its
        metadata came back from before a removal).

        The id comes from `fields.doc_id`, else from `fallback_name` (made safe either way).
        Fields not given keep their previous manifest values on a replace, and those of an
        article removed under that id on an add.
        """
        doc_id = safe_id(fields.doc_id or fallback_name)
        existing = self.find(doc_id)
        manifest = self._manifest()
        # an article removed and sent again: what its manifest said before (title, outlet, date)
        removed = _removed(manifest)
        earlier = {} if existing else removed.pop(doc_id, {})
        title_then = earlier.get("title") if isinstance(earlier.get("title"), str) else None
        old_meta = existing[1] if existing else DocMeta(doc_id, title_then, _known(earlier.get("outlet")))
        title = fields.title or old_meta.title
        outlet = fields.outlet or old_meta.outlet
        meta = DocMeta(doc_id, title, outlet)
        path = existing[0] if existing else self.root / self._free_name(doc_id, decoded.suffix)
        # the paragraphs and title `read_document` gives the stored file (an HTML <title> aside),
        # Markdown read as plain text as it is there: "2 paragraphs" here were "3 ¶" in /docs
        text = plain_markdown(decoded.text) if path.suffix.lower() == ".md" else decoded.text
        new = parse_document(text, meta, fallback_title=decoded.title, slug=path.stem)
        if not new.paragraphs:
            raise UploadError("I found no paragraphs of article text in this file.")
        old: Document | None = None
        if existing:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                old = read_document(*existing)
        self.root.mkdir(parents=True, exist_ok=True)
        undo = Undo(path, path.read_bytes() if path.exists() else None, self._manifest_bytes())
        entry: dict[str, Any] = {k: v for k, v in earlier.items() if k not in ("file", "updated")}
        entry |= {"file": path.name, "id": doc_id, "updated": round(time.time(), 3)}
        if title:
            entry["title"] = title
        if outlet:
            entry["outlet"] = outlet
        docs = [e for e in manifest["documents"] if e.get("file") != path.name]
        manifest["documents"] = sorted([*docs, entry], key=lambda e: str(e["file"]))
        if earlier:
            manifest["removed"] = list(removed.values())
        if existing:
            _atomic_write(path, decoded.text.encode("utf-8"))
            self._write_manifest(manifest)
        else:
            self._write_manifest(manifest)
            _atomic_write(path, decoded.text.encode("utf-8"))
        restored = bool(earlier) and not (fields.title and fields.outlet)
        return replace(new, source_path=str(path)), old, undo, restored

    def remove(self, doc_id: str) -> tuple[Entry, Undo]:
        """Delete an article file and its manifest entry; KeyError if the id is unknown."""
        entry = next((e for e in self.entries() if e.doc_id == doc_id), None)
        if entry is None:
            raise KeyError(doc_id)
        path = self.root / entry.file
        undo = Undo(path, path.read_bytes(), self._manifest_bytes())
        manifest = self._manifest()
        path.unlink()
        gone = [e for e in manifest["documents"] if e.get("file") == entry.file]
        manifest["documents"] = [e for e in manifest["documents"] if e.get("file") != entry.file]
        removed = _removed(manifest)
        removed.pop(doc_id, None)
        if gone:
            removed[doc_id] = {k: v for k, v in gone[0].items() if k != "updated"} | {"id": doc_id}
        manifest["removed"] = list(removed.values())[-KEEP_REMOVED:]
        self._write_manifest(manifest)
        return entry, undo

    def undo(self, undo: Undo) -> None:
        """Put a file and the manifest back as they were before one change."""
        if undo.content is None:
            undo.path.unlink(missing_ok=True)
        else:
            _atomic_write(undo.path, undo.content)
        if undo.manifest is None:
            (self.root / MANIFEST).unlink(missing_ok=True)
        else:
            _atomic_write(self.root / MANIFEST, undo.manifest)
