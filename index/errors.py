"""The domain's errors: one base, `NewsdeskError`, whose message is written for the person
reading it (it names the file, line or setting and says what to do).

Each adapter turns them into a message in one place: the CLI in `cli/errors.py`, the bot in
`bot/__main__.py` (start-up) and `bot/admin.py` (admin jobs). A subclass keeps the builtin
base it had before the hierarchy (`ValueError`, `KeyError`, `RuntimeError`), so code that
catches those still does.

>>> issubclass(ShrinkRefused, NewsdeskError) and issubclass(ManifestError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "DamagedIndex",
    "EncodingUnavailable",
    "IngestError",
    "LLMError",
    "ManifestError",
    "NewsdeskError",
    "PromptError",
    "SchemaError",
    "ShrinkRefused",
    "StateError",
    "UnknownDocument",
    "UploadError",
]

CURRENT = "CURRENT"  # the local store's pointer file (store/local.py)


class NewsdeskError(Exception):
    """A known problem; `str(error)` is one sentence for the person at the terminal or in the chat."""


class IngestError(NewsdeskError):
    """A document could not be read; the live index is left as it was."""


class ShrinkRefused(IngestError):
    """A build would drop most of the indexed articles; it needs `allow_shrink` (on purpose)."""

    def __init__(self, lost: list[str], before: int, after: int) -> None:
        shown = ", ".join(lost[:3]) + (f" and {len(lost) - 3} more" if len(lost) > 3 else "")
        super().__init__(
            f"this build would drop {len(lost)} of the {before} indexed articles ({shown}), "
            f"leaving {after}; check DOCS_DIR, or build again with --allow-shrink if that is intended"
        )
        self.lost = lost
        self.before = before
        self.after = after

    def __reduce__(self) -> tuple[type[ShrinkRefused], tuple[list[str], int, int]]:
        return type(self), (self.lost, self.before, self.after)  # pickles (a build in another process)


class ManifestError(NewsdeskError, ValueError):
    """manifest.json cannot be used; the message names the file (and line) and what to fix."""


class UploadError(NewsdeskError, ValueError):
    """The file cannot become an article; the message says why, for the uploader."""


class UnknownDocument(NewsdeskError, KeyError):
    """No article has this id (`args[0]`)."""


class DamagedIndex(NewsdeskError):
    """An index version's files do not match what was written (or cannot be parsed)."""

    def __init__(self, version: str, reason: str) -> None:
        what = "the index pointer" if version == CURRENT else "index version"
        super().__init__(f"{what} {version} is damaged: {reason}")
        self.version = version
        self.reason = reason

    def __reduce__(self) -> tuple[type[DamagedIndex], tuple[str, str]]:
        return type(self), (self.version, self.reason)


class SchemaError(NewsdeskError, RuntimeError):
    """The database schema is missing or older than this code; run `python -m index migrate`."""


class StateError(NewsdeskError, RuntimeError):
    """A state file (feedback, stats, audit log) cannot be opened; the message names it."""


class LLMError(NewsdeskError):
    """The model could not be reached or answered with something unusable."""


class PromptError(NewsdeskError, ValueError):
    """A prompt file is missing, has no version header, or was rendered with missing values."""


class EncodingUnavailable(NewsdeskError, RuntimeError):
    """The offline BPE file for an encoding is missing or corrupt."""
