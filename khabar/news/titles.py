"""Titles of office in Persian news: «وزیر امور خارجه روسیه», «سخنگوی دولت», «امام جمعه ایوان».

A title is a head noun of office followed by its modifiers, up to where the phrase ends:
punctuation, a preposition, a verb, a pronoun, or the name it introduces. Coordinated
titles («وزیر امور خارجه روسیه و آمریکا») are expanded pairwise so each holder gets his.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.news.places import places
from khabar.text.chars import ZWNJ

HEADS = (
    "رئیس‌جمهور",
    "رئیس جمهور",
    "رییس‌جمهور",
    "رییس جمهور",
    "رئیس‌جمهوری",
    "رییس‌جمهوری",
    "نخست‌وزیر",
    "نخست وزیر",
    "وزیر",
    "وزیران",
    "رئیس",
    "رییس",
    "روسای",
    "رؤسای",
    "معاون",
    "معاونان",
    "سخنگوی",
    "نماینده",
    "نمایندگان",
    "سفیر",
    "سفیران",
    "دبیرکل",
    "دبیر کل",
    "دبیر",
    "مدیرعامل",
    "مدیر عامل",
    "مدیرکل",
    "مدیر کل",
    "مدیر",
    "استاندار",
    "فرماندار",
    "شهردار",
    "بخشدار",
    "دهیار",
    "کاردار",
    "سناتور",
    "صدراعظم",
    "کمیسر",
    "بازپرس",
    "تولیت",
    "فرمانده",
    "رهبر",
    "امام جمعه",
    "دادستان",
    "سرپرست",
    "عضو",
    "مشاور",
    "دستیار",
    "قائم‌مقام",
    "قائم مقام",
    "سرمربی",
    "مربی",
    "کاپیتان",
    "رئیس‌کل",
    "رئیس کل",
    "رییس‌کل",
    "رییس کل",
    "پادشاه",
    "ولیعهد",
    "رایزن",
    "کنسول",
    "مسئول",
    "مسؤول",
    "مسوول",
    "جانشین",
    "سرکنسول",
    "متخصص",
    "بنیانگذار",
    "مؤسس",
    "فرستاده",
    "نایب رئیس",
    "نایب‌رئیس",
    "نایب رییس",
    "نائب رئیس",
    "نائب‌رئیس",
    "استاد",
    "کارشناس",
    "وکیل",
    "تحلیلگر",
    "اقتصاددان",
    "فعال",
    "هافبک",
    "مهاجم",
    "مدافع",
    "دروازه‌بان",
    "ملی‌پوش",
    "قهرمان",
    "نویسنده",
    "کارگردان",
    "پژوهشگر",
    "پزشک",
)


def _spellings(*heads: str) -> frozenset[str]:
    """Every spelling ``HEADS`` has of these heads: with a half-space or a space, with
    «رئیس» or «رییس»."""

    def plain(head: str) -> str:
        return head.replace(ZWNJ, " ").replace("رییس", "رئیس")

    wanted = {plain(h) for h in heads}
    return frozenset(h for h in HEADS if plain(h) in wanted)


# Heads that are a whole title alone; any other head needs a word saying of what.
STANDALONE = _spellings(
    "رئیس جمهور",
    "نخست وزیر",
    "استاندار",
    "فرماندار",
    "شهردار",
    "اقتصاددان",
    "تحلیلگر",
    "پژوهشگر",
    "کارگردان",
    "نویسنده",
)
# A title ends with the place it names («رئیس شورای شهر تهران خاطرنشان کرد»), but for
# the words that are part of a place's name («آذربایجان غربی», «تهران بزرگ», «عربستان
# سعودی»); «و» and «در» may still add a place or a post.
COUNTRY_NOUN = "کشور"
AFTER_PLACE = frozenset("شرقی غربی شمالی جنوبی رضوی مرکزی بزرگ".split())
# The provinces whose one name joins two with «و», which the list of places does not hold
# as a place: the title ends with them as with any place («استاندار سیستان و بلوچستان
# دستور … داد»).
JOINED_PROVINCES = frozenset(
    {"سیستان و بلوچستان", "کهگیلویه و بویراحمد", "کهگیلویه و بویر احمد", "چهارمحال و بختیاری"}
)
# Iran's provinces of one word (and «خراسان» before its «شمالی», «رضوی», «جنوبی») that the
# list of places, of countries and cities, lacks: a title ends with them too («استاندار
# خراسان شمالی بیان آسیب‌ها را لازم دانست»). «مرکزی» is left out, as «بانک مرکزی» goes on.
PROVINCES = frozenset(
    "خراسان خوزستان گلستان گیلان لرستان مازندران هرمزگان کردستان البرز ایلام بوشهر زنجان "
    "سمنان قزوین قم کرمان کرمانشاه همدان یزد اردبیل".split()
)
# Bodies a title names with «این» after its first words: «مدیرکل دفتر حقوقی این سازمان».
BODY_NOUNS = frozenset(
    "سازمان شرکت وزارتخانه وزارت کمیسیون نهاد باشگاه دانشگاه فدراسیون بانک شورا ستاد "
    "اداره کشور استان شهر شهرستان تیم دستگاه انجمن اتحادیه مجموعه مرکز".split()
)
# Heads whose holder sits in a body the title may name after «در».
SEATED = _spellings("نماینده", "نمایندگان", "سفیر", "سفیران")
# Honorifics stand before a name but are not offices.
HONORIFICS = (
    "آقای",
    "خانم",
    "دکتر",
    "مهندس",
    "حجت‌الاسلام والمسلمین",
    "حجت‌الاسلام",
    "آیت‌الله",
    "حضرت",
    "سردار",
    "سرلشکر",
    "سرتیپ",
    "سرهنگ",
    # Ranks of the navy and the army's senior ranks: «فرمانده نیروی دریایی ارتش دریادار …».
    "دریادار",
    "دریابان",
    "ناخدا",
    "سپهبد",
    "شیخ",
)
# Words that end a title phrase: prepositions, conjunctions, pronouns, light verbs, time
# words that start the rest of the clause, and «سایر» that opens a list («… و سایر مدیران»).
STOPS = frozenset(
    "در با به از برای تا بر که را و یا اما نیز هم هم‌چنین همچنین وی او امروز دیروز روز "
    "فردا پریروز پس‌فردا امشب "
    "پس پیش ضمن طی طبق درباره دربارهٔ گفت افزود است بود شد کرد کرده نیست "
    "این آن یک چند خود ما آنها قرار نیز سایر".split()
)
# Portfolios joined by «و» inside one ministry's name.
PORTFOLIOS = frozenset(
    "دارایی فناوری تجارت گردشگری رفاه ورزش جوانان پژوهش فن‌آوری صنایع تکنولوژی "
    "آموزش پرورش اطلاعات ارتباطات معدن شهرسازی کار بهداشت درمان صنعت تحقیقات "
    # The chambers of commerce: «اتاق بازرگانی، صنایع، معادن و کشاورزی تهران».
    "معادن کشاورزی".split()
)
# Portfolios listed with commas: «وزیر صنعت، معدن و تجارت», «وزیر بهداشت، درمان و …».
_P = "|".join(sorted(PORTFOLIOS, key=len, reverse=True))
_PORTFOLIO_LIST = re.compile(rf"(?:، (?:{_P}))+ و (?:{_P})(?![^\s،؛:.!؟()«»])")
# Areas after «در امور» listed with commas: «… در امور بانکی، بیمه و شرکت‌های دولتی،».
_ITEM = r"[^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+)?"
_AREA_LIST = re.compile(rf"(?:، {_ITEM})+ و {_ITEM}(?=[،.؛]|$)")
MAX_MODIFIERS = 8
# After «در» a title goes on with the area of a deputy or envoy («معاون وزیر نیرو در امور
# برق», «نماینده ویژه … در امور سوریه»), a place («سفیر عراق در تهران»), or, for those
# who sit in one, the body they sit in («نماینده مردم تبریز در مجلس», «نماینده ایران در
# هیئت عامل اوپک»), or an athlete's weight («ملی‌پوش ایران در وزن ۶۷- کیلوگرم»); any
# other «در» starts the rest of the clause («… در حاشیه جلسه»).
AREAS = frozenset({"امور", "وزن"})
SEATS = frozenset("مجلس سازمان هیئت هیأت شورای مجمع کمیسیون اتحادیه آژانس دیوان".split())
# Time words that open the predicate after a bare title: «وزیر هفته آینده … دیدار می‌کند».
CLAUSE_WORDS = frozenset(
    "هفته صبح عصر ظهر شب بامداد شامگاه اخیرا اخیراً سپس بعدها "
    # «وزیر امور خارجه کشورمان پیش‌تر در دیدار با …».
    "پیش‌تر پیشتر قبلاً قبلا دیشب "
    # Acts that open the predicate: «… در امور آب و آبفا دیدار و …», «… گزارشی از …».
    "دیدار بازدید تشکیل گزارشی "
    "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه".split()
)
# Light verbs: the word before one is the noun of a compound verb («ادامه داد», «امضا
# کردند», «یادآور شد»), the start of the predicate, never part of a title.
LIGHT_VERBS = frozenset(
    "کرد کردند کرده کند کنند می‌کند می‌کنند نمود نمودند شد شدند شده داد دادند داده "
    "می‌دهد می‌دهند داشت داشتند خواهد خواهند گرفت گرفتند گرفته می‌گیرد می‌گیرند "
    "دهد دهند شود شوند گیرد گیرند".split()
)

# Heads that are given names too («امیر حسینی», «معین رضایی»): an office only before a
# country, as «امیر قطر» is, or a ministry, as Afghanistan's «معین وزارت انرژی و آب» is.
BEFORE_COUNTRY = frozenset({"امیر"})
BEFORE_MINISTRY = frozenset({"معین"})

_WORD = re.compile(r"[^\s،؛:.!؟()«»\"]+")
_HEAD = re.compile(
    r"(?<![^\s«(،])(?:"
    + "|".join(
        sorted(
            (re.escape(h) for h in (*HEADS, *BEFORE_COUNTRY, *BEFORE_MINISTRY)),
            key=len,
            reverse=True,
        )
    )
    + r")(?![^\s،؛:.!؟()«»])"
)
_WORD_AT_KOL = re.compile(r" کل(?![^\s،؛:.!؟()«»])")
# A bare head and «و» right before a title: «ملی‌پوش و مدافع سپاهان».
_BARE_HEAD_AND = re.compile(_HEAD.pattern.replace("(?:", "(", 1) + " و $")
_RESPECTIVELY_BEFORE = re.compile(r"به ترتیب(?: به عنوان)? $")
# Spellings of one office or body; replaced wherever they stand in a title.
SYNONYMS = {
    "رئیس دستگاه دیپلماسی": "وزیر امور خارجه",
    "وزیر خارجه": "وزیر امور خارجه",
    "دستگاه دیپلماسی": "وزارت امور خارجه",
    "دستگاه قضا": "قوه قضاییه",
    "رئیس‌جمهور": "رئیس جمهور",
    "رییس": "رئیس",
    "نخست‌وزیر": "نخست وزیر",
}


@dataclass(frozen=True)
class Title:
    text: str  # the title as written
    start: int
    end: int
    # When the title ends in two coordinated words («… روسیه و آمریکا»), the title each of
    # two holders has; used only where two names stand in apposition to it.
    split: tuple[str, ...] = ()
    # When a bare head is joined by «و» to the title («مهاجم و کاپیتان تیم ملی»), the two
    # titles one holder has, the head taking the words after the other head.
    held: tuple[str, ...] = ()


def canonical(title: str) -> str:
    """A title in one spelling, so that «وزیر خارجه روسیه» matches «رئیس دستگاه دیپلماسی روسیه»."""
    title = f" {title.replace(ZWNJ, ' ').replace('،', ' ')} "
    for variant, canon in SYNONYMS.items():
        title = title.replace(f" {variant.replace(ZWNJ, ' ')} ", f" {canon.replace(ZWNJ, ' ')} ")
    return " ".join(title.split())


def find_titles(text: str, stop_at: frozenset[int] = frozenset()) -> list[Title]:
    """Every title phrase; ``stop_at`` holds offsets where names start (a title ends there)."""
    titles: list[Title] = []
    taken = -1
    place_names = _place_names()
    for head in _HEAD.finditer(text):
        if head.start() < taken or not _may_head(text, head):
            continue
        end = pos = head.end()
        words = 0
        joints: list[int] = []  # where each «و» inside the title stands
        placed: int | None = None  # where the country, province or city it names starts
        while words < MAX_MODIFIERS:
            listed = _listed_end(text, head.start(), pos)
            if listed and listed not in stop_at:
                end = pos = listed
                words += 2
                continue
            m = _WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
            if not m or m.start() in stop_at:
                break
            word = m.group()
            nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if word == "و":
                # «وزیر و طراحان استیضاح»: a bare head joined to another noun is a list.
                if pos == head.end() or not nxt or nxt.start() in stop_at or nxt.group() in STOPS:
                    break
                if nxt.group() in HONORIFICS or _HEAD.fullmatch(nxt.group()):
                    break
                joints.append(m.start())
                end = pos = nxt.end()
                words += 1
                if nxt.group() in place_names:
                    placed = nxt.start()
                placed = _joined_province(text, m.start(), nxt.end(), placed)
                continue
            if word == "در" and nxt and _goes_on_after_dar(head.group(), nxt.group(), place_names):
                end = pos = nxt.end()
                # A post after «در» is a phrase anew.
                placed = nxt.start() if nxt.group() in place_names else None
                continue
            if word == "این" and pos == head.end():
                end = pos = m.end()
                continue
            if word == "این" and nxt and nxt.group() in BODY_NOUNS:
                # «مدیرکل دفتر حقوقی این سازمان»: the body closes it, with «کل» that
                # makes a head office of it («سرپرست تازه این اداره کل»).
                end = nxt.end() + (len(" کل") if _WORD_AT_KOL.match(text, nxt.end()) else 0)
                break
            if word in STOPS or word in HONORIFICS or word in CLAUSE_WORDS:
                break
            if word in LIGHT_VERBS:  # a verb: «… دروازه‌بان باتجربه تیم، کاپیتان خواهد بود»
                break
            if word.startswith(("می‌", "نمی‌")):  # a verb: «جانشین ابطحی می‌شود»
                break
            if nxt and nxt.group() in LIGHT_VERBS:
                break
            country_named = _country_of_ministry(text, placed, word, place_names)
            if placed is not None and not _names_place(text, placed, m) and not country_named:
                break
            end = pos = m.end()
            words += 1
            if country_named or (placed is None and word in (*place_names, COUNTRY_NOUN)):
                placed = m.start()
        if words >= MAX_MODIFIERS:
            end = _closing_place(text, end, stop_at, place_names)
        if end > head.end() or head.group() in STANDALONE:
            titles.append(
                Title(text[head.start() : end], head.start(), end, _split(text, head, end, joints))
            )
        taken = end
    return _joint_heads(text, titles)


def _joint_heads(text: str, titles: list[Title]) -> list[Title]:
    """Each title with the bare head joined to it by «و» before it taken in: «ملی‌پوش و
    مدافع سپاهان» is one holder's «ملی‌پوش سپاهان» and «مدافع سپاهان»."""
    joined: list[Title] = []
    for title in titles:
        m = _BARE_HEAD_AND.search(text, max(0, title.start - 40), title.start)
        if m is None or (joined and joined[-1].end > m.start()) or not _may_head(text, m):
            joined.append(title)
            continue
        first, second = m.group(1), _HEAD.match(title.text).group()
        # «وزیر و معاون وزیر نیرو» are two holders, and so are heads «به ترتیب».
        if first in title.text.split() or _RESPECTIVELY_BEFORE.search(text, 0, m.start()):
            joined.append(title)
            continue
        held = (with_body(first, title.text) or first + title.text[len(second) :], title.text)
        joined.append(Title(text[m.start() : title.end], m.start(), title.end, held=held))
    return joined


