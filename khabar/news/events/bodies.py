"""Bodies named by the session itself, which the recognizer may not know as bodies: the
committee whose session it is («جلسه کمیته واگذاری …»), the body that convenes («تشکیل
جلسه می‌دهد») or that someone came before («در کمیسیون … حضور یافت»), and countries a
title names when no one who can act is named."""

import re

from khabar.news.dates.lexicon import MONTH
from khabar.news.dates.tense import sentence_end
from khabar.news.events.model import Context, Mention, within
from khabar.news.events.offices import verb_noun
from khabar.news.events.participants import about
from khabar.news.events.patterns import (
    BODIES,
    DIVISION,
    DOCUMENT,
    GATHERING,
    GROUP,
    MAX_PARTIES,
    MAX_PARTY_WORDS,
    PHRASE_END,
    SAT_BODIES,
    SITTING,
    SPACE,
    WHEN_WORDS,
    Z,
)
from khabar.news.events.sentence import clause_span
from khabar.news.places import find_places

# The division a place is named with, right before it: «استان کرمان», «شهر قم».
_DIVISION_END = re.compile(rf"(?<![^\s]){DIVISION}$")
# «وزیر … در کمیسیون کشاورزی مجلس حضور یافت»: the body sat with whoever came before it.
_BEFORE_BODY = re.compile(rf"(?:(?:جلسه|نشست) )?(?=(?:{SITTING}) )")
# «نشست اعضای هیئت‌مدیره اتحادیه …», scraped «هيئتمديره» too
_BOARDS = (f"هیئت{Z}مدیره", "هیئتمدیره")
# The body a session is of: «جلسه (مهم) کمیته …», «اجلاس سران سازمان …», «نشست بعدی
# وزیران گروه …»; not whom it is with («نشست با وزیران خارجه ترکیه …»).
_SESSION_BODY = re.compile(
    rf"(?:جلسه|نشست|اجلاس|مجمع|همایش)(?:ی|{Z}ای)?(?: (?!با )[^\s.،]+)? (?P<head>"
    # a court's session is a hearing, no meeting
    + "|".join(
        re.escape(b)
        for b in (*BODIES, "هیئت", "هیأت", *_BOARDS, "وزیران", "سران", "گروه")
        if b != "دادگاه"
    )
    + r")(?![^\s])"
)
# A session of people named by their role: «نشست ماهانه شهرداران استان مازندران»,
# «اولین گردهمایی روسای ادارات راه و ترابری»; not whom it is with («نشست با …»).
_SESSION_GROUP = re.compile(
    rf"(?:(?:نخستین|اولین|[^\s.،]+مین) )?(?:جلسه|نشست|اجلاس|{GATHERING})(?:ی|{Z}ای)?"
    rf"(?: (?!با )[^\s.،]+)? (?={GROUP})"
)
# The people a gathering held is of, after a word of its kind: «(آموزشی) روسای …».
_GROUP_AFTER = re.compile(rf"(?: [^\s.،]+)? (?P<group>{GROUP})")
_AND_GROUP = re.compile(rf" و (?={GROUP})")
# A group named by its one word: «دهیاران».
_LONE_GROUP = re.compile(rf"^{GROUP}$")
# Whom it is held with: «با مدیران شهرک‌ها», «با حضور دهیاران», the groups right after «با».
_HELD_WITH = re.compile(rf" با (?:حضور )?(?={GROUP})")
# A document of cooperation and the two bodies it is between: «تفاهم‌نامه همکاری اتاق
# بازرگانی کرمانشاه و اتاق تجارت دیاله».
_COOPERATION = re.compile(rf"{DOCUMENT}(?:ی|{Z}?ای)? همکاری(?:{Z}?های)? ")
_AND_BODY = re.compile(" و (?:" + "|".join(map(re.escape, (*BODIES, "اتاق"))) + ") ")
# Delegations meeting, named by what they are of: «هیئت‌های اقتصادی دو استان», and the
# heads of states, named by the states: «سران پنج کشور حاشیه دریای خزر».
_DELEGATIONS = re.compile(rf"(?:هی[ئأ]ت{Z}?های|سران) ")
# «در جلسه روز شنبه این کمیته»: a session of the body told before as «این X».
_THIS_BODY = re.compile(
    r"(?: [^\s.،]+){0,3}? این (?P<head>"
    + "|".join(re.escape(b) for b in (*BODIES, "شورا") if b != "دادگاه")
    + r")(?![^\s])"
)
# A session of the body told before as «این X», opening the trigger: «جلسه این شورا».
_SESSION_OF_THIS = re.compile(
    rf"(?:جلسه|نشست|اجلاس)(?:ی|{Z}?ای|{Z}?های)? این (?P<head>"
    + "|".join(re.escape(b) for b in ("شورا", "کمیته", "کمیسیون", "ستاد", "کارگروه", "هیئت"))
    + r")(?![^\s])"
)
# How far back the body «این X» points to may be named, and how long its name may be.
_LOOKBACK = 400
_LONG_NAME_WORDS = 10
# Where a name stops: a time word, a number, a month («… اوپک‌پلاس اول ژوئن ۲۰۲۴»).
# Words that begin a time after a name: «… هفته آینده», «… پیش از پایان اسفند», «… روز شنبه».
_TIME_WORDS = "هفته|ماه|سال|روز|پیش|قبل|ظرف|طی|هر|(?:(?:یک|دو|سه|چهار|پنج)\u200c?)?شنبه|جمعه"
_NOT_NAME = re.compile(rf"(?:{'|'.join(sorted(WHEN_WORDS))}|{_TIME_WORDS}|[^\s]*\d|(?:{MONTH}))$")
# A body named for what it fights, its «با» no end: «ستاد مبارزه با کرونا استان», «کمیته
# مقابله با آسیب‌های اجتماعی».
_FIGHTING = (" مبارزه", " مقابله")
_EDGE_WORDS = frozenset("اول ابتدای اوایل اواسط اواخر پایان نیمه".split())
# What a speaker at the session does, after its name: «در نشست شورای قضایی استان اعلام کرد».
_SAYING = frozenset(
    "اعلام گفت افزود اظهار تاکید تأکید خاطرنشان یادآور عنوان بیان تصریح ابراز کرد کردند".split()
)


