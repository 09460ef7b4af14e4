"""Zips on ``sys.path`` read again only when they change, in Spark's Python workers.

PySpark invalidates the import caches before every task, and Python 3.11's
``zipimporter.invalidate_caches`` then reads the whole directory of every zip on
``sys.path`` again: pyspark.zip, py4j and Spark's core jar, thousands of entries, once for
each package imported from them. That is about 0.2 s of one core per task here, more than
a light task's own work. Python 3.12 reads a zip's directory lazily instead.
"""

import os
import zipimport

_reread = zipimport.zipimporter.invalidate_caches


def _invalidate_caches(self: zipimport.zipimporter) -> None:
    try:
        stat = os.stat(self.archive)
    except OSError:
        _reread(self)
        return
    key = (stat.st_mtime_ns, stat.st_size)
    if getattr(self, "_khabar_read", None) != key:
        _reread(self)
        self._khabar_read = key


def read_zips_once() -> None:
    """From now on, re-read a zip on ``sys.path`` only when its size or time changed."""
    zipimport.zipimporter.invalidate_caches = _invalidate_caches
