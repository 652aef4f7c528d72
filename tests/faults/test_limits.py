"""Fault 8: size limits on every way in (file size, paragraph length, title length)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from faultkit import cli, live, no_traceback

from index.folder import DocMeta
from index.limits import MAX_PARAGRAPH_CHARS
from index.sources import parse_document

NEEDLE = "The lighthouse keeper counted 4,812 gulls on the Vessa breakwater on Tuesday."


def long_paragraph(chars: int) -> str:
    rng = random.Random(7)
    vocab = "harbour council budget vote ferry union strike minister rail port city river flood".split()
    sentences = []
    while sum(len(s) + 1 for s in sentences) < chars:
        sentences.append(" ".join(rng.choice(vocab) for _ in range(12)).capitalize() + ".")
    sentences.insert(len(sentences) // 2, NEEDLE)
    return " ".join(sentences)


def test_a_long_paragraph_is_cut_into_citable_pieces_of_whole_sentences() -> None:
    text = long_paragraph(50_000)
    doc = parse_document(f"Harbour notes\n\n{text}\n\nShort closing paragraph.\n", DocMeta("notes"))
    assert len(doc.paragraphs) > 50_000 // MAX_PARAGRAPH_CHARS
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in doc.paragraphs)
    assert sum(NEEDLE in p.text for p in doc.paragraphs) == 1
    assert " ".join(p.text for p in doc.paragraphs[:-1]) == text  # nothing lost, nothing cut mid-sentence
    assert doc.paragraphs[-1].text == "Short closing paragraph."


def test_a_huge_title_is_shortened_on_every_path() -> None:
    from index.admin.upload import parse_caption

    huge = "Floods " * 1000
    doc = parse_document("Body text of the article, the agency said.\n", DocMeta("d", title=huge))
    assert len(doc.title) <= 200 and doc.title.endswith("…")
    assert all(p.title == doc.title for p in doc.paragraphs)
    caption = parse_caption(huge)
    assert caption.title is not None and len(caption.title) <= 200


@pytest.mark.slow
def test_a_file_over_the_size_limit_in_the_folder_is_refused_by_name(root: Path) -> None:
    before = live(root)
    big = root / "docs" / "dump.txt"
    big.write_text("Big\n\n" + "A sentence that repeats. " * 120_000)
    done = cli(root, "build")
    no_traceback(done)
    assert done.returncode == 1
    assert f"{big} is 3,000,005 bytes; the limit is 2,000,000 (MAX_UPLOAD_BYTES)" in done.stderr
    assert live(root) == before


@pytest.mark.slow
def test_a_sentence_of_a_long_paragraph_is_answerable(tmp_path: Path) -> None:
    # a guard, not the reproduction: at 40 kB today's main still answers; the probe's 1 MB
    # paragraph (112 s to embed) abstained. The cut is reproduced by the unit test above.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text(f"Harbour notes\n\n{long_paragraph(40_000)}\n")
    done = cli(tmp_path, "ask", "--json", "How many gulls did the lighthouse keeper count?")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert not answer["abstained"] and NEEDLE in answer["citations"][0]["text"]


async def test_a_long_caption_keeps_the_added_message_under_telegrams_limit(tmp_path: Path) -> None:
    from test_admin import AdminQA, FileRequest, outputs, upload
    from tgharness import Harness

    docs = tmp_path / "docs"
    docs.mkdir()
    h = Harness(tmp_path / "data", qa=AdminQA(docs), docs_dir=docs, max_upload_bytes=5000)
    h.request = FileRequest()
    await h.start()
    try:
        await upload(h, "t.txt", b"T\n\nText of the article, the agency said.\n", caption="Word " * 1280)
        added = outputs(h)[-1]
        assert "Added" in added and len(added) < 1000
        assert all(len(d.title) <= 200 for d in h.qa.documents())  # type: ignore[attr-defined]
    finally:
        await h.stop()
