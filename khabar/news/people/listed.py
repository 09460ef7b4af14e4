"""Names the recognizer missed inside a list of names it found: «فخرالدین علی‌نژاد، اسعد
قدیمی، شهرام شمسی» names three people, though «قدیمی» is also the word for «old»."""

import re

from khabar.news.people.lexicon import given_names
from khabar.news.people.shape import NAME_WORD
from khabar.news.titles import HONORIFICS, STOPS, head_at

# A list item of two words between two names: after «، », before «، » or « و ».
_ITEM = re.compile(r"، (\S+) (\S+)(?:، | و )")


def between_names(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The items of two words, a given name and one more, listed between two names: a list
    of people goes on with people, and the given name makes the item a name, where one
    item alone (no given name, or a name on one side only) may be anything listed."""
    starts = {start for start, _ in spans}
    found = set()
    for _, end in spans:
        m = _ITEM.match(text, end)
        if m is None or m.end() not in starts:
            continue
        first, last = m.group(1), m.group(2)
        if first not in given_names() or not NAME_WORD.match(last):
            continue
        if last in STOPS or last in HONORIFICS or head_at(text, m.start(2)) is not None:
            continue
        found.add((m.start(1), m.end(2)))
    return found
