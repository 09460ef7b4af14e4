"""Who and where an event can involve, found in an analysed Doc: people, offices named
without their holder, organizations, outlets, institutions, groups of office holders,
countries acting through their people, and places.
"""

import re
from functools import lru_cache

from spacy.tokens import Doc

from khabar.news.events.model import Mention
from khabar.news.events.offices import ends_phrase, offices
from khabar.news.events.patterns import ARRIVING, BODY_WORDS
from khabar.news.people.labels import offices_in_turn
from khabar.news.people.offices import scored_by_title
from khabar.news.people.overlaps import Overlaps
from khabar.news.places import demonyms, past_quarter, places
from khabar.text.chars import ZWNJ

# A mission abroad and the country it speaks for, before the «در» of the city it is in.
_MISSION_IN = re.compile(
    r"(?<![^\s«(،])(?:سفارت|سفیر|سرکنسول|سرکنسولگری|کنسول|کنسولگری|نمایندگی|کاردار|رایزن"
    r"|رایزنی|وابسته(?! به ))(?: [^\s.،]+){1,3} در $"
)
# How well a holder's title must match an office told in turn: most of its words.
_HELD_AS = 0.75
# «در آستانه بازگشایی مدارس»: on the eve of something, not in Astana.
_ON_THE_EVE = re.compile(
    r"آستانه (?:بازگشایی|برگزاری|آغاز|شروع|فرا ?رسیدن|سال|ماه|هفته|روز|ایام|دهه|سالروز|عید"
    r"|جشن|سفر|ورود|انتخابات|نوروز|تحویل|پایان|اتمام|سقوط|فروپاشی|ورشکستگی|جنگ)(?![^\s،.])"
)
_REPORTER = re.compile(r"خبرنگار(?:ان)? [^\s،.]+")
# «به گزارش گروه بین‌الملل خبرگزاری فارس،», «بر اساس اعلام وزارت امور خارجه،»: the
# attribution names who reports.
_ATTRIBUTION = re.compile(
    r"(?<![^\s«(،])(?:به گزارش|به نقل از|بر اساس اعلام|طبق اعلام|به اعلام) [^،.:\n]{1,80}"
)


def find_actors(
    doc: Doc,
    text: str,
    body: int,
    listed: list[tuple[int, int, str]],
    in_turn: list[Mention] = (),
) -> list[Mention]:
    """Who and where an event can involve: people, offices, organizations, countries acting
    through their people, and places; ``in_turn`` are the holders of plural offices
    (:func:`offices_held_in_turn`)."""
    # Words inside a title («امور خارجه روسیه»), a source or «خبرنگار X» are not
    # participants: they name who reports, not who acts.
    taken = [(s.start, s.end) for s in doc._.sources or ()]
    taken += [m.span() for m in _REPORTER.finditer(text)]
    taken += [m.span() for m in _ATTRIBUTION.finditer(text)]
    taken += [(t.start, t.end) for t in doc._.titles or ()]
    taken += [(m.start, m.end) for m in in_turn]
    covered = Overlaps(taken)

    def free(start: int, end: int) -> bool:
        return not covered.any(start, end)

    mentions = [
        Mention(s, e, person.name, "person")
        for person in doc._.people or ()
        for s, e in person.mentions
    ]
    mentions += offices(text, doc._.titles or (), mentions, doc._.people or ())
    mentions += in_turn
    ents = list(doc.ents)  # doc.ents builds its spans anew on every access
    # a listed town the recognizer reads as a body is the town («سد جیرفت», «جیرفت» ORG)
    towns = {(s, e) for s, e, kind in listed if kind == "city"}
    orgs = [o for o in _organizations(text, ents, body, free) if (o.start, o.end) not in towns]
    beside = {m.end for m in mentions if m.kind == "person"}
    countries = _countries(text, body, free, doc._.people or (), beside)
    acting = Overlaps((c.start, c.end) for c in countries)
    mentions += [o for o in orgs if not acting.any(o.start, o.end)]
    mentions += countries
    # a word of a person's name («دیوید کامرون») or a body's is no place; a title's
    # «در» still is one («دبیرکل سازمان ملل متحد در چین»)
    named = [
        (m.start, m.end)
        for m in mentions
        if m.kind == "person" and set(text[m.start : m.end].split()) & set(m.name.split())
    ]
    held = Overlaps(named + [(o.start, o.end) for o in orgs])
    # «سفیر عراق در تهران»: a title's «در» names where its holder serves, a place to meet
    # them («پس از دیدار با سفیر عراق در تهران») but not one they speak from.
    mentions += [
        Mention(s, e, text[s:e], _listed_kind(text, s, kind) if free(s, e) else "post")
        for s, e, kind in listed
        if (free(s, e) or text[s - 3 : s] == "در ")
        and not held.any(s, e)
        and not _ON_THE_EVE.match(text, s)
    ]
    names = Overlaps(named)
    listed_at = Overlaps((s, t) for s, t, _ in listed)
    mentions += [
        _place(text, e.start_char, e.end_char)
        for e in ents
        if e.label_ in ("LOC", "FAC")
        and free(e.start_char, e.end_char)
        and not names.any(e.start_char, e.end_char)
        and not listed_at.any(e.start_char, e.start_char + 1)
    ]
    return mentions


