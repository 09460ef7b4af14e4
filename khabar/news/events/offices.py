"""Offices named without their holder («رئیس قوه قضاییه … سفر می‌کند»), an actor known by
title as the gold names it, and where the phrase of a name or an office ends."""

import re
from bisect import bisect_left, bisect_right

from khabar.news.dates.lexicon import MONTH
from khabar.news.events.model import Mention
from khabar.news.quote_subjects import SUBJECT_STOPS
from khabar.news.titles import HONORIFICS, STOPS, canonical
from khabar.text.chars import ZWNJ

# Heads of offices whose holder can act for a state or body; a description («کارشناس»,
# «استاد»), a profession («کمبود پزشک متخصص») or a group («وزیران») names nobody in
# particular.
_NOT_OFFICES = frozenset(
    "استاد کارشناس تحلیلگر اقتصاددان فعال هافبک مهاجم مدافع دروازه‌بان قهرمان نویسنده "
    "کارگردان پژوهشگر عضو مسئول مسؤول مربی وزیران معاونان نمایندگان سفیران روسای رؤسای "
    "پزشک وکیل بازیکن هنرمند شاعر عکاس".split()
)
# «یک نماینده», «این وزیر», and those counted («۱۹۷ نماینده حاضر»): nobody in particular.
_UNNAMED = re.compile(r"(?:یک|این|آن|هر|چند|دو|سه) $")
_COUNT = re.compile(r"(?<![0-9۰-۹:/])[0-9۰-۹]+ $")
# A year after a month or a year's word, an hour after a clock's, is a date or a time, no
# count: «۱۳ آبان ۱۳۹۸ رئیس جمهور», «ساعت ۱۰ وزیر کشور»; «در آبان ۱۲۰ نماینده» counts.
_DATE_OR_TIME = re.compile(rf"(?<![^\s{ZWNJ}])(?:(?P<year>{MONTH}|ماه|سال)|ساعت)[ {ZWNJ}]?$")
_AT_PLACE = re.compile(r" در [^\s]+$")


def offices(text: str, titles, people: list[Mention], persons=()) -> list[Mention]:
    """Offices named without their holder («رئیس قوه قضاییه … سفر می‌کند»,
    «دیدار رئیس‌جمهور با نخست‌وزیر عراق»): an actor known by title, as the gold names it.

    A title beside a name is that person's, one with «یک» or «این» before it is someone
    unnamed or a person already named, one counted is many, and a title a person's
    mention covers is theirs.
    An office only one person holds, as the article writes it out in full, is theirs
    («وزیر امور خارجه» of «وزیر امور خارجه کشورمان»).
    """
    found = []
    around = _Around(people)
    for title in titles:
        if title.text.split()[0] in _NOT_OFFICES or title.split:
            continue
        if _UNNAMED.search(text, max(0, title.start - 4), title.start) or _counted(text, title):
            continue
        said = _said_before(text, title, persons)
        if said is not None:
            found.append(Mention(title.start, title.end, said, "person"))
        elif not any(_beside(text, m, title) for m in around.near(title.start, title.end)):
            words = _AT_PLACE.sub("", title.text).split()
            cut = next(
                (i for i in range(1, len(words)) if words[i] != "و" and ends_phrase(words, i)),
                len(words),
            )
            office = " ".join(words[:cut])
            holder = _holder(office, persons)
            kind = "person" if holder else "title"
            found.append(Mention(title.start, title.end, holder or office, kind))
    return found


