"""Whether two titles name one office, for a title standing alone that takes up someone
titled before: «رئیس دستگاه دیپلماسی روسیه» is «وزیر امور خارجه روسیه» in canonical
spelling, «وزیر نیرو» is «وزیر نیروی کشورمان», and «وزیر برق عراق» is neither.
"""

from functools import lru_cache
from itertools import pairwise

from khabar.news.people.edges import whole_words
from khabar.news.people.person import Person
from khabar.news.places import places
from khabar.news.titles import COUNTRY_NOUN, HEADS, HOME, canonical
from khabar.news.titles.lexicon import AFTER_PLACE, BODY_NOUNS, JOINED_PROVINCES, PROVINCES


def _home_office(words: list[str]) -> tuple[str, ...] | None:
    """An office of Iran's with the country left out and the ezafe dropped: Iranian news
    writes «وزیر نیروی کشورمان» once and «وزیر نیرو» after. ``None`` for another country's
    office, which a title without its country does not name."""
    if any(w in places() and w not in HOME for w in words):
        return None
    return tuple(w.removesuffix("ی") for w in words if w not in HOME)


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
    """Whether two titles name different countries («… ترکیه» and «… کشورمان»; «کشور» is
    Iran as a whole), or one the whole country and the other a province or city
    (:func:`_national_against_local`)."""
    if _national_against_local(a, b) or _national_against_local(b, a):
        return True
    home = HOME | {COUNTRY_NOUN}
    countries_a, countries_b = _countries(a), _countries(b)
    same = countries_a == countries_b or (countries_a <= home and countries_b <= home)
    return bool(countries_a and countries_b) and not same and not _one_seat(a, b)


def _one_seat(a: list[str], b: list[str]) -> bool:
    """Whether two titles are one member of parliament's, one naming the first of the
    towns they sit for and the other more: «نماینده مردم تهران» of «نماینده مردم تهران،
    ری، شمیرانات و اسلامشهر»."""
    if a[:2] != b[:2] or a[:2] != ["نماینده", "مردم"] or a[2:3] != b[2:3]:
        return False
    return _countries(a) <= _countries(b) or _countries(b) <= _countries(a)


# Demonstratives that make «کشور» the country spoken of, not Iran: «وزیر دفاع این کشور».
_DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})


def _countries(words: list[str]) -> set[str]:
    """The countries a canonical title names before its post, «کشور» for Iran; «این
    کشور» is whichever the story spoke of, so none it can be told by."""
    words = _before_post(words)
    return {w for w in words if w in places() or w in HOME} | (
        {COUNTRY_NOUN} if COUNTRY_NOUN in words and not _this_country(words) else set()
    )


def _national_against_local(a: list[str], b: list[str]) -> bool:
    """Whether ``a`` is an office of the whole country («رئیس سازمان برنامه و بودجه کشور»)
    and ``b`` one of a province or city («رئیس سازمان مدیریت و برنامه‌ریزی استان گیلان»)."""
    local = "استان" in b or any(places().get(w) == "city" for w in b)
    return COUNTRY_NOUN in a and local and "استان" not in a


