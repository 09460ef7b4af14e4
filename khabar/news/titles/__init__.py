"""Titles of office in Persian news: «وزیر امور خارجه روسیه», «سخنگوی دولت», «امام جمعه ایوان».

A title is a head noun of office followed by its modifiers, up to where the phrase ends:
punctuation, a preposition, a verb, a pronoun, or the name it introduces. Coordinated
titles («وزیر امور خارجه روسیه و آمریکا») are expanded pairwise so each holder gets his.

The modules, by job:

* :mod:`.lexicon`: heads of office and the words that end a title or go on with it;
* :mod:`.finder`: :func:`find_titles`, the title phrases of a text;
* :mod:`.lists`: lists inside a title (portfolios, areas, a member's towns);
* :mod:`.canonical`: one spelling of a title, for comparing two.
"""

from khabar.news.titles.canonical import canonical
from khabar.news.titles.finder import (
    Title,
    find_titles,
    head_at,
    singular,
    surname_before_title,
    with_body,
    with_place,
)
from khabar.news.titles.lexicon import (
    ARMY_RANKS,
    BEFORE_COUNTRY,
    BEFORE_MINISTRY,
    COUNTRY_NOUN,
    HEAD_SET,
    HEAD_WORDS,
    HEADS,
    HOME,
    HONORIFIC_WORDS,
    HONORIFICS,
    HONOURED_AFTER,
    LIGHT_VERBS,
    NAMED_AFTER,
    RANK_QUALIFIERS,
    STOPS,
)

__all__ = [
    "ARMY_RANKS",
    "BEFORE_COUNTRY",
    "BEFORE_MINISTRY",
    "COUNTRY_NOUN",
    "HEADS",
    "HEAD_SET",
    "HEAD_WORDS",
    "HOME",
    "HONORIFICS",
    "HONORIFIC_WORDS",
    "HONOURED_AFTER",
    "LIGHT_VERBS",
    "NAMED_AFTER",
    "RANK_QUALIFIERS",
    "STOPS",
    "Title",
    "canonical",
    "find_titles",
    "head_at",
    "singular",
    "surname_before_title",
    "with_body",
    "with_place",
]