class _Around:
    """People's mentions by where they start, to try on a title only those that can stand
    beside it (``_REACH`` apart at most): each of a long paragraph's titles was tried
    against all its mentions."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def near(self, start: int, end: int) -> list[Mention]:
        """The mentions that may stand beside ``start``–``end``: those starting at most
        ``_REACH`` after its end and, by the longest mention, late enough to end ``_REACH``
        or less before its start."""
        low = bisect_left(self.starts, start - _REACH - self.longest)
        return self.mentions[low : bisect_right(self.starts, end + _REACH, low)]


def _counted(text: str, title) -> bool:
    """Whether a number before the title counts its holders («از مجموع ۲۱۰ نماینده
    حاضر»), not a date's day or year or a clock's hour before it."""
    count = _COUNT.search(text, max(0, title.start - 12), title.start)
    if not count:
        return False
    before = _DATE_OR_TIME.search(text, max(0, count.start() - 20), count.start())
    if not before:
        return True
    digits = count.group().strip()
    return len(digits) not in (2, 4) if before["year"] else int(digits) > 24


# «بازپرس مذکور», «مقام یادشده»: the office's holder the article has just named.
_AFORESAID = re.compile(r" (?:مذکور|یادشده|یاد شده|فوق{Z}?الذکر)$".replace("{Z}", ZWNJ))


def _said_before(text: str, title, persons) -> str | None:
    """Who «بازپرس مذکور» is: the last person named before it with the same head, before
    the name or as their title («… توسط بازپرس اسماعیلی …، بازپرس مذکور … بازدید نموده
    است», «حسن رضایی، بازپرس پرونده، …»)."""
    if not _AFORESAID.search(title.text):
        return None
    head = title.text.split()[0]
    where = {p.name: _last_named(text, p, head, title.start) for p in persons if p.name}
    where = {name: at for name, at in where.items() if at >= 0}
    return max(where, key=where.get) if where else None


def _last_named(text: str, person, head: str, before: int) -> int:
    """Where ``person`` was last named before ``before`` with ``head`` as their office;
    -1 if never."""
    words = (person.name, person.name.split()[-1])
    at = max(text.rfind(f"{head} {word}", 0, before) for word in words)
    if any(t.split()[0] == head for t in person.titles if t.strip()):
        at = max([at, *(s for s, _ in person.mentions if s < before)])
    return at


_HOME = frozenset({"", "کشورمان", "ایران", "جمهوری اسلامی ایران"})


def _holder(office: str, persons) -> str | None:
    """The one person whose title begins with ``office`` (two words at least)."""
    wanted = canonical(office)
    if " " not in wanted:
        return None
    held = {
        (p.name, canonical(t)[len(wanted) :].strip())
        for p in persons
        for t in p.titles
        if canonical(t) == wanted or canonical(t).startswith(wanted + " ")
    }
    holders = {name for name, _ in held}
    if len(holders) > 1:
        # An office named without its country in Iranian news is Iran's.
        holders = {name for name, rest in held if rest in _HOME}
    return holders.pop() if len(holders) == 1 else None


# The most characters between a title and the name it is beside.
_REACH = 20


def _beside(text: str, name: Mention, title) -> bool:
    """A title right before or after a name, one word apart («حقیقت‌پور نائب رئیس …»), or
    with an honorific between («معاون وزیر بهداشت، دکتر نسرین فاضلی»)."""
    if name.start < title.end + 3 and title.start - 3 < name.end:
        # a title after a person named by title and a comma opens a clause: «به گفته
        # استاندار گلستان، معاون اول رئیس‌جمهور …»
        return not (title.start >= name.end and _by_title(text, name))

    if 0 < name.start - title.end <= _REACH:
        words = text[title.end : name.start].replace("،", " ").split()
        return bool(words) and all(w in HONORIFICS for w in words)
    if not 0 < title.start - name.end <= _REACH:
        return False
    gap = text[name.end : title.start]
    words = gap.split()
    return (
        len(words) <= 1
        and not any(c in gap for c in "،.:؛")
        and not set(words) & (_PARTIES | SUBJECT_STOPS)
    )


# A word that sets a second party beside the named one: «رضایی با سفیر چین دیدار کرد»,
# «رضایی و وزیر انرژی عراق … امضا کردند» name two actors, not a person and their title;
# so does a word of the clause after its subject («وی همچنین وزیر نفت را مقصر … دانست»).
_PARTIES = frozenset("با و از به برای علیه نزد همراه".split())


def _by_title(text: str, name: Mention) -> bool:
    """Whether a person's mention is an office, no word of their name."""
    return not set(text[name.start : name.end].split()) & set(name.name.split())


# Words that begin what a clause says of its subject: time words and light verbs.
_TIME_WORDS = frozenset(
    "هفته ماه سال فردا امشب صبح عصر شب ظهر بامداد شامگاه پیش‌تر اخیرا اخیراً نیز همچنین "
    "نیمه اوایل اواخر اواسط ابتدای پایان "
    "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه".split()
)
_LIGHT_VERBS = frozenset(
    "کرد کرده کردند کند کنند می‌کند می‌کنند شد شده شدند داد داده دادند می‌دهد است بود "
    "خواهد خواهند داشت داشتند دارد دارند کرده‌اند شده‌اند داده‌اند داشته‌اند بوده‌اند "
    "یافت یافتند می‌یابد می‌یابند می‌کرد می‌کردند "
    # the passive and the subjunctive, the formal «نمودن»: «در نشست شورای امنیت بررسی شود»
    "شود شوند می‌شود می‌شوند گردد گردید نمود نمودند نماید "
    # the first person, in a speaker's words: «با مدیرعامل باشگاه جلسه داشتیم»
    "داشتیم داشتم کردیم کردم".split()
)
# «در جلسه ستاد مدیریت بحران استان سخن می‌گفت»: spoke, after «سخن».
_SPOKE = frozenset("گفت گفتند می‌گفت می‌گفتند می‌گوید می‌گویند گفته".split())


# The noun of a meeting had with an institution: «با مدیران شرکت نفت بصره نشستی مشترک
# خواهد داشت».
_MEETING_NOUNS = frozenset(f"نشستی جلسه{ZWNJ}ای دیداری ملاقاتی دیدار".split())


# Going to meet someone, the verb the recognizer may run an office into: «به دیدار رهبر
# انقلاب رفت».
_GONE = frozenset(f"رفت رفتند می{ZWNJ}رود می{ZWNJ}روند شتافت شتافتند".split())


# What «جمعه» names no day after: Friday prayers and their leaders («ستاد برگزاری نماز
# جمعه قم», «شورای سیاستگذاری ائمه جمعه»).
_OF_FRIDAY = frozenset("نماز ائمه امام".split())


def ends_phrase(words: list[str], i: int) -> bool:
    """Whether a name's phrase ends at ``words[i]``: a stop word, a time word (not the
    «جمعه» of «نماز جمعه»), a meeting's noun or a verb of going, or a light verb after
    it."""
    return (
        words[i] in STOPS
        or words[i] in _GONE
        or (
            words[i] in _TIME_WORDS
            and not (i and words[i] == "جمعه" and words[i - 1] in _OF_FRIDAY)
        )
        or words[i] in _MEETING_NOUNS
        or verb_noun(words, i)
    )


def verb_noun(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is the noun of a compound verb, a light verb or the future's
    after it («شرکت کرد», «شرکت خواهد کرد», «سخن می‌گفت»): the predicate, no part of a
    name."""
    return i + 1 < len(words) and (
        words[i + 1] in _LIGHT_VERBS or (words[i] == "سخن" and words[i + 1] in _SPOKE)
    )