def _country_unshared(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` names a foreign country ``words`` does not name: «وزیر انرژی
    عربستان» is not «وزیر منابع معدنی و نفت آنگولا», nor an Iranian minister's office,
    whether or not the other country is a listed place."""
    countries = {w for w in wanted if places().get(w) == "country" and w not in HOME}
    return bool(countries) and not countries & set(words)


def _home_against_foreign(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` is an office of Iran's with its portfolio written and its
    country left out («وزیر نیرو»), and ``words`` another country's («وزیر برق عراق»):
    sharing a head, they are still two offices. «این کشور» leaves the country to the
    story («وزیر دفاع این کشور» after «آمریکا»), no office of Iran's."""
    has_portfolio = len(wanted) > len(_head(wanted).split())
    if _this_country(wanted):
        return False
    return has_portfolio and not _foreign_country(wanted) and _foreign_country(words)


def _this_country(words: list[str]) -> bool:
    """Whether a canonical title names «این کشور», the country the story spoke of."""
    return any(
        w == COUNTRY_NOUN and i > 0 and words[i - 1] in _DEMONSTRATIVES for i, w in enumerate(words)
    )


_COMPASS = frozenset({"شرقی", "غربی", "شمالی", "جنوبی"})


def foreign_office(title: str) -> bool:
    """Whether a title names a country other than Iran (:func:`_foreign_country`)."""
    return _foreign_country(canonical(title).split())


def _foreign_country(words: list[str]) -> bool:
    """Whether a title names a country other than Iran; a city may be Iran's own, and so
    may a region called after a country («سپاه … آذربایجان غربی»)."""
    return any(
        places().get(w) == "country" and w not in HOME and next_word not in _COMPASS
        for w, next_word in zip(words, [*words[1:], ""], strict=True)
    )


def bare_head_of(title: str, titles: list[str]) -> bool:
    """Whether ``title`` is a head alone («وزیر», «سفیر») that one of ``titles`` opens
    with: after someone spoke, «وزیر در ادامه افزود» goes on with them, though two
    ministers of the story hold a title of that head."""
    wanted = canonical(title)
    return wanted in _head_forms() and any(_head(canonical(t).split()) == wanted for t in titles)


def compatible(title: str, titles: list[str]) -> bool:
    """Whether ``title`` may be one more title of someone holding ``titles``: one of the
    same head, and not a minister's of another ministry (the holder of «وزیر صنعت، معدن و
    تجارت» is not also «وزیر کشور»)."""
    if not titles:
        return True
    wanted = canonical(title).split()
    theirs = [canonical(t).split() for t in titles]
    return any(words[0] == wanted[0] for words in theirs) and not any(
        _other_portfolio(wanted, words) for words in theirs
    )


def shares_head(title: str, titles: list[str]) -> bool:
    """Whether ``title`` opens with the head of one of ``titles``: «رئیس سازمان برنامه»
    and «رئیس بانک مرکزی» do, «مشاور هنری رییس‌جمهور» and «فیلم‌ساز سینما» do not."""
    head = canonical(title).split()[0]
    return any(canonical(t).split()[0] == head for t in titles)


def sole_holder(text: str, named: list[tuple[int, Person]], at: int, title: str) -> Person | None:
    """The one person an article names (``named``: where each is first named, and who),
    before ``at``, taking a title of more than a head that nobody holds: «جواد شمقدری
    فیلم‌ساز … گفت … مشاور هنری رییس‌جمهور با اشاره به …» is the one man the article is
    about, unless the title brings in someone besides («… نیز گفت»), speaks of him by
    name («رئیس فدراسیون گفت که قرارداد رودریگس …») or is another office of his kind
    («رئیس سازمان برنامه» besides his «رئیس بانک مرکزی»), which would have been his by
    name."""
    if len(named) != 1 or named[0][0] > at or " " not in title:
        return None
    person = named[0][1]
    besides = text.startswith((f"{title} نیز ", f"{title} هم "), at)
    if besides or shares_head(title, person.titles) or _spoken_of(text, at, person):
        return None
    wanted = canonical(title).split()
    if person.titles and _head(wanted) in _CABINET and not held_before(title):
        return None  # «علی لاریجانی رئیس مجلس … . وزیر نفت گفت …»: another man
    if any(_serves(wanted, canonical(t).split()) for t in person.titles):
        return None  # «معاون استاندار تهران … . استاندار تهران گفت …»: his superior
    return person


def others_office(title: str, titles: list[str]) -> bool:
    """Whether ``title``, standing alone, names an office someone holding ``titles`` does
    not hold: another of the same head («رئیس دانشکده فنی» beside «رئیس دانشگاه»), a
    minister's or head of state's, which the press names its holder by, or a post under
    or over one of theirs («معاون استاندار» beside «استاندار»)."""
    wanted = canonical(title).split()
    theirs = [canonical(t).split() for t in titles]
    if shares_head(title, titles) and _best_score(wanted, titles, False) < 2.0:
        return True
    if titles and _head(wanted) in _CABINET and not held_before(title):
        return True
    if _head(wanted) in _TERRITORIAL and any(
        _head(words) in _TERRITORIAL - {_head(wanted)} for words in theirs
    ):
        return True  # a province's governor is no county's («استاندار» and «فرماندار»)
    return any(_serves(wanted, words) or _serves(words, wanted) for words in theirs)


def _serves(office: list[str], words: list[str]) -> bool:
    """Whether the title ``words`` names a post under or beside ``office``, which its
    holder therefore does not hold: «معاون استاندار تهران», «مشاور وزیر نفت»."""
    return any(words[i : i + len(office)] == office for i in range(1, len(words)))


# Offices of government the press names their holder by, so that one of them standing alone
# is not one more post of the man named with another office: a minister, a head of state
# or government.
_CABINET = frozenset({"وزیر", "رئیس جمهور", "نخست وزیر"})
# The heads of a division, one to a division and one division to a head.
_TERRITORIAL = frozenset({"استاندار", "فرماندار", "بخشدار", "شهردار", "دهیار"})


def _spoken_of(text: str, at: int, person: Person) -> bool:
    """Whether a word of ``person``'s name is written in the paragraph from ``at`` on."""
    end = text.find("\n", at)
    paragraph = text[at : end if end >= 0 else len(text)]
    return any(next(whole_words(paragraph, word), None) for word in person.name.split())


def scored_by_title(
    phrase: str, people: list[Person], loose: bool = False
) -> tuple[float, Person] | None:
    """The one person of ``people`` whose title is ``phrase`` or shares its head and most
    of its words, with how well it matched: 2.0 for the same title, 1.5 for its first
    words («سخنگوی وزارت بهداشت» of «… بهداشت، درمان و آموزش پزشکی»). ``loose`` drops
    the head requirement, for descriptions such as «این اقتصاددان». Two people matching
    equally well is no answer."""
    wanted = canonical(phrase).split()
    candidates = [
        p
        for p in people
        if p.merged_into is None and p.titles and not _home_against_theirs(wanted, p.titles)
    ]
    scored = []
    for person in candidates:
        best = _best_score(wanted, person.titles, loose)
        if best:
            scored.append((best, person))
    if not scored:
        same_head = [
            p
            for p in candidates
            if any(
                _same_head(wanted, words) and _shares_more(wanted, words)
                for words in map(lambda t: canonical(t).split(), p.titles)
            )
        ]
        return (0.0, same_head[0]) if len(same_head) == 1 and not loose else None
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0]


