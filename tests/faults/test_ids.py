"""Fault 2: file names in non-Latin script must not share an id (and so replace each other)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from faultkit import cli

from index.admin.corpus import Corpus
from index.admin.manage import Manager, Upload
from index.admin.upload import safe_id
from index.folder import doc_id_from_name
from index.store.build import BuildReport, Progress
from index.store.ingest import read_corpus
from index.types import Document, Quote

NAMES = ["日本.txt", "中国.txt", "Москва.txt", "Москва.md", "Café.txt", "Cafe.txt", "!!!.txt", "???.txt"]


def test_every_name_gets_a_distinct_stable_safe_id() -> None:
    ids = [doc_id_from_name(n) for n in NAMES]
    assert len(set(ids) - {doc_id_from_name("Москва.txt")}) == len(NAMES) - 2  # .txt/.md: same stem
    assert ids == [doc_id_from_name(n) for n in NAMES]  # stable
    assert all(safe_id(i) == i and i.isascii() for i in ids)
    assert ids[2].startswith("moskva-") and ids[4].startswith("cafe-") and ids[5] == "cafe"


def test_existing_ascii_ids_stay_as_they_are() -> None:
    assert doc_id_from_name("000_192c380beb5f4df8.txt") == "000_192c380beb5f4df8"
    assert doc_id_from_name("My Article (v2).txt") == "my-article-v2"
    assert safe_id("../../etc/passwd") == "etc-passwd"


class FolderIndex:
    def __init__(self, docs: Path) -> None:
        self.docs = docs
        self.indexed: list[Document] = []

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        self.indexed = read_corpus(self.docs)
        return BuildReport("v", True, len(self.indexed), 0, 0, 0, 0, 0.0)

    def documents(self) -> list[Document]:
        return self.indexed

    def quotes(self) -> list[Quote]:
        return []

    def indexed_at(self) -> float:
        return 0.0


def test_uploads_named_in_other_scripts_are_three_articles(tmp_path: Path) -> None:
    index = FolderIndex(tmp_path / "docs")
    manager = Manager(Corpus(tmp_path / "docs"), index, 100_000)
    for name, city in (("日本.txt", "Tokyo"), ("中国.txt", "Beijing"), ("Москва.txt", "Moscow")):
        result = manager.add([Upload(name, f"News from {city}\n\n{city} had rain today.\n".encode())])
        assert not result.documents[0].replaced
    assert len(index.documents()) == 3
    assert sorted(d.title for d in index.documents()) == [
        "News from Beijing",
        "News from Moscow",
        "News from Tokyo",
    ]


@pytest.mark.slow
def test_cli_add_of_three_non_latin_names_keeps_all_three(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    files = []
    for name, city in (("日本.txt", "Tokyo"), ("中国.txt", "Beijing"), ("Москва.txt", "Moscow")):
        path = tmp_path / name
        path.write_text(f"News from {city}\n\n{city} had heavy rain today, officials said.\n")
        files.append(str(path))
    done = cli(tmp_path, "add", *files)
    assert done.returncode == 0, done.stderr
    listed = json.loads(cli(tmp_path, "list", "--json").stdout)["documents"]
    assert len({d["doc_id"] for d in listed}) == 3 and len(listed) == 3
