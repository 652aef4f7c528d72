"""Markdown articles are read as text: answers quote words, not markup (`index.sources.markdown`)."""

from __future__ import annotations

from pathlib import Path

from index.admin.upload import decode_upload
from index.folder import DocMeta
from index.sources import read_document
from index.sources.markdown import plain_markdown

ARTICLE = """# Orchard festival draws record crowd

The **Velmar** festival drew 12,000 visitors on _Sunday_, said [the organisers](https://ex.org/v "s").

## Prices

| Stall | Price of a basket |
|:------|------------------:|
| Apples | 4 euros |
| Pears | 5 euros |

- Parking was free for the first time.
* Buses ran every `20` minutes.

> "We ran out of cider by noon," said Oda Finch, who runs the press.

- Harvest outlook -

![a crowd at the gate](crowd.jpg) The next festival is planned for October.
"""


def test_a_markdown_article_is_read_without_its_markup(tmp_path: Path) -> None:
    path = tmp_path / "orchard.md"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_document(path, DocMeta("orchard"))
    texts = [p.text for p in doc.paragraphs]
    assert doc.title == "Orchard festival draws record crowd"
    assert texts[0] == ("The Velmar festival drew 12,000 visitors on Sunday, said the organisers.")
    assert texts[1:3] == [
        "Stall: Apples; Price of a basket: 4 euros.",
        "Stall: Pears; Price of a basket: 5 euros.",
    ]
    assert doc.paragraphs[1].section == "Prices"
    assert "Parking was free for the first time." in texts
    assert "Buses ran every 20 minutes." in texts
    assert '"We ran out of cider by noon," said Oda Finch, who runs the press.' in texts
    assert doc.paragraphs[-1].section == "Harvest outlook"  # a dashed crosshead is no list item
    assert texts[-1] == "a crowd at the gate The next festival is planned for October."
    assert not any(mark in t for t in texts for mark in ("**", "](", "|", "`", "> "))


def test_a_plain_text_article_keeps_its_asterisks_and_underscores(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Council note\n\nThe vote was 5*3 in *favour*, said Ada_Lee.\n", encoding="utf-8")
    assert (
        read_document(path, DocMeta("note")).paragraphs[0].text
        == "The vote was 5*3 in *favour*, said Ada_Lee."
    )


def test_a_table_without_a_header_row_lists_its_cells() -> None:
    assert plain_markdown("| Oslo | 3 |\n| Bergen | 2 |").split("\n") == [
        "",
        "Oslo; 3.",
        "",
        "Bergen; 2.",
        "",
    ]


def test_an_html_table_becomes_one_paragraph_per_row_naming_its_columns(tmp_path: Path) -> None:
    page = b"""<html><body><h1>Ferry fares rise</h1>
    <p>Fares on the Orlen ferry rise from June, the operator said.</p>
    <table><tr><th>Ticket</th><th>Fare</th></tr>
    <tr><td><p>Adult</p></td><td>7 euros</td></tr>
    <tr><td>Child<td>3 euros</tr></table>
    <p>Season passes keep their price.</p></body></html>"""
    decoded = decode_upload(page, 10_000)
    path = tmp_path / f"fares{decoded.suffix}"
    path.write_text(decoded.text, encoding="utf-8")
    texts = [p.text for p in read_document(path, DocMeta("fares")).paragraphs]
    assert texts == [
        "Fares on the Orlen ferry rise from June, the operator said.",
        "Ticket: Adult; Fare: 7 euros.",
        "Ticket: Child; Fare: 3 euros.",  # an unclosed cell ends where the next begins
        "Season passes keep their price.",
    ]