def _home_against_theirs(wanted: list[str], titles: list[str]) -> bool:
    """Whether ``wanted`` writes out an office of Iran's («وزیر نفت ایران», «… کشورمان»)
    and one of ``titles`` is another country's, whose holder holds no office of Iran's:
    «وزیر نفت ایران» is not «مورلی دئورا، وزیر نفت هند», though his «وزیر نفت» reads
    as Iran's. Where a post is held does not count («سفیر کشورمان در عراق»)."""
    if not set(_before_post(wanted)) & HOME:
        return False
    return any(_foreign_country(_before_post(canonical(t).split())) for t in titles)


def _best_score(wanted: list[str], titles: list[str], loose: bool) -> float:
    """How well the best of ``titles`` matches the canonical words ``wanted``; 0 for none."""
    best = 0.0
    for words in (office for title in titles for office in _offices(canonical(title).split())):
        if _placed(wanted, words) or _one_seat(wanted, words) or _one_province(wanted, words):
            best = max(best, 1.5)
            continue
        if _other_country(wanted, words) or _country_unshared(wanted, words):
            continue
        if _other_tenure(wanted, words) or _other_unit(wanted, words):
            continue
        home = _home_office(wanted)
        same_home = home is not None and home == _home_office(words)
        if words == wanted or same_home or _one_ministry(wanted, words):
            best = 2.0
        elif _shortened(wanted, words):
            best = max(best, 1.5)
        elif _home_against_foreign(wanted, words) or _other_seat(wanted, words):
            continue
        elif loose or _same_head(wanted, words):
            overlap = len(set(words) & set(wanted)) / len(set(wanted))
            best = max(best, overlap if overlap >= 0.5 else 0.0)
    return best


def _other_seat(wanted: list[str], words: list[str]) -> bool:
    """Whether two titles with one head say of what in two words or more each and share
    none of them: «امام جمعه موقت سقز» is not «امام جمعه شهر صاحب», a town's, whatever
    the list of places knows; nor two that name one thing each, in a word («سرمربی
    پرسپولیس» is not «سرمربی سپاهان»). A bare rest, or a body's noun against a name
    («سرمربی تیم» of «سرمربی پرسپولیس»), may take up any."""
    head = _head(wanted)
    if head != _head(words):
        return False
    size = len(head.split())
    rest, theirs = set(wanted[size:]), set(words[size:])
    if len(rest) == 1 and len(theirs) == 1 and rest != theirs:
        return (rest <= BODY_NOUNS) == (theirs <= BODY_NOUNS)
    return len(rest) > 1 and len(theirs) > 1 and not rest & theirs


def _offices(words: list[str]) -> list[list[str]]:
    """A canonical title and, when it joins two offices by «و» before a head, each of
    them: «معاون استاندار تهران و فرماندار ویژه شهرستان ری» holds «فرماندار ویژه
    شهرستان ری» too, which the article calls him by later; a bare head is none."""
    cuts = [i for i, w in enumerate(words) if w == "و" and 0 < i < len(words) - 1]
    cuts = [i for i in cuts if _head(words[i + 1 :]) in _head_forms()]
    bounds = [-1, *cuts, len(words)]
    parts = [words[a + 1 : b] for a, b in pairwise(bounds)]
    if len(parts) < 2:
        return [words]
    return [words, *(p for p in parts if " ".join(p) not in _head_forms())]


