"""The CLI's error boundary: a known problem is one line on stderr and exit 1, never a traceback.

Known problems are the domain's own errors, whose messages name the file, line or setting and
say what to do. Anything else is a bug: one line that says so and where the traceback was
written (DATA_DIR/errors.log, else the temporary folder).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)
ERROR_LOG = "errors.log"


def known_errors() -> tuple[type[BaseException], ...]:
    """Exception types whose message is written for the person at the terminal: the domain's
    own (`NewsdeskError`), a bad setting, an unusable path, an unreachable database."""
    from pydantic import ValidationError

    from ..errors import NewsdeskError

    found: list[type[BaseException]] = [
        NewsdeskError,
        ValidationError,
        OSError,  # a path given on the command line, a full disk, an unwritable INDEX_DIR
    ]
    try:
        import psycopg

        found.append(psycopg.OperationalError)
    except ImportError:  # pragma: no cover - psycopg is a dependency
        pass
    return tuple(found)


def describe(exc: BaseException) -> str:
    """One sentence for a known error."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        name = ".".join(str(part) for part in first["loc"]).upper() or "a setting"
        return f"the setting {name} is invalid ({first['msg']}); fix it in the environment or .env"
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where} ({exc.strerror}); check the path and its permissions"
    if type(exc).__module__.startswith("psycopg"):
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"cannot reach the database ({reason}); check DATABASE_URL and that PostgreSQL is running"
    return str(exc)


def crash_log(data_dir: Path | None) -> Path:
    """Append the current exception's traceback to DATA_DIR/errors.log (or a temporary file)."""
    text = f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(sys.argv)}\n{traceback.format_exc()}\n"
    for folder in (data_dir, Path(tempfile.gettempdir())):
        if folder is None:
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(folder / ERROR_LOG, "a", encoding="utf-8") as fh:
                fh.write(text)
            return folder / ERROR_LOG
        except OSError:
            continue
    return Path(tempfile.gettempdir()) / ERROR_LOG


def run_command(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """`func(args)`, with known errors as one line and exit 1, and bugs logged, not shown."""
    try:
        return func(args)
    except known_errors() as exc:
        print(f"error: {describe(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:
        data_dir: Path | None = None
        try:
            from ..settings import Settings

            data_dir = Settings().data_dir
        except Exception:  # the settings may be what is broken
            data_dir = None
        path = crash_log(data_dir)
        log.debug("command failed", exc_info=True)
        print(
            f"error: internal error ({type(exc).__name__}) in `{args.command}`; "
            f"the traceback is in {path}; please report it",
            file=sys.stderr,
        )
        return 1