def offices_held_in_turn(text: str, body: int, persons) -> list[Mention]:
    """The holders of a plural office told one each in turn («وزرای خارجه ایران و
    روسیه … دیدار کردند») where the article names each («محمد جواد ظریف و سرگئی
    لاوروف»), by their titles as the people layer matches a title alone: the gold names
    them, not their countries. Each is met at the place of their office, so no country
    is left there to take their part."""
    found = []
    persons = list(persons)
    for start, end, office in offices_in_turn(text, body, {}):
        scored = [scored_by_title(one, persons) for one in office.split]
        names = [s[1].final().name if s and s[0] >= _HELD_AS else None for s in scored]
        words = [one.split(" ") for one in office.split]
        pairs = enumerate(zip(*words, strict=False))
        shared = next((i for i, w in pairs if len(set(w)) > 1), min(map(len, words)))
        places = [" ".join(w[shared:]) for w in words]
        at = [text.find(place, start, end) for place in places]
        if None not in names and len(set(names)) == len(names) and -1 not in at and all(places):
            found += [
                Mention(s, s + len(place), name, "person")
                for s, place, name in zip(at, places, names, strict=True)
            ]
    return found


def _place(text: str, start: int, end: int) -> Mention:
    """A place the recognizer found, with the quarter its span may leave out («استان
    آذربایجان غربی»)."""
    end = past_quarter(text, end)
    name = text[start:end]
    return Mention(start, end, name, "country" if _country_without_madda(name) else "city")


def _country_without_madda(name: str) -> bool:
    """Older reports write a country's first «آ» bare («امریکا», «المان»); the list has
    the madda, the recognizer finds the word, and a country acts where a city does not."""
    return name.startswith("ا") and places().get("آ" + name[1:]) == "country"


def _listed_kind(text: str, start: int, kind: str) -> str:
    """A city an embassy or envoy is «در» is where they serve («سفارت افغانستان در
    تهران»), as a title's is, though no title holds it."""
    if kind == "city" and _MISSION_IN.search(text, max(0, start - 60), start):
        return "post"
    return kind


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


_ABBREVIATION = re.compile(r" \(([^\s()]+)\)")
# A conjunction the recognizer took into the name of the subject it follows.
_CONJUNCTION_AFTER = re.compile(r"(?: (?:اما|ولی|نیز|هم))+$")
# A body of two countries, named after it: «کمیسیون مشترک اقتصادی دو کشور ایران و ویتنام».
_OF_TWO_COUNTRIES = " دو کشور"