def _listed_end(text: str, start: int, pos: int) -> int | None:
    """Where a list joined by commas and a last «و» that goes on with a title from ``pos``
    ends: portfolios of a ministry («وزیر صنعت، معدن و تجارت»), or the areas of a post
    after «در امور» («معاون وزیر … در امور بانکی، بیمه و شرکت‌های دولتی»), which close
    the apposition and hold no verb or other word that ends a title."""
    listed = _PORTFOLIO_LIST.match(text, pos)
    if listed:
        return listed.end()
    if " در امور " not in text[start:pos]:
        return None
    listed = _AREA_LIST.match(text, pos)
    if listed is None:
        return None
    words = [w for w in listed.group().replace("،", " ").split() if w != "و"]
    ended = any(w in STOPS or w in LIGHT_VERBS or w.startswith(("می‌", "نمی‌")) for w in words)
    return None if ended else listed.end()


def head_at(text: str, at: int) -> int | None:
    """The end of a head of office written at ``at`` («مدیرعامل», «نایب رئیس»), if one is."""
    m = _HEAD.match(text, at)
    return m.end() if m and _may_head(text, m) else None


def with_body(head: str, title: str) -> str | None:
    """A bare head completed with the body a coordinated title names: «مدیرعامل و عضو
    هیئت مدیره شرکت پتروشیمی پردیس» gives «مدیرعامل شرکت پتروشیمی پردیس»; ``None`` when
    the title names no body after its head."""
    words = title.split(" ")
    body = next((i for i, w in enumerate(words) if i and w in BODY_NOUNS), None)
    return f"{head} {' '.join(words[body:])}" if body else None


