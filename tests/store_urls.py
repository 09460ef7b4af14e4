"""Where the store tests keep a store: a SQLite file, or a schema of its own on the
PostgreSQL server that `.ci/postgres.sh` starts (``KHABAR_TEST_POSTGRES``), dropped after,
so that every test module reads and writes the real thing without meeting another's rows."""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

POSTGRES = os.environ.get("KHABAR_TEST_POSTGRES")
KINDS = ["sqlite", "postgres"]


def store_url(kind: str, folder: Path, prefix: str) -> Iterator[str]:
    """Yield a store URL of ``kind`` (one of :data:`KINDS`); a fixture's body. Without a
    server the PostgreSQL case is skipped."""
    if kind == "sqlite":
        yield str(folder / "khabar.db")
        return
    if not POSTGRES:
        pytest.skip("KHABAR_TEST_POSTGRES is not set (run .ci/postgres.sh to start a server)")
    import psycopg

    schema = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES else "?"
    yield f"{POSTGRES}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
