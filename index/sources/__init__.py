"""Reading article files into numbered, citable paragraphs.

A file is plain text or Markdown. Per file we decide whether paragraphs are one per line
or blank-line-separated blocks of wrapped lines: in wrapped text, the lines inside a block
mostly stop mid-sentence. Non-citable units are recognised by their form, never by their
words: a leading title line, wire-service slugs (``burs-jd/ris/ser``), bylines, and
crossheads (``– Missiles a ‘red line’ –``, Markdown headings, short unpunctuated lines, a
live blog's time stamps, an export's ``FULL TEXT.``), which become the section of the
paragraphs under them, and rules (``___``). Quotation marks typed as two apostrophes are
read as ``"`` (`sources.line_forms`).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..folder import DocMeta
from ..limits import cap_title, split_long
from ..text import lede_title
from ..types import Document, Paragraph
from .line_forms import caps_label, rule_line, time_line, typewriter_quotes, wire_credit
from .markdown import plain_markdown

# a sentence's end, also before a double mark typed as two apostrophes ("… terrorism.''")
_TERMINAL = re.compile(r"(?:[.!?:;…\"”’)\]]|[.!?…]'')\s*$")
_SLUG = re.compile(r"^[a-z0-9]{2,}(?:[-/][a-z0-9]{1,}){1,}$")
_BYLINE = re.compile(r"^(?:by|BY|By)\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}$")
_DASHED = re.compile(r"^[-–—]\s*(.+?)\s*[-–—]$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")


# The code that turns an article into paragraphs and quotes: these modules and every module of
# `index/` they import, found by reading their imports (so a module split off one of them is
# counted without anyone listing it), and the JSON data beside them (the learned speaker models'
# weights, so retrained weights re-extract quotes too). Paths relative to `index/`.
_EXTRACTION_ROOTS = ("attribution/extraction/extract.py", "sources/__init__.py")


def _imported(here: Path, rel: str, seen: set[str]) -> None:
    """Add `rel` and the modules of `index/` it imports, relatively, to `seen`."""
    if rel in seen:
        return
    seen.add(rel)
    package = PurePosixPath(rel).parent
    for node in ast.walk(ast.parse((here / rel).read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or not node.level:
            continue
        base = package
        for _ in range(node.level - 1):
            base = base.parent
        module = base.joinpath(*node.module.split(".")) if node.module else base
        named = [module.joinpath(a.name) for a in node.names]
        for candidate in [
            module.with_suffix(".py"),
            module / "__init__.py",
            *(n.with_suffix(".py") for n in named),
        ]:
            path = str(candidate).removeprefix("./")
            if (here / path).is_file():
                _imported(here, path, seen)


def extraction_modules() -> list[str]:
    """The files whose code and data decide an article's paragraphs and quotes (see above).

    >>> modules = set(extraction_modules())
    >>> {"attribution/extraction/extract.py", "attribution/extraction/scare.py", "text.py"} <= modules
    True
    >>> "attribution/speakers/nocue_weights.json" in extraction_modules()
    True
    """
    here = Path(__file__).resolve().parent.parent  # index/
    seen: set[str] = set()
    for root in _EXTRACTION_ROOTS:
        _imported(here, root, seen)
    folders = {PurePosixPath(rel).parent for rel in seen}
    data = {str(f / p.name).removeprefix("./") for f in folders for p in (here / f).glob("*.json")}
    return sorted(seen) + sorted(data)


@functools.cache
def extraction_digest() -> str:
    """A digest of the code that turns an article into paragraphs and quotes."""
    here = Path(__file__).resolve().parent.parent  # index/
    parts = [(here / name).read_bytes() for name in extraction_modules()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:12]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_document(path: Path, meta: DocMeta) -> Document:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".md":
        text = plain_markdown(text)  # answers quote the words, not the markup around them
    return parse_document(text, meta, source_path=str(path), slug=path.stem)


def slug_topic(stem: str) -> str:
    """A file name as a topic when it reads as words, else "".

    >>> slug_topic("1973_oil_crisis"), slug_topic("000_192c380beb5f4df8"), slug_topic("a1")
    ('1973 oil crisis', '', '')
    """
    tokens = [t for t in re.split(r"[\s_.,;()\[\]-]+", stem) if t]
    wordy = [t for t in tokens if t.isalpha() and len(t) >= 3]
    mixed = [t for t in tokens if not t.isalpha() and not t.isdigit()]
    if not any(len(t) >= 4 for t in wordy) or mixed or len(wordy) * 2 < len(tokens):
        return ""
    return " ".join(tokens)


@dataclass
class _Unit:
    text: str
    start: int
    end: int


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in _line_spans(text):
        if text[a:b].strip():
            current.append((a, b))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_wrapped(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    inner = [text[a:b].strip() for block in blocks if len(block) > 1 for a, b in block[:-1]]
    if not inner:
        return False
    ends_sentence = sum(1 for line in inner if _TERMINAL.search(line))
    return ends_sentence < 0.5 * len(inner)


def split_units(text: str) -> list[_Unit]:
    """Paragraph-sized units of `text` in reading order, with offsets."""
    blocks = _blocks(text)
    units: list[_Unit] = []
    if _is_wrapped(text, blocks):
        for block in blocks:
            joined = " ".join(text[a:b].strip() for a, b in block)
            first = block[0][0] + (
                len(text[block[0][0] : block[0][1]]) - len(text[block[0][0] : block[0][1]].lstrip())
            )
            last = block[-1][0] + len(text[block[-1][0] : block[-1][1]].rstrip())
            units.append(_Unit(typewriter_quotes(re.sub(r"\s+", " ", joined)), first, last))
    else:
        for block in blocks:
            for a, b in block:
                raw = text[a:b]
                lead = len(raw) - len(raw.lstrip())
                units.append(_Unit(typewriter_quotes(raw.strip()), a + lead, a + len(raw.rstrip())))
    return units


def classify(unit_text: str, first: bool) -> tuple[str, str | None]:
    """Kind of a unit: ``("body", None)``, ``("heading", title)``, ``("title", t)`` or ``("skip", None)``."""
    t = unit_text.strip()
    md = _MD_HEADING.match(t)
    if md:
        return ("title" if first else "heading"), md.group(1).strip()
    if _SLUG.match(t) and "/" in t:
        return "skip", None
    if _BYLINE.match(t) or rule_line(t):
        return "skip", None
    if not first and (stamp := time_line(t)):  # a live blog's update: its time heads it
        return "heading", stamp
    if not first and caps_label(t):  # "ABSTRACT.", "FULL TEXT." in a database export
        return "heading", t.rstrip(".:").strip()
    dashed = _DASHED.match(t)
    if dashed and len(t.split()) <= 14:
        return "heading", dashed.group(1).strip()
    n_words = len(t.split())
    if not _TERMINAL.search(t) and n_words <= (20 if first else 10) and any(c.isalpha() for c in t):
        return ("title" if first else "heading"), t
    return "body", None


def _pieces(unit: _Unit) -> list[_Unit]:
    """A unit longer than `limits.MAX_PARAGRAPH_CHARS`, cut between sentences."""
    return [_Unit(unit.text[a:b], unit.start + a, unit.start + b) for a, b in split_long(unit.text)]


def parse_document(
    text: str,
    meta: DocMeta,
    source_path: str = "",
    fallback_title: str | None = None,
    slug: str = "",
) -> Document:
    """Split an article into citable paragraphs numbered ¶1..¶n.

    >>> doc = parse_document("Title here\\n\\nFirst para.\\n\\n– Cross –\\n\\nSecond.", DocMeta("d"))
    >>> [(p.number, p.section, p.text) for p in doc.paragraphs]
    [(1, None, 'First para.'), (2, 'Cross', 'Second.')]
    """
    text = text.lstrip("\ufeff")
    units = split_units(text)
    detected_title: str | None = None
    section: str | None = None
    title = meta.title
    pending: list[tuple[_Unit, str | None]] = []
    for i, unit in enumerate(units):
        kind, value = classify(unit.text, first=(i == 0))
        if kind == "title":
            detected_title = value
        elif kind == "heading":
            section = value
        elif kind == "body":
            pending.append((unit, section))
    # never the file name: "000 192c380beb5f4df8" tells a reader nothing
    lede = lede_title(pending[0][0].text) if pending else ""
    title = cap_title(title or detected_title or fallback_title or lede or meta.doc_id)
    topic = meta.title or detected_title or fallback_title or slug_topic(slug)
    pending = [(piece, sec) for unit, sec in pending for piece in _pieces(unit)]  # limits.split_long
    # a manifest's outlet, else the wire service the dateline credits ("WASHINGTON (AP) —")
    outlet = meta.outlet or (wire_credit(pending[0][0].text) if pending else None)
    paragraphs = tuple(
        Paragraph(
            doc_id=meta.doc_id,
            title=title,
            number=n,
            text=unit.text,
            start=unit.start,
            end=unit.end,
            hash=text_hash(unit.text),
            section=sec,
            outlet=outlet,
            topic=topic or "",
        )
        for n, (unit, sec) in enumerate(pending, start=1)
    )
    # the quote rules are part of what an article's index rows are made from: when they
    # change, the next build re-extracts its quotes (embeddings are reused by text hash)
    doc_hash = text_hash(json.dumps([meta.doc_id, title, outlet, text, extraction_digest()]))
    return Document(
        doc_id=meta.doc_id,
        title=title,
        source_path=source_path,
        hash=doc_hash,
        paragraphs=paragraphs,
        outlet=outlet,
    )