def session_of(text: str, at: tuple[int, int], e: int) -> list[str]:
    """The body whose session the trigger names, when the sentence names no one else
    («جلسه سرنوشت‌ساز کمیته واگذاری باشگاه نفت … فردا برگزار خواهد شد», «اجلاس سران
    سازمان همکاری شانگهای … آغاز به کار کرد»)."""
    if text.startswith(SAT_BODIES, at[0]):
        return named_from(text, at[0], e)
    body = _SESSION_BODY.match(text, at[0], e)
    return named_from(text, body.start("head"), e) if body else []


def session_group(text: str, at: tuple[int, int], e: int) -> list[str]:
    """The people a session is of, named by their role («نشست ماهانه شهرداران استان
    مازندران»)."""
    group = _SESSION_GROUP.match(text, at[0], e)
    return named_from(text, group.end(), e) if group else []


# Some of a group met after «دیدار»: «در دیدار جمعی از فرماندهان نیروی هوایی ارتش», «در
# دیدار هزاران نفر از دانشجویان».
_SOME_OF_GROUP = re.compile(
    rf" ?(?:با )?(?:جمعی|جمع (?:زیادی|کثیری)|گروهی|شماری|تعدادی|عده{Z}?ای"
    rf"|(?:هزاران|صدها|ده{Z}?ها|[0-9۰-۹]+) نفر) از (?={GROUP})"
)


def group_met(text: str, at: tuple[int, int], e: int) -> list[str]:
    """The group some of whom a meeting told by its noun is with, by their role («رهبر
    انقلاب در دیدار جمعی از فرماندهان نیروی هوایی ارتش …»), as far as the predicate; the
    role alone too («در دیدار با جمعی از روحانیان گفت»)."""
    some = _SOME_OF_GROUP.match(text, at[1], e)
    return named_from(text, some.end(), e, fewest=1) if some else []


