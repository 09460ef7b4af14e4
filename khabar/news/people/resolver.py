"""People: every mention of one person merged, with the titles the article gives them.

A person is found through a name: from the named-entity recognizer, or the subject of a
speech verb that reads as a name. Names are completed with a given name written before
them («یلدیریم» → «مولود یلدیریم»). Then, in this order:

1. a shorter name that ends a longer one is the same person («واسیلیف» → «ایگور واسیلیف»);
2. a title next to a name is that person's («سرگئی لاوروف، وزیر خارجه روسیه»), pairwise
   when names and titles are coordinated («لاوروف و تیلرسون، وزیر خارجه روسیه و آمریکا»);
3. a title standing alone is the person who holds it, when exactly one does, compared in
   one canonical spelling («رئیس دستگاه دیپلماسی روسیه» = «وزیر امور خارجه روسیه»);
4. a title nobody holds yet names the next person the article introduces by name: news
   says «رئیس کل بانک مرکزی» in the lead and the name in the next paragraph;
5. «وی» or «او» as a speaker is whoever spoke (or was named) last before it.

An institution that speaks («مرکز آمار ایران اعلام کرد») is a speaker but not a person.
Names are compared with spaces and half-spaces ignored, since damaged text writes
«کاظمی پور», «کاظمیپور» and «کاظمی‌پور» for one name.
"""

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from khabar.news.places import demonyms, places
from khabar.news.quotes import DOCUMENTS
from khabar.news.titles import (
    BEFORE_COUNTRY,
    BEFORE_MINISTRY,
    HEADS,
    HONORIFICS,
    LIGHT_VERBS,
    STOPS,
    Title,
    canonical,
    find_titles,
    head_at,
    with_body,
)
from khabar.text.chars import ZWNJ

PRONOUNS = frozenset({"وی", "او", "ایشان"})
INSTITUTIONS = (
    "سازمان",
    "وزارت",
    "مرکز",
    "بانک",
    "شرکت",
    "دولت",
    "مجلس",
    "ستاد",
    "اداره",
    "شورای",
    "کمیسیون",
    "دانشگاه",
    "پژوهشگاه",
    "فدراسیون",
    "باشگاه",
    "انجمن",
    "اتحادیه",
    "سپاه",
    "ارتش",
    "پلیس",
    "دادگاه",
    "قوه",
    "کاخ",
    "روابط عمومی",
    "صندوق",
    "استانداری",
    "فرمانداری",
    "شهرداری",
    "سفارت",
    "کمیته",
    "جمعیت",
    "دفتر",
)
_INSTITUTION_WORDS = frozenset(i for i in INSTITUTIONS if " " not in i)
_HONORIFICS_BEFORE = re.compile(
    "(?:(?:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)) + r") )+$"
)
# Honorifics come in runs: «حضرت آیت‌الله», «حجت‌الاسلام والمسلمین دکتر».
_HONORIFIC = re.compile(
    "^(?:(?:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)) + r") )+"
)
# Words a name set off by commas never holds: the end of a phrase, or a title's head.
_NOT_IN_NAMES = STOPS | frozenset(HEADS)
_HONORIFIC_AT = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)) + r") "
)
_BARE_APPOSITION = re.compile(
    " (?:" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + ") "
)
_PATRONYMIC = (" بن ", " بنت ")
# Latin letters as Persian spells them out in acronyms («او ام وی», «بی بی سی»), but for
# those that are words too («او», «وی», «ای»).
LETTER_NAMES = frozenset("بی سی دی اف جی اچ کی ال ام ان پی کیو آر اس تی یو دبلیو اکس زد".split())
# A blessing after a name is for a holy figure («امام رضا (ع)», «امام خمینی (ره)»), whom
# news names in places and occasions, not as one of the story's people.
_BLESSING = re.compile(r" ?\((?:ع|ره|س|عج|ص)\)")
# What names an outlet after it: «به خبرنگار شانا», «خبرگزاری ایسنا», «روزنامه اعتماد».
_OUTLET_NOUNS = ("خبرنگار ", "خبرگزاری ", "روزنامه ", "شبکه ", "پایگاه ", "هفته‌نامه ")
# The comma setting a title off after a name, «دیگر» allowed: «هستی نوروزی، دیگر ملی‌پوش
# ایران …».
_COMMA_BEFORE_TITLE = re.compile(r"، (?:دیگر )?$")
# What opens a name listed with its own title: «و», «با», a paragraph's start, or a
# connective and its comma at the head of a sentence («در همین حال، فام تی لان، وزیر …»).
_AFTER_AND_OR_BA = re.compile(
    r"(?:(?:^|\s)(?:و|با) |\n|(?:در همین حال|در این میان|همچنین|در ادامه)، )"
    r"(?P<name>[^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+){1,2})$"
)
_RESPECTIVELY = re.compile(r"،? به ترتیب(?: به عنوان)? ")
_JOINT = re.compile(r"(?: و|،) ")
_APPOSITION = re.compile(
    "، (?:" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + ") "
)
_WORD_AFTER = re.compile(r" ([^\s،؛:.!؟()«»]+)")
_DEMONSTRATIVE = re.compile(r"(?<![^\s«(،])(?:این|آن|همین|همان) $")
_PRONOUN = re.compile(r"(?<![^\s«(،])(?:وی|او)(?![^\s،؛:.!؟()«»])")
# Nouns for a person a demonstrative refers back with: «این بازیکن», «این مربی».
PERSON_NOUNS = frozenset(
    "بازیکن مربی سرمربی ورزشکار کشتی‌گیر ملی‌پوش فوتبالیست والیبالیست مهاجم هافبک مدافع "
    "دروازه‌بان قهرمان اقتصاددان تحلیلگر پژوهشگر محقق کارشناس دیپلمات سیاستمدار هنرمند "
    "بازیگر کارگردان نویسنده شاعر خواننده".split()
)
_PLAYERS = {"بازیکن", "مهاجم", "هافبک", "مدافع", "دروازه‌بان", "کاپیتان", "ملی‌پوش"}
# The heads of title a description's noun takes up; any other noun takes up its own.
_ROLE_HEADS = {
    "بازیکن": _PLAYERS,
    "ملی‌پوش": _PLAYERS,
    "مربی": {"مربی", "سرمربی"},
    "سرمربی": {"مربی", "سرمربی"},
    "ورزشکار": _PLAYERS | {"قهرمان"},
    "کارشناس": {"کارشناس", "تحلیلگر", "اقتصاددان"},
}
_DESCRIPTION = re.compile(
    r"(?<![^\s«(،])(?:این|همین) (?P<noun>"
    + "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
    + r")(?![^\s،؛:.!؟()«»])(?! (?:و|ها|های|ان)\b)"
)
_COUNTERPART = re.compile(
    r"(?<![^\s«(،])همتای (?P<adjective>[^\s،؛:.!؟()«»]+) خود(?![^\s،؛:.!؟()«»])"
)
_DIGIT_AFTER = re.compile(r" ?[0-9۰-۹]")
_DIGIT_BEFORE = re.compile(r"[0-9۰-۹] ?$")
_PART_OF_MONTH = re.compile(r"(?<![^\s«(،])(?:اوایل|اواسط|اواخر|ابتدای|پایان|نیمه|ماه) $")
_NAME_WORD = re.compile(r"^[^\W\d_][^\s،:؛.!؟()«»]*$")
_NOT_NAME_START = ("این", "آن", "یک", "همه", "برخی", "چند", "دو", "هر", "یکی")
# Words the recognizer takes for names: pronouns of anyone, and the virus of the 2020s news.
_NOT_NAMES = frozenset({"هیچ‌کس", "کسی", "همگان", "یکی", "خود", "کرونا", "کووید"})
# A statement or report a quote is read from («در این بیانیه آمده است که …») when the
# article does not say who issued it: it names no one.
_DOCUMENT_WORDS = frozenset(DOCUMENTS) | {f"{d}{ZWNJ}ای" for d in DOCUMENTS}
MAX_NAME_WORDS = 4
# Web frequency (shekar's counts) from which a lexicon word counts as an ordinary word.
COMMON_FREQUENCY = 50_000


