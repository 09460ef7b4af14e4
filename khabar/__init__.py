"""khabar: Persian news text in, clean text and structured knowledge out.

The small public API::

    import khabar
    khabar.normalize("میکنند")        # -> "می‌کنند"
    nlp = khabar.load()               # a spaCy Language for Persian
    article = khabar.analyze(text)    # an Article; article.to_dict() is the JSON
"""

import datetime as _dt
from typing import TYPE_CHECKING

from khabar.text.normalizer import Normalizer, normalize

if TYPE_CHECKING:
    from spacy.language import Language

    from khabar.news.article import Article

__all__ = ["Normalizer", "analyze", "load", "normalize"]


def load(**options) -> "Language":
    """khabar's spaCy pipeline: see :func:`khabar.pipeline.load.load`."""
    from khabar.pipeline.load import load as _load

    return _load(**options)


def analyze(text: str, date: _dt.date | str | None = None) -> "Article":
    """Analyse one article (plain text, HTML or JSON): see :mod:`khabar.news.analyze`."""
    from khabar.news.analyze import analyze as _analyze

    return _analyze(text, date=date)


__version__ = "0.1.0"
