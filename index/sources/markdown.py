"""A Markdown article as a reader reads it: the text without the markup around it.

An uploaded or hand-placed ``.md`` article kept its markup in its paragraphs, and answers
quoted it: ``**Saturday**``, ``[the plan](https://…)``, list dashes, and a table as
``| Item | Cost | |------|------|``. `plain_markdown` keeps the line structure (headings stay
``#`` lines, for `sources.classify`) and removes the rest: emphasis and code marks, link and
image targets, list and quote markers; each table row becomes a paragraph of its own naming
its columns ("Item: Wing; Cost: 2.4 million euros."), and the separator row goes.

>>> plain_markdown("Opened on **Saturday**, see [the plan](https://x.org/p).")
'Opened on Saturday, see the plan.'
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"  # *word*, not 2*3*4
    r"|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"  # _word_, not snake_case
)
_CODE = re.compile(r"`([^`]+)`")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")


def inline_plain(line: str) -> str:
    """One line without its inline markup.

    >>> inline_plain("A `GET` at __noon__ and *again*; snake_case stays, 2*3*4 too")
    'A GET at noon and again; snake_case stays, 2*3*4 too'
    """
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)


def _cells(row: str) -> list[str]:
    match = _ROW.match(row)
    assert match is not None
    return [inline_plain(c.strip()) for c in match.group(1).split("|")]


def _table(rows: list[str]) -> list[str]:
    """A table's rows as sentences ("Item: Wing; Cost: 2.4 million euros."), a blank line apart.

    >>> _table(["| Item | Cost |", "|---|---|", "| Wing | 2 m |"])
    ['', 'Item: Wing; Cost: 2 m.', '']
    """
    cells = [_cells(r) for r in rows]
    header: list[str] = []
    if len(cells) > 1 and all(_SEPARATOR_CELL.match(c) for c in cells[1]):
        header, cells = cells[0], cells[2:]
    out = [""]
    for row in cells:
        if all(_SEPARATOR_CELL.match(c) or not c for c in row):
            continue
        named = [f"{h}: {c}" if h else c for h, c in zip(header + [""] * len(row), row, strict=False) if c]
        sentence = "; ".join(named)
        out += [sentence if sentence.endswith((".", "!", "?")) else sentence + ".", ""]
    return out


def plain_markdown(text: str) -> str:
    """`text` (Markdown) without its markup, line by line; tables become one paragraph per row.

    >>> print(plain_markdown("# Title\\n\\n- **One** item\\n> quoted"))
    # Title
    <BLANKLINE>
    One item
    quoted
    """
    out: list[str] = []
    table: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced  # code fences go; their lines are kept as text
            continue
        if not fenced and _ROW.match(line):
            table.append(line)
            continue
        if table:
            out += _table(table)
            table = []
        if fenced or line.lstrip().startswith("#"):
            out.append(line)
        elif _RULE.match(line) or _LINK_DEFINITION.match(line):
            out.append("")
        else:
            line = _QUOTE.sub("", line)
            if not line.rstrip().endswith(("-", "–", "—")):  # "- Cross -" is a crosshead
                line = _LIST.sub(r"\1", line)
            out.append(inline_plain(line))
    if table:
        out += _table(table)
    return "\n".join(out)