def key(name: str) -> str:
    """A name with spaces and half-spaces removed, for comparing spellings."""
    return name.replace(ZWNJ, "").replace(" ", "")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The listed given names, each also with «سید» written onto it («سیدعباس»), as
    descendants of the Prophet write theirs."""
    lines = files("khabar.data").joinpath("given_names.txt").read_text("utf-8").splitlines()
    names = {line for line in lines if line and not line.startswith("#")}
    return frozenset(names | {f"سید{n}" for n in names if not n.startswith("سید")})


@lru_cache(maxsize=1)
def _name_start_pattern() -> re.Pattern[str]:
    """Where a name may start: a given name, or any word after «با» («دیدار با ژونگ وی»)."""
    names = "|".join(map(re.escape, sorted(given_names(), key=len, reverse=True)))
    return re.compile(rf"(?<![^\s«(،])(?:{names})(?=\s)|(?<=(?<![^\s«(،])با )[^\s،؛:.!؟()«»]+")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary words: listed by a curated lexicon and frequent on the web. A surname the
    lexicon happens to list («لوپز», seen ten times) is not among them."""
    from khabar.text.normalizer import default_repairer

    repairer = default_repairer()
    return frozenset(
        w
        for w in repairer.protected - given_names()
        if repairer.stems.get(w, ("", 0))[1] >= COMMON_FREQUENCY
    )


# Given names that are ordinary words too («امید», «بهمن») or the names of holy figures
# the news writes alone («امام حسین», «حضرت فاطمه»): alone, they name no one in particular.
SHARED_GIVEN_NAMES = frozenset(
    "امید ایمان امیر بهمن جان سید کریم رحیم صادق عادل هادی ناصر نادر منصور اکبر اصغر رحمان "
    "محمد علی حسین حسن رضا مهدی فاطمه زهرا زینب معصومه موسی عیسی یوسف داوود سلیمان "
    "ابراهیم اسماعیل یعقوب جواد باقر تقی نقی کاظم جعفر عباس قاسم مصطفی مرتضی مجتبی".split()
)


@dataclass
class Person:
    name: str | None  # None while only a title is known
    titles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    merged_into: "Person | None" = None

    def final(self) -> "Person":
        person = self
        while person.merged_into is not None:
            person = person.merged_into
        return person

    def add_title(self, title: str) -> None:
        if key(title) not in {key(t) for t in self.titles}:
            self.titles.append(title)

    def absorb(self, other: "Person") -> None:
        for title in other.titles:
            self.add_title(title)
        self.mentions.extend(other.mentions)
        other.merged_into = self

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "titles": self.titles,
            "mentions": [list(m) for m in sorted(set(self.mentions))],
        }


def strip_honorific(text: str, start: int, end: int) -> tuple[int, int]:
    m = _HONORIFIC.match(text[start:end])
    return (start + m.end(), end) if m and start + m.end() < end else (start, end)


_PARTS_OF_DAY = frozenset({"صبح", "ظهر", "عصر", "شب", "بامداد", "شامگاه", "امشب"})


