"""Parquet files of articles or analysed rows, read and written with pyarrow.

pyarrow is optional (``pip install 'khabar[spark]'``): it is imported only when a Parquet
file is met, so everything else works without it.
"""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from khabar.news.reader import ArticleError

NEEDS = "reading or writing Parquet needs pyarrow: pip install 'khabar[spark]'"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ArticleError(NEEDS) from None
    return pyarrow


def rows(path: Path) -> Iterator[dict]:
    """Each row as a dict, one row group at a time, dates as ISO text as in JSON."""
    pa = _pyarrow()
    try:
        batches = pa.parquet.ParquetFile(path).iter_batches()
        for batch in batches:
            for values in batch.to_pylist():
                yield {k: plain(v) for k, v in values.items()}
    except (pa.ArrowException, OSError) as e:
        raise ArticleError(f"unreadable Parquet: {e}") from None


def plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def write(path: Path, columns: tuple[str, ...], values: list[dict]) -> None:
    """Text columns ``columns`` from ``values`` (each a dict of text or None)."""
    pa = _pyarrow()
    schema = pa.schema([(c, pa.string()) for c in columns])
    table = pa.Table.from_pylist(values, schema=schema)
    pa.parquet.write_table(table, path)
