"""Score ``khabar analyze`` output against the hand-annotated articles in ``evaluation/news``.

The gold files are the yardstick for the news layer (sources, people, quotes, dates,
events); their format and the annotation guidelines are in ``evaluation/news/README.md``.
How strings are compared (``keys``), found in the text (``surfaces``), read (``gold``) and
counted (``score``) is said in each module.
"""

from khabar.news.evaluate.gold import (
    CALENDARS,
    EVENT_TYPES,
    QUOTE_KINDS,
    ROLES,
    GoldFormatError,
    gold_as_prediction,
    load_gold,
    validate_gold,
)
from khabar.news.evaluate.keys import loose, names_match, source_key, tokens
from khabar.news.evaluate.score import (
    COMPONENTS,
    PARTICIPANT_DICE,
    QUOTE_OVERLAP,
    Counts,
    article_errors,
    describe,
    format_errors,
    format_scores,
    score_articles,
)
from khabar.news.evaluate.surfaces import body_start, find_surface, locate_all

__all__ = [
    "CALENDARS",
    "COMPONENTS",
    "EVENT_TYPES",
    "PARTICIPANT_DICE",
    "QUOTE_KINDS",
    "QUOTE_OVERLAP",
    "ROLES",
    "Counts",
    "GoldFormatError",
    "article_errors",
    "body_start",
    "describe",
    "find_surface",
    "format_errors",
    "format_scores",
    "gold_as_prediction",
    "load_gold",
    "locate_all",
    "loose",
    "names_match",
    "score_articles",
    "source_key",
    "tokens",
    "validate_gold",
]
