"""Admin operations on the corpus: add/replace, remove, reindex, list — each followed by an
incremental index refresh, all-or-nothing.

Every upload is checked and parsed before anything is written. If the refresh after a change
fails (a bad file elsewhere, a crash in the embedder, a full disk), the documents folder is
put back as it was and the old index keeps being served; the error goes to the caller.

    manager = Manager(Corpus(settings.docs_dir), engine, settings.max_upload_bytes)
    result = manager.add([Upload("report.html", data, parse_caption("outlet: AFP"))])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ..errors import UnknownDocument, UploadError
from ..retrieval.mentions import is_foreign
from ..store.build import BuildReport, Progress
from ..store.ingest import check_docs_dir
from ..types import Document, Quote
from .corpus import Corpus, Entry, ParagraphChanges, Undo, diff_paragraphs
from .upload import Decoded, Fields, Kind, decode_upload, title_lines


@runtime_checkable
class Indexer(Protocol):
    """What the admin operations need from the serving index (the `Engine` implements it)."""

    def build(
        self, progress: Progress | None = None, force: bool = False, allow_shrink: bool = False
    ) -> BuildReport:
        """Refresh the index from the documents folder and serve the result; `ShrinkRefused`
        if that would empty the index or drop most of it, unless `allow_shrink`."""
        ...

    def documents(self) -> list[Document]: ...

    def quotes(self) -> list[Quote]: ...

    def indexed_at(self) -> float: ...


@dataclass(frozen=True)
class Upload:
    """A file to add: its name (only used to derive an id), its bytes and the admin's fields."""

    name: str
    data: bytes
    fields: Fields = field(default_factory=Fields)


@dataclass(frozen=True)
class DocumentChange:
    doc_id: str
    title: str
    outlet: str | None
    file: str
    replaced: bool
    kind: Kind
    encoding: str
    paragraphs: int
    changes: ParagraphChanges
    same_title: tuple[str, ...] = ()  # ids of other articles with this title (readers can't tell them apart)
    foreign: bool = False  # mostly not in Latin letters: English questions will hardly find it
    restored: bool = False  # added again after a removal: title and outlet as they were then
    title_lines: tuple[str, ...] = ()  # the file's first lines, read together as its title


@dataclass(frozen=True)
class AddResult:
    documents: tuple[DocumentChange, ...]
    report: BuildReport


@dataclass(frozen=True)
class RemoveResult:
    doc_id: str
    title: str | None
    report: BuildReport


@dataclass(frozen=True)
class CatalogueRow:
    """One article for /docs and `python -m index list`."""

    doc_id: str
    title: str
    outlet: str | None
    paragraphs: int
    quotes: int
    updated: float | None  # last added/replaced (file time for hand-placed files)
    indexed: bool  # False: in the documents folder, not in the served index yet


def catalogue(
    documents: Sequence[Document], quotes: Sequence[Quote], entries: Sequence[Entry]
) -> list[CatalogueRow]:
    """Indexed articles with counts, then files not indexed yet.

    >>> catalogue([], [], [])
    []
    """
    per_doc: dict[str, int] = {}
    for quote in quotes:
        per_doc[quote.doc_id] = per_doc.get(quote.doc_id, 0) + 1
    updated = {e.doc_id: e.updated for e in entries}
    rows = [
        CatalogueRow(
            d.doc_id,
            d.title,
            d.outlet,
            len(d.paragraphs),
            per_doc.get(d.doc_id, 0),
            updated.get(d.doc_id),
            True,
        )
        for d in documents
    ]
    indexed = {d.doc_id for d in documents}
    rows.extend(
        CatalogueRow(e.doc_id, e.title or e.file, e.outlet, 0, 0, e.updated, False)
        for e in entries
        if e.doc_id not in indexed
    )
    return rows


def titles_match(a: str, b: str) -> bool:
    """Whether two titles read the same to a reader (case, spacing, quote marks and a final
    stop aside).

    >>> titles_match("Floods hit the valley", "floods  hit the Valley.")
    True
    >>> titles_match("Floods hit the valley", "Floods hit the hills")
    False
    """
    return _title_key(a) == _title_key(b) and bool(_title_key(a))


def same_text(doc: Document, others: Sequence[Document]) -> Document | None:
    """Another article (another id) whose paragraphs are `doc`'s, word for word: the same
    text uploaded again under another name would be cited and quoted twice.

    >>> from dataclasses import replace
    >>> from index.types import Paragraph
    >>> p = Paragraph("a", "A", 1, "Rain fell.", 0, 10, "h1")
    >>> a = Document("a", "A", "a.md", "x", (p,))
    >>> same_text(a, [replace(a, doc_id="b", title="B")]).doc_id, same_text(a, [a])
    ('b', None)
    """
    body = tuple(p.hash for p in doc.paragraphs)
    twins = (d for d in others if d.doc_id != doc.doc_id and tuple(p.hash for p in d.paragraphs) == body)
    return next(twins, None) if body else None