def _placed(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` is the title ``words`` of three words or more with where it is
    held written after it: «رئیس فدراسیون ورزش‌های آبی در عربستان سعودی» of «رئیس
    فدراسیون ورزش‌های آبی», «… آبی عربستان»; or with the adjective its body's full name
    ends with: «رئیس دانشگاه آزاد اسلامی» of «رئیس دانشگاه آزاد»."""
    words = [w for w in words if not w.startswith("(")]  # a gloss: «آبی (دریایی)»
    rest = wanted[len(words) :]
    if len(words) < 3 or not rest or wanted[: len(words)] != words:
        return False
    return rest[0] == "در" or rest[0] in places() or (len(rest) == 1 and rest[0] in _FULL_NAME_ENDS)


def _one_province(wanted: list[str], words: list[str]) -> bool:
    """Whether one title ends with «استان», the province the story is told in, and the
    other is the same title naming a province there, with «استان» or without: «مدیرکل
    فرهنگ و ارشاد اسلامی آذربایجان شرقی» of «… اسلامی استان»."""
    for named, bare in ((wanted, words), (words, wanted)):
        if len(bare) < 2 or bare[-1] != "استان" or named[: len(bare) - 1] != bare[:-1]:
            continue
        province = named[len(bare) - 1 :]
        if _a_province(province[1:] if province[:1] == ["استان"] else province):
            return True
    return False


def _a_province(words: list[str]) -> bool:
    """Whether ``words`` name a province: one of two names joined by «و», or one word,
    listed place or province, with the quarter some have after it («آذربایجان شرقی»)."""
    if " ".join(words) in JOINED_PROVINCES:
        return True
    if not words or len(words) > 2 or (words[1:] and words[1] not in AFTER_PLACE):
        return False
    return words[0] in PROVINCES or words[0] in places()


# The adjective a body's full name ends with that news leaves out: «دانشگاه آزاد (اسلامی)»,
# «مجلس شورای (اسلامی)».
_FULL_NAME_ENDS = frozenset({"اسلامی"})


def _shortened(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` is the title ``words`` written short: its first words, more than
    a bare head («سخنگوی وزارت بهداشت» of «… بهداشت، درمان و آموزش پزشکی»), or, of three
    words or more, all but one after the head («عضو مجلس کویت» of «عضو مجلس امت کویت»)."""
    if " ".join(wanted) not in _head_forms() and words[: len(wanted)] == wanted:
        return True
    if len(words) < 3 or len(wanted) != len(words) - 1:
        return False
    return any(words[:i] + words[i + 1 :] == wanted for i in range(1, len(words)))


def _shares_more(wanted: list[str], words: list[str]) -> bool:
    """Whether a title with the head of ``words`` shares a word besides it, is the bare
    head or takes up a body named before: «فرمانده نیروی هوایی ارتش» is not «فرمانده
    جدید پایگاه شهید بابایی», but «سرمربی» and «سرمربی این تیم» may be «سرمربی تیم ملی»."""
    rest = set(wanted[len(_head(wanted).split()) :])
    return not rest or "این" in rest or bool(rest & set(words))


def _same_head(wanted: list[str], words: list[str]) -> bool:
    """Whether two canonical titles share a head and name no two countries."""
    return (
        _head(words) == _head(wanted)
        and not _other_country(wanted, words)
        and not _country_unshared(wanted, words)
        and not _home_against_foreign(wanted, words)
        and not _other_portfolio(wanted, words)
        and not _other_tenure(wanted, words)
        and not _other_unit(wanted, words)
    )


# The words that tell an office's former holder from whoever holds it now.
_FORMER = frozenset("سابق پیشین اسبق قبلی".split())


# Ordinals a government or parliament of the past is named by: «دولت نهم», «مجلس هفتم».
_TERMS = frozenset("اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم".split())


_HOUSE = "مجلس"


def member_of_house(title: str, titles: list[str]) -> bool:
    """Whether ``title`` is a post in parliament («عضو کمیسیون انرژی مجلس», «عضو هیئت رئیسه
    مجلس») and one of ``titles`` a member's seat («نماینده مردم اهواز در مجلس»): the member
    goes on, called by the commission they sit on."""
    words = canonical(title).split()
    if words[0] != "عضو" or _HOUSE not in words:
        return False
    seats = (canonical(t).split() for t in titles)
    return any(seat[0] == "نماینده" and _HOUSE in seat for seat in seats)


def held_before(title: str) -> bool:
    """Whether ``title`` names a post its holder held before («مشاور پیشین وزیر», «معاون
    اول دولت نهم»): someone who now holds another may be named by it."""
    words = canonical(title).split()
    return bool(set(words) & _FORMER) or any(
        w in ("دولت", "مجلس") and nxt in _TERMS for w, nxt in pairwise(words)
    )


_MINISTER = {"وزارت": "وزیر", "وزارتخانه": "وزیر"}


def _other_unit(wanted: list[str], words: list[str]) -> bool:
    """Whether two titles that open alike and end alike say in between, in words neither
    shares, which unit or portfolio: «معاون سیاسی استاندار» is not «معاون عمرانی
    استاندار», nor «رئیس کمیسیون کشاورزی مجلس» «رئیس کمیسیون انرژی مجلس», whatever «و»
    lists. A word the other title writes elsewhere is shared («معاون بهداشت وزارت
    بهداشت», «معاون وزیر بهداشت»); a ministry is its minister's, and words one of which
    spells the other longer («فرمانده», «فرماندهی») are one."""
    opening = next(
        (i for i, (a, b) in enumerate(zip(wanted, words, strict=False)) if a != b),
        min(len(wanted), len(words)),
    )
    most = min(len(wanted), len(words)) - opening
    ending = next((i for i in range(most) if wanted[-1 - i] != words[-1 - i]), most)
    ours, theirs = wanted[opening : len(wanted) - ending], words[opening : len(words) - ending]
    if not opening or not ending or not ours or not theirs or "این" in ours + theirs:
        return False
    ours = [_MINISTER.get(w, w) for w in ours if w != "و" and w not in words]
    theirs = [_MINISTER.get(w, w) for w in theirs if w != "و" and w not in wanted]
    return bool(ours and theirs) and not any(
        a.startswith(b) or b.startswith(a) for a in ours for b in theirs
    )


def _other_tenure(wanted: list[str], words: list[str]) -> bool:
    """Whether one title is the office's former holder's and the other is not: at a
    handover «مدیرکل سابق محیط زیست استان» is not «مدیرکل جدید محیط زیست استان», and
    «فرمانده سابق پایگاه هوایی» is not «فرمانده نیروی هوایی ارتش»."""
    return bool(set(wanted) & _FORMER) != bool(set(words) & _FORMER)


# Words that name one of Iran's ministries, by ministry: «وزیر کشور» and «وزیر نیرو» are
# two ministers, «وزیر صمت» and «وزیر صنعت، معدن و تجارت» one. Words shared by two
# ministries («آموزش», «فرهنگ») are left out.
_MINISTRIES = {
    word: ministry
    for ministry, words in {
        "interior": "کشور",
        "energy": "نیرو",
        "oil": "نفت",
        "foreign": "خارجه",
        "defence": "دفاع",
        "economy": "اقتصاد اقتصادی دارایی",
        "industry": "صمت صنعت معدن تجارت",
        "agriculture": "جهاد کشاورزی",
        "communications": "ارتباطات",
        "roads": "راه شهرسازی",
        "sport": "ورزش جوانان",
        "intelligence": "اطلاعات",
        "justice": "دادگستری",
        "heritage": "میراث گردشگری",
        "labour": "تعاون رفاه",
        "health": "بهداشت درمان",
        "science": "علوم",
    }.items()
    for word in words.split()
}


def _ministries(words: list[str]) -> set[str]:
    """The ministries a minister's title names («نیروی» is «نیرو» with its ezafe)."""
    found = set()
    for w in _before_post(words)[1:]:
        ministry = _MINISTRIES.get(w) or _MINISTRIES.get(w.removesuffix("ی"))
        if ministry:
            found.add(ministry)
    return found


def _one_ministry(wanted: list[str], words: list[str]) -> bool:
    """Whether two titles are one Iranian minister's, written with the ministry's
    acronym or name: «وزیر صمت» is «وزیر صنعت، معدن و تجارت»."""
    if wanted[0] != "وزیر" or words[0] != "وزیر" or len(wanted) != 2:
        return False
    if _home_office(wanted) is None or _home_office(words) is None:
        return False
    ministry = _ministries(wanted)
    return len(ministry) == 1 and ministry == _ministries(words)


def _other_portfolio(wanted: list[str], words: list[str]) -> bool:
    """Whether two ministers' titles name different ministries: «وزیر کشور» is not «وزیر
    نیرو», though both are ministers; «وزیر» alone may be either."""
    if wanted[0] != "وزیر" or words[0] != "وزیر":
        return False
    a, b = _ministries(wanted), _ministries(words)
    return bool(a and b) and not a & b
