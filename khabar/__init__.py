"""khabar: Persian news text in, clean text and structured knowledge out.

The small public API::

    import khabar
    khabar.normalize("میکنند")   # -> "می‌کنند"
"""

from khabar.text.normalizer import Normalizer, normalize

__all__ = ["Normalizer", "normalize"]
__version__ = "0.1.0"