def _organizations(text: str, ents, body: int, free) -> list[Mention]:
    """Organizations: the recognizer's, with an abbreviation written after them
    («سازمان کشورهای صادرکننده نفت (اوپک)»), every other place the text names one of
    them (the recognizer finds «شورای رقابت» once and misses it elsewhere), and an
    institution opening a clause («در همین حال، مرکز آمار ایران … اعلام کرد»)."""
    found: list[Mention] = _media(text, body, free)
    names: dict[str, str] = {}
    for e in ents:
        if e.label_ != "ORG" or not free(e.start_char, e.end_char):
            continue
        if any(m.start < e.end_char and e.start_char < m.end for m in found):
            continue
        if _SETTING_OUT.match(e.text):
            continue  # «رهسپار دوحه می‌شود»: a verb of going and where, no body
        if all(w in demonyms() or w in places() for w in e.text.split()):
            # «فعالان اقتصادی ایرانی»: a country's adjective alone names no body, nor
            # with a country («این مقام آمریکایی ایران را … متهم کرد»)
            continue
        start, name, end = e.start_char, e.text.strip(), e.end_char
        if (
            found
            and found[-1].kind == "org"
            and text[found[-1].end : e.start_char] == " "
            and not text.startswith(" را ", end)
        ):
            # two bodies side by side are one body of the other («مجمع عمومی» «اتحادیه …»),
            # not a subject and its object («باشگاه پرسپولیس» «فدراسیون فوتبال» «را»)
            start = found.pop().start
            name = text[start:end]
        elif text.startswith(_OF_TWO_COUNTRIES, end) and not _GOES_ON.match(
            text, end + len(_OF_TWO_COUNTRIES)
        ):
            end += len(_OF_TWO_COUNTRIES)  # «کمیسیون مشترک اقتصادی» «دو کشور»
            name = text[start:end]
        trailing = _CONJUNCTION_AFTER.search(name)
        if trailing:  # «فدراسیون والیبال اما در اطلاعیه‌ای …»
            name, end = name[: trailing.start()], end - len(trailing.group())
        written = name
        short = _ABBREVIATION.match(text, end)
        if short:
            names[short.group(1)] = f"{name} ({short.group(1)})"
            name, end = names[short.group(1)], short.end()
        found.append(Mention(start, end, name, "org"))
        if " " in name:
            names.setdefault(written, name)
    found += [i for i in _institutions(text, body, free) if not any(_overlap(i, o) for o in found)]
    found += [g for g in _office_groups(text, body, free) if not any(_overlap(g, o) for o in found)]
    if not names:
        return found
    for start, end, written in _written_again(text, names, body):
        mention = Mention(start, end, names[written], "org")
        if free(start, end) and not any(_overlap(mention, o) for o in found):
            found.append(mention)
    return found


_SETTING_OUT = re.compile(rf"(?:{ARRIVING}) ")
_OPENS_WORD = re.compile(r"[\s«(،]")
_GOES_ON = re.compile(r"[^\s،؛:.!؟()«»]")


def _written_again(text: str, names, pos: int) -> list[tuple[int, int, str]]:
    """Where ``text`` from ``pos`` on writes one of ``names`` as whole words: at each
    place the longest, the next one after it ends. A pattern of the names would do the
    same, but it is compiled anew for every article's names, which costs more than this
    search."""
    candidates = []
    for name in names:
        at = text.find(name, pos)
        while at >= 0:
            stop = at + len(name)
            if (at == 0 or _OPENS_WORD.match(text, at - 1)) and not _GOES_ON.match(text, stop):
                candidates.append((at, -stop, name))
            at = text.find(name, at + 1)
    found = []
    end = pos
    for start, before_stop, name in sorted(candidates):
        if start >= end:
            found.append((start, -before_stop, name))
            end = -before_stop
    return found


def _media(text: str, body: int, free) -> list[Mention]:
    """A country's press as one actor: «ادعای برخی رسانه‌های افغانستانی» is the media's,
    not the country's."""
    return [
        Mention(m.start(), m.end(), m.group(), "org")
        for m in _media_pattern().finditer(text, body)
        if free(*m.span())
    ]


@lru_cache(maxsize=1)
def _media_pattern() -> re.Pattern[str]:
    adjectives = "|".join(sorted(map(re.escape, demonyms()), key=len, reverse=True))
    return re.compile(
        rf"(?<![^\s«(،])(?:رسانه|روزنامه){ZWNJ}?(?:های|ها) (?:{adjectives})(?![^\s،؛:.!؟()«»])"
    )