def _may_head(text: str, head: re.Match[str]) -> bool:
    """Whether ``head`` opens a title: a head that is also a given name must name a
    country or ministry next («امیر قطر», «معین وزارت …», not «امیر حسینی»)."""
    if head.group() not in BEFORE_COUNTRY | BEFORE_MINISTRY:
        return True
    after = _WORD.match(text, head.end() + 1)
    if after is None:
        return False
    if head.group() in BEFORE_MINISTRY:
        return after.group() == "وزارت"
    return places().get(after.group()) == "country"


def _joined_province(text: str, joint: int, end: int, placed: int | None) -> int | None:
    """Where the place a title names starts once the words around the «و» at ``joint``
    are found to be one province («سیستان و بلوچستان»), else ``placed`` as it was."""
    first = text[max(0, joint - 30) : joint - 1].rsplit(" ", 1)[-1]
    start = joint - 1 - len(first)
    return start if text[start:end] in JOINED_PROVINCES else placed


def _closing_place(
    text: str, end: int, stop_at: frozenset[int], place_names: dict[str, str]
) -> int:
    """Where a title cut at its last modifier ends once the place it names is taken in:
    a title ends with its place however long the body before it, «سرپرست معاونت درمان
    دانشگاه علوم پزشکی و خدمات بهداشتی درمانی شیراز»."""
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if m and m.start() not in stop_at and m.group() in place_names:
        return m.end()
    return end


