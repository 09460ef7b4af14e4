"""Finding the title phrases of a text: a head of office and its modifiers, up to where
the phrase ends."""

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.gazetteer import given_names
from khabar.news.dates.lexicon import MONTH, MONTH_END, ORDINAL, WEEKDAY, R
from khabar.news.places import demonyms, places
from khabar.news.titles.lexicon import (
    ABROAD,
    ABROAD_BODIES,
    AFTER_PLACE,
    AREAS,
    BEFORE_BODY,
    BEFORE_COUNTRY,
    BEFORE_MINISTRY,
    BEFORE_PLACE,
    BEFORE_TENURE,
    BODY_NOUNS,
    CABINET,
    COMMEMORATIONS,
    COUNTRY_NOUN,
    CRAFTS,
    FIGHTING,
    GROUPS,
    GUARDING,
    GUARDING_BODIES,
    HEAD_SET,
    HEADS,
    HIERARCHIES,
    HOME,
    HONORIFICS,
    HONOURED_AFTER,
    INFINITIVES,
    JOINED_PROVINCES,
    LEADERS_SEATS,
    LIGHT_VERBS,
    MEMBERS_BODIES,
    NAMED_AFTER,
    PORTFOLIOS,
    PROVINCES,
    SEATED,
    SEATS,
    STANDALONE,
    TENURE,
    UNIT_NAMES,
    UNITS,
    VERB_FORMS,
    singular_head,
    tenure_head,
)
from khabar.news.titles.lists import ends_title, listed_end
from khabar.news.titles.names import quoted_name_end
from khabar.news.titles.objects import before_objects
from khabar.text.chars import ZWNJ


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
    # The place the title ends with, with the «جمهوری» of a state's name before it
    # («ترکیه», «جمهوری ازبکستان»); empty when it names none.
    place: str = ""