_INSTITUTION = re.compile(
    r"(?:^|(?<=، )|(?<=\n)|(?<=\. )|(?<=: )|(?<=با ))"
    r"(?:(?:مسئولان|مسؤولان|مدیران|مقامات|نمایندگان|اعضای|کارکنان) )?(?P<body>(?:"
    + BODY_WORDS
    + r")(?: [^\s،؛:.!؟()«»]+){1,6})"
)


def _institutions(text: str, body: int, free) -> list[Mention]:
    """An institution opening a clause or met «با» («تفاهم‌نامه‌ای با دانشگاه فنی مونیخ»,
    «با مسئولان دانشگاه علوم پزشکی ایرانشهر دیدار کرد»), as far as the words that begin
    the predicate: a stop word, a time word, or the noun of a compound verb («اعلام کرد»)."""
    found = []
    for m in _INSTITUTION.finditer(text, body):
        start = m.start("body")
        words = m.group("body").split()
        cut = next((i for i, w in enumerate(words) if i and ends_phrase(words, i)), len(words))
        end = start + len(" ".join(words[:cut]))
        if cut >= 2 and free(start, end):
            found.append(Mention(start, end, text[start:end], "org"))
    return found


# Holders of one office met together: «با فرمانداران و بخشداران جنوب استان», «با
# استانداران سراسر کشور».
_OFFICERS = "استانداران|فرمانداران|بخشداران|شهرداران|دهیاران|سفیران|رؤسای|روسای"
_OFFICE_GROUP = re.compile(
    rf"(?<=با )(?P<heads>(?:{_OFFICERS})(?: و (?:{_OFFICERS}))?)"
    r"(?P<rest>(?: [^\s،؛:.!؟()«»]+){1,5})"
)


def _office_groups(text: str, body: int, free) -> list[Mention]:
    """Offices held by many, met as a group «با» («وزیر کشور با استانداران سراسر کشور
    دیدار کرد»): a participant the gold names by the group, as far as the predicate."""
    found = []
    for m in _OFFICE_GROUP.finditer(text, body):
        heads = len(m.group("heads").split())
        words = m.group("rest").split()
        cut = next((i for i in range(len(words)) if ends_phrase(words, i)), len(words))
        end = m.end("heads") + len(" ".join(["", *words[:cut]]))
        if cut and heads and free(m.start(), end):
            found.append(Mention(m.start(), end, text[m.start() : end], "org"))
    return found


_GROUPS = (
    "هیئت هیأت هیئتی هیأتی دولت مقام‌های مقامات طرف همتای همتایان نمایندگان وزیران کارگروه"
).split()


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern[str]:
    adjectives = "|".join(sorted(map(re.escape, demonyms()), key=len, reverse=True))
    groups = "|".join(map(re.escape, _GROUPS))
    # «همتای عراقی‌اش»: the possessive clitic for «خود»
    end = rf"(?:{ZWNJ}?(?:اش|شان))?(?![^\s،؛:.!؟()«»])"
    return re.compile(
        rf"(?<![^\s«(،])(?:{groups}) (?:[^\s،.]+ )?({adjectives}){end}(?: و ({adjectives}){end})?"
    )


def _countries(text: str, body: int, free, persons, beside: set[int]) -> list[Mention]:
    """A country acting through its people: «هیئت ایرانی», «ادعای مقام‌های سعودی»,
    «همتایان قزاقستانی و روس خود»; «همتای ترکیه‌ای خود» is the one person the article
    gives an office of that country, when it names one, and no one else when it stands
    beside a name (a person's mention ending at one of ``beside``: «با سرگئی لاوروف همتای
    روس خود»)."""
    table = demonyms()
    found = []
    for m in _demonym_pattern().finditer(text, body):
        if m.group().startswith("همتای ") and m.start() - 1 in beside:
            continue
        for group in (1, 2):
            if m.group(group) and free(*m.span(group)):
                country = table[m.group(group)]
                counterpart = (
                    _counterpart(country, persons) if m.group().startswith("همتای ") else None
                )
                kind = "person" if counterpart else "country"
                found.append(Mention(*m.span(group), counterpart or country, kind))
    return found


def _counterpart(country: str, persons) -> str | None:
    holders = {p.name for p in persons for t in p.titles if country in t.split()}
    return holders.pop() if len(holders) == 1 else None
