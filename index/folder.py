"""A documents folder: which files are articles, their manifest, and their ids.

`manifest.json` (optional) gives each file an id, a title and an outlet; a file it does not
name gets an id made from its file name (`doc_id_from_name`). README, LICENSE and other notes
that describe the folder are never articles (`is_article`).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ManifestError
from .text import LATIN_SPELLINGS

MANIFEST = "manifest.json"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
# Files that describe a folder rather than report news; never indexed as articles.
NOT_ARTICLES = frozenset("readme license licence copying changelog contributing authors manifest".split())

# What a manifest may say when the outlet is not known: shown as such, never used as a label.
UNKNOWN = frozenset({"", "unknown", "n/a", "none", "?"})


@dataclass(frozen=True)
class DocMeta:
    """What the manifest (or an admin's caption) says about a document."""

    doc_id: str
    title: str | None = None
    outlet: str | None = None


def _transliterate(text: str) -> str:
    """Latin letters for Latin (accents dropped), Cyrillic and Greek; other scripts dropped."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.lower()):
        if unicodedata.combining(ch):
            continue
        out.append(LATIN_SPELLINGS[ch][0] or "-" if ch in LATIN_SPELLINGS else ch)
    return "".join(out)


def doc_id_from_name(name: str) -> str:
    """A safe, stable id from a file name: ``My Article (v2).txt`` → ``my-article-v2``.

    An ASCII name keeps its plain slug. Any other name (日本.txt, Москва.txt, Café.txt) gets a
    transliterated slug plus a short hash of the exact name, so names that differ only in
    letters a slug cannot hold never share an id: ``Москва.txt`` → ``moskva-`` + 8 hex digits.
    """
    stem = Path(name).name
    for suffix in ARTICLE_SUFFIXES + (".html", ".htm"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    slug = re.sub(r"[^A-Za-z0-9_]+", "-", stem).strip("-").lower()[:80]
    if slug and stem.isascii():
        return slug
    stem = unicodedata.normalize("NFC", stem)
    base = re.sub(r"[^a-z0-9_]+", "-", _transliterate(stem)).strip("-")[:60] or "doc"
    return f"{base}-{hashlib.sha256(stem.encode('utf-8')).hexdigest()[:8]}"


def read_manifest(docs_dir: Path) -> dict[str, Any]:
    """`docs_dir/manifest.json` checked: an object whose "documents" entries each name a "file"."""
    path = docs_dir / MANIFEST
    if not path.exists():
        return {"documents": []}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ManifestError(f"{path} is not UTF-8 text; save it as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ManifestError(
            f"{path} line {exc.lineno}, column {exc.colno}: {exc.msg}; fix the JSON or remove the file"
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.setdefault("documents", []), list):
        raise ManifestError(f'{path} must be a JSON object with a "documents" list; fix or remove it')
    for i, entry in enumerate(raw["documents"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or not entry["file"]:
            raise ManifestError(f'{path}: document entry {i} has no "file" name; add one or remove the entry')
        for key in ("id", "title", "outlet"):
            if entry.get(key) is not None and not isinstance(entry[key], str):
                raise ManifestError(f'{path}: the "{key}" of {entry["file"]} must be text, in quotes')
    return raw


def manifest_warnings(docs_dir: Path) -> list[str]:
    """Manifest entries that are ignored: a missing file, or a path outside the folder."""
    warnings = []
    for entry in read_manifest(docs_dir)["documents"]:
        name = entry["file"]
        if Path(name).name != name or name in (".", ".."):
            warnings.append(f"{MANIFEST} entry {name!r} points outside the documents folder; it is ignored")
        elif not (docs_dir / name).is_file():
            warnings.append(f"{MANIFEST} names {name!r}, which is not in {docs_dir}; the entry is ignored")
    return warnings


def is_article(path: Path) -> bool:
    """Whether a file in a documents folder is an article: a ``.txt``/``.md``/``.markdown``
    file whose name does not start with ``.`` or ``_`` and is not a folder's own note
    (README, LICENSE, CHANGELOG, CONTRIBUTING, AUTHORS, manifest, in any case).

    >>> [is_article(Path(n)) for n in ("000_a1.txt", "README.md", ".draft.txt", "notes.txt")]
    [True, False, False, True]
    """
    name = path.name
    if name.startswith((".", "_")) or path.suffix.lower() not in ARTICLE_SUFFIXES:
        return False
    return path.stem.lower().split(".")[0] not in NOT_ARTICLES


def _outlet(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return None if text.lower() in UNKNOWN else text


def load_manifest(docs_dir: Path) -> dict[str, DocMeta]:
    """Map file name → metadata from `docs_dir/manifest.json` (absent file: empty)."""
    out: dict[str, DocMeta] = {}
    for entry in read_manifest(docs_dir)["documents"]:
        out[entry["file"]] = DocMeta(
            doc_id=entry.get("id") or doc_id_from_name(entry["file"]),
            title=entry.get("title"),
            outlet=_outlet(entry.get("outlet")),
        )
    return out


def list_articles(docs_dir: Path) -> list[tuple[Path, DocMeta]]:
    """Article files in `docs_dir` (sorted by name) with their metadata."""
    manifest = load_manifest(docs_dir)
    found = []
    if docs_dir.is_dir():
        for path in sorted(docs_dir.iterdir()):
            if path.is_file() and is_article(path):
                meta = manifest.get(path.name) or DocMeta(doc_id=doc_id_from_name(path.name))
                found.append((path, meta))
    return found