# Real bodies' names run long: «عضو هیات علمی دانشکده علوم و صنایع غذایی واحد علوم و
# تحقیقات», «دبیر کمیته جمع‌آوری آثار و اسناد شهدای کنگره 6500 شهید استان کرمان».
MAX_MODIFIERS = 12
# A body of the whole world, whose head office is in no country: «در …» after its
# secretary-general («دبیرکل», his deputy or spokesman) tells where he is, not which
# office. Its envoys, missions and offices in a country keep the place («فرستاده ویژه
# سازمان ملل در یمن», «رئیس هیئت معاونت سازمان ملل در عراق», «دفتر سازمان ملل در عراق»);
# a place right after its name is none of the title's.
_WORLDWIDE = re.compile(r"ملل(?: متحد)?$")
_WORLD_CHIEF = re.compile(r"(?:(?:معاون|سخنگوی) )?دبیر[ \u200c]?کل ")
_WORD = re.compile(r"[^\s،؛:.!؟()«»\"]+")
# «جمعه» after the prayer or its leaders is the Friday of their name, no weekday that
# opens the predicate: «رئیس شورای سیاستگذاری ائمه جمعه».
_FRIDAY = "جمعه"
_OF_FRIDAY = frozenset({"نماز", "ائمه", "امامان"})
# «خبری نیست» (there is no news of), the predicate after the one it is about.
_NO_NEWS = re.compile(r"خبری (?:نیست|نبود|نشد|نیز نیست)(?![^\s،؛:.!؟()«»])")
# «بار دیگر» (once more), «برای نخستین بار»: how often, opening the predicate.
_AGAIN = re.compile(r"بار (?:دیگر|نخست|اول|دوم)(?![^\s،؛:.!؟()«»])")
# A head opens a title after a space, a bracket, a comma or a straight quote that opens
# it unclosed («خانم دانیالی "معاون …»), and after the colon of a dateline written
# without its space («خبرگزاری فارس:فرمانده …»).
_HEAD = re.compile(
    r"(?<![^\s«(،:\"])(?:"
    + "|".join(
        sorted(
            (
                re.escape(h)
                for h in (*HEADS, *BEFORE_COUNTRY, *BEFORE_PLACE, *BEFORE_MINISTRY, *BEFORE_TENURE)
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![^\s،؛:.!؟()«»])"
)
_WORD_AT_KOL = re.compile(r" کل(?![^\s،؛:.!؟()«»])")
# Scholars, and the houses of learning they are of after «از»: «کارشناس شرق آسیا از موسسه
# تکنولوژی جورجیا», «استاد اقتصاد از دانشگاه هاروارد»; «از» before anything else opens
# the clause («کارشناس … از افزایش قیمت خبر داد»).
_SCHOLARS = frozenset(
    "کارشناس استاد استادیار دانشیار پژوهشگر پژوهش‌گر تحلیلگر تحلیل‌گر اقتصاددان".split()
)
_LEARNING = frozenset(
    "دانشگاه دانشکده موسسه مؤسسه مرکز پژوهشکده اندیشکده بنیاد انستیتو آکادمی".split()
)
# A given name that names a national team's age group: «سرمربی تیم‌های ملی بزرگسالان و امید».
_TEAM_NAMES = frozenset({"امید"})
# «در» and the body a member sits in: «… و عجب‌شیر در مجلس».
_SEAT_AFTER = re.compile(r" در ([^\s،؛:.!؟()«»]+)")
# Light verbs and the verb forms that end a title as they do.
_VERBS = LIGHT_VERBS | VERB_FORMS
# A bare head and «و» right before a title: «ملی‌پوش و مدافع سپاهان».
_BARE_HEAD_AND = re.compile(_HEAD.pattern.replace("(?:", "(", 1) + " و $")
# A gloss in brackets a title goes on past: «… ورزش‌های آبی (دریایی)», «صندوق کودکان ملل
# متحد (یونیسف) در ایران», a blessing in the name of the body («مرکز قرآن و حدیث کریمه اهل
# بیت (ع)»); not a number.
_GLOSS = re.compile(r" ?\([^\W\d][^()\n\d]{0,30}\)")
# A team or party sent somewhere, whose destination after «به» is still the title's:
# «سرمربی بوکسورهای اعزامی به مسابقات لیگ جهانی», «سرپرست کاروان اعزامی ایران به …»;
# not where the holder went («سرپرست تیم اعزامی به تهران رسید»).
_SENT = "اعزامی"
_WENT = frozenset("رسید رسیدند رفت رفتند بازگشت بازگشتند برگشت برگشتند آمد آمدند سفر عزیمت".split())
# The most words a destination runs to before the verb of going: «به کره جنوبی رسید».
_WAY = 3
# Parliament, which a mission of inquiry may name before «از»: «کمیته تفحص مجلس از …».
_PARLIAMENT = "مجلس"
# The missions a body's name goes on with after each preposition.
_MISSIONS = {"از": GUARDING, "با": FIGHTING}
# What a guarding body may be besides, between its noun and its mission: «ستاد ملی مقابله با
# کرونا», «کمیته استانی مبارزه با …».
_BODY_ADJECTIVES = frozenset("ملی استانی کشوری شهرستانی عالی ویژه مرکزی مشترک".split())
# «نام برد», «named», a compound verb whose «برد» is no light verb elsewhere («برد» is a
# win): «از محمود کریمی به عنوان مربی تیم ملی نام برد».
_NAME = "نام"
_NAMED = frozenset({"برد", "بردند", "برده", "می‌برد", "می‌برند"})
# «این مسئول» is the official told before where its clause goes on to an object.
_OFFICIAL = "مسئول"
_POINTING = frozenset({"این", "همین"})
_OBJECT_AHEAD = re.compile(r"[^.،:؛!؟\n]{0,80}? را ")
# «مورخ» before a date is «dated», no historian: «نامه علی احمدی مورخ ۱۰ مرداد».
_DATED = "مورخ"
# Heads of office that are surnames too, and no head's complement: «علیرضا دبیر رئیس …».
_SURNAME_HEADS = frozenset({"دبیر"})
# What is said, written or done, the object a title's holder acts on after the title:
# «سخنگوی دولت حمله تروریستی به مقر پلیس را محکوم کرد».
_SAID_OR_DONE = frozenset(
    "بیانیه اطلاعیه اظهارات سخنان ادعاهای ادعای مواضع حمله حملات ترور انفجار".split()
)
# An award's category, whoever is nominated or wins it: «در بخش بهترین بازیگر زن», «جایزه
# بهترین کارگردان», «عنوان بهترین بازیکن».
_AWARD_BEFORE = re.compile(
    r"(?:بخش|جایزه|جوایز|عنوان|نامزد|نامزدهای|نامزدی|رشته|شاخه|تندیس|سیمرغ) بهترین $"
)
_DATE_AFTER = re.compile(rf" (?:[0-9۰-۹]|(?:{ORDINAL}|{WEEKDAY}){R}|{MONTH}{MONTH_END})")
# «مدرس» after «تربیت» is a university's name, no teacher: «دانشگاه تربیت مدرس».
_TEACHER = "مدرس"
_TRAINING = "تربیت"
# «سرپرست خانوار» is who heads a household, a welfare category, no office: «زنان سرپرست
# خانوار».
_HOUSEHOLD_HEAD = "سرپرست"
_HOUSEHOLD = frozenset({"خانوار", "خانواده"})
# Words that make an adjective of the noun before: «این جشنواره ناشر محور است», «رویکرد
# مردم‌محور», «نگاه کارشناس‌مدار»; no holder of an office.
_CENTRED = frozenset({"محور", "مدار"})
# «منتقد» after a plural is its adjective, of no one named: «رسانه‌های منتقد دولت، علی
# احمدی را متهم کردند».
_CRITICAL = "منتقد"
_PLURAL_BEFORE = re.compile(r"(?:ها|های) $")
# The nouns of holding an office after «مدیر»: «به مدیر مسئولی …».
_HOLDING = frozenset({"مسئولی", "مسوولی", "مسؤولی"})
# «فعال» is an activist by the field that follows («فعال سیاسی», «فعال دانشجویی», «فعال
# بخش خصوصی», «فعال حقوق بشر»), by a political camp («فعال اصلاح‌طلب», «فعال اصولگرا»)
# or a scene («فعال فضای مجازی», «فعال بازار سرمایه»), and otherwise the adjective
# «active» («مشارکت فعال جوانان», «کاربر فعال هستند», «آموزشگاه‌های فعال شهرستان») or a
# verb's («فعال شدن»).
_ACTIVE = "فعال"
# Nouns «فعال» is the adjective of, whatever field follows: «حضور فعال مردمی», «مشارکت
# فعال بخش خصوصی», «نقش فعال رسانه‌ای».
_ACTIVELY = frozenset("حضور مشارکت نقش همکاری".split())
_FIELD = re.compile(
    r"[^\s]+(?<!ا)ی|[^\s]+\u200cای|بخش|صنعت|حقوق|حوزه|عرصه|رسانه|محیط(?:\u200cزیست)?"
    r"|اصلاح(?:\u200cطلب)?|اصول\u200c?گرا|فضای|بازار"
)
# The Imam's order that names a body, not one given by the title's holder: «رئیس ستاد
# اجرایی فرمان حضرت امام».
_IMAMS_ORDER = re.compile(r"فرمان(?: حضرت)? امام(?: خمینی)?(?![^\s،؛:.!؟()«»])")
_STAFF_BEFORE = re.compile(r"ستاد(?: اجرایی)? $")
# Districts and branches go by number, written as a word too: «ناحیه یک», «منطقه دو».
_NUMBERED = frozenset({"ناحیه", "منطقه", "شعبه"})
_NUMBER_WORDS = frozenset("یک دو سه چهار پنج شش هفت هشت نه ده".split())
_RESPECTIVELY_BEFORE = re.compile(r"به ترتیب(?: به عنوان)? $")
# A number the title does not hold: a date («۳۱/۶/۷۷», «۲۵ تیرماه») or an amount of time,
# money or people, which opens the clause's adverbial or object («رئیس‌جمهور ۴ میلیارد
# تومان …», «… رئیس جمهور ۳ ماه قبل»); not an age («مهاجم ۲۴ ساله»), a weight («وزن ۸۴-
# کیلوگرم») or a number in a body's name («ستاد کنگره ۶۵۰۰ شهید», «کنگره ۲۴ هزار شهید»),
# a team's age group («تیم ملی زیر ۲۳ سال») or the date a body is named after
# («بیمارستان ۱۵ خرداد»).
_NUMBER = re.compile(r"[0-9۰-۹]+(?:[/.٫][0-9۰-۹]+)*")
_MEASURES = frozenset(
    "ماه سال روز هفته ساعت دقیقه ثانیه دهه قرن تومان ریال دلار یورو میلیون میلیارد هزار "
    "درصد نفر".split()
)
_MONTH_AFTER = re.compile(rf"(?:{MONTH}){MONTH_END}")
_AGE_GROUP = "زیر"
_PROVINCE = "استان"
# A plural of places before the place a title names, which lists more of them after «و»:
# «شهرستان‌های ساوه و زرندیه», «استان‌های گیلان و …».
_PLURAL_PLACE_BEFORE = re.compile(r"(?<![^\s])(?:شهرستان|استان|شهر|کشور|بخش)\u200c?های $")
_MARTYRS = re.compile(r" هزار شهید(?![^\s،؛:.!؟()«»])")
# The Leader a representative's title names before «در»: «نماینده ولی‌فقیه در …».
_LEADER = re.compile(r"(?:ولی[ \u200c]?فقیه|مقام (?:معظم )?رهبری|رهبر معظم انقلاب(?: اسلامی)?)$")
# A mission that represents its country or the Leader: «سخنگوی نمایندگی ایران در …».
_REPRESENTATION = "نمایندگی"
# «جمهوری» and up to two words of a state's name before its country: «جمهوری خلق چین».
_STATE_BEFORE = re.compile(r"(?<![^\s«(،])جمهوری(?: [^\s،؛:.!؟()«»]+){0,2} $")


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
            gloss = _GLOSS.match(text, pos) if pos > head.end() else None
            if gloss and gloss.end() not in stop_at:
                end = pos = gloss.end()
                continue
            quoted = quoted_name_end(text, pos, stop_at) if pos > head.end() else None
            if quoted:
                end = pos = quoted
                words += 1
                continue
            listed = listed_end(text, head, pos, stop_at)
            if listed and listed not in stop_at:
                end = pos = listed
                words += 2
                continue
            m = _word_after(text, pos)
            if not m or m.start() in stop_at:
                break
            word = m.group()
            nxt = _word_after(text, m.end())
            if word in _NUMBER_WORDS and text[text.rfind(" ", 0, pos) + 1 : pos] in _NUMBERED:
                end = pos = m.end()  # «آموزش و پرورش ناحیه یک قزوین»
                words += 1
                continue
            if nxt and word in _MISSIONS.get(nxt.group(), ()) and not _guards(text, m.end(), nxt):
                break  # the object: «سخنگوی دولت حمایت از تولید ملی را … دانست»
            if word == "و":
                # «وزیر و طراحان استیضاح»: a bare head joined to another noun is a list.
                if pos == head.end() or not nxt:
                    break
                if nxt.start() in stop_at and not _town_before_seat(text, head, nxt):
                    break
                if ends_title(nxt.group()) or _before_light_verb(text, nxt):
                    break
                # another office, also one of two words: «… در استان گیلان و امام جمعه رشت»,
                # or other officials present: «… و مدیران استان»
                if nxt.group() in HONORIFICS:
                    break
                if nxt.group() in GROUPS and not _members_named(text, head, m.start()):
                    break
                # «… و عباس سروری، رئیس …»; not a body's second namesake: «بیمارستان
                # فاطمه زهرا و علی اصغر»
                if (
                    _given_name(nxt.group(), place_names)
                    and _word_before(text, pos) not in given_names()
                ):
                    break
                if _HEAD.match(text, nxt.start()):
                    break
                mission = _word_after(text, nxt.end())  # «… و مبارزه با فساد را»
                if (
                    mission
                    and nxt.group() in _MISSIONS.get(mission.group(), ())
                    and not _guards(text, nxt.end(), mission)
                ):
                    break
                if _past_place(text, head, placed, m.start(), nxt, place_names):
                    break
                joints.append(m.start())
                end = pos = nxt.end()
                words += 1
                # A body after the place opens a phrase anew, which may name its own:
                # «بازیکن … پرتغال و باشگاه بنفیکا».
                if nxt.group() in place_names or nxt.group() in BODY_NOUNS:
                    placed = nxt.start() if nxt.group() in place_names else None
                placed = _joined_province(text, m.start(), nxt.end(), placed)
                continue
            if word == "در" and placed is not None and not _abroad(text, head, pos, nxt):
                break
            if word == "در" and nxt and _on_the_eve(text, nxt):
                break
            if word == "در" and _world_chief(text, head, pos) and not _abroad(text, head, pos, nxt):
                break  # «دیدار با دبیرکل سازمان ملل متحد در چین»: where they met
            if word == "در" and nxt and _goes_on_after_dar(text, head, pos, nxt.group()):
                end = pos = nxt.end()
                # A post after «در» is a phrase anew.
                placed = nxt.start() if nxt.group() in place_names else None
                continue
            if word == "این" and nxt and nxt.group() in BODY_NOUNS:
                # «مدیرکل دفتر حقوقی این سازمان»: the body closes it, with «کل» that
                # makes a head office of it («سرپرست تازه این اداره کل»).
                end = nxt.end() + (len(" کل") if _WORD_AT_KOL.match(text, nxt.end()) else 0)
                break
            if word == "به" and nxt and nxt.start() not in stop_at and _sent_to(text, head, m, nxt):
                end = pos = nxt.end()
                words += 1
                placed = nxt.start() if nxt.group() in place_names else None
                continue
            if word == "این" and pos == head.end():
                end = pos = m.end()
                continue
            if word in _MISSIONS and nxt and nxt.start() not in stop_at and _guards(text, pos, m):
                end = pos = nxt.end()  # «سازمان حفاظت از محیط زیست»
                words += 1
                continue
            if _scholar_of(head, word, nxt) and nxt.start() not in stop_at:
                end = pos = nxt.end()  # «کارشناس شرق آسیا از موسسه تکنولوژی …»
                words += 1
                placed = None
                continue
            if order := _imams_order(text, m.start()):
                end = pos = order
                words += 1
                continue
            if word == _FRIDAY and _word_before(text, pos) in _OF_FRIDAY:
                end = pos = m.end()  # «شورای سیاستگذاری ائمه جمعه»: Friday's, no weekday
                words += 1
                continue
            if ends_title(word) or (word in HONORIFICS and not _named_after(text, pos)):
                break
            if word in _SAID_OR_DONE:
                break  # «سخنگوی وزارت امور خارجه بیانیه پایانی نشست … را … خواند»
            if _AGAIN.match(text, m.start()):  # «دبیرکل سازمان ملل بار دیگر خواستار …»
                break
            if _NO_NEWS.match(text, m.start()):  # «از زیاد شعبو، مهاجم سوریه‌ای خبری نیست»
                break
            if _opens_measure(text, m, nxt):
                break
            if _WORLDWIDE.search(text, max(0, pos - 10), pos) and word in place_names:
                break  # «نماینده آمریکا در سازمان ملل متحد ایران را …»: the object
            if word in _VERBS:  # a verb: «… دروازه‌بان باتجربه تیم، کاپیتان خواهد بود»
                break
            if word.startswith(("می‌", "نمی‌")):  # a verb: «جانشین ابطحی می‌شود»
                break
            if (
                nxt
                and nxt.group() in _VERBS
                and _HELD_WITH.search(text, max(0, head.start() - 16), head.start())
            ):
                end = pos = m.end()  # «جلسه‌ای با رئیس فدراسیون داشت»: the verb is the event's
                words += 1
                break
            if nxt and (nxt.group() in _VERBS or (word == _NAME and nxt.group() in _NAMED)):
                break
            if nxt and nxt.group() == _NAME and _verb_at(text, nxt.end()):
                break  # «نامزد ریاست جمهوری ثبت نام کرد»: a verb's noun and «نام»
            country_named = _country_of_ministry(text, placed, word, place_names)
            if placed is not None and not _names_place(text, placed, m) and not country_named:
                unit_place = _unit_place(text, placed, m, nxt, place_names)
                if unit_place is None:
                    break
                # the province after the unit: «سپاه کربلا مازندران», «… استان مازندران»
                m, placed = unit_place, unit_place.start()
            end = pos = m.end()
            words += 1
            if country_named or (placed is None and word in (*place_names, COUNTRY_NOUN)):
                placed = m.start()
        if words >= MAX_MODIFIERS:
            end = _closing_place(text, end, stop_at, place_names)
        if end > head.end() or head.group() in STANDALONE:
            split = _split(text, head, end, joints)
            place = _ending_place(text, placed, end)
            titles.append(Title(text[head.start() : end], head.start(), end, split, place=place))
        taken = end
    return before_objects(text, _joint_heads(text, titles))


def _joint_heads(text: str, titles: list[Title]) -> list[Title]:
    """Each title with the bare head joined to it by «و» before it taken in: «ملی‌پوش و
    مدافع سپاهان» is one holder's «ملی‌پوش سپاهان» and «مدافع سپاهان»."""
    joined: list[Title] = []
    for title in titles:
        m = _BARE_HEAD_AND.search(text, max(0, title.start - 40), title.start)
        bare = m is not None and _read_alone(joined, m)
        if (
            m is None
            or (joined and joined[-1].end > m.start() and not bare)
            or not _may_head(text, m)
        ):
            joined.append(title)
            continue
        first, second = m.group(1), _HEAD.match(title.text).group()
        # «وزیر و معاون وزیر نیرو» are two holders, and so are heads «به ترتیب».
        if first in title.text.split() or _RESPECTIVELY_BEFORE.search(text, 0, m.start()):
            joined.append(title)
            continue
        held = (with_body(first, title.text) or first + title.text[len(second) :], title.text)
        if bare:  # a whole title alone keeps no words of the other's
            joined.pop()
            held = (first, title.text)
        joined.append(Title(text[m.start() : title.end], m.start(), title.end, held=held))
    return joined


def _read_alone(joined: list[Title], head: re.Match[str]) -> bool:
    """Whether the last title read is the bare ``head`` joined by «و» to the next one, a
    craft that is a whole title alone (:data:`CRAFTS`): «پژوهشگر و مدرس دانشگاه»; not an
    office, whose holder is someone else than the next one's («فرماندار و مدیرعامل …»)."""
    if head.group(1) not in CRAFTS or not joined:
        return False
    return (joined[-1].start, joined[-1].text) == (head.start(), head.group(1))


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


def with_place(first: Title, second: Title) -> str:
    """The title a holder has by ``first`` when ``second`` is joined to it by «و»: one
    that names no place shares the foreign country the other ends with, «معاون
    نخست‌وزیر و وزیر امور خارجه پاکستان» is «معاون نخست‌وزیر پاکستان» too. An office of
    Iran's is written without its country, so «ایران» is shared with none, and one of a
    body named is that body's («دبیرکل سابق اتحادیه عرب و نامزد … مصر»)."""
    country = second.place.rsplit(" ", 1)[-1]
    if first.place or places().get(country) != "country" or country in HOME:
        return first.text
    if any(word in BODY_NOUNS for word in first.text.split()):
        return first.text
    return f"{first.text} {second.place}"


_LAW = "شرع"


def _may_head(text: str, head: re.Match[str]) -> bool:
    """Whether ``head`` opens a title: a head that is also a given name must name a
    country or ministry next («امیر قطر», «معین وزارت …», not «امیر حسینی»), and none
    opens the noun of holding the office («مجله‌ای به مدیر مسئولی مجید …» credits
    him, as «به سردبیری …» would); «این مسئول» before its verb's object points back
    to an official (:func:`pointing_official`); «مورخ» before a date is «dated» («نامه …
    مورخ ۱۰ مرداد») and «منتقد» after a plural its adjective («رسانه‌های منتقد دولت»); «فعال»
    is an activist only by a field (:data:`_FIELD`); «بهترین» after an award's section
    names its category («در بخش بهترین بازیگر زن نقش مکمل، «کیت بلانچت»»); a head
    between a given name and another head is a surname (:func:`surname_before_title`)."""
    if head.group() == _DATED and _DATE_AFTER.match(text, head.end()):
        return False
    if _AWARD_BEFORE.search(text, max(0, head.start() - 20), head.start()):
        return False
    if surname_before_title(text, head.start(), head.end()):
        return False
    if pointing_official(text, head.start(), head.end()):
        return False
    if head.group() == _TEACHER and _word_before(text, head.start() - 1) == _TRAINING:
        return False
    if head.group() == _CRITICAL and _PLURAL_BEFORE.search(
        text, max(0, head.start() - 5), head.start()
    ):
        return False
    after = _WORD.match(text, head.end() + 1)
    if after is not None and (after.group() in _HOLDING or after.group() in _CENTRED):
        return False
    if head.group() == _HOUSEHOLD_HEAD and after is not None and after.group() in _HOUSEHOLD:
        return False
    if head.group() == _ACTIVE:
        if _word_before(text, head.start() - 1) in _ACTIVELY:
            return False
        return after is not None and bool(_FIELD.fullmatch(after.group()))
    if head.group() in BEFORE_BODY:
        return after is not None and after.group() in HIERARCHIES
    if head.group() in BEFORE_TENURE:
        return tenure_head(head.group(), after and after.group())
    if head.group() in BEFORE_PLACE:
        if after is not None and after.group() in TENURE:
            after = _WORD.match(text, after.end() + 1)
        return after is not None and (after.group() in places() or after.group() == _LAW)
    if head.group() not in BEFORE_COUNTRY | BEFORE_MINISTRY:
        return True
    if after is None:
        return False
    if head.group() in BEFORE_MINISTRY:
        return after.group() == "وزارت"
    return places().get(after.group()) == "country"


def _ending_place(text: str, placed: int | None, end: int) -> str:
    """The place a title from ``placed`` to ``end`` ends with, taking in the «جمهوری» of a
    state's name before it («جمهوری ازبکستان», «جمهوری اسلامی پاکستان»)."""
    if placed is None:
        return ""
    state = _STATE_BEFORE.search(text, max(0, placed - 30), placed)
    return text[state.start() if state else placed : end]


def _past_place(
    text: str,
    head: re.Match[str],
    placed: int | None,
    joint: int,
    nxt: re.Match[str],
    place_names: dict[str, str],
) -> bool:
    """Whether the «و» at ``joint`` after the place a title ends with joins the clause's
    next noun, not the title's: a title that has named its place goes on with another
    place («وزیر خارجه روسیه و آمریکا») or a body, one or many («… پرتغال و باشگاه
    بنفیکا», «… استان سمنان و شهرستان‌ها»), not with «رئیس‌جمهور آمریکا و حمایت او …»,
    «استاندار کردستان و مردم شریف استان». A member's towns are many and not all listed
    («نماینده مردم مراغه و عجب‌شیر»), and so are the towns a plural names («رئیس
    دادگستری شهرستان‌های ساوه و زرندیه»)."""
    if placed is None or head.group() in SEATED:
        return False
    if _PLURAL_PLACE_BEFORE.search(text, max(0, placed - 20), placed):
        return False
    word = nxt.group()
    if word in place_names or word in AFTER_PLACE:
        return False
    if word.removesuffix("\u200cها") in BODY_NOUNS:  # «… استان سمنان و شهرستان‌ها»
        return False
    return _joined_province(text, joint, nxt.end(), placed) == placed


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
    m = _word_after(text, end)
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


def _abroad(text: str, head: re.Match[str], pos: int, nxt: re.Match[str] | None) -> bool:
    """Whether the title from ``head`` to ``pos``, having named its country, goes on with
    «در» and ``nxt``: an office held abroad does, with the place it is held in, and so
    does any office with the affairs it handles («… نفت ایران در امور بین‌الملل») and a
    country's delegation («سخنگوی هیئت ایران در سازمان ملل»)."""
    if nxt is not None and nxt.group() in AREAS:
        return True
    if head.group() in ABROAD or _delegation(text[head.start() : pos].split()):
        return True
    return any(w in ABROAD_BODIES for w in text[head.end() : pos].split())


def _unit_place(
    text: str,
    placed: int,
    word: re.Match[str],
    nxt: re.Match[str] | None,
    place_names: dict[str, str],
) -> re.Match[str] | None:
    """The place a unit named after a holy city at ``placed`` is of, when ``word`` names it,
    alone or after «استان»: «سپاه کربلا مازندران», «سپاه قدس استان گیلان»."""
    if not _names_unit(text, placed):
        return None
    if word.group() in place_names:
        return word
    if word.group() == _PROVINCE and nxt is not None and nxt.group() in place_names:
        return nxt
    return None


def _names_unit(text: str, placed: int) -> bool:
    """Whether the place named at ``placed`` is the holy city a unit of the forces is
    named after («سپاه کربلا»): a place after it is the one the title names."""
    word = _WORD.match(text, placed)
    if word is None or word.group() not in UNIT_NAMES:
        return False
    return _word_before(text, placed - 1) in UNITS


def _opens_measure(text: str, word: re.Match[str], nxt: re.Match[str] | None) -> bool:
    """Whether ``word`` is a date or a number of what :data:`_MEASURES` counts, which a
    title ends before; not the age a team plays under («تیم ملی زیر ۲۳ سال»), the
    martyrs a congress is named after («کنگره ۲۴ هزار شهید»), the date a hospital, a
    school or a square is («بیمارستان ۱۵ خرداد») or the day a staff commemorates
    («ستاد راهپیمایی ۲۲ بهمن», «ستاد بزرگداشت حماسه ۹ دی»)."""
    if not _NUMBER.fullmatch(word.group()):
        return False
    if "/" in word.group():
        return True
    if nxt is None:
        return False
    before = _word_before(text, word.start() - 1)
    if _MONTH_AFTER.match(nxt.group()):
        return before not in NAMED_AFTER and before not in COMMEMORATIONS
    if before == _AGE_GROUP or _MARTYRS.match(text, word.end()):
        return False
    return nxt.group() in _MEASURES


def _verb_at(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a light verb."""
    verb = _word_after(text, end)
    return verb is not None and verb.group() in _VERBS


def _town_before_seat(text: str, head: re.Match[str], town: re.Match[str]) -> bool:
    """Whether ``town``, read as a name, is a member's second town: the seat he sits in
    named after it («نماینده مردم مراغه و عجب‌شیر در مجلس»), or a word after «نماینده
    مردم …» that is no listed given name («نماینده مردم اهر و هریس حضور داشتند», «هریس»
    a listed surname too; not «… تبریز و عباس فلاح»)."""
    if head.group() not in SEATED:
        return False
    seat = _SEAT_AFTER.match(text, town.end())
    if seat is not None and seat.group(1) in SEATS:
        return True
    people = text.startswith(" مردم ", head.end())
    return people and town.group() not in given_names()


def _given_name(word: str, place_names: dict[str, str]) -> bool:
    """Whether ``word`` after «و» opens a name the recognizer missed, the next person of a
    list («مدیر انتشارات باران و وحید توفانی»): a listed given name, not a place («… بهار
    و کبودرآهنگ»)."""
    return word in given_names() and word not in place_names and word not in _TEAM_NAMES


def _members_named(text: str, head: re.Match[str], joint: int) -> bool:
    """Whether the «و» at ``joint`` joins two groups of people that a body of members is
    named after, where a group after it is still the body's: «رئیس کانون مدیران و
    کارشناسان روابط عمومی», «رئیس اتحادیه کارگران و کارکنان قراردادی»; not officials
    present with their own offices («نویسنده کتاب و مدیران …», «استاندار تهران و
    مدیران», «رئیس انجمن اولیا و مربیان و اعضای شورا»): the group before «و» follows
    the body's noun."""
    words = text[head.end() : joint - 1].split()
    if not words or not any(w in MEMBERS_BODIES for w in words[-3:-1]):
        return False
    last = words[-1]
    return last in GROUPS or (last.endswith("ان") and last not in _place_names())


# An event one holds, had with someone: «جلسه‌ای با رئیس فدراسیون داشت», «دیداری با
# وزیر نیرو داشتند». The verb after the title is the event's, so the word before it is
# the title's, not a compound verb's noun («… حضور داشت»).
_HELD_WITH = re.compile(
    rf"(?<![^\s])(?:جلسه|دیدار|نشست|ملاقات|گفت{ZWNJ}?وگو|مذاکره|مذاکرات|تماس)(?:ی|{ZWNJ}ای) با $"
)


def _before_light_verb(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` is the noun of a compound verb's infinitive: «… جبهه پایداری عدالت
    و مردمی کردن اقتصاد». Not before a finite verb, which may take the whole title as
    its predicate («… جانشین ابّ و جدّ شود»)."""
    after = _word_after(text, word.end())
    return after is not None and after.group() in INFINITIVES


def _named_after(text: str, pos: int) -> bool:
    """Whether the word ending at ``pos`` is a body or place an honorific after it names
    after someone: «استاد دانشگاه علامه طباطبایی», «رئیس بیمارستان شهید …»."""
    return _word_before(text, pos) in HONOURED_AFTER


def _sent_to(text: str, head: re.Match[str], to: re.Match[str], where: re.Match[str]) -> bool:
    """Whether «به» (``to``) and ``where`` after it say where the team or party the title
    so far names was sent (:data:`_SENT`), right after it or after its country, and no
    verb of going a few words on makes them the holder's way («… به ژاپن سفر کرد»)."""
    if _SENT not in text[head.end() : to.start()].split()[-2:]:
        return False
    verb = _word_after(text, where.end())
    if verb is not None and verb.group() in _VERBS:
        return False
    for _ in range(_WAY):
        if verb is None:
            return True
        if verb.group() in _WENT:
            return False
        verb = _word_after(text, verb.end())
    return True


def _word_after(text: str, end: int) -> re.Match[str] | None:
    """The word right after a space at ``end``, if a space and then a word are there."""
    return _WORD.match(text, end + 1) if text[end : end + 1] == " " else None


def pointing_official(text: str, start: int, end: int) -> bool:
    """Whether «مسئول» from ``start`` to ``end`` is «این مسئول», the official told before,
    with what follows the object of its verb («این مسئول انتخاب آژانس‌های معتبر را … مورد
    تاکید قرار داد»), not the office's complement («این مسئول حزب‌الله گفت»)."""
    return (
        text[start:end] == _OFFICIAL
        and _word_before(text, start - 1) in _POINTING
        and bool(_OBJECT_AHEAD.match(text, end))
    )


def surname_before_title(text: str, start: int, end: int) -> bool:
    """Whether the word from ``start`` to ``end``, a head of office that is a surname too
    (:data:`_SURNAME_HEADS`), is the surname of the given name before it, whose title
    opens right after it: «علیرضا دبیر رئیس فدراسیون کشتی»; not a head that takes
    another as its complement («معاون وزیر», «مشاور رئیس جمهور»)."""
    if text[start:end] not in _SURNAME_HEADS:
        return False
    if _word_before(text, start - 1) not in given_names():
        return False
    after = _HEAD.match(text, end + 1)
    return after is not None and after.group() in HEAD_SET


def _word_before(text: str, end: int) -> str:
    """The word that ends at ``end``, as far as 20 characters back: enough for any word a
    rule asks about; one opening a paragraph is the paragraph's first word."""
    return text[max(0, end - 20) : end].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]


def _scholar_of(head: re.Match[str], word: str, nxt: re.Match[str] | None) -> bool:
    """Whether «از» (``word``) after a scholar's title names the house of learning they are
    of (:data:`_SCHOLARS`, :data:`_LEARNING`), which the title goes on with."""
    return (
        word == "از" and nxt is not None and head.group() in _SCHOLARS and nxt.group() in _LEARNING
    )


def _world_chief(text: str, head: re.Match[str], pos: int) -> bool:
    """Whether the title so far, from ``head`` to ``pos``, is the secretary-general's
    (:data:`_WORLD_CHIEF`) of a body of the whole world (:data:`_WORLDWIDE`)."""
    return bool(_WORLD_CHIEF.match(text, head.start()) and _WORLDWIDE.search(text, head.end(), pos))


def _imams_order(text: str, at: int) -> int | None:
    """Where the Imam's order in the name of the body he founded ends, if one starts at
    ``at``: «فرمان» after «ستاد» names it («رئیس ستاد اجرایی فرمان حضرت امام»), where
    after a bare title it opens the predicate («رئیس دانشگاه دستور …», «… فرمان داد»)."""
    order = _IMAMS_ORDER.match(text, at)
    if order is None or not _STAFF_BEFORE.search(text, max(0, at - 20), at):
        return None
    return order.end()


def _guards(text: str, pos: int, preposition: re.Match[str]) -> bool:
    """Whether the word ending at ``pos`` is the mission of a body that guards against or
    for something or fights it, which goes on with ``preposition`` in the body's name
    (:data:`_MISSIONS`): «سازمان حفاظت از محیط زیست», «معاون حقوق عامه و پیشگیری از وقوع
    جرم», «ستاد مبارزه با مواد مخدر», past the parliament that inquires («کمیته تفحص مجلس
    از شورای عالی ایرانیان»). Only after a body or «و» in a list, or a head
    before «از» («معاون پیشگیری از جرم»): after a title the word opens the clause's
    object («سخنگوی دولت حمایت از تولید ملی را … دانست», «وزیر مقابله با فساد را …
    خواند»). A fight after «و» goes on with a list of missions only («ستاد پیشگیری و
    مبارزه با مواد مخدر»): after another noun it is the object's («سخنگوی دولت شفافیت و
    مبارزه با فساد را …»)."""
    words = text[max(0, pos - 40) : pos].split(" ")
    if words[-1] == _PARLIAMENT and len(words) > 2:  # «کمیته تفحص مجلس از …»
        words = words[:-1]
    if len(words) < 2 or words[-1] not in _MISSIONS[preposition.group()]:
        return False
    if preposition.group() == "با" and words[-2] == "و":
        return len(words) > 2 and words[-3] in GUARDING | FIGHTING
    if words[-2] in _BODY_ADJECTIVES and len(words) > 2:  # «ستاد ملی مقابله با کرونا»
        words = words[:-2] + words[-1:]
    return words[-2] in GUARDING_BODIES or (preposition.group() == "از" and words[-2] in HEAD_SET)


def _on_the_eve(text: str, after_dar: re.Match[str]) -> bool:
    """Whether «در آستانه» is «on the eve of» («وزیر … در آستانه سال تحصیلی»), not the
    city: the idiom goes on with the noun it governs, the city ends the phrase."""
    if after_dar.group() != "آستانه":
        return False
    following = _WORD.match(text, after_dar.end() + 1)
    if following is None or following.start() != after_dar.end() + 1:
        return False
    word = following.group()
    return not (ends_title(word) or word in LIGHT_VERBS or word.startswith(("می‌", "نمی‌")))


# The nouns a province's or town's name may follow: «در شهرستان فردوس».
_PLACE_NOUNS = frozenset({"استان", "شهرستان", "شهر"})
# The quarters of a place, which «در» names as it names the place: «در جنوب لبنان».
_QUARTERS = frozenset({"شمال", "جنوب", "شرق", "غرب", "مرکز"})
# The noun of a delegation, which represents its country as a mission does.
_DELEGATION = frozenset({"هیئت", "هیأت", "هیات"})


def _place_named(text: str, at: int) -> bool:
    """Whether a place noun's own name follows it, from ``at`` on: a word that is no verb
    and opens no clause («در شهرستان فردوس», not «در استان گفت»)."""
    name = _WORD.match(text, at + 1) if text.startswith(" ", at) else None
    if name is None:
        return False
    word = name.group()
    return not (ends_title(word) or word in _VERBS or word.startswith(("می‌", "نمی‌")))


def _goes_on_after_dar(text: str, head: re.Match[str], pos: int, word: str) -> bool:
    """Whether «در» and ``word`` after it are still the title from ``head`` to ``pos``.
    A place goes on with a head that has said of what («سفیر ایران در روسیه», «رئیس حزب
    … در قزاقستان»), not with a bare one, where it tells where the holder spoke or met
    («رئیس جمهور در نیویورک گفت»), but for an envoy's («سفیر در تهران»), nor with a
    minister's (:data:`CABINET`). A body goes on where a representative sits in it
    («نماینده مردم تبریز در مجلس», «سخنگوی نمایندگی ایران در سازمان ملل»), the Leader's
    in his wider round of seats, and «خانه ملت» is the parliament. The noun of a province
    or town before its name goes on as the name does («… ستاد ارتحال امام در شهرستان
    فردوس»)."""
    if word in AREAS:
        return True
    after = pos + len(" در ") + len(word)
    # «مسئول جنبش حزب‌الله در جنوب لبنان»: a quarter of a place is the place
    following = _word_after(text, after)
    region = word in _QUARTERS and following is not None and following.group() in _place_names()
    # a place of more words: «… در اتحاد جماهیر شوروی»
    region = region or (following is not None and f"{word} {following.group()}" in _long_places())
    if word in _place_names() or region or (word in _PLACE_NOUNS and _place_named(text, after)):
        return (pos > head.end() or head.group() in ABROAD) and head.group() not in CABINET
    so_far = text[head.start() : pos]
    if _LEADER.search(so_far):
        return word in LEADERS_SEATS
    represents = head.group() in SEATED or _REPRESENTATION in so_far.split()
    represents = represents or _delegation(so_far.split())
    return represents and (word in SEATS or (word == "خانه" and text.startswith(" ملت", after)))


def _delegation(words: list[str]) -> bool:
    """Whether a title so far ends with a country's delegation, which sits in bodies as
    its representatives do: «سخنگوی هیئت ایران (در سازمان ملل)», «رئیس هیئت روسی»."""
    if len(words) < 2 or words[-2] not in _DELEGATION:
        return False
    country = words[-1]
    return country in HOME or places().get(country) == "country" or country in demonyms()


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
    if {first, last} <= PORTFOLIOS:  # one ministry's name: «وزیر راه و شهرسازی»
        return ()
    shorter, _, word = stem.rpartition(" ")
    if shorter and last in places() and f"{word} {first}" in places():
        # a place of two words before one of one: «… کره جنوبی و ازبکستان»
        stem, first = shorter, f"{word} {first}"
    stem = _singular(head.group()) + stem[len(head.group()) :]
    # «سرمربیان دو تیم ملی …»: the two are counted, and each holds one
    stem = _COUNTED_AFTER_HEAD.sub(r"\1 ", stem, count=1)
    rest = f" {rest}" if rest else ""
    return (f"{stem} {first}{rest}", f"{stem} {last}{rest}")


# A count after the head of a title split in two, which each holder's leaves out.
_COUNTED_AFTER_HEAD = re.compile(r"^([^ ]+) (?:دو|سه|چهار|پنج|[2-5۲-۵]) ")


def _heads_pair(stem: str, head: re.Match[str], first: str, last: str) -> bool:
    """Whether «first و last» coordinate two holders' words straight after the head, not
    the portfolios of one ministry («وزیر آموزش و پرورش کشورمان»)."""
    return stem == head.group() and not {first, last} <= PORTFOLIOS


def singular(title: str) -> str | None:
    """The office each of several holders has by a title whose head is plural
    («معاونان وزیر نفت» → «معاون وزیر نفت»); ``None`` for a singular head."""
    head, _, rest = title.partition(" ")
    one = _singular(head)
    return None if one == head else f"{one} {rest}".rstrip()


def _singular(head: str) -> str:
    return singular_head(head) or head