def _country_of_ministry(
    text: str, placed: int | None, word: str, place_names: dict[str, str]
) -> bool:
    """Whether ``word`` is the country after «کشور», which otherwise ends a title as a
    place does («رئیس سازمان برنامه و بودجه کشور پیگیر …»): «وزیر کشور ترکیه»."""
    return (
        placed is not None and text.startswith(f"{COUNTRY_NOUN} ", placed) and word in place_names
    )


def _names_place(text: str, placed: int, word: re.Match[str]) -> bool:
    """Whether ``word`` is still part of the place the title named from ``placed``."""
    return word.group() in AFTER_PLACE or text[placed : word.end()] in _long_places()


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """The places a title may end with: the listed ones and Iran's provinces."""
    return {**dict.fromkeys(PROVINCES, "province"), **places()}


@lru_cache(maxsize=1)
def _long_places() -> frozenset[str]:
    """Places of more than one word and their beginnings: «عربستان سعودی», «امارات
    متحده»."""
    found = set()
    for name in places():
        words = name.split(" ")
        found |= {" ".join(words[:i]) for i in range(2, len(words) + 1)}
    return frozenset(found)


def _goes_on_after_dar(head: str, word: str, place_names: dict[str, str]) -> bool:
    """Whether «در» and ``word`` after it are still the title of ``head``."""
    return word in AREAS or word in place_names or (head in SEATED and word in SEATS)


