"""Dates in Persian news: found in the text and put on the Gregorian time line."""

from khabar.news.dates.relative import DateMention, find_dates

__all__ = ["DateMention", "find_dates"]
