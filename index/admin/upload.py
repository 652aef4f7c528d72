"""Turning uploaded bytes into article text: checks, encoding, HTML, caption metadata.

Everything here is pure (bytes/str in, typed records out) and refuses bad input with an
`UploadError` whose message is written for the person who sent the file.

Accepted: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when one byte of each
pair is mostly NUL and the text has no control characters), or Windows-1252 text, written as
plain text, Markdown or HTML. The type is decided by the content, never by the file name:
binary formats are recognised by their magic bytes or by NUL/control bytes. HTML is reduced
to paragraphs with `html.parser` and stored as Markdown (``# title``, ``## crosshead``).

Caption syntax (all keys optional, ``|`` or new lines between fields)::

    id: afp-flood-2024 | title: Floods hit the valley | outlet: AFP

A caption with no ``key:`` at all is taken as the title.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..errors import UploadError
from ..folder import doc_id_from_name
from ..limits import cap_title
from .htmlpage import html_to_markdown

Kind = Literal["text", "markdown", "html"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x7fELF", "a program"),
    (b"OggS", "an audio file"),
    (b"ID3", "an audio file"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_ACCENTED = 0.3  # share of non-ASCII letters above which Windows-1252 is the wrong reading
_ALLOWED_CONTROL = set("\t\n\r\f")
_HTML_START = re.compile(
    r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<!--|<(?:p|div|h[1-6]|article|section)\b)",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"</(?:p|div|h[1-6]|li|body|html|article|section|blockquote)\s*>", re.IGNORECASE)
_MD_MARK = re.compile(r"^(?:#{1,6}\s|\s*[-*+]\s|\s*>\s|\s*\d+\.\s)", re.MULTILINE)
_CAPTION_KEY = re.compile(r"^\s*(id|title|outlet)\s*[:=]\s*(.*?)\s*$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Fields:
    """Metadata an admin gives for a document (caption or CLI options); None = not given."""

    doc_id: str | None = None
    title: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Decoded:
    """An upload as article text ready to store."""

    text: str  # normalised: no BOM, "\n" line ends, ends with one newline
    kind: Kind  # what the content was
    encoding: str
    suffix: str  # ".md" or ".txt": how it is stored in the documents folder
    title: str | None = None  # from HTML <h1>/<title>, when there was one


def parse_caption(caption: str | None) -> Fields:
    """Read ``id: … | title: … | outlet: …`` (``key=value`` also works).

    >>> parse_caption("title: Crisis: what next | outlet: AFP")
    Fields(doc_id=None, title='Crisis: what next', outlet='AFP')
    >>> parse_caption("Floods hit the valley")
    Fields(doc_id=None, title='Floods hit the valley', outlet=None)
    """
    if not caption or not caption.strip():
        return Fields()
    values: dict[str, str] = {}
    for part in re.split(r"\s*(?:\||\n)\s*", caption.strip()):
        match = _CAPTION_KEY.match(part)
        if match and match[2]:
            values[match[1].lower()] = match[2]
    if not values:
        return Fields(title=cap_title(" ".join(caption.split())))
    title = values.get("title")
    outlet = values.get("outlet")
    return Fields(
        doc_id=values.get("id"),
        title=cap_title(title) if title else None,
        outlet=cap_title(outlet, 100) if outlet else None,
    )


def safe_id(value: str) -> str:
    """A document id usable as a file name, from anything an admin typed or uploaded.

    >>> safe_id("../../etc/passwd"), safe_id("AFP Report 2024.html")
    ('etc-passwd', 'afp-report-2024')
    """
    return doc_id_from_name(re.sub(r"[/\\]+", "-", value.strip()))


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without its byte-order mark (as some editors and exports do): the
    text and its codec when one byte of every pair is mostly NUL, the other never, and the
    whole decodes to text with no control characters; else None (a binary file).

    >>> _utf16_without_bom("Port reopens".encode("utf-16-le"))
    ('Port reopens', 'utf-16-le')
    >>> _utf16_without_bom(bytes([0x89, 0x50, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x0D])) is None
    True
    """
    if len(data) % 2:
        return None
    for codec, high, low in (("utf-16-le", data[1::2], data[0::2]), ("utf-16-be", data[0::2], data[1::2])):
        if 0 in low or high.count(0) < len(high) / 2:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not any(unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f" for ch in text):
            return text, codec
    return None


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data and (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    if b"\x00" in data:
        raise UploadError("This looks like a binary file (it contains NUL bytes), not text.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UploadError("I can't read this text: it is neither UTF-8 nor Windows-1252.") from None
    # Cyrillic, Greek or Hebrew in an 8-bit code page decodes as Windows-1252 too, as a run of
    # accented letters ("½ÞÒÞáâØ"); Western text has a few accents among plain letters
    letters = [ch for ch in text if ch.isalpha()]
    if sum(1 for ch in letters if ord(ch) > 127) > MAX_ACCENTED * len(letters):
        raise UploadError(
            "I can't read this text: it is neither UTF-8 nor Windows-1252 (it would come out "
            "garbled). Save it as UTF-8 and send it again."
        )
    return text, "windows-1252"


def decode_upload(data: bytes, max_bytes: int) -> Decoded:
    """Check and decode an uploaded file; raises `UploadError` with a clear reason.

    >>> decode_upload(b"<p>Hello there.</p>", 1000).kind
    'html'
    """
    if len(data) > max_bytes:
        raise UploadError(f"The file is {len(data):,} bytes; the limit is {max_bytes:,} bytes.")
    if not data.strip():
        raise UploadError("The file is empty.")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UploadError(f"This is {what}, not a text article. Send .txt, .md or .html text.")
    try:
        text, encoding = _decode(data)
    except UnicodeError as exc:  # a bad UTF-16 body
        raise UploadError("I can't read this text: its encoding is broken.") from exc
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROL)
    if controls > max(2, len(text) // 100):
        raise UploadError("This looks like a binary file (many control bytes), not text.")
    title: str | None = None
    if _HTML_START.match(text) or len(_HTML_TAG.findall(text)) >= 2:
        kind: Kind = "html"
        text, title = html_to_markdown(text)
    else:
        kind = "markdown" if _MD_MARK.search(text) else "text"
    text = "\n".join(line.rstrip() for line in text.strip().split("\n")) + "\n"
    if not any(ch.isalnum() for ch in text):
        raise UploadError("The file has no readable text.")
    return Decoded(text, kind, encoding, ".md" if kind != "text" else ".txt", title)


# --- HTML -----------------------------------------------------------------------------------


def title_lines(text: str) -> tuple[str, ...]:
    """The lines of an upload's first block when there are two or three, none a sentence
    ("Harbour fees rise\\nCoast Post"): read together as one title, though the second may be
    the outlet or a byline, so the admin is told how to set them apart. Else ().

    >>> title_lines("Harbour fees rise\\nCoast Post\\n\\nFees rose on Monday.\\n")
    ('Harbour fees rise', 'Coast Post')
    >>> title_lines("Harbour fees rise\\n\\nFees rose.\\n"), title_lines("Fees rose.\\nShips left.\\n")
    ((), ())
    """
    block = text.strip().split("\n\n", 1)[0]
    lines = tuple(line.strip() for line in block.split("\n") if line.strip())
    if not 2 <= len(lines) <= 3 or any(line[-1] in '.!?;:"”’)' or line[0] == "#" for line in lines):
        return ()
    # a title wrapped over two lines goes on in lower case: no second line of its own
    if not all(len(line.split()) <= 20 and line[0].isupper() for line in lines):
        return ()
    return lines
