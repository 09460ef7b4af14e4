"""Titles that a plural label gives each name of a list: «فریده شهبازی، ابوالفضل همتی
(داوران گروه تصویرگری)», «… و ابراهیم داروغه‌زاده به عنوان اعضای شورای سیاست‌گذاری
جشنواره منصوب شدند», «X و Y اعضای شورای شهر», «بازیکنانی همچون X، Y یا Z»: each holds
the office in the singular («داور گروه تصویرگری», «عضو شورای …», «بازیکن»). One name
said to be one of a group («…، از فرماندهان ارتش …», «…، یکی از اعضای …») holds the group
as written.

A plural label that ends in coordinated places («وزیران نفت ایران و عراق …») gives the
names opening the next sentence, or the quote its sentence opens, one office each, in
turn.

A plural label before a list gives each name the office too where it says of what
(«اعضای شورای نظارتی جشنواره عبارتند از: X، مدیر …، Y …»); a bare plural («هنرمندان X، Y
و Z») is left alone, the gold articles reading it either way, and so is a group whose
members are named «به نام‌های …»."""

import re
from collections.abc import Iterator

from khabar.news.people.appositions import names_after, names_before
from khabar.news.people.cataphora import opens_sentence_named
from khabar.news.titles import Title, find_titles
from khabar.news.titles.lexicon import singular_head

Span = tuple[int, int]

# The most names one label is read as titling: a jury or a council.
_LIST = 12
# A label in brackets after the list, a comma before it or not.
_BRACKETED = re.compile(r"،? ?\((\S+)((?: [^\s()]+){0,12})\)")
# A label after the list, or after «به عنوان»: its first word, the plural.
_AFTER = re.compile(r"(?: (?:به عنوان|بعنوان) |،? )([^\W\d_]+)(?= )")
# A label the list is said to be of: «X، Y و Z از اعضای هیئت امنای … هستند».
_OF = re.compile(r" از ([^\W\d_]+)(?= )")
_COPULA = re.compile(r" (?:هستند|بودند|به شمار می\u200cروند|محسوب می\u200cشوند)(?![^\s.،])")
# The places a title goes on to list, one holder each: «نمایندگان مراغه، بناب و میانه».
_PLACES_IN_TURN = re.compile(r"(?:، [^\W\d_]+(?: [^\W\d_]+)?)* و ")
# A plural of people with the «ی» of «… چون», before the examples it lists.
_SUCH_AS = re.compile(r"(?<![^\s«(،])([^\W\d_]+)ی (?:همچون|چون|مانند|نظیر) ")
_EXAMPLES_JOINED = (" و ", "، ", " یا ")
# One of a group, after a name and its comma: «علیرضا، از فرماندهان ارتش افغانستان»,
# «"رضا کمالی"، یکی از اعضای اصلی تیم». «یکی از» stays in the title, as written; a bare
# «از» is left out, the group being the title.
_ONE = "یکی"
_ONE_OF = re.compile(rf"[»\"]?، ((?:{_ONE} )?از )([^\W\d_]+)(?= )")
_END_OF_SENTENCE = re.compile(r"[.!؟؛\n]")
# A plural opening a phrase, that may be a label before its list.
_PLURAL_WORD = re.compile(r"(?<![^\s«(،:])[^\W\d_]+(?= )")
# What brings in the list after a label: «عبارتند از:», «عبارتند: از», a colon, nothing.
_LIST_OPENS = re.compile(r"(?: عبارت(?:ند|\u200cاند| اند))?(?:: از| از:?|:)? ")


def plural_labels(text: str, body: int, names: list[Span]) -> Iterator[tuple[Span, str]]:
    """Each name of a list a plural label stands beside, with the title it gives the name."""
    starts = {s: (s, e) for s, e in names}
    ends = {e: (s, e) for s, e in names}
    for _, end in sorted(names):
        if end < body:
            continue
        bracketed = _bracketed(text, end)
        title = bracketed or _after(text, end, starts) or _of(text, end, starts)
        if title is None:
            # one each, in turn: «X و Y، وزرای خارجه روسیه و آمریکا»
            split = _split_after(text, end, starts) or _respectively(text, end)
            holders = names_before(text, end, ends, _LIST) if split else []
            if len(holders) == len(split) > 1:
                yield from zip(holders, split, strict=True)
            continue
        holders = names_before(text, end, ends, _LIST)
        if len(holders) > 1 or bracketed:
            yield from ((holder, title) for holder in holders)
    for m in _SUCH_AS.finditer(text, body):
        one = singular_head(m[1])
        if one is not None and m.end() in starts:
            listed = names_after(text, m.end(), starts, _LIST, _EXAMPLES_JOINED)
            yield from ((holder, one) for holder in listed)
    yield from _before_list(text, body, starts)
    yield from _next_in_turn(text, body, starts)


