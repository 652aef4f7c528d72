"""An HTML upload reduced to Markdown paragraphs with `html.parser`: headings as ``#`` lines,
scripts, styles and navigation dropped, and each table row kept as one Markdown row (a header
row followed by ``|---|``), so `index.sources.markdown` reads a row as one paragraph naming its columns.
"""

from __future__ import annotations

from html.parser import HTMLParser

from ..errors import UploadError

_DROP = {"script", "style", "nav", "noscript", "template", "svg", "iframe", "form", "button", "select"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = _HEADINGS | {
    "p", "li", "blockquote", "div", "section", "article", "main", "header", "footer", "aside",
    "ul", "ol", "dl", "dt", "dd", "table", "pre", "figure", "figcaption", "body", "html",
}  # fmt: skip
_CELLS = {"td", "th"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed"}


class _Paragraphs(HTMLParser):
    """Collects text blocks (kind, text) in reading order; headings are kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.page_title = ""
        self._buffer: list[str] = []
        self._kinds: list[str] = []  # open block elements, innermost last
        self._dropping = 0
        self._in_title = False
        self._row: list[str] | None = None  # the cells of the table row being read
        self._header_row = False

    def _flush(self) -> None:
        if self._row is not None:
            return  # inside a table row, blocks are parts of a cell
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text:
            kind = next((k for k in reversed(self._kinds) if k in _HEADINGS), "p")
            self.blocks.append((kind, text))

    def _end_cell(self) -> None:
        if self._row is not None:
            self._row.append(" ".join("".join(self._buffer).split()).replace("|", "/"))
            self._buffer = []

    def _table_tag(self, tag: str, start: bool) -> None:
        """A table row becomes one Markdown row ("| a | b |"), a header row followed by "|---|"."""
        if tag == "tr" and start:
            self._flush()
            self._row, self._header_row = [], True
        elif tag in _CELLS and self._row is not None:
            if start:
                if "".join(self._buffer).strip():
                    self._end_cell()  # the cell before was left unclosed (<td>a<td>b)
                self._buffer = []
                self._header_row = self._header_row and tag == "th"
            else:
                self._end_cell()
        elif tag == "tr" and self._row is not None:
            if self._buffer and "".join(self._buffer).strip():
                self._end_cell()  # a cell left unclosed
            cells, self._row, self._buffer = self._row, None, []
            if any(cells):
                self.blocks.append(("row", "| " + " | ".join(cells) + " |"))
                if self._header_row:
                    self.blocks.append(("row", "|" + "---|" * len(cells)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if (tag == "tr" or tag in _CELLS) and not self._dropping:
            self._table_tag(tag, start=True)
            return
        if tag in _VOID:
            if tag == "br" and not self._dropping:
                self._buffer.append(" ")
            return
        if tag in _DROP:
            self._dropping += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS and not self._dropping:
            self._flush()
            self._kinds.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if (tag == "tr" or tag in _CELLS) and not self._dropping:
            self._table_tag(tag, start=False)
            return
        if tag == "table" and self._row is not None:
            self._table_tag("tr", start=False)  # a last row left unclosed
        if tag in _DROP:
            self._dropping = max(0, self._dropping - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS and not self._dropping:
            self._flush()
            if tag in self._kinds:  # tolerate unclosed children (<li> without </li>)
                del self._kinds[len(self._kinds) - 1 - self._kinds[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page_title += data
        elif not self._dropping:
            self._buffer.append(data)

    def close(self) -> None:
        super().close()
        if self._row is not None:
            self._table_tag("tr", start=False)
        self._flush()


def html_to_markdown(source: str) -> tuple[str, str | None]:
    """Reduce HTML to blank-line-separated paragraphs; the first heading becomes ``# title``.

    >>> html_to_markdown("<h1>T</h1><script>x()</script><p>One.</p><h2>Cross</h2><li>Two.</li>")
    ('# T\\n\\nOne.\\n\\n## Cross\\n\\nTwo.', 'T')
    """
    parser = _Paragraphs()
    parser.feed(source)
    parser.close()
    lines: list[str] = []
    title: str | None = None
    previous = ""
    for kind, text in parser.blocks:
        if kind == "row" and previous == "row":
            lines[-1] += "\n" + text  # a table's rows stay together (`index.sources.markdown` reads them)
            continue
        previous = kind
        text = text.lstrip("#").strip() or text
        if kind in _HEADINGS and title is None and not lines:
            title = text
            lines.append(f"# {text}")
        elif kind in _HEADINGS:
            lines.append(f"## {text}")
        else:
            lines.append(text)
    page_title = " ".join(parser.page_title.split())
    if title is None and page_title:
        title = page_title
        lines.insert(0, f"# {page_title}")
    if not any(kind == "p" for kind, _ in parser.blocks):
        raise UploadError("The HTML page has no paragraphs of text.")
    return "\n\n".join(lines), title