def _split(text: str, head: re.Match[str], end: int, joints: list[int]) -> tuple[str, ...]:
    """«وزیر امور خارجه روسیه و آمریکا» → the two titles, when one word follows one «و».
    Two words right after the head may be coordinated before the rest they share:
    «نایب‌رئیس اول و دوم کمیسیون انرژی», «سفیران ایران و ترکیه در مسکو»."""
    if len(joints) != 1:
        return ()
    last, _, rest = text[joints[0] + 2 : end].partition(" ")
    before = text[head.start() : joints[0] - 1]
    stem, _, first = before.rpartition(" ")
    if not stem or (rest and not _heads_pair(stem, head, first, last)):
        return ()
    stem = _singular(head.group()) + stem[len(head.group()) :]
    rest = f" {rest}" if rest else ""
    return (f"{stem} {first}{rest}", f"{stem} {last}{rest}")


def _heads_pair(stem: str, head: re.Match[str], first: str, last: str) -> bool:
    """Whether «first و last» coordinate two holders' words straight after the head, not
    the portfolios of one ministry («وزیر آموزش و پرورش کشورمان»)."""
    return stem == head.group() and not {first, last} <= PORTFOLIOS


def _singular(head: str) -> str:
    return {"وزیران": "وزیر", "معاونان": "معاون", "سفیران": "سفیر", "نمایندگان": "نماینده"}.get(
        head, head
    )