def _title_key(title: str) -> str:
    folded = title.casefold().replace("’", "'").replace("‘", "'").replace("“", '"')
    return " ".join(folded.replace("”", '"').split()).rstrip(".!")


def _already_indexed(name: str, twin: Document, several: bool) -> str:
    text = (
        f"This text is already indexed, word for word, as `{twin.doc_id}` ({twin.title}). "
        f"To replace that article, send the file with the caption `id: {twin.doc_id}`."
    )
    return f"{name}: {text}" if several else text


def _joined_title(title: str, text: str) -> tuple[str, ...]:
    """The lines of `text` that became `title` together ("Harbour fees rise Coast Post"), if any."""
    lines = title_lines(text)
    return lines if lines and title.startswith(lines[0]) and title != lines[0] else ()


class Manager:
    """Corpus edits followed by an index refresh; serialised by the corpus lock."""

    def __init__(self, corpus: Corpus, indexer: Indexer, max_upload_bytes: int) -> None:
        self.corpus = corpus
        self.indexer = indexer
        self.max_upload_bytes = max_upload_bytes

    def _decode_all(self, uploads: Sequence[Upload]) -> list[Decoded]:
        decoded = []
        for upload in uploads:
            try:
                decoded.append(decode_upload(upload.data, self.max_upload_bytes))
            except UploadError as exc:
                raise UploadError(f"{upload.name}: {exc}" if len(uploads) > 1 else str(exc)) from exc
        return decoded

    def _refresh_or_undo(
        self, undos: list[Undo], progress: Progress | None, allow_shrink: bool = False
    ) -> BuildReport:
        try:
            return self.indexer.build(progress, False, allow_shrink)
        except BaseException:
            for undo in reversed(undos):
                self.corpus.undo(undo)
            raise

    def add(self, uploads: Sequence[Upload], progress: Progress | None = None) -> AddResult:
        """Add or replace articles (same id → replaced), then refresh the index."""
        if not uploads:
            raise UploadError("No files given.")
        decoded = self._decode_all(uploads)
        changes: list[DocumentChange] = []
        undos: list[Undo] = []
        with self.corpus.lock():
            indexed = {d.doc_id: d for d in self.indexer.documents()}
            titles = {i: d.title for i, d in indexed.items()}
            try:
                for upload, text in zip(uploads, decoded, strict=True):
                    new, old, undo, restored = self.corpus.put(text, upload.fields, upload.name)
                    undos.append(undo)
                    if (twin := same_text(new, list(indexed.values()))) is not None:
                        raise UploadError(_already_indexed(upload.name, twin, len(uploads) > 1))
                    indexed[new.doc_id] = new
                    twins = tuple(
                        i for i, t in titles.items() if i != new.doc_id and titles_match(t, new.title)
                    )
                    titles[new.doc_id] = new.title
                    changes.append(
                        DocumentChange(
                            doc_id=new.doc_id,
                            title=new.title,
                            outlet=new.outlet,
                            file=undo.path.name,
                            replaced=undo.content is not None,
                            kind=text.kind,
                            encoding=text.encoding,
                            paragraphs=len(new.paragraphs),
                            changes=diff_paragraphs(old, new),
                            same_title=twins,
                            foreign=is_foreign(" ".join(p.text for p in new.paragraphs)),
                            restored=restored,
                            title_lines=_joined_title(new.title, text.text),
                        )
                    )
            except BaseException:
                for undo in reversed(undos):
                    self.corpus.undo(undo)
                raise
            report = self._refresh_or_undo(undos, progress)
        return AddResult(tuple(changes), report)

    def remove(self, doc_id: str, progress: Progress | None = None) -> RemoveResult:
        """Delete an article and refresh the index; `UnknownDocument` if there is no such id."""
        with self.corpus.lock():
            try:
                entry, undo = self.corpus.remove(doc_id)
            except KeyError:
                raise UnknownDocument(doc_id) from None
            title = next((d.title for d in self.indexer.documents() if d.doc_id == doc_id), entry.title)
            # removing an article is on purpose, even the last one (the bot asks first)
            report = self._refresh_or_undo([undo], progress, allow_shrink=True)
        return RemoveResult(doc_id, title, report)

    def reindex(
        self, progress: Progress | None = None, force: bool = True, allow_shrink: bool = False
    ) -> BuildReport:
        """Rebuild the index from the documents folder (``force``: even if nothing changed).

        `ShrinkRefused` if the folder now holds less than half of the indexed articles,
        unless `allow_shrink` (the admin confirmed)."""
        check_docs_dir(self.corpus.root)  # before the lock, which would create the folder
        with self.corpus.lock():
            return self.indexer.build(progress, force, allow_shrink)

    def catalogue(self) -> list[CatalogueRow]:
        return catalogue(self.indexer.documents(), self.indexer.quotes(), self.corpus.entries())

    def known_ids(self) -> list[str]:
        return [e.doc_id for e in self.corpus.entries()]
