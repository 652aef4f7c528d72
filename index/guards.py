"""Guards of a build: the documents folder must exist, and a build must not drop most of the index.

A typo in DOCS_DIR once built an empty index and switched the live version to it; these checks
make that an error (exit 1, the live version kept) unless the shrink is asked for on purpose.
"""

from __future__ import annotations

from pathlib import Path

from .errors import IngestError, ShrinkRefused


def check_shrink(old_ids: list[str], new_ids: list[str], allow: bool) -> None:
    """Refuse a build that empties the index or loses more than half of it, unless `allow`.

    >>> check_shrink(["a", "b", "c"], ["a", "b"], allow=False)  # one of three: fine; two raise
    """
    lost = sorted(set(old_ids) - set(new_ids))
    if allow or not lost:
        return
    if not new_ids or 2 * len(lost) > len(old_ids):
        raise ShrinkRefused(lost, len(old_ids), len(new_ids))


def check_docs_dir(docs_dir: Path) -> None:
    """A missing or unreadable documents folder is an error, never an empty corpus."""
    if not docs_dir.exists():
        raise IngestError(f"the documents folder {docs_dir} does not exist; check DOCS_DIR or --docs")
    if not docs_dir.is_dir():
        raise IngestError(f"the documents folder {docs_dir} is not a folder; check DOCS_DIR or --docs")
    try:
        next(docs_dir.iterdir(), None)
    except OSError as exc:
        raise IngestError(
            f"the documents folder {docs_dir} cannot be read ({exc.strerror}); check its permissions"
        ) from exc