def this_body(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """The body whose session «این X» points back to, named earlier in the sentence
    («کمیته انضباطی فدراسیون فوتبال نیز اعلام کرد که پرونده … در جلسه روز شنبه این
    کمیته بررسی می‌شود»)."""
    this = _THIS_BODY.match(text, at[1], sentence[1])
    if not this:
        return []
    named = text.rfind(f"{this.group('head')} ", sentence[0], at[0])
    return named_from(text, named, at[0]) if named >= 0 else []


def body_told_before(text: str, at: tuple[int, int], s: int) -> list[str]:
    """The body «این X» points back to in a session told with no one named («اولین
    جلسه این شورا … امروز برگزار می‌شود»), named in the sentences just before («… به
    عنوان اعضای شورای سیاست‌گذاری سی و ششمین جشنواره ملی فیلم فجر منصوب شدند»): a
    body named in full may be long, the name of what it is for inside it."""
    this = _SESSION_OF_THIS.match(text, at[0], at[1])
    if not this:
        return []
    named = text.rfind(f" {this.group('head')}", max(0, s - _LOOKBACK), s)
    if named < 0:
        return []
    return named_from(text, named + 1, min(sentence_end(text, named), s), _LONG_NAME_WORDS)


def gathering_held(text: str, inside: list[Mention], at: tuple[int, int], e: int) -> list[str]:
    """The parties a gathering told by its holding names: the people it is of, by their
    role («همایش روسای اورژانس پیش‌بیمارستانی و مدیران حوادث دانشگاه‌ها»), else a body
    in its name («همایش اقتدار بسیج»), and whom it is held with («جلسات آموزشی با مدیران
    شهرک‌های مسکونی»); no one else the sentence names, who tells of it."""
    end = PHRASE_END.search(text, at[1], e)
    stop = end.start() if end else e
    group = _GROUP_AFTER.match(text, at[1], stop)
    parties = (
        [
            name
            for part in _AND_GROUP.split(text[group.start("group") : stop])
            for name in named_from(part, 0, len(part))
        ]
        if group
        else [m.name for m in inside if at[1] < m.start and m.end <= stop and m.kind == "org"]
    )
    held_with = _HELD_WITH.match(text, stop, e)
    if held_with:
        # each group of those it is held with: «با حضور دهیاران و شوراهای روستاها»
        parties += [
            name
            for part in _AND_GROUP.split(text[held_with.end() : e])[:MAX_PARTIES]
            for name in named_from(part, 0, len(part)) or _LONE_GROUP.findall(part)
        ]
    return list(dict.fromkeys(parties))


def convening(
    text: str, at: tuple[int, int], sentence: tuple[int, int], context: Context
) -> list[str]:
    """The body that convenes, the subject of «تشکیل جلسه می‌دهد» («… افزود که کمیته مشترک
    کنسولی دو کشور ۲۵ خرداد در تهران تشکیل جلسه می‌دهد»), up to a time or a date; the
    subject of what was agreed too («توافق کردند که کمیته امنیتی مشترک … تشکیل جلسه دهد»)."""
    if not text.startswith("تشکیل ", at[0]):
        return []
    speech = within(context.reported, at[0])
    start = speech[0] if speech else clause_span(text, at, sentence)[0]
    that = text.rfind(" که ", start, at[0])
    start = SPACE.match(text, that + 4 if that >= 0 else start).end()
    if not text.startswith(BODIES, start):
        return []
    return named_from(text, start, at[0])


def sat_before(text: str, at: tuple[int, int]) -> list[str]:
    """The body someone came before, which the recognizer may not know as one: «در
    کمیسیون کشاورزی، آب و منابع طبیعی مجلس حضور یافت» → «کمیسیون کشاورزی»."""
    body = _BEFORE_BODY.match(text, at[0])
    came = text.rfind(" حضور ", at[0], at[1])
    return named_from(text, body.end(), came) if body and came >= 0 else []


_LISTED = re.compile(r" و |، ")


def joined_bodies(participants: list[str], more: list[str]) -> list[str]:
    """``participants`` and ``more``, one name for each body, the one that goes on
    («کمیسیون کشاورزی، آب و منابع طبیعی مجلس», not also «کمیسیون کشاورزی»)."""
    joined = list(participants)
    for m in more:
        if set(_LISTED.split(m)) <= set(joined):
            continue  # «دولت و مجلس» of a joint session whose two parties are there
        same = next((i for i, p in enumerate(joined) if _same_body(m, p)), None)
        if same is None:
            joined.append(m)
        elif m.startswith(joined[same]):
            joined[same] = m
    return joined


def _same_body(a: str, b: str) -> bool:
    """Two names of one body: one holds the other, or they share a run of two words
    («مجمع عمومی اتحادیه صادرکنندگان» and «اتحادیه صادرکنندگان فرآورده‌های نفتی»)."""
    if a in b or b in a:
        return True
    x, y = a.split(), b.split()
    return bool(
        {tuple(x[i : i + 2]) for i in range(len(x) - 1)}
        & {tuple(y[i : i + 2]) for i in range(len(y) - 1)}
    )


def _its_place(text: str, start: int, stop: int) -> int:
    """Where a body's name closes: after the province or city it is of («شورای اداری
    استان کرمان حادثه پاکدشت را … دانست» → «شورای اداری استان کرمان»), else ``stop``."""
    name = text[start:stop]
    return next(
        (
            start + end
            for begin, end, _ in find_places(name)
            if _DIVISION_END.search(name, 0, begin)
        ),
        stop,
    )


def named_from(
    text: str, start: int, e: int, most: int = MAX_PARTY_WORDS, fewest: int = 2
) -> list[str]:
    """The name that starts at ``start``, up to a preposition, a time, a date, a verb of
    saying or a compound verb's noun (not the «با» of what a body fights: «ستاد مبارزه با
    کرونا»): «وزیران گروه اوپک‌پلاس اول ژوئن ۲۰۲۴ در وین» →
    «وزیران گروه اوپک‌پلاس», «شورای حکام آژانس شرکت خواهد کرد» → «شورای حکام آژانس»; of
    ``fewest`` words at least, since one word is mostly no name."""
    end = PHRASE_END.search(text, start, e)
    if end and end.group() == " با" and text.endswith(_FIGHTING, start, end.start()):
        end = PHRASE_END.search(text, end.end(), e)
    stop = _its_place(text, start, end.start() if end else e)
    words = text[start:stop].split()
    # the word after, for a compound verb's noun the phrase's end cut from its light verb
    # («جلسه شورای سلامت تشکیل شد»)
    verbal = words + text[stop : stop + 20].split()[:1]
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i and (_NOT_NAME.match(w) or w.rstrip(":") in _SAYING or verb_noun(verbal, i))
        ),
        len(words),
    )
    while cut and words[cut - 1] in _EDGE_WORDS:
        cut -= 1
    return [" ".join(words[:cut])] if fewest <= cut <= most else []


