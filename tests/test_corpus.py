"""Corpus edits (files + manifest) and the admin operations around them, with a fake index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.admin.corpus import Corpus, ParagraphChanges
from index.admin.manage import Manager, Upload
from index.admin.upload import Fields
from index.errors import IngestError, UnknownDocument, UploadError
from index.store.build import BuildReport, Progress
from index.store.ingest import read_corpus
from index.types import Document, Quote


class FolderIndex:
    """`Indexer` that re-reads the folder (as the real refresh does) without embedding."""

    def __init__(self, docs: Path) -> None:
        self.docs = docs
        self.indexed: list[Document] = []
        self.fail: Exception | None = None

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        if self.fail:
            raise self.fail
        self.indexed = read_corpus(self.docs)
        n = sum(len(d.paragraphs) for d in self.indexed)
        return BuildReport("v", True, len(self.indexed), n, 0, n, 0, 0.0)

    def documents(self) -> list[Document]:
        return self.indexed

    def quotes(self) -> list[Quote]:
        return []

    def indexed_at(self) -> float:
        return 0.0


@pytest.fixture
def manager(tmp_path: Path) -> Manager:
    docs = tmp_path / "docs"
    docs.mkdir()
    return Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)


def files(manager: Manager) -> list[str]:
    return sorted(p.name for p in manager.corpus.root.iterdir() if not p.name.startswith("."))


def manifest(manager: Manager) -> list[dict[str, object]]:
    entries = json.loads((manager.corpus.root / "manifest.json").read_text())["documents"]
    return [{k: v for k, v in e.items() if k != "updated"} for e in entries]


def test_add_replace_remove_keep_files_manifest_and_index_in_step(manager: Manager) -> None:
    first = manager.add(
        [Upload("Rail.txt", b"Rail fares\n\nFares rise.\n\nUnions object.\n", Fields(outlet="AFP"))]
    )
    (change,) = first.documents
    assert (change.doc_id, change.replaced, change.paragraphs) == ("rail", False, 2)
    assert change.changes == ParagraphChanges(added=2)
    assert files(manager) == ["manifest.json", "rail.txt"]
    assert manifest(manager) == [{"file": "rail.txt", "id": "rail", "outlet": "AFP"}]

    second = manager.add([Upload("rail.md", b"# Rail fares\n\nFares rise by 5%.\n\nUnions object.\n")])
    (change,) = second.documents
    assert change.replaced and change.changes == ParagraphChanges(changed=1, unchanged=1)
    assert files(manager) == ["manifest.json", "rail.txt"]  # replaced in place, one file per id
    assert manifest(manager) == [{"file": "rail.txt", "id": "rail", "outlet": "AFP"}]  # outlet kept
    assert [p.text for p in manager.indexer.documents()[0].paragraphs] == [
        "Fares rise by 5%.",
        "Unions object.",
    ]

    removed = manager.remove("rail")
    assert (removed.doc_id, removed.title, removed.report.documents) == ("rail", "Rail fares", 0)
    assert files(manager) == ["manifest.json"] and manifest(manager) == []
    with pytest.raises(UnknownDocument):
        manager.remove("rail")


def test_hand_placed_files_and_their_manifest_entries_are_respected(manager: Manager) -> None:
    root = manager.corpus.root
    (root / "000_abc.txt").write_text("Seed\n\nA seed article.\n")
    (root / "manifest.json").write_text(json.dumps({"documents": [{"file": "000_abc.txt", "id": "seed"}]}))
    manager.add([Upload("new.txt", b"New\n\nNew text.\n")])
    assert {e.doc_id: e.file for e in manager.corpus.entries()} == {"seed": "000_abc.txt", "new": "new.txt"}
    manager.add([Upload("whatever.txt", b"Seed v2\n\nChanged seed.\n", Fields(doc_id="seed"))])
    assert (root / "000_abc.txt").read_text() == "Seed v2\n\nChanged seed.\n"
    rows = {r.doc_id: r for r in manager.catalogue()}
    assert rows["seed"].title == "Seed v2" and rows["seed"].paragraphs == 1 and rows["seed"].indexed


def test_a_file_name_taken_by_another_id_gets_a_fresh_name(manager: Manager) -> None:
    root = manager.corpus.root
    (root / "talks.txt").write_text("Talks\n\nOne.\n")
    (root / "manifest.json").write_text(json.dumps({"documents": [{"file": "talks.txt", "id": "other"}]}))
    manager.add([Upload("talks.txt", b"Talks 2\n\nTwo.\n")])
    assert files(manager) == ["manifest.json", "talks-2.txt", "talks.txt"]
    assert sorted(d.doc_id for d in manager.indexer.documents()) == ["other", "talks"]


def test_one_bad_file_in_a_batch_writes_nothing(manager: Manager) -> None:
    with pytest.raises(UploadError, match=r"b\.pdf: This is a PDF"):
        manager.add([Upload("a.txt", b"A\n\nText.\n"), Upload("b.pdf", b"%PDF-1.5")])
    assert files(manager) == []


def test_failed_refresh_restores_the_corpus(manager: Manager) -> None:
    manager.add([Upload("a.txt", b"A\n\nOriginal.\n", Fields(outlet="AFP"))])
    before = {p.name: p.read_bytes() for p in manager.corpus.root.iterdir() if not p.name.startswith(".")}
    index = manager.indexer
    assert isinstance(index, FolderIndex)
    index.fail = OSError(28, "No space left on device")
    with pytest.raises(OSError):
        manager.add([Upload("a.txt", b"A\n\nEdited.\n"), Upload("b.txt", b"B\n\nNew.\n")])
    with pytest.raises(OSError):
        manager.remove("a")
    index.fail = IngestError("cannot read x.txt")
    with pytest.raises(IngestError):
        manager.add([Upload("c.txt", b"C\n\nNew.\n", Fields(outlet="Reuters"))])
    after = {p.name: p.read_bytes() for p in manager.corpus.root.iterdir() if not p.name.startswith(".")}
    assert after == before
    assert not list(manager.corpus.root.glob(".*.tmp"))


def test_text_without_paragraphs_is_refused(manager: Manager) -> None:
    with pytest.raises(UploadError, match="no paragraphs"):
        manager.add([Upload("t.txt", b"Only a title line")])
    assert files(manager) == []