def _next_in_turn(text: str, body: int, starts: dict[int, Span]) -> Iterator[tuple[Span, str]]:
    """The names opening the sentence after a plural label that ends in coordinated places,
    or the quote its sentence opens, each with the office in turn: «وزیران نفت ایران و
    عراق … امضا کردند. / به گزارش …، جواد اوجی و احسان عبدالجبار اسماعیل …» are «وزیر نفت
    ایران» and «وزیر نفت عراق»; so are they in «… با اشاره به نشست وزرای نفت ایران و
    عراق گفت: «جواد اوجی و احسان عبدالجبار اسماعیل …». Names that go on with an office
    of their own, or with «نیز», are others."""
    for _, end, found in offices_in_turn(text, body, starts):
        first = _opening_name(text, end, starts)
        holders = names_after(text, first, starts, len(found.split)) if first is not None else []
        if len(holders) == len(found.split) and not _goes_on_as_others(text, holders[-1][1]):
            yield from zip(holders, found.split, strict=True)


def offices_in_turn(
    text: str, body: int, starts: dict[int, Span]
) -> Iterator[tuple[int, int, Title]]:
    """Each plural label from ``body`` on that ends in coordinated places, one office each
    («وزرای خارجه ایران و روسیه»): where it starts and ends, and the title it reads as in
    the singular, whose ``split`` are the offices in turn."""
    for m in _PLURAL_WORD.finditer(text, body):
        one = singular_head(m.group())
        # one office each needs places joined by «و» soon after the label
        if not one or text.find(" و ", m.end(), m.end() + _IN_TURN_REACH) < 0:
            continue
        found = _singular(text, m.start(), m.end(), starts)
        if found and len(found.split) > 1:
            yield m.start(), m.end() + found.end - len(one), found


# How far after a plural label the «و» of the places it splits between may stand.
_IN_TURN_REACH = 120
# A quote its sentence opens: «… گفت: «…», with guillemets or without.
_QUOTE_OPENS = re.compile(r"(?<!\d): ?«?")


def _opening_name(text: str, at: int, starts: dict[int, Span]) -> int | None:
    """Where the first name opening the quote that the sentence holding ``at`` goes on to
    starts, or else the sentence after it (in the paragraph, or the next paragraph's)."""
    stop = _sentence_end(text, at)
    quote = _QUOTE_OPENS.search(text, at, stop)
    if quote is not None:
        return quote.end() if quote.end() in starts else None
    opening = len(text) - len(text[stop + 1 :].lstrip())
    if opening >= len(text):
        return None
    after = _sentence_end(text, opening)
    return min(
        (s for s in starts if opening <= s < after and opens_sentence_named(text, s)),
        default=None,
    )


def _goes_on_as_others(text: str, end: int) -> bool:
    """Whether the list ending at ``end`` goes on with its own office («…، رؤسای جمهور …»,
    «… رئیس‌جمهور …») or with «نیز»/«هم», being people besides the office's holders."""
    rest = text[end : end + 40].lstrip(" ،")
    if rest.split(" ", 1)[0] in ("نیز", "هم"):
        return True
    titles = find_titles(rest[:40])
    return bool(titles) and titles[0].start == 0


def _before_list(text: str, body: int, starts: dict[int, Span]) -> Iterator[tuple[Span, str]]:
    """Each name of a list that a plural label with the words of its office opens, past
    the titles the list gives its names in turn («… عبارتند از: X، مدیر نشر …، Y …»)."""
    own_titles: dict[int, int] | None = None
    for m in _PLURAL_WORD.finditer(text, body):
        one = singular_head(m.group())
        title = one and _singular_title(text, m.start(), m.end(), starts)
        if not title or title == one:
            continue
        opens = _LIST_OPENS.match(text, m.end() + len(title) - len(one))
        if opens is None or opens.end() not in starts:
            continue
        if own_titles is None:
            own_titles = {t.start: t.end for t in find_titles(text, frozenset(starts))}
        listed = _listed(text, starts[opens.end()], starts, own_titles)
        if len(listed) > 1:
            yield from ((holder, title) for holder in listed)


def _listed(
    text: str, first: Span, starts: dict[int, Span], own_titles: dict[int, int]
) -> list[Span]:
    """The names of a list from ``first``, joined by «،» or «و», each past the title set
    beside it («X، مدیر انتشارات …، Y ناشر …»)."""
    found = [first]
    while len(found) < _LIST:
        at = found[-1][1]
        gap = next((g for g in ("، ", " ") if at + len(g) in own_titles), None)
        if gap is not None and text.startswith(gap, at):
            at = own_titles[at + len(gap)]
        joint = next((j for j in ("، ", " و ") if text.startswith(j, at)), None)
        if joint is None or at + len(joint) not in starts:
            break
        found.append(starts[at + len(joint)])
    return found