def countries_of_session(text: str, context: Context, at: tuple[int, int], e: int) -> list[str]:
    """The countries a next session's own name lists («نشست بعدی کمیسیون مشترک اقتصادی
    ایران و ترکمنستان»): they meet, not whoever announces it."""
    end = PHRASE_END.search(text, at[1] + 1, e)
    stop = end.start() if end else e
    named = [context.holders.get(p, n) for p, n in sorted(context.countries) if at[1] < p < stop]
    named = list(dict.fromkeys(named))
    return named if 2 <= len(named) <= MAX_PARTIES else []


def countries_in(
    text: str, context: Context, sentence: tuple[int, int], at: tuple[int, int]
) -> list[str]:
    """The countries a sentence names, inside titles too, when it names no one who can
    act: «گفت‌وگوی تلفنی وزیران امور خارجه ایران و عربستان» is between the two; not what
    it was about («درباره بحران سوریه، برنامه هسته‌ای کره شمالی … گفت‌وگو کردند»)."""
    s, e = sentence
    inside = [Mention(p, p + len(n), n, "country") for p, n in context.countries if s <= p < e]
    named = [context.holders.get(m.start, m.name) for m in about(text, inside, sentence, at)]
    named = list(dict.fromkeys(named))
    return named if 2 <= len(named) <= MAX_PARTIES else []


def cooperating(text: str, s: int, at: tuple[int, int]) -> list[str]:
    """The two bodies a cooperation document is of, named right after it («تفاهم‌نامه
    همکاری اتاق بازرگانی کرمانشاه و اتاق تجارت دیاله با حضور دو استاندار امضا شد»): the
    parties, not who attended the signing."""
    found = list(_COOPERATION.finditer(text, s, at[1] + 40))
    if not found:
        return []
    start = found[-1].end()
    limit = at[0] if at[0] > start else start + 120
    end = PHRASE_END.search(text, start, limit)
    phrase = text[start : end.start() if end else limit]
    joint = _AND_BODY.search(phrase)
    if not joint or not phrase.startswith((*BODIES, "اتاق ")):
        return []
    first = phrase[: joint.start()].split()
    second = named_from(phrase, joint.start() + 3, len(phrase))
    return [" ".join(first), *second] if second and len(first) <= MAX_PARTY_WORDS else []


def delegations(text: str, at: tuple[int, int], sentence: tuple[int, int]) -> list[str]:
    """The delegations or heads of state opening the clause, when they are named by no
    country («هیئت‌های اقتصادی دو استان … نشستی سه ساعته برگزار کردند», «سران پنج کشور
    حاشیه دریای خزر … گرد هم آمدند»): the phrase up to a time or place."""
    opening = SPACE.match(text, clause_span(text, at, sentence)[0]).end()
    if not _DELEGATIONS.match(text, opening):
        return []
    return named_from(text, opening, at[0])
