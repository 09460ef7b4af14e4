"""Readers for the development data in ``../shared/data`` and the fixed held-out split.

Nothing here ships data: these readers are used when compiling lexicons, training
models and running benchmarks, all of which need the data folder beside the repo.
"""

from khabar.datasets.news import article_text, read_news
from khabar.datasets.splits import heldout, tune
from khabar.datasets.ud import UDSentence, read_conllu

__all__ = ["UDSentence", "article_text", "heldout", "read_conllu", "read_news", "tune"]
