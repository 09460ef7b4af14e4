"""Titles that a plural label gives each name of a list: «فریده شهبازی، ابوالفضل همتی
(داوران گروه تصویرگری)», «… و ابراهیم داروغه‌زاده به عنوان اعضای شورای سیاست‌گذاری
جشنواره منصوب شدند», «X و Y اعضای شورای شهر», «بازیکنانی همچون X، Y یا Z»: each holds
the office in the singular («داور گروه تصویرگری», «عضو شورای …», «بازیکن»).

A plural of office before a list with no «چون» («هنرمندان X، Y و Z») is left alone: the
gold articles read it either way."""

import re
from collections.abc import Iterator

from khabar.news.people.appositions import names_after, names_before
from khabar.news.titles import find_titles
from khabar.news.titles.lexicon import singular_head

Span = tuple[int, int]

# The most names one label is read as titling: a jury or a council.
_LIST = 12
# A label in brackets after the list, a comma before it or not.
_BRACKETED = re.compile(r"،? ?\((\S+)((?: [^\s()]+){0,12})\)")
# A label after the list, or after «به عنوان»: its first word, the plural.
_AFTER = re.compile(r"(?: (?:به عنوان|بعنوان) |،? )([^\W\d_]+)(?= )")
# A plural of people with the «ی» of «… چون», before the examples it lists.
_SUCH_AS = re.compile(r"(?<![^\s«(،])([^\W\d_]+)ی (?:همچون|چون|مانند|نظیر) ")
_EXAMPLES_JOINED = (" و ", "، ", " یا ")
_END_OF_SENTENCE = re.compile(r"[.!؟؛\n]")


def plural_labels(text: str, body: int, names: list[Span]) -> Iterator[tuple[Span, str]]:
    """Each name of a list a plural label stands beside, with the title it gives the name."""
    starts = {s: (s, e) for s, e in names}
    ends = {e: (s, e) for s, e in names}
    for _, end in sorted(names):
        if end < body:
            continue
        bracketed = _bracketed(text, end)
        title = bracketed or _after(text, end, starts)
        if title is None:
            continue
        holders = names_before(text, end, ends, _LIST)
        if len(holders) > 1 or bracketed:
            yield from ((holder, title) for holder in holders)
    for m in _SUCH_AS.finditer(text, body):
        one = singular_head(m[1])
        if one is not None and m.end() in starts:
            listed = names_after(text, m.end(), starts, _LIST, _EXAMPLES_JOINED)
            yield from ((holder, one) for holder in listed)


def _bracketed(text: str, end: int) -> str | None:
    """The title a label in brackets right after ``end`` gives: the label in the singular."""
    m = _BRACKETED.match(text, end)
    one = m and singular_head(m[1])
    return f"{one}{m[2]}" if one else None


def _after(text: str, end: int, starts: dict[int, Span]) -> str | None:
    """The title a plural label right after ``end`` gives, read in the singular as any
    title is read, up to where it ends: «… اعضای شورای شهر تهران گفتند» → «عضو شورای
    شهر تهران»; none where the label lists what each holds in turn."""
    m = _AFTER.match(text, end)
    one = m and singular_head(m[1])
    if not one:
        return None
    stop = _END_OF_SENTENCE.search(text, m.end())
    rest = text[m.end() : stop.start() if stop else len(text)]
    shift = m.end() - len(one)
    names_in_rest = frozenset(s - shift for s in starts if m.end() < s)
    probe = one + rest
    titles = find_titles(probe, names_in_rest)
    if not titles or titles[0].start != 0 or titles[0].split:
        return None
    if probe.startswith(("، ", " و "), titles[0].end):
        return None  # one place each, in turn: «… نمایندگان مراغه، بناب و میانه»
    return titles[0].text
