"""Upload checks: size, type by content, encodings, HTML reduced to paragraphs, captions, safe ids."""

from __future__ import annotations

import pytest

from index.admin.upload import Fields, decode_upload, html_to_markdown, parse_caption, safe_id
from index.errors import UploadError
from index.folder import DocMeta
from index.sources import parse_document

LIMIT = 10_000


@pytest.mark.parametrize(
    ("data", "encoding", "kind"),
    [
        ("Café talks\n\nThey met.\n".encode(), "utf-8", "text"),
        (b"\xef\xbb\xbf" + "Café\n\nThey met.\n".encode(), "utf-8-sig", "text"),
        ("Café “quoted”\n\nThey met.\n".encode("cp1252"), "windows-1252", "text"),
        ("# Café\n\nThey met.\n".encode("utf-16"), "utf-16", "markdown"),
        # UTF-16 saved without its byte-order mark was refused as "a binary file (NUL bytes)"
        ("Ferry “fares” rise\r\n\r\nThey met.\r\n".encode("utf-16-le"), "utf-16-le", "text"),
        ("Ferry fares rise\n\nThey met in Malmö.\n".encode("utf-16-be"), "utf-16-be", "text"),
        (b"<!DOCTYPE html><p>They met.</p>", "utf-8", "html"),
        (b"Notes\r\n\r\n<p>They met.</p>\r\n<p>Again.</p>", "utf-8", "html"),  # html by content
    ],
)
def test_text_is_decoded_and_typed_by_content(data: bytes, encoding: str, kind: str) -> None:
    decoded = decode_upload(data, LIMIT)
    assert (decoded.encoding, decoded.kind) == (encoding, kind)
    assert "\r" not in decoded.text and "\ufeff" not in decoded.text and decoded.text.endswith("\n")
    assert decoded.suffix == (".txt" if kind == "text" else ".md")


def test_cp1252_punctuation_survives() -> None:
    assert "“quoted”" in decode_upload("Title\n\nHe said “quoted”.\n".encode("cp1252"), LIMIT).text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Новости\n\nВ городе прошёл сильный дождь, сообщили власти.\n", "iso-8859-5"),
        ("Новости\n\nВ городе прошёл сильный дождь, сообщили власти.\n", "koi8-r"),
        ("Ειδήσεις\n\nΈβρεξε πολύ στην πόλη χθες.\n", "iso-8859-7"),
        ("חדשות\n\nירד גשם חזק בעיר אתמול.\n", "iso-8859-8"),
    ],
)
def test_another_8_bit_code_page_is_refused_not_read_as_windows_1252(text: str, codec: str) -> None:
    # such a file was added with a garbled title ("½ÞÒÞáâØ") and garbled paragraphs
    with pytest.raises(UploadError, match="Save it as UTF-8"):
        decode_upload(text.encode(codec), LIMIT)


def test_western_text_with_many_accents_is_still_windows_1252() -> None:
    text = "Été à Genève\n\nLes élèves ont célébré la fête près du lac, a déclaré Hélène Müller.\n"
    assert decode_upload(text.encode("cp1252"), LIMIT).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4 ...", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG"),
        (b"GIF89a....", "GIF"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"text\x00with nul", "NUL"),
        (b"t\x00e\x00x\x00t\x00\x01\x00\x02\x00", "NUL"),  # UTF-16-like, but control characters
        (b"\x01\x02\x03\x04\x05\x06 control soup \x07\x08", "control"),
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"\x81\x8d\x8f\x90\x9d", "neither UTF-8 nor Windows-1252"),
        (b"--- *** ...", "no readable text"),
        (b"x" * (LIMIT + 1), "limit is 10,000 bytes"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UploadError, match=reason):
        decode_upload(data, LIMIT)


def test_html_keeps_paragraphs_headings_lists_quotes_and_drops_chrome() -> None:
    page = """<html><head><title>Site | Story</title><style>.a{}</style></head><body>
    <nav><ul><li>Home</li><li>World</li></ul></nav>
    <article><h1>Storm hits &amp; floods coast</h1>
    <p>The storm reached<br>the coast on <b>Friday</b>.</p>
    <h3>Damage</h3><ul><li>Roofs were torn off.<li>Roads closed.</ul>
    <blockquote><p>“We lost everything,” a resident said.</p></blockquote>
    <script>var x = "<p>not text</p>";</script><noscript>Enable JS</noscript>
    <div>Power was restored on Sunday.</div></article></body></html>"""
    text, title = html_to_markdown(page)
    assert title == "Storm hits & floods coast"
    assert text.split("\n\n") == [
        "# Storm hits & floods coast",
        "The storm reached the coast on Friday.",
        "## Damage",
        "Roofs were torn off.",
        "Roads closed.",
        "“We lost everything,” a resident said.",
        "Power was restored on Sunday.",
    ]
    doc = parse_document(text, DocMeta("storm"))
    assert doc.title == "Storm hits & floods coast"
    assert [(p.number, p.section) for p in doc.paragraphs][:2] == [(1, None), (2, "Damage")]


def test_html_without_heading_uses_page_title() -> None:
    text, title = html_to_markdown("<title>Quiet day</title><p>Nothing happened today.</p>")
    assert title == "Quiet day" and text.startswith("# Quiet day\n\n")


@pytest.mark.parametrize(
    ("caption", "fields"),
    [
        (None, Fields()),
        ("", Fields()),
        ("title: Crisis: what next | outlet: AFP", Fields(None, "Crisis: what next", "AFP")),
        ("id=afp-1\ntitle=Floods\noutlet=AFP", Fields("afp-1", "Floods", "AFP")),
        ("OUTLET: Reuters", Fields(None, None, "Reuters")),
        ("Just a title", Fields(None, "Just a title", None)),
    ],
)
def test_caption_syntax(caption: str | None, fields: Fields) -> None:
    assert parse_caption(caption) == fields


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("..\\..\\win.ini", "win-ini"),
        ("/abs/path/Report.HTML", "abs-path-report"),
        ("...", "doc-ab5df625"),  # nothing to slug: a hash of the name keeps ids apart
        ("Été 2024 (v2).md", "ete-2024-v2-f42beaf1"),
    ],
)
def test_safe_id_never_contains_a_path(value: str, expected: str) -> None:
    assert safe_id(value) == expected
