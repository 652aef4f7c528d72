"""An upload whose title is already another article's: added, and the admin is warned."""

from __future__ import annotations

from pathlib import Path

from bot import render_admin
from index.admin.corpus import Corpus
from index.admin.manage import Manager, Upload, titles_match
from index.admin.upload import Fields
from tests.test_corpus import FolderIndex

LOCKS = b"Canal locks to close for repairs\n\nThe locks close on Monday.\n\nBoats must moor upstream.\n"
BAKERY = b"Canal locks to close for repairs\n\nA bakery opened on Quay Street.\n\nIt sells rye bread.\n"


def _manager(tmp_path: Path) -> Manager:
    docs = tmp_path / "docs"
    docs.mkdir()
    return Manager(Corpus(docs), FolderIndex(docs), max_upload_bytes=100_000)


def test_titles_match_ignores_case_spacing_quote_marks_and_a_final_stop() -> None:
    assert titles_match("Mayor’s plan for the canal", "mayor's  plan for the Canal.")
    assert not titles_match("Mayor’s plan for the canal", "Mayor’s plan for the river")
    assert not titles_match("", "")


def test_an_upload_titled_like_another_article_names_it_and_a_replacement_does_not(tmp_path: Path) -> None:
    manager = _manager(tmp_path)
    (first,) = manager.add([Upload("locks.txt", LOCKS)]).documents
    assert first.same_title == ()
    (twin,) = manager.add([Upload("bakery.txt", BAKERY)]).documents
    assert twin.doc_id == "bakery" and not twin.replaced and twin.same_title == ("locks",)
    (again,) = manager.add([Upload("locks.txt", LOCKS + b"\nA third paragraph.\n")]).documents
    assert again.replaced and again.same_title == ("bakery",)  # still two of that title
    (renamed,) = manager.add([Upload("bakery.txt", BAKERY, Fields(title="Bakery opens"))]).documents
    assert renamed.replaced and renamed.same_title == ()


def test_two_uploads_of_one_title_in_a_batch_are_flagged(tmp_path: Path) -> None:
    result = _manager(tmp_path).add([Upload("locks.txt", LOCKS), Upload("bakery.txt", BAKERY)])
    assert [d.same_title for d in result.documents] == [(), ("locks",)]


def test_the_admin_is_told_how_to_replace_or_retitle(tmp_path: Path) -> None:
    manager = _manager(tmp_path)
    manager.add([Upload("locks.txt", LOCKS)])
    result = manager.add([Upload("bakery.txt", BAKERY)])
    text = render_admin.added(result)
    assert "⚠️ <code>locks</code> has the same title" in text
    assert "<code>/remove bakery</code>" in text and "<code>id: locks</code>" in text
    unique = manager.add([Upload("bakery.txt", BAKERY, Fields(title="Bakery opens"))])
    assert "⚠️" not in render_admin.added(unique)
