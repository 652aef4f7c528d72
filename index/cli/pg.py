"""`python -m index migrate`: create or upgrade the PostgreSQL schema (explicit, versioned)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..settings import Settings


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


def register(sub: Any) -> None:
    p = sub.add_parser("migrate", help="create or upgrade the PostgreSQL schema (INDEX_BACKEND=postgres)")
    p.add_argument("--database-url", help="default: DATABASE_URL")
    p.set_defaults(func=cmd_migrate)