def _bracketed(text: str, end: int) -> str | None:
    """The title a label in brackets right after ``end`` gives: the label in the singular."""
    m = _BRACKETED.match(text, end)
    one = m and singular_head(m[1])
    return f"{one}{m[2]}" if one else None


def one_of(text: str, body: int, names: list[Span]) -> Iterator[tuple[Span, str]]:
    """Each name said to be one of a group, with the group as written for its title: the
    plural tells the office, and no other name shares it."""
    starts = {s: (s, e) for s, e in names}
    for span in names:
        m = _ONE_OF.match(text, span[1]) if span[1] >= body else None
        title = m and _singular_title(text, m.start(2), m.end(2), starts)
        if title:
            written = m[2] + title[len(singular_head(m[2]) or "") :]
            yield span, f"{m[1]}{written}" if m[1].startswith(_ONE) else written


def _after(text: str, end: int, starts: dict[int, Span]) -> str | None:
    """The title a plural label right after ``end`` gives, read in the singular as any
    title is read, up to where it ends: «… اعضای شورای شهر تهران گفتند» → «عضو شورای
    شهر تهران»; none where the label lists what each holds in turn."""
    m = _AFTER.match(text, end)
    return m and _singular_title(text, m.start(1), m.end(1), starts)


def _of(text: str, end: int, starts: dict[int, Span]) -> str | None:
    """The title a plural label after «از» gives where the list is said to be of the
    group: «… و مهدی چمران از اعضای هیئت امنای نهاد کتابخانه‌ها هستند» → «عضو هیئت امنای
    نهاد کتابخانه‌ها»; not «از» of the verb («… از اعضای تیم تقدیر کردند»)."""
    m = _OF.match(text, end)
    found = m and _singular(text, m.start(1), m.end(1), starts)
    if not found or found.split:
        return None
    title_end = m.end(1) + found.end - len(singular_head(m[1]) or "")
    return found.text if _COPULA.match(text, title_end) else None


def _split_after(text: str, end: int, starts: dict[int, Span]) -> tuple[str, ...]:
    """The titles, one each in turn, a plural label right after ``end`` gives when it
    ends in coordinated places: «وزرای خارجه روسیه و آمریکا» → «وزیر خارجه روسیه»,
    «وزیر خارجه آمریکا»."""
    m = _AFTER.match(text, end)
    found = m and _singular(text, m.start(1), m.end(1), starts)
    return found.split if found else ()


# «X و Y نیز به ترتیب به عنوان نایب‌رئیس اول و دوم مجلس …»: one office each, in turn.
_RESPECTIVELY = re.compile(r"(?: نیز| هم)? به ترتیب(?: به عنوان| بعنوان)? ")


def _respectively(text: str, end: int) -> tuple[str, ...]:
    """The titles a list's names hold in turn, «به ترتیب», one office each after it:
    «علی نیکزاد و حمیدرضا حاجی‌بابایی به ترتیب نایب‌رئیس اول و دوم مجلس …»."""
    m = _RESPECTIVELY.match(text, end)
    if m is None:
        return ()
    titles = find_titles(text[m.end() : _sentence_end(text, m.end())])
    return titles[0].split if titles and titles[0].start == 0 else ()


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence going on at ``at`` ends: its mark, or the text's end."""
    stop = _END_OF_SENTENCE.search(text, at)
    return stop.start() if stop else len(text)


def _singular(text: str, start: int, end: int, starts: dict[int, Span]) -> Title | None:
    """The title a plural of office from ``start`` to ``end`` opens, read in the singular
    up to where it ends, as :func:`find_titles` reads it there."""
    one = singular_head(text[start:end])
    if not one:
        return None
    rest = text[end : _sentence_end(text, end)]
    shift = end - len(one)
    names_in_rest = frozenset(s - shift for s in starts if end < s)
    probe = one + rest
    titles = find_titles(probe, names_in_rest)
    if not titles or titles[0].start != 0:
        return None
    if _PLACES_IN_TURN.match(probe, titles[0].end):
        return None  # one place each, in turn: «… نمایندگان مراغه، بناب و میانه»
    return titles[0]


def _singular_title(text: str, start: int, end: int, starts: dict[int, Span]) -> str | None:
    """:func:`_singular`'s title as written, where it is one office for every holder."""
    found = _singular(text, start, end, starts)
    return found.text if found and not found.split else None