def _without_stops(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the time word or preposition the recognizer ran on to
    («صدری‌پور فردا عازم بیروت می‌شود», «رادمان ظهر امروز»); «وی» may end a name
    («ژونگ وی»)."""
    words = text[start:end].split(" ")
    while len(words) > 1 and (words[-1] in STOPS or words[-1] in _PARTS_OF_DAY):
        if words[-1] in PRONOUNS:
            break
        words.pop()
    return start, start + len(" ".join(words))


def _names_document(phrase: str) -> bool:
    """«این بیانیه», «بیانیه پایانی نشست»: a statement, not who issued it."""
    words = phrase.split()
    if words and words[0] in ("این", "آن"):
        words = words[1:]
    return bool(words) and words[0] in _DOCUMENT_WORDS


def _before_title(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the title the recognizer or a speaker's subject ran on to
    («عبدالرضا فرجی‌نیا استاندار خوزستان»); a head word after one name word may be a
    surname («مجید رهبر»), and what runs on for four words is no name and title at all
    («لاریجانی درمورد حرف‌های اخیر رئیس‌جمهور …»)."""
    words = text[start:end].split(" ")
    for i in range(2, min(len(words), MAX_NAME_WORDS)):
        if words[i] in HEADS or " ".join(words[i : i + 2]) in HEADS:
            return start, start + len(" ".join(words[:i]))
    return start, end


# Nouns that take a person after «با» and never open a name: «با حضور …», «با ریاست …».
GOVERNING_NOUNS = frozenset("حضور ریاست سرپرستی همراهی میزبانی".split())


def _after_ba(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the noun of «با حضور», «با ریاست» the recognizer took in with it:
    «با حضور محمدجواد رحیمی‌فر» is «محمدجواد رحیمی‌فر», and so is «با حضور آندریاس
    هولمبرگ» though «آندریاس» is no listed given name."""
    first, _, rest = text[start:end].partition(" ")
    governed = text.endswith("با ", 0, start) and first in common_words()
    if governed and (first in GOVERNING_NOUNS or rest.split(" ", 1)[0] in given_names()):
        return start + len(first) + 1, end
    return start, end


def _demonstrative_inside(title: str) -> bool:
    """«دبیرکل این سازمان», «رئیس این کمیسیون»: a description that takes up someone
    named before, not a title of theirs."""
    return "این" in title.split()


def is_institution(phrase: str) -> bool:
    return phrase.startswith(INSTITUTIONS)


def is_title(phrase: str) -> bool:
    """Whether a phrase opens with a head of office, «امیر قطر» or «معین وزارت …»."""
    if any(phrase == h or phrase.startswith(h + " ") for h in HEADS):
        return True
    first, _, rest = phrase.partition(" ")
    after = rest.split(" ", 1)[0]
    if first in BEFORE_MINISTRY:
        return after == "وزارت"
    return first in BEFORE_COUNTRY and places().get(after) == "country"


def looks_like_name(phrase: str, strict: bool = False) -> bool:
    """Whether a phrase can be a person's name.

    Not a title, pronoun, institution, quantified phrase («این مقام», «یک منبع») or plural
    noun («کارشناسان محیط زیست»). ``strict`` (for the recognizer's guesses) also turns
    down phrases made only of ordinary words («واکسن خود»); subjects of speech verbs are
    nearly always people, so they get the benefit of the doubt.
    """
    words = phrase.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or phrase in PRONOUNS:
        return False
    if is_title(phrase) or is_institution(phrase) or _names_document(phrase):
        return False
    if words[0] in _NOT_NAME_START:
        return False
    if not all(_NAME_WORD.match(w) for w in words) or any(w in _NOT_NAMES for w in words):
        return False
    common = common_words()
    # A surname after a given name may end like a plural: «ژان‌لوک برتران».
    named = words[0] in given_names()
    plural = [
        w
        for i, w in enumerate(words)
        if w.endswith(("ان", "ها")) and w not in given_names() and not (named and i > 0)
    ]
    if any(w[:-2].rstrip(ZWNJ) in common or _plural_of_e(w, common) for w in plural):
        return False
    if strict and _a_place_of(words):
        return False
    if words[0] in given_names() or not all(_ordinary(w, common) for w in words):
        return True
    # Only ordinary words: a subject of a speech verb still gets the benefit of the doubt
    # when it is one word, the recognizer's guesses never do.
    return not strict and len(words) == 1


def _a_place_of(words: list[str]) -> bool:
    """«عمارت کلاه فرنگی ماکو»: a listed place last after no given name names a building
    or body in that place, not a person."""
    return len(words) > 1 and words[0] not in given_names() and words[-1] in places()


def _plural_of_e(word: str, common: frozenset[str]) -> bool:
    """«سازندگان», «نمایندگان»: the plural of a noun in «ه» («سازنده»)."""
    return word.endswith("گان") and word[:-3] + "ه" in common


def _ordinary(word: str, common: frozenset[str]) -> bool:
    """A common word, also with a plural or ezafe ending («مسابقات», «آنفلوآنزای»)."""
    if word in common:
        return True
    return any(
        word.endswith(end) and word[: -len(end)].rstrip(ZWNJ) in common
        for end in ("ی", "ها", "های", "ان", "ات")
    )


def _name_forms(name: str) -> list[str]:
    """A name in full and by its surname, when the surname is no ordinary word or given
    name (a person called «رضا امیدوار» is not every «امیدوار»); a one-word name is the
    recognizer's guess, not repeated («سامانه نیما»)."""
    words = name.split()
    if len(words) == 1:
        return []
    surname = words[-1]
    if len(key(surname)) < 3 or surname in given_names() or surname in common_words():
        return [name]
    if surname in places() or surname in demonyms() or surname in STOPS:
        return [name]
    if surname in LIGHT_VERBS or surname.startswith(("می‌", "نمی‌")):
        return [name]
    return [name, surname]


_BEFORE_WORD = frozenset("«(،")
_AFTER_WORD = frozenset("،؛:.!؟()«»")


def of_an_institution(text: str, at: int) -> bool:
    """Whether the title at ``at`` ends an institution's name: «دفتر رسانه‌ای
    نخست‌وزیر عراق» is an office, not a mention of the prime minister."""
    before = text[max(0, at - 40) : at]
    words = before[before.rfind("\n") + 1 :].split()[-2:]
    return any(w in _INSTITUTION_WORDS for w in words) and not any(
        mark in "".join(words) for mark in "،.:؛«»"
    )


@lru_cache(maxsize=4096)
def _spelling_pattern(form: str) -> re.Pattern[str]:
    """``form``'s letters with any space or half-space between them."""
    return re.compile(f"[ {ZWNJ}]?".join(map(re.escape, key(form))))


def _spellings(text: str, form: str, start: int) -> Iterator[re.Match[str]]:
    """``form`` written as whole words in ``text`` from ``start`` on, with any space or
    half-space between its letters. The word edges are checked here, not in the pattern:
    a pattern is compiled for every name of every article, and lookarounds there more
    than double the cost of compiling it."""
    for m in _spelling_pattern(form).finditer(text, start):
        s, e = m.span()
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if (before.isspace() or before in _BEFORE_WORD) and (
            after.isspace() or after in _AFTER_WORD
        ):
            yield m


_HOME = frozenset({"کشورمان", "ایران"})


def _home_office(words: list[str]) -> tuple[str, ...] | None:
    """An office of Iran's with the country left out and the ezafe dropped: Iranian news
    writes «وزیر نیروی کشورمان» once and «وزیر نیرو» after. ``None`` for another country's
    office, which a title without its country does not name."""
    if any(w in places() and w not in _HOME for w in words):
        return None
    return tuple(w.removesuffix("ی") for w in words if w not in _HOME)


@lru_cache(maxsize=1)
def _head_forms() -> frozenset[str]:
    """Heads of office in canonical spelling («نخست وزیر»): a head alone is no title."""
    return frozenset(canonical(h) for h in HEADS)


def _head(words: list[str]) -> str:
    """A canonical title's head, two words when the office is («رئیس جمهور» is no «رئیس»)."""
    two = " ".join(words[:2])
    return two if two in _head_forms() else words[0]


def _before_post(words: list[str]) -> list[str]:
    """A title without the post «در» names: «سفیر کشورمان در عراق» is Iran's ambassador."""
    return words[: words.index("در")] if "در" in words else words


def _other_country(a: list[str], b: list[str]) -> bool:
    """Whether two titles name different countries («… ترکیه» and «… کشورمان»)."""
    home = {"کشورمان", "ایران"}
    countries_a = {w for w in _before_post(a) if w in places() or w in home}
    countries_b = {w for w in _before_post(b) if w in places() or w in home}
    same = countries_a == countries_b or (countries_a <= home and countries_b <= home)
    return bool(countries_a and countries_b) and not same


def _country_unshared(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` names a foreign country ``words`` does not name: «وزیر انرژی
    عربستان» is not «وزیر منابع معدنی و نفت آنگولا», nor an Iranian minister's office,
    whether or not the other country is a listed place."""
    countries = {w for w in wanted if places().get(w) == "country" and w not in _HOME}
    return bool(countries) and not countries & set(words)


def _home_against_foreign(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` is an office of Iran's with its portfolio written and its
    country left out («وزیر نیرو»), and ``words`` another country's («وزیر برق عراق»):
    sharing a head, they are still two offices."""
    has_portfolio = len(wanted) > len(_head(wanted).split())
    return has_portfolio and not _foreign_country(wanted) and _foreign_country(words)


_COMPASS = frozenset({"شرقی", "غربی", "شمالی", "جنوبی"})


def _foreign_country(words: list[str]) -> bool:
    """Whether a title names a country other than Iran; a city may be Iran's own, and so
    may a region called after a country («سپاه … آذربایجان غربی»)."""
    return any(
        places().get(w) == "country" and w not in _HOME and next_word not in _COMPASS
        for w, next_word in zip(words, [*words[1:], ""], strict=True)
    )


def _compatible(title: str, titles: list[str]) -> bool:
    """Whether ``title`` may be one more title of someone holding ``titles``."""
    if not titles:
        return True
    head = canonical(title).split()[0]
    return any(canonical(t).split()[0] == head for t in titles)


class People:
    """Resolves the mentions of one article's text to people."""

    def __init__(
        self,
        text: str,
        names: list[tuple[int, int]],
        subjects: list[tuple[int, int]] = (),
        body: int = 0,
        quoted: list[tuple[int, int]] = (),
    ) -> None:
        """``names`` from the recognizer; ``subjects`` of speech verbs may be names too.
        Titles are read from ``body`` on (after the headline); ``quoted`` are the spans of
        direct quotes, whose pronouns and names are the speaker's words, not the story's."""
        self.text = text
        self.body = body
        self.quoted = list(quoted)
        self.people: list[Person] = []
        self._by_span: dict[tuple[int, int], Person] = {}
        self._pending: list[tuple[tuple[int, int], Person]] = []
        spans = set()
        for group, strict in ((names, True), (subjects, False)):
            for start, end in group:
                if not strict:
                    start, end = self._past_ranked_title(start, end)
                span = _after_ba(text, *_before_title(text, *strip_honorific(text, start, end)))
                span = self._complete(*_without_stops(text, *span))
                phrase = text[span[0] : span[1]]
                # In «» the recognizer's names are mostly halls, papers and titles of works.
                quoted = text[span[0] - 1 : span[0]] == "«" and text[span[1] : span[1] + 1] == "»"
                if quoted and strict and phrase.split()[0] not in given_names():
                    continue
                # A month before its year («بهمن ۱۳۹۷») or after a part of it («اوایل
                # بهمن»), a listed place, what stands right after «در» («در فینال
                # مسابقات») or an outlet's noun is no person.
                dated = (
                    _DIGIT_AFTER.match(text, span[1])
                    or _DIGIT_BEFORE.search(text, 0, span[0])
                    or _PART_OF_MONTH.search(text, 0, span[0])
                )
                inside = text[max(0, span[0] - 3) : span[0]] == "در "
                outlet = text.endswith(_OUTLET_NOUNS, 0, span[0])  # «به خبرنگار شانا گفت»
                if strict and (dated or inside or outlet or phrase in places()):
                    continue
                if _BLESSING.match(text, span[1]):
                    continue
                if looks_like_name(phrase, strict):
                    spans.add(span)
        spans |= self._full_forms(spans)
        spans |= self._beside_titles(spans, body)
        spans = self._patronymics(spans)
        # A name inside a longer one is part of it: «علی فاضل» of «زیاد علی فاضل».
        spans = {
            (s, e)
            for s, e in spans
            if not any(a <= s and e <= b and b - a > e - s for a, b in spans)
        }
        for start, end in sorted(spans, key=lambda s: s[0] - s[1]):
            self._add_name(start, end)
        stops = frozenset(s for s, _ in spans)
        self.titles = [t for t in find_titles(text, stops) if t.start >= body]
        self._attach_titles(sorted(spans))
        self._exact_titles()

    def _exact_titles(self) -> None:
        """A title standing alone that is exactly one a named person was given refers to
        them, known before speakers are resolved: «»، وزیر امور خارجه کشورمان … گفت. وی
        افزود» takes up the minister."""
        for title in self.titles:
            span = (title.start, title.end)
            described = _DEMONSTRATIVE.search(self.text, max(0, title.start - 6), title.start)
            if span in self._by_span or described or not self._refers(title.start):
                continue
            found = self._scored_by_title(title.text)
            if found is not None and found[0] == 2.0:
                found[1].add_title(title.text)
                found[1].mentions.append(span)
                self._by_span[span] = found[1]

    def _past_ranked_title(self, start: int, end: int) -> tuple[int, int]:
        """A subject «TITLE RANK NAME» without its title: «فرمانده نیروی دریایی ارتش
        دریادار کامران نوذری … اعلام کرد» names «کامران نوذری», which the rank sets off
        from the title even where the recognizer misses it."""
        titles = find_titles(self.text[start:end])
        if titles and titles[0].start == 0:
            after_title = start + titles[0].end + 1
            name = self._past_honorifics(after_title)
            if after_title < name < end:
                return name, end
        return start, end

    def _patronymics(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """A name going on with «بن» or «بنت» is one Arabic name: the recognizer reads
        «فهد بن ناصر آل ثانی» as «فهد» and «ناصر آل ثانی», or stops at «فهد»."""
        return {(start, self._patronymic_end(end)) for start, end in spans}

    def _patronymic_end(self, end: int) -> int:
        """Where a name ending at ``end`` ends once «بن/بنت» and up to three words after
        it are taken in, stopping at a title or the words that go on with the clause."""
        joint = next((j for j in _PATRONYMIC if self.text.startswith(j, end)), None)
        if joint is None:
            return end
        stop = end + len(joint) - 1
        for taken, word in enumerate(_WORD_AFTER.finditer(self.text, stop)):
            if taken == 3 or word.start() != stop or word[1] in _NOT_IN_NAMES:
                break
            if word[1] in BEFORE_COUNTRY:  # «… آل ثانی امیر قطر»
                break
            stop = word.end()
        return stop if stop > end + len(joint) else end

    def _complete(self, start: int, end: int) -> tuple[int, int]:
        """Extend a name back over a given name written right before it."""
        before = self.text[max(0, start - 30) : start]
        if before.endswith(" "):
            word = before[:-1].rsplit(" ", 1)[-1]
            if word in given_names():
                return start - 1 - len(word), end
        return start, end

    def _full_forms(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Fuller forms of names written alone elsewhere: after a given name («مولود
        یلدیریم»), or the one or two words before it where it stands in apposition to a
        title («تارو ناکامورا، وزیر …», «رودریگو آلمیدا سانتوس، سفیر …»), since news
        gives the full name once, with the title."""
        found = set()
        for start, end in spans:
            name = self.text[start:end]
            if " " in name:
                continue
            for m in re.finditer(rf"(?<![^\s«(،]){re.escape(name)}(?![^\s،؛:.!؟()«»])", self.text):
                full = self._complete(m.start(), m.end())
                appositive = _APPOSITION.match(self.text, m.end()) or _BARE_APPOSITION.match(
                    self.text, m.end()
                )
                if full == (m.start(), m.end()) and appositive:
                    full = self._name_before(m.start(), m.end())
                if full != (m.start(), m.end()):
                    found.add(full)
                    break
        return found

    def _name_before(self, start: int, end: int) -> tuple[int, int]:
        """A surname with the one or two words before it that make a name with it, as
        an Arabic name has («سلوان ناظم الحکیم وزیر خارجه عراق»); a time word, a noun
        with an ending, a noun governing a person or the end of a sentence stops it
        («عصر امروز فراتینی», «به سرپرستی الکسی ورونتسوف», «با حضور آندریاس هولمبرگ»)."""
        before = self.text[max(0, start - 60) : start]
        before = before[before.rfind("\n") + 1 :]  # a name does not run across lines
        if not before.endswith(" "):
            return start, end
        words: list[str] = []
        common = common_words()
        for word in reversed(before[:-1].split(" ")[-2:]):
            if word in STOPS or word in _PARTS_OF_DAY or word in GOVERNING_NOUNS:
                break
            if not _NAME_WORD.match(word):
                break
            # An ordinary word with an ending is the noun before: «به سرپرستی الکسی …».
            if word not in common and _ordinary(word, common) and word not in given_names():
                break
            words.insert(0, word)
        for i in range(len(words)):
            if looks_like_name(" ".join([*words[i:], self.text[start:end]]), strict=True):
                return start - len(" ".join(words[i:])) - 1, end
        return start, end

    def _beside_titles(self, spans: set[tuple[int, int]], body: int) -> set[tuple[int, int]]:
        """Names the recognizer missed, or cut to their given name, told by a title in
        apposition and a given name or «با» before them: «نیکول پطروسیان، نخست‌وزیر
        ارمنستان»، «مدیرعامل این شرکت، کامبیز فرهادی، …»، «با وانگ ون‌تائو، وزیر بازرگانی
        چین», «با ژونگ وی، وزیر …», and the names «به ترتیب» gives titles to."""
        given_alone = {(s, e) for s, e in spans if self.text[s:e] in given_names()}
        # A given name the recognizer took alone («دکتر نسرین فاضلی») may still be completed.
        taken = [range(s, e) for s, e in spans if (s, e) not in given_alone]
        titles = find_titles(self.text)
        title_ends = {t.end for t in titles}
        found = set()
        for m in _name_start_pattern().finditer(self.text, body):
            if any(m.start() in r for r in taken):
                continue
            before = self._after_title(m.start(), title_ends)
            end = m.end()
            for word in _WORD_AFTER.finditer(self.text, m.end()):
                if word.start() != end or (
                    word.group(1) in STOPS and not self._ends_name(word.group(1), word.end())
                ):
                    break
                end = word.end()
                phrase = self.text[m.start() : end]
                after = _APPOSITION.match(self.text, end)
                if not looks_like_name(phrase, strict=True):
                    break
                # «یعقوب رضاپور استاندار خراسان رضوی»: a title straight after a given
                # name and surname.
                named = m.group() in given_names() and " " in phrase
                bare = named and _BARE_APPOSITION.match(self.text, end)
                if (
                    after
                    or bare
                    or (before and self.text[end : end + 1] == "،")
                    or self._in_turn(end)
                ):
                    found.add(_after_ba(self.text, m.start(), end))
                    break
        return (
            found
            | self._between_commas(title_ends, body)
            | self._listed_before_titles(spans, titles)
        )

    def _in_turn(self, end: int) -> bool:
        """Whether a name ending at ``end`` is one of those «به ترتیب» gives titles to:
        «فرهاد امینی و سارا جهانبخش، به ترتیب مدیرعامل و …»."""
        if _RESPECTIVELY.match(self.text, end):
            return True
        window = self.text[end : end + 40].split("،", 1)
        return (
            self.text.startswith(" و ", end)
            and len(window) == 2
            and bool(_RESPECTIVELY.match("،" + window[1]))
        )

    def _between_commas(self, title_ends: set[int], body: int) -> set[tuple[int, int]]:
        """A name of two to four words set off by commas after a title, whatever its
        given name: «وزیر برق عراق، زیاد علی فاضل، …», «دبیرکل فدراسیون جهانی تکواندو،
        ژان‌لوک برتران، …»; not an item of a list, nor a name with its own title."""
        found = set()
        for end in title_ends:
            if end < body or self.text[end : end + 2] != "، ":
                continue
            start = self._past_honorifics(end + 2)
            comma = self.text.find("،", start, start + 50)
            phrase = self.text[start:comma]
            words = phrase.split(" ")
            if comma < 0 or not 2 <= len(words) <= MAX_NAME_WORDS or _NOT_IN_NAMES & set(words):
                continue
            if looks_like_name(phrase, strict=True) and not self._listed(comma):
                found.add((start, comma))
        return found

    def _listed_before_titles(
        self, spans: set[tuple[int, int]], titles: list[Title]
    ) -> set[tuple[int, int]]:
        """A name of two or three words after «و», «با» or a connective, with its own title
        set off by a comma, whatever its given name, where the recognizer found none or cut
        it short: «با فرانسوا دوبوآ، وزیر …، و مورات اوزتورک، معاون وزیر کشور ترکیه، دیدار
        کرد», «در همین حال، فام تی لان، وزیر صنعت و تجارت ویتنام، …»."""
        found = set()
        for title in titles:
            comma = _COMMA_BEFORE_TITLE.search(self.text, max(0, title.start - 8), title.start)
            if title.start < self.body or comma is None:
                continue
            end = comma.start()
            m = _AFTER_AND_OR_BA.search(self.text[max(self.body, end - 60) : end])
            if m is None or _NOT_IN_NAMES & set(m["name"].split()):
                continue
            first, _, rest = m["name"].partition(" ")
            name = rest if first in GOVERNING_NOUNS else m["name"]  # «با حضور …»
            start, _ = strip_honorific(self.text, end - len(name), end)
            # A name the recognizer found is kept, unless it cut this one short («فام»).
            cut = [(s, e) for s, e in spans if s < end and start < e]
            if any(s != start for s, _ in cut) or " " not in self.text[start:end]:
                continue
            if looks_like_name(self.text[start:end], strict=True):
                found.add((start, end))
        return found

    def _listed(self, comma: int) -> bool:
        """Whether the comma at ``comma`` goes on with a list, not with the clause: «…
        زنان سرپرست خانوار، حاشیه نشینی، اعتیاد، …», «… هاری، کیست هیداتید، سالک و …»."""
        words = self.text[comma + 1 : comma + 40].split()[:2]
        return any(w == "و" or w.endswith("،") for w in words)

    def _after_title(self, start: int, title_ends: set[int]) -> bool:
        """Whether a title and a comma stand right before ``start``, an honorific allowed
        between («معاون بهداشت وزیر بهداشت، دکتر نسرین فاضلی»)."""
        m = _HONORIFICS_BEFORE.search(self.text, max(0, start - 60), start)
        at = m.start() if m else start
        return at - 2 in title_ends and self.text[at - 2 : at] == "، "

    def _ends_name(self, word: str, end: int) -> bool:
        """«وی» ends a name when a title stands in apposition to it: «با ژونگ وی، وزیر
        بازرگانی چین» (the pronoun is never followed by its own title)."""
        return word in PRONOUNS and bool(_APPOSITION.match(self.text, end))

    def _find(self, name: str, at: int | None = None) -> Person | None:
        """A known person this name also names: the same name, the surname alone, or the
        first words of a fuller name («بهرام قاسمی» of «بهرام قاسمی زاده»). Of two people
        sharing a surname, a surname at ``at`` is the one the text brought in last before."""
        found = [p for p in self.people if p.name is not None and self._names(p.name, name)]
        if at is not None and len(found) > 1:
            before = [p for p in found if p.mentions and min(p.mentions)[0] < at]
            if before:
                return max(before, key=lambda p: min(p.mentions)[0])
        return found[0] if found else None

    @staticmethod
    def _names(full: str, name: str) -> bool:
        """Whether ``name`` may be written for someone called ``full``."""
        k, pk = key(name), key(full)
        if pk == k or (pk.endswith(k) and " " in full and len(k) > 2):
            return True
        words, theirs = name.split(), full.split()
        prefix = len(theirs) > len(words) and theirs[: len(words)] == words
        # East Asian names open with the family name: «فام» of «فام تی لان».
        family_first = len(theirs) == 3 and words[0] not in common_words()
        return prefix and (len(words) >= 2 or words[0] in given_names() or family_first)

    def _add_name(self, start: int, end: int) -> Person:
        person = self._find(self.text[start:end], start)
        if person is None:
            person = Person(self.text[start:end])
            self.people.append(person)
        person.mentions.append((start, end))
        self._by_span[(start, end)] = person
        return person

    def _attach_titles(self, names: list[tuple[int, int]]) -> None:
        """Titles in apposition to names: «NAME، TITLE»، «TITLE NAME», «TITLE، NAME،», and
        a second title joined to the first by «و» («اقتصاددان و استاد دانشگاه …»)."""
        starts = {s: (s, e) for s, e in names}
        ends = {e: (s, e) for s, e in names}
        holder_of: dict[int, tuple[int, int]] = {}  # title end → its holder's name span
        held_from: dict[int, tuple[int, int]] = {}  # title start → its holder's name span
        for title in self.titles:
            span = (title.start, title.end)
            texts = [title.text]
            if title.end + 1 in starts:
                holders = [starts[title.end + 1]]
            elif (after := self._holder_start(title.end)) in starts:
                holders = [starts[after]]
            elif self.text[title.start - 3 : title.start] == " و " and title.start - 3 in holder_of:
                holders = [holder_of[title.start - 3]]
            elif comma := _COMMA_BEFORE_TITLE.search(
                self.text, max(0, title.start - 8), title.start
            ):
                holders = self._coordinated_before(comma.start(), ends, 2 if title.split else 1)
                texts = list(title.split) if len(holders) == 2 else [title.text]
                holders = holders[-len(texts) :]
            elif self._bare_apposition(title, ends):
                gap = 1 if title.start - 1 in ends else 2
                holders = [ends[title.start - gap]]
            else:
                continue
            if holders and len(holders) == len(texts):
                for holder, text in zip(holders, texts, strict=True):
                    self._by_span[holder].add_title(text)
                if len(holders) == 1:
                    self._by_span[span] = self._by_span[holders[0]]
                    holder_of[title.end] = holders[0]
                    held_from[title.start] = holders[0]
        self._joined_before(held_from)
        self._respectively(ends)

    def _holder_start(self, end: int) -> int:
        """Where the name after a title ending at ``end`` starts, past a comma and
        honorifics: «TITLE NAME», «TITLE، دکتر NAME», «فرمانده نیروی دریایی ارتش دریادار
        NAME»; -1 when no word follows."""
        for gap in ("، ", " "):
            if self.text.startswith(gap, end):
                return self._past_honorifics(end + len(gap))
        return -1

    def _past_honorifics(self, at: int) -> int:
        """Where a name starting at ``at`` starts once honorifics are passed over: «معاون
        بهداشت وزیر بهداشت، دکتر نسرین فاضلی»."""
        while m := _HONORIFIC_AT.match(self.text, at):
            at = m.end()
        return at

    def _bare_apposition(self, title: Title, ends: dict[int, tuple[int, int]]) -> bool:
        """A title right after a name without a comma is the name's («علی‌اصغر فانی وزیر
        آموزش و پرورش»، «حبیب کاشانی مدیرعامل جدید باشگاه پرسپولیس», «جالو تاندیا» وزیر
        دفاع موریتانی), unless it is the object the name acts on («… رئیس‌جمهور را»)."""
        before = self.text[max(0, title.start - 2) : title.start]
        bare = title.start - 1 in ends and before.endswith(" ")
        quoted = title.start - 2 in ends and before in ("» ", '" ')
        after = _WORD_AFTER.match(self.text, title.end)
        return (bare or quoted) and not (after and after.group(1) == "را")

    def _respectively(self, ends: dict[int, tuple[int, int]]) -> None:
        """Coordinated names, then «به ترتیب» and as many titles, each name's in turn:
        «علی نوری و رضا کمالی، به ترتیب وزیر نفت و وزیر نیرو»; bare heads before the last
        title share the body it names («… به ترتیب مدیرعامل و عضو هیئت مدیره شرکت …»)."""
        by_start = {t.start: t for t in self.titles}
        for m in _RESPECTIVELY.finditer(self.text, self.body):
            titles = self._titles_in_turn(m.end(), by_start)
            holders = self._coordinated_before(m.start(), ends, len(titles))
            if len(titles) < 2 or len(holders) != len(titles):
                continue
            for holder, title in zip(holders, titles, strict=True):
                if isinstance(title, Title):
                    self._by_span[(title.start, title.end)] = self._by_span[holder]
                    title = title.text
                self._by_span[holder].add_title(title)

    def _titles_in_turn(self, at: int, by_start: dict[int, Title]) -> list[Title | str]:
        """The titles listed from ``at`` on, joined by «و» or commas; a bare head («مدیرعامل
        و عضو هیئت مدیره شرکت …») is given the body of the title that ends the list."""
        titles: list[Title | str] = []
        while True:
            if at in by_start:
                titles.append(by_start[at])
                end = by_start[at].end
            elif (end := head_at(self.text, at)) is not None:
                titles.append(self.text[at:end])
            else:
                break
            joint = _JOINT.match(self.text, end)
            if not joint:
                break
            at = joint.end()
        while titles and isinstance(titles[-1], str):
            titles.pop()  # a head after the last title names no body
        if not titles:
            return []
        last = titles[-1].text
        completed = [with_body(t, last) if isinstance(t, str) else t for t in titles]
        return [] if None in completed else completed

    def _joined_before(self, held_from: dict[int, tuple[int, int]]) -> None:
        """A title joined by «و» to the next one, which a name follows, is that name's too:
        «نماینده مردم اهواز و عضو کمیسیون انرژی مجلس، جواد سلیمانی‌نسب»."""
        for title in reversed(self.titles):
            span = (title.start, title.end)
            holder = held_from.get(title.end + 3)
            if span in self._by_span or holder is None or title.split:
                continue
            if self.text[title.end : title.end + 3] == " و ":
                self._by_span[holder].add_title(title.text)
                self._by_span[span] = self._by_span[holder]
                held_from[title.start] = holder

    def _coordinated_before(
        self, at: int, ends: dict[int, tuple[int, int]], count: int
    ) -> list[tuple[int, int]]:
        """The ``count`` names ending at ``at``, joined by «و» or commas, in text order."""
        found: list[tuple[int, int]] = []
        while at in ends and len(found) < count:
            span = ends[at]
            found.append(span)
            before = self.text[: span[0]]
            for joint in (" و ", "، "):
                if before.endswith(joint):
                    at = span[0] - len(joint)
                    break
            else:
                break
        return list(reversed(found))

    def resolve(self, start: int, end: int, last: Person | None) -> Person | str | None:
        """Who a speaker mention names: a person, an institution's name, or nobody."""
        start, end = strip_honorific(self.text, start, end)
        end = self._title_end(start, end)
        phrase = self.text[start:end]
        known = self._by_span.get((start, end)) or self._name_before_title(start, end)
        if known is not None:
            return known
        if _names_document(phrase):
            return None
        if phrase in PRONOUNS:
            person = self._topic_before(start) or last
        elif phrase.startswith(("این ", "آن ")):
            if self._anonymous_before(start, phrase.split()[1]):
                return None
            described = self._by_title(phrase.split(" ", 1)[1], loose=True)
            person = described or self._topic_before(start) or last
        elif is_title(phrase):
            person = self._by_title(phrase)
            if person is None and last is not None and self._continues(end):
                person = last.final()
                person.add_title(phrase)
            elif person is None:
                person = Person(None, titles=[phrase])
                self.people.append(person)
                self._pending.append(((start, end), person))
            elif not _demonstrative_inside(phrase):
                person.add_title(phrase)
        elif is_institution(phrase):
            return None if "یکی" in phrase.split() else phrase
        else:
            person = self._find(phrase, start)
        if person is not None:
            person.mentions.append((start, end))
            self._by_span[(start, end)] = person
        return person

    def _name_before_title(self, start: int, end: int) -> Person | None:
        """The person a subject names when it is their name and title without a comma,
        either way round: «سعید بهمنی‌زاده رئیس فدراسیون تکواندو در گفت‌وگو با … تأکید
        کرد», «فرمانده نیروی دریایی ارتش دریادار شهرام ایزدپناه … اعلام کرد»."""
        for (s, e), person in self._by_span.items():
            if s == start and e < end and is_title(self.text[e + 1 : end]):
                return person
            if e == end and start < s and self._titled_before(start, s):
                return person
        return None

    def _titled_before(self, start: int, name: int) -> bool:
        """Whether a title from ``start`` and honorifics fill the words before the name at
        ``name``: «فرمانده نیروی دریایی ارتش دریادار شهرام ایزدپناه … اعلام کرد»."""
        return any(t.start == start and self._holder_start(t.end) == name for t in self.titles)

    def _refers(self, at: int) -> bool:
        """Whether a title standing alone at ``at`` can refer to someone: not «یک
        نخست‌وزیر» (anyone), «دیگر ملی‌پوش ایران» (someone else) or the end of an
        institution's name, and not inside a direct quote, where the speaker's words name
        offices, not the story's people."""
        if self.text.endswith(("یک ", "دیگر "), 0, at) or of_an_institution(self.text, at):
            return False
        return not self._in_quote(at)

    def _in_quote(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.quoted)

    def _anonymous_before(self, at: int, noun: str) -> bool:
        """Whether «این مقام» takes up «یک مقام آگاه» of the sentence before: someone the
        article does not name."""
        boundary = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))
        previous = max(self.text.rfind(". ", 0, boundary), self.text.rfind("\n", 0, boundary))
        return f"یک {noun}" in self.text[previous + 1 : at]

    def _title_end(self, start: int, end: int) -> int:
        """The end of the title a subject opens with: the subject stops at «در», while
        «سفیر عراق در تهران» is one title."""
        return max([end] + [t.end for t in self.titles if t.start == start])

    def _continues(self, end: int) -> bool:
        """«رئیس ستاد اربعین همچنین … توصیه کرد»: «همچنین» after a speaker's title says
        the one who spoke before goes on, so a title nobody holds yet is theirs."""
        return self.text.startswith(" همچنین ", end)

    def _topic_before(self, at: int) -> Person | None:
        """The person named first in the latest sentence before ``at`` that names one:
        «وی» in news takes up the subject of the sentence before."""
        boundary = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))
        while boundary > 0:
            previous = max(self.text.rfind(". ", 0, boundary), self.text.rfind("\n", 0, boundary))
            inside = [
                (s, p)
                for (s, e), p in self._by_span.items()
                if previous < s and e <= boundary and not self._in_quote(s)
            ]
            if inside:
                return min(inside, key=lambda x: x[0])[1].final()
            boundary = previous
        return None

    def _by_title(self, phrase: str, loose: bool = False) -> Person | None:
        """The person whose title is ``phrase``, or shares its head and most of its words.

        ``loose`` drops the head requirement, for descriptions such as «این اقتصاددان».
        """
        found = self._scored_by_title(phrase, loose)
        return found[1] if found else None

    def _scored_by_title(self, phrase: str, loose: bool = False) -> tuple[float, Person] | None:
        """:meth:`_by_title`, with how well it matched: 2.0 for the same title, 1.5 for
        its first words («سخنگوی وزارت بهداشت» of «… بهداشت، درمان و آموزش پزشکی»)."""
        wanted = canonical(phrase).split()
        candidates = [p for p in self.people if p.merged_into is None and p.titles]
        scored = []
        for person in candidates:
            best = 0.0
            for title in person.titles:
                words = canonical(title).split()
                if _other_country(wanted, words) or _country_unshared(wanted, words):
                    continue
                home = _home_office(wanted)
                if words == wanted or (home is not None and home == _home_office(words)):
                    best = 2.0
                elif " ".join(wanted) not in _head_forms() and words[: len(wanted)] == wanted:
                    best = max(best, 1.5)
                elif _home_against_foreign(wanted, words):
                    continue
                elif loose or _head(words) == _head(wanted):
                    overlap = len(set(words) & set(wanted)) / len(set(wanted))
                    best = max(best, overlap if overlap >= 0.5 else 0.0)
            if best:
                scored.append((best, person))
        if not scored:
            same_head = [
                p
                for p in candidates
                if any(
                    _head(canonical(t).split()) == _head(wanted)
                    and not _other_country(wanted, canonical(t).split())
                    and not _country_unshared(wanted, canonical(t).split())
                    and not _home_against_foreign(wanted, canonical(t).split())
                    for t in p.titles
                )
            ]
            return (0.0, same_head[0]) if len(same_head) == 1 and not loose else None
        scored.sort(key=lambda x: -x[0])
        if len(scored) > 1 and scored[0][0] == scored[1][0]:
            return None
        return scored[0]

    def finish(self) -> list[Person]:
        """Settle standalone titles and pronouns and return the named people."""
        for title in self.titles:
            span = (title.start, title.end)
            if span in self._by_span or not self._refers(title.start):
                continue
            found = self._scored_by_title(title.text)
            # A title that may be two coordinated ones («وزیر آموزش و پرورش») is one
            # person's only when it is exactly a title they hold.
            if found is not None and (not title.split or found[0] == 2.0):
                score, person = found
                # A title that only resembles one the person has («وزیر» for «وزیر نیرو»),
                # or a description («این اقتصاددان»), refers to them without a new title.
                described = _DEMONSTRATIVE.search(self.text, max(0, title.start - 6), title.start)
                if score >= 1.5 and not described and not _demonstrative_inside(title.text):
                    person.add_title(title.text)
                self._by_span[span] = person
                # The demonstrative is part of the description: «این نماینده مجلس».
                person.mentions.append((described.start(), title.end) if described else span)
        for (start, _), holder in self._pending:
            if holder.merged_into is None:
                owner = self._owner(start, holder.titles[0])
                if owner is not None:
                    owner.absorb(holder)
        self._cataphoric_titles()
        self._pronouns()
        self._descriptions()
        self._counterparts()
        named = [p for p in self.people if p.name is not None and p.merged_into is None]
        self._repeated_names(named)
        self._given_names_alone(named)
        return named

    def _cataphoric_titles(self) -> None:
        """A title nobody holds that opens a sentence, with a given name and surname opening
        the next, is that person's when they have none: «معاون حمل و نقل … شهرداری تهران
        هم در این جلسه حضور داشت. غلامرضا پیرهادی … گفت». A head alone («رئیس‌جمهور») may
        be anyone's and is left."""
        named = {
            min(p.mentions)[0]: p
            for p in self.people
            if p.name is not None and p.merged_into is None and p.mentions and not p.titles
        }
        for title in self.titles:
            span = (title.start, title.end)
            if span in self._by_span or not self._refers(title.start) or " " not in title.text:
                continue
            if title.text in HEADS or not self.text.endswith(("\n", ". "), 0, title.start):
                continue
            stop = self.text.find(". ", title.end, self.text.find("\n", title.end) % len(self.text))
            person = named.get(stop + 2) if stop > 0 else None
            if person is not None and person.name.split()[0] in given_names():
                person.add_title(title.text)
                person.mentions.append(span)
                self._by_span[span] = person

    def _pronouns(self) -> None:
        """«وی» and «او» outside a speech verb's subject («وی همچنین با … دیدار کرد»,
        «قرارداد او»): the person named first in their sentence, else the topic of the
        sentence before, as for a speaker."""
        taken = set(self._by_span)
        for m in _PRONOUN.finditer(self.text, self.body):
            span = m.span()
            if span in taken or any(s <= span[0] < e for s, e in [*taken, *self.quoted]):
                continue
            if self._spelled_out(*span):
                continue
            person = self._first_in_sentence(span[0]) or self._topic_before(span[0])
            if person is not None:
                person.mentions.append(span)
                self._by_span[span] = person

    def _spelled_out(self, start: int, end: int) -> bool:
        """Whether «او» or «وی» at ``start`` is a letter of a name spelled out in Latin
        letters: «او ام وی» (OMV), «بی ام وی»."""
        before = self.text[max(0, start - 10) : start].split()
        after = self.text[end : end + 10].split()
        return bool((before and before[-1] in LETTER_NAMES) or (after and after[0] in LETTER_NAMES))

    def _descriptions(self) -> None:
        """«این بازیکن», «این مربی» outside a speech verb's subject («برای جذب این بازیکن»):
        the person named last before it whose title is of that kind («مهاجم تیم ملی» is a
        player); whoever has no such title is not referred to."""
        taken = list(self._by_span)
        for m in _DESCRIPTION.finditer(self.text, self.body):
            span = m.span()
            if any(s < span[1] and span[0] < e for s, e in [*taken, *self.quoted]):
                continue
            person = self._last_named(span[0], _ROLE_HEADS.get(m["noun"], {m["noun"]}))
            if person is not None:
                person.mentions.append(span)
                self._by_span[span] = person

    def _counterparts(self) -> None:
        """«همتای ترکیه‌ای خود» is the one person the article gives an office of Turkey."""
        table = demonyms()
        for m in _COUNTERPART.finditer(self.text, self.body):
            country = table.get(m["adjective"])
            span = m.span()
            if country is None or span in self._by_span or self._in_quote(span[0]):
                continue
            # Iranian news writes its own country «کشورمان».
            names = {country, "کشورمان"} if country == "ایران" else {country}
            holders = {
                id(p.final()): p.final()
                for p in self.people
                if p.final().name is not None
                and any(names & set(t.split()) for t in p.final().titles)
            }
            if len(holders) == 1:
                (person,) = holders.values()
                person.mentions.append(span)
                self._by_span[span] = person

    def _last_named(self, at: int, heads: set[str]) -> Person | None:
        """The named person mentioned last before ``at``, outside direct quotes, holding a
        title with one of ``heads``."""
        before = [
            (s, p)
            for (s, e), p in self._by_span.items()
            if e <= at
            and not self._in_quote(s)
            and p.final().name is not None
            and any(t.split()[0] in heads for t in p.final().titles)
        ]
        return max(before, key=lambda x: x[0])[1].final() if before else None

    def _first_in_sentence(self, at: int) -> Person | None:
        """The person named first in the sentence holding ``at``, before it."""
        boundary = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))
        inside = [(s, p) for (s, e), p in self._by_span.items() if boundary < s and e <= at]
        return min(inside, key=lambda x: x[0])[1].final() if inside else None

    def _repeated_names(self, named: list[Person]) -> None:
        """Every other place the body writes a person's full name or surname: news names
        a person in full once, then by surname, also inside quotes and clauses that are
        no speech («قرارداد مارتینلی از ژوئن آغاز می‌شود»)."""
        taken = [m for p in self.people for m in p.mentions]
        for person in named:
            if not self._confident(person):
                continue
            for form in self._forms_of(person):
                for m in _spellings(self.text, form, self.body):
                    span = m.span()
                    if any(span[0] < e and s < span[1] for s, e in taken):
                        continue
                    if self._inside_other_name(span[0]):
                        continue
                    person.mentions.append(span)
                    taken.append(span)

    def _forms_of(self, person: Person) -> list[str]:
        """:func:`_name_forms`, and the surname even when it is an ordinary word once the
        text has written it alone for this person («فتاحی گفت که …»)."""
        forms = _name_forms(person.name)
        surname = person.name.split()[-1]
        if " " not in person.name or surname in forms or surname in given_names():
            return forms
        alone = any(self.text[s:e] == surname for s, e in person.mentions)
        return [*forms, surname] if alone else forms

    def _given_names_alone(self, named: list[Person]) -> None:
        """A given name alone for the one person the article gives it, as news writes
        «سامان بازیکنی سریع است» of «سامان قربانی‌پور»; not where a surname follows
        («آرمان رضایی» is someone else), nor for a given name that is also an ordinary
        word («امید», «بهمن»)."""
        firsts = Counter(p.name.split()[0] for p in named if " " in p.name)
        taken = [m for p in self.people for m in p.mentions]
        for person in named:
            first = person.name.split()[0]
            if firsts[first] != 1 or first not in given_names() or first in SHARED_GIVEN_NAMES:
                continue
            for m in _spellings(self.text, first, self.body):
                span = m.span()
                if any(span[0] < e and s < span[1] for s, e in taken) or self._surname_at(span[1]):
                    continue
                person.mentions.append(span)
                taken.append(span)

    def _surname_at(self, end: int) -> bool:
        """Whether the word after ``end`` may be a surname: not an ordinary word."""
        after = _WORD_AFTER.match(self.text, end)
        if after is None:
            return False
        word = after.group(1)
        return word not in STOPS and word not in PRONOUNS and not _ordinary(word, common_words())

    @staticmethod
    def _confident(person: Person) -> bool:
        """A name known to be a person's: it opens with a given name or holds a title.
        The recognizer's other guesses («کورتوف تصریح می‌کند») are not repeated."""
        return person.name.split()[0] in given_names() or bool(person.titles)

    def _inside_other_name(self, start: int) -> bool:
        """Whether a given name stands right before: «علی احمدی» is not «احمدی» alone."""
        before = self.text[max(0, start - 30) : start]
        return before.endswith(" ") and before[:-1].rsplit(" ", 1)[-1] in given_names()

    def _owner(self, at: int, title: str) -> Person | None:
        """Who a title nobody holds yet belongs to: the named person the article brings in
        next, or failing that the last one named before it who has no title yet."""
        named = [p for p in self.people if p.name is not None and p.merged_into is None]
        later = [p for p in named if min(p.mentions)[0] > at and _compatible(title, p.titles)]
        if later:
            return min(later, key=lambda p: min(p.mentions)[0])
        earlier = [p for p in named if not p.titles and min(p.mentions)[0] < at]
        return max(earlier, key=lambda p: min(p.mentions)[0]) if earlier else None

    def speaker(self, who: Person | str | None) -> str | None:
        if isinstance(who, Person):
            return who.final().name
        return who
