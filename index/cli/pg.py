"""`python -m index migrate`: create or upgrade the PostgreSQL schema (explicit, versioned)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..settings import Settings
from ._common import add_command

if TYPE_CHECKING:
    from ._common import Subparsers


def cmd_migrate(args: argparse.Namespace) -> int:
    from ..store.postgres.schema import LATEST, migrate

    settings = Settings()
    url = args.database_url or (settings.database_url.get_secret_value() if settings.database_url else None)
    if not url:
        print("error: set DATABASE_URL (or pass --database-url)", file=sys.stderr)
        return 2
    applied = migrate(url)
    if applied:
        print(f"applied migrations {', '.join(map(str, applied))}; schema at version {LATEST}")
    else:
        print(f"schema up to date (version {LATEST})")
    return 0


def register(sub: Subparsers) -> None:
    help_ = "create or upgrade the PostgreSQL schema (INDEX_BACKEND=postgres)"
    p = add_command(sub, "migrate", cmd_migrate, help_, corpus=False)  # the schema is not per corpus
    p.add_argument("--database-url", help="default: DATABASE_URL")
