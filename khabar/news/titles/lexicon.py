"""The words titles are told by: heads of office, the words that end a title or go on
with it, portfolios, places and honorifics."""

import re
from functools import lru_cache

from khabar.text.chars import ZWNJ

# Professions, each a whole title alone or with where it is practised.
_PROFESSIONS = (
    "حقوقدان",
    "جامعه‌شناس",
    "روانشناس",
    "مورخ",
    "منتقد",
    "مترجم",
    "مجسمه‌ساز",
    "نقاش",
    "عکاس",
    # A film's and a band's crafts: «حسین اشمیری تهیه‌کننده فیلم».
    "تهیه‌کننده",
    "تهیه کننده",
    "تدوینگر",
    "فیلمبردار",
    "نوازنده",
)
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
    "دبیر‌کل",
    "دبیر",
    "مدیرعامل",
    "مدیر عامل",
    "مدیر‌عامل",
    "مدیرکل",
    "مدیر کل",
    "مدیر‌کل",
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
    "امام‌جمعه",
    "خطیب جمعه",
    "خطیب نماز جمعه",
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
    "ولی‌عهد",
    "ولی عهد",
    "رایزن",
    "کنسول",
    "مسئول",
    # «هماهنگ‌کننده ویژه سازمان ملل در امور لبنان»
    "هماهنگ‌کننده",
    "هماهنگ کننده",
    "مسؤول",
    "مسوول",
    "جانشین",
    "سرکنسول",
    "متخصص",
    "بنیانگذار",
    "بنیان‌گذار",
    "پایه‌گذار",
    # The founder of a policy or a movement: «بانی سیاست درهای باز در اتحاد جماهیر شوروی».
    "بانی",
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
    # a craft in «گر» written joined, half-spaced or, in spaced text, apart
    "تحلیلگر",
    "تحلیل‌گر",
    "تحلیل گر",
    "اقتصاددان",
    "فعال",
    "هافبک",
    "وینگر",
    "مهاجم",
    "مدافع",
    "دروازه‌بان",
    "ملی‌پوش",
    "قهرمان",
    # The runner-up: «نایب قهرمان جهان», never a holder «نایب» of «قهرمان …».
    "نایب قهرمان",
    "نایب‌قهرمان",
    "نویسنده",
    # The writer of a work, as «نویسنده» is: «نگارنده کتاب، محسن یعقوبی»; alone it is the
    # article's own writer («نگارنده بر آن است که …»), no title.
    "نگارنده",
    "کارگردان",
    "پژوهشگر",
    "پژوهش‌گر",
    "پژوهش گر",
    "پزشک",
    "افسر",
    "بازیکن",
    "آهنگساز",
    "فیلمساز",
    "فیلم‌ساز",
    "طراح",
    "هنرمند",
    *_PROFESSIONS,
    "حقوق‌دان",
    "روان‌شناس",
    "دانشمند",
    "بازیگر",
    "خواننده",
    "شاعر",
    "مجری",
    # A teacher of a university or seminary and the overseer of a body's work: «مدرس
    # دانشگاه», «ناظر اجرایی وزارت اوقاف»; and who publishes books, «ناشر کتاب‌های …».
    "مدرس",
    "ناظر",
    "ناشر",
    "سردبیر",
    "دانشیار",
    "استادیار",
    "روزنامه‌نگار",
    "مفسر",
    "وابسته مطبوعاتی",
    # The first and second in a body's hierarchy: «مرد شماره دو القاعده», «نفر دوم وزارت
    # امور خارجه اسکاتلند»; «نفر اول/دوم» only before a body (:data:`BEFORE_BODY`).
    "مرد شماره یک",
    "مرد شماره دو",
    "نفر اول",
    "نفر دوم",
    "وابسته فرهنگی",
    "وابسته نظامی",
    # A war veteran, a role news gives beside the name: «جانباز شیمیایی دفاع مقدس».
    "جانباز",
    # A candidate for an office or an election: «نامزد انتخابات ریاست جمهوری مصر».
    "نامزد",
    "اندیشمند",
)
# The heads for membership tests.
HEAD_SET = frozenset(HEADS)
# The heads as a regular-expression alternation, longest first: «رئیس جمهور» before «رئیس».
HEAD_WORDS = "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True))

# A part played that is a title where a list of names is given it in the plural («… (داوران
# گروه تصویرگری)»); alone it is a referee's of a match as often.
_PARTS = frozenset({"داور"})
_ROLES = frozenset(h for h in HEADS if " " not in h) | _PARTS
# The broken plurals of heads of office; «اساتید» is left out, as a list «اساتیدی نظیر …»
# gives examples of scholars, not their posts.
_BROKEN_PLURALS = {
    "اعضا": "عضو",
    "اعضای": "عضو",
    "روسا": "رئیس",
    "روسای": "رئیس",
    "رؤسا": "رئیس",
    "رؤسای": "رئیس",
    "وزرا": "وزیر",
    "وزرای": "وزیر",
    "سفرا": "سفیر",
    "سفرای": "سفیر",
}


@lru_cache(maxsize=16384)
def singular_head(word: str) -> str | None:
    """The head of office or part that a plural names, which each of its holders has:
    «معاونان» → «معاون», «نمایندگان» → «نماینده», «اعضای» → «عضو»; ``None`` for a word
    that is no such plural. Asked of every word of a text, so remembered."""
    if word in _BROKEN_PLURALS:
        return _BROKEN_PLURALS[word]
    for suffix, ending in (("گان", "ه"), ("ان", ""), ("ین", ""), (f"{ZWNJ}های", ""), ("های", "")):
        one = word.removesuffix(suffix) + ending
        if one != word + ending and one in _ROLES:
            return one
    return None


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
    # The town's Friday imam, whom a story about his town calls so alone: «… خواستار دیدار
    # با امام جمعه و طرح مسائل با وی شدند».
    "امام جمعه",
    "نخست وزیر",
    "استاندار",
    "فرماندار",
    "شهردار",
    "اقتصاددان",
    "تحلیلگر",
    "تحلیل گر",
    "پژوهشگر",
    "پژوهش گر",
    "کارگردان",
    "نویسنده",
    "آهنگساز",
    "فیلمساز",
    *_PROFESSIONS,
)
# The heads of STANDALONE that are a craft, not an office: one person may be several («نقاش،
# پژوهشگر و مدرس دانشگاه», «نویسنده و کارگردان فیلم»), where two offices joined are two
# holders («فرماندار و مدیرعامل شرکت نفت»).
CRAFTS = STANDALONE - _spellings(
    "رئیس جمهور", "نخست وزیر", "استاندار", "فرماندار", "شهردار", "امام جمعه"
)
# A title ends with the place it names («رئیس شورای شهر تهران خاطرنشان کرد»), but for
# the words that are part of a place's name («آذربایجان غربی», «تهران بزرگ», «عربستان
# سعودی»); «و» and «در» may still add a place or a post.
COUNTRY_NOUN = "کشور"
# Iran named after an office, as a place is: «وزیر امور خارجه کشورمان».
HOME = frozenset({"ایران", "کشورمان"})
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
# The forces' units named after a holy city abroad, whose name is no place the title ends
# with: «فرمانده سپاه قدس گیلان», «مسؤول بسیج سپاه کربلا مازندران», «لشکر نجف».
UNITS = frozenset("سپاه قرارگاه لشکر تیپ".split())
UNIT_NAMES = frozenset("کربلا قدس نجف".split())
# Groups of officials a list of those present goes on with after «و», whose office is
# their own: «نویسنده کتاب و مدیران و مسئولان استان», «نمایندگان مجلس و مسئولان وزارت»,
# counterparts («وزیر خارجه و همتای روسی وی») and someone said of the holder
# («لاریجانی به عنوان رئیس مجلس و شخصی است که …»).
GROUPS = frozenset(
    "مدیران مسئولان مسئولین مسؤولان مسوولان کارکنان کارمندان اعضای مقامات فرماندهان "
    "کارشناسان همتای همتایان شخصی "
    # holders of one office together: «… مدیرکل امور فرمانداری‌ها و فرمانداران ۱۴ شهرستان»
    "استانداران فرمانداران بخشداران شهرداران دهیاران رؤسای روسای".split()
)
# What a staff commemorates on a day it is named after, written before the day: «دبیر
# ستاد راهپیمایی ۲۲ بهمن», «ستاد بزرگداشت حماسه ۹ دی», «ستاد برگزاری مراسم ۱۳ آبان».
COMMEMORATIONS = frozenset(
    "راهپیمایی حماسه بزرگداشت گرامیداشت گرامی‌داشت مراسم یوم‌الله سالروز سالگرد قیام کودتای".split()
)
# Bodies of members named after the groups they gather, where «و» + a group goes on with
# the body's name: «کانون مدیران و کارشناسان روابط عمومی», «اتحادیه کارگران و کارکنان
# قراردادی», «شورای هماهنگی کارکنان و مدیران».
MEMBERS_BODIES = frozenset("کانون انجمن اتحادیه سندیکای سندیکا صندوق شورای جامعه تشکل".split())
# Words of a holder's tenure right after the head, always the title's own: «رئیس جمهور
# مخلوع», «مدیرعامل سابق», «سفیر جدید»; the object of a clause never starts with one.
TENURE = frozenset(
    "سابق پیشین اسبق قبلی فعلی کنونی وقت جدید تازه منتخب مخلوع مستعفی فقید موقت".split()
)
# Bodies and the events they hold that a title names with «این» after its first words:
# «مدیرکل دفتر حقوقی این سازمان», «مسئول برگزاری این نمایشگاه».
BODY_NOUNS = frozenset(
    "سازمان شرکت وزارتخانه وزارت کمیسیون نهاد باشگاه دانشگاه فدراسیون بانک شورا ستاد "
    "اداره کشور استان شهر شهرستان تیم دستگاه انجمن اتحادیه مجموعه مرکز "
    "نمایشگاه جشنواره همایش کنگره".split()
)
# Missions that take «از» in a body's name: «سازمان حفاظت از محیط زیست», «انجمن حمایت از
# بیماران», «معاونت پیشگیری از جرم», parliament's inquiries («کمیته تحقیق و تفحص از …»)
# («دفاع از» is not, «وزیر دفاع از …» being a clause).
GUARDING = frozenset("حفاظت حمایت پیشگیری صیانت تفحص".split())
# Missions that take «با» in a body's name: «ستاد مبارزه با مواد مخدر», «پلیس مبارزه با …».
FIGHTING = frozenset("مبارزه مقابله".split())
# What a mission follows in a body's name: the body, or «و» in a list of missions.
GUARDING_BODIES = frozenset(
    "سازمان انجمن معاونت اداره کل کانون ستاد مرکز بنیاد پلیس کمیته قرارگاه و".split()
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
    "حجت‌الاسلام و المسلمین",
    "حجت‌الاسلام‌والمسلمین",
    "حجت‌الاسلام",
    # Real text often loses the half-space, which the normalizer does not put back here.
    "حجت الاسلام والمسلمین",
    "حجت الاسلام و المسلمین",
    "حجت الاسلام",
    "حجتالاسلام والمسلمین",
    "حجتالاسلام و المسلمین",
    "حجتالاسلام",
    # Its second half, where the recognizer's name starts: «حجت‌الاسلام و [المسلمین …]».
    "والمسلمین",
    "المسلمین",
    "آیت‌الله‌العظمی",
    "آیت‌الله العظمی",
    "آیت‌الله",
    "آیت الله العظمی",
    "آیت الله",
    # Its second half, where the recognizer's name starts: «آیت‌الله [العظمی نوری همدانی]».
    "العظمی",
    "علامه",
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
    "سرگرد",
    "سروان",
    "ستوان",
    "شیخ",
    # The Kurdish «شیخ» of a Sunni cleric: «ماموستا ملامحمد غفوری».
    "ماموستا",
    # A foreign army's rank (also spelled «جنرال»), and the air force's «امیر» joined to
    # «خلبان».
    "ژنرال",
    "جنرال",
    "امیرخلبان",
)
# Bodies and places named after someone, whose honorific and name are part of their
# name: «دانشگاه علامه طباطبایی», «بیمارستان آیت‌الله طالقانی», and the shrines of saints
# a town's sights are listed by («بقعه شیخ تاج‌الدین», «امامزادگان سید ابراهیم و قاسم»).
NAMED_AFTER = frozenset(
    "دانشگاه دانشکده مدرسه حوزه مسجد حسینیه فرودگاه بندر پایگاه بنیاد موسسه مؤسسه مرکز "
    "مجتمع شهرک کتابخانه جایزه سد اردوگاه بیمارستان خیابان میدان بزرگراه بلوار "
    "ورزشگاه سالن تالار مصلی حرم مرقد بقعه امامزاده امامزادگان مزار بولوار".split()
)
# And a university's branch, whose honorific and name are part of the branch's: «دانشگاه
# آزاد اسلامی واحد آیت‌الله آملی»; not among the nouns of things, «واحد» being a given
# name too.
HONOURED_AFTER = NAMED_AFTER | {"واحد"}
# Words that follow a military rank before the name: its grade, the service and the
# holder's status («سرتیپ دوم پاسدار …», «سرلشکر بازنشسته …», «سرتیپ خلبان …», «ناخدا
# یکم …»). They never open a name, but they are no honorific on their own either, and
# inside a title they go on with it («دبیر دوم سفارت»), so titles do not stop at them.
RANK_QUALIFIERS = frozenset("یکم دوم سوم تمام پاسدار خلبان بازنشسته".split())
# The words honorifics are written with («سرهنگ», «حجت‌الاسلام», «والمسلمین»).
HONORIFIC_WORDS = frozenset(w for h in HONORIFICS for w in h.split())
# The ranks the army writes «امیر» before («امیر سرتیپ …», «امیر دریادار …»), where
# «امیر» is no given name.
ARMY_RANKS = frozenset("سرلشکر سرتیپ سرهنگ دریادار دریابان ناخدا سپهبد سرگرد سروان ستوان".split())
# Words that end a title phrase: prepositions («توسط», «علیه»), conjunctions, pronouns,
# demonstratives («… معاون سیا همان فردی بود که …»), light and speech verbs («نوشت»),
# time words that start the rest of the clause, and «سایر» that opens a list («… و سایر
# مدیران»).
STOPS = frozenset(
    "در با به از برای تا بر که را و یا اما نیز هم هم‌چنین همچنین وی او امروز دیروز روز "
    "فردا پریروز پس‌فردا امشب "
    "پس پیش ضمن طی طبق درباره دربارهٔ توسط علیه گفت افزود نوشت است بود شد کرد کرده نیست "
    "این آن همین همان یک چند خود ما آنها قرار نیز سایر "
    # «that», opening a clause: «… با بیان اینکه وزیر نیرو باید پاسخ دهد».
    "اینکه این‌که آنکه آن‌که".split()
)
# Portfolios joined by «و» inside one ministry's name.
PORTFOLIOS = frozenset(
    "دارایی فناوری تجارت گردشگری رفاه راه ورزش جوانان پژوهش فن‌آوری صنایع تکنولوژی "
    "آموزش پرورش اطلاعات ارتباطات معدن شهرسازی کار بهداشت درمان صنعت تحقیقات "
    # The chambers of commerce: «اتاق بازرگانی، صنایع، معادن و کشاورزی تهران».
    "معادن کشاورزی "
    # Handicrafts as the normalizer joins them: «میراث فرهنگی، گردشگری و صنایع‌دستی», and
    # spaced below where it does not («میراث فرهنگی، صنایع دستی و گردشگری»).
    "صنایع‌دستی "
    # Parliament's commissions and the ministry of labour: «کمیسیون کشاورزی، آب و منابع
    # طبیعی», «کمیسیون برنامه، بودجه و محاسبات», «وزارت تعاون، کار و رفاه اجتماعی».
    "آب برنامه بودجه محاسبات تعاون".split()
) | {"منابع طبیعی", "رفاه اجتماعی", "صنایع دستی"}
# After «در» a title goes on with the area of a deputy or envoy («معاون وزیر نیرو در امور
# برق», «نماینده ویژه … در امور سوریه»), a place («سفیر عراق در تهران»), or, for those
# who sit in one, the body they sit in («نماینده مردم تبریز در مجلس», «نماینده ایران در
# هیئت عامل اوپک»), or an athlete's weight («ملی‌پوش ایران در وزن ۶۷- کیلوگرم»); any
# other «در» starts the rest of the clause («… در حاشیه جلسه»).
# Heads that are adjectives too («حزب حاکم»): an office only before the place ruled, a word
# of tenure between or not («حاکم دبی», «حاکم سابق آمریکا در عراق»), or religious law
# («حاکم شرع»).
BEFORE_PLACE = frozenset({"حاکم"})
# Offices held in another place, which a title names after its own country: «سفیر ژاپن
# در ایران», «وابسته مطبوعاتی سفارت ایران در کویت», a ruler set over another country
# («حاکم آمریکا در عراق»). Any other title that has named its place ends before «در»:
# «رئیس‌جمهور روسیه در رم» spoke in Rome.
ABROAD = SEATED | _spellings("کاردار", "سرکنسول", "کنسول", "رایزن", "وابسته") | BEFORE_PLACE
ABROAD_BODIES = frozenset("سفارت سرکنسولگری کنسولگری نمایندگی رایزنی دفتر".split())
# Heads of state and government and their ministers hold an office of their country,
# never one in a place: «در» + a place after one is where the holder is («وزیر نفت در
# وین», «وزیران اکو در باکو», «وزیر امور خارجه در مسکو گفت»).
CABINET = _spellings("وزیر", "وزیران", "رئیس جمهور", "رئیس جمهوری", "نخست وزیر", "صدراعظم")
AREAS = frozenset({"امور", "وزن"})
SEATS = frozenset(
    "مجلس سازمان هیئت هیأت شورای مجمع کمیسیون اتحادیه آژانس دیوان استان شهرستان".split()
)
# The Leader («ولی فقیه», «مقام معظم رهبری») has representatives in the forces, the
# foundations and the provinces, named after «در»: «نماینده ولی فقیه در سپاه», «مسئول
# نمایندگی ولی فقیه در ناحیه مقاومت بسیج», «نماینده مقام معظم رهبری در بنیاد مسکن»;
# not in a meeting or an event («نماینده ولی فقیه در جمع نمازگزاران گفت»).
LEADERS_SEATS = SEATS | frozenset(
    "ناحیه منطقه سپاه نیروی ارتش قرارگاه بنیاد هلال جهاد کمیته ستاد دانشگاه دانشگاه‌ها".split()
)
# Time words that open the predicate after a bare title: «وزیر هفته آینده … دیدار می‌کند».
CLAUSE_WORDS = frozenset(
    "هفته صبح عصر ظهر شب بامداد شامگاه اخیرا اخیراً سپس بعدها "
    # «وزیر امور خارجه کشورمان پیش‌تر در دیدار با …», «… رئیس رژیم صهیونیستی چندی پیش».
    "پیش‌تر پیشتر قبلاً قبلا دیشب چندی "
    # Acts that open the predicate: «… در امور آب و آبفا دیدار و …», «… گزارشی از …»,
    # an order given («… رئیس دانشگاه دستور پیگیری را صادر کرد», «… حکم … را امضا کرد»).
    "دیدار بازدید تشکیل گزارشی پیشنهاد دستور حکم فرمان "
    # What the holder holds, writes or gives, counted as one («سرمربی تیم ملی جلسه‌ای با
    # بازیکنان برگزار کرد», «… نامه‌ای به …»): an indefinite noun is never a body's name.
    "جلسه‌ای نشستی نامه‌ای بیانیه‌ای اطلاعیه‌ای پیامی سخنانی مصاحبه‌ای "
    "دیداری ملاقاتی گفت‌وگویی گفتگویی تماسی "
    # A session held: «… با سخنرانی محسن قنبریان کارشناس دینی برگزار می‌شود».
    "برگزار "
    # Verbal nouns that open a prepositional phrase of the predicate: «وزیر صنعت … خطاب
    # به دفتر رهبری», «… اشاره به اینکه», «… تشکر از»
    "خطاب اشاره تشکر "
    # «… به عنوان سرپرست جدید اداره‌کل … استان معرفی شد», «… منصوب شد».
    "معرفی منصوب "
    # Predicative adjectives before a copula: «… بایرن مونیخ معتقد است».
    "معتقد مدعی خواستار متذکر یادآور "
    "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه "
    # Quantities that open the object or a time phrase: «… نظام یکی از نقاط عطف …»,
    # «… قزاقستان و بسیاری از وزرا», «وزیر جهاد کشاورزی دقایقی پیش …».
    "یکی بسیاری برخی بعضی تعدادی شماری جمعی گروهی دقایقی ساعاتی لحظاتی "
    # What a title is followed by, not part of: «… مبنی بر اینکه», «… ملقب به», and
    # the reason the predicate gives («… هلال‌احمر چایپاره علت این حادثه را …»).
    "مبنی ملقب علت "
    # What the holder underwent, «مورد» opening the predicate: «… نایب‌رئیس فدراسیون
    # مورد تقدیر قرار گرفت», «… مورد حمایت …».
    "مورد "
    # Compound prepositions opening an adverbial: «… شورای اروپا بعد از …», «… آژانس
    # نسبت به …».
    "بعد نسبت "
    # Speech verbs and «با بیان» written without their space: «وزیر فرهنگ و ارشاد
    # اسلامی اظهارداشت», «… استثنایی خراسان‌جنوبی بابیان این …».
    "اظهارداشت اظهارکرد اظهارنمود بابیان بااشاره "
    # «خاطر نشان کرد» written apart or joined: «… دانشگاه خواجه نصیر خاطر نشان کرد».
    "خاطر خاطرنشان "
    # Modals, «still», and prepositions written as one word, which open the predicate or
    # an adverbial: «مدیر جدید باید …», «نمایندگان کشورها هنوز …», «رئیس جمهور بصورت
    # ویدئو کنفرانس …», «وزیر نیرو بابت قطعی برق …».
    "باید نباید هنوز بصورت بابت "
    # The copula and «داشتن» in the first person, after a title as the predicate: «عضو
    # جبهه پایداری نیستم», «… بازیکن ملی‌پوش داشتیم», «… از اعضای هیئت امنا هستند».
    "هستم هستیم هستند نیستم نیستیم نیستند داشتم داشتیم "
    # Adverbs of time, frequency and focus that open the predicate: «مهاجم ایرانی فاینورد
    # تاکنون …», «شهردار منطقه سه همچنان به کار خود ادامه داد», «وزیر حتی ۱۰ دقیقه …».
    "تاکنون اکنون هم‌اکنون همچنان همواره همیشه هرگز هیچگاه هیچ‌گاه سرانجام بالاخره "
    "دوباره مجددا مجدداً حتی فقط احتمالا احتمالاً ظاهرا ظاهراً "
    # «… وزیر امور خارجه وقت کشورمان بارها این مساله را گوشزد کرده بود»
    "بارها مکررا مکرراً معمولا معمولاً غالبا غالباً رسما رسماً شخصا شخصاً صراحتا صراحتاً "
    # The copula after a title as the predicate: «… مدیرکل آموزش و پرورش استان بوده است».
    "بوده بودند باشد باشند باشیم باشم "
    # «… are», bringing in the list a label names: «اعضای شورای … عبارتند از: …».
    "عبارتند عبارت‌اند".split()
)
# Light verbs: the word before one is the noun of a compound verb («ادامه داد», «امضا
# کردند», «یادآور شد»), the start of the predicate, never part of a title.
LIGHT_VERBS = frozenset(
    "کرد کردند کرده کند کنند می‌کند می‌کنند نمود نمودند شد شدند شده داد دادند داده "
    "می‌دهد می‌دهند داشت داشتند خواهد خواهند گرفت گرفتند گرفته می‌گیرد می‌گیرند "
    "دهد دهند شود شوند گیرد گیرند دارد دارند "
    "کردم کردیم کنم کنیم شدم شدیم دادم دادیم داریم دارم داشتم داشتیم "
    # and in the past going on: «… در امور خاور نزدیک همکاری می‌کرد».
    "می‌کرد می‌کردند می‌شد می‌شدند می‌داد می‌دادند".split()
)
# The infinitives of light verbs, which make a noun of the word before, as a light verb
# does, inside a title: «مسؤول بودن وی», «فعال شدن واحدها», «… جبهه پایداری عدالت و
# مردمی کردن اقتصاد»; and the participle «داشته» («مسؤولیت داشته باشد»).
INFINITIVES = frozenset("بودن شدن کردن داشتن نمودن".split())
VERB_FORMS = INFINITIVES | {"داشته"}

# Heads that are given names too («امیر حسینی», «معین رضایی»): an office only before a
# country, as «امیر قطر» is, or a ministry, as Afghanistan's «معین وزارت انرژی و آب» is.
BEFORE_COUNTRY = frozenset({"امیر"})
BEFORE_MINISTRY = frozenset({"معین"})
# Heads that are words of other kinds too («ستاره», a star and a given name): an office
# only before a word of tenure or a team («ستاره اسبق تیم ملی هلند», «ستاره تیم ملی»).
BEFORE_TENURE = frozenset({"ستاره"})
_TENURE_OR_TEAM = TENURE | {"تیم", "باشگاه"}


def tenure_head(head: str, after: str | None) -> bool:
    """Whether ``head`` of :data:`BEFORE_TENURE` opens an office, the word ``after`` it
    one of tenure or a team."""
    return head in BEFORE_TENURE and after in _TENURE_OR_TEAM


# Heads that are a place in a ranking too («نفر دوم مسابقات شد»): an office only before a
# body with a hierarchy (:data:`HIERARCHIES`).
BEFORE_BODY = frozenset({"نفر اول", "نفر دوم"})
# Bodies whose first and second are the head and the deputy («نفر دوم وزارت خارجه», «نفر
# دوم دولت»); not where those ranked in a contest or an exam come from («نفر دوم کشور در
# کنکور», «نفر اول استان», «نفر اول جشنواره فیلم», «نفر اول دانشگاه»).
HIERARCHIES = (
    BODY_NOUNS
    - frozenset("کشور استان شهر شهرستان تیم دانشگاه باشگاه مجموعه".split())
    - frozenset("جشنواره همایش نمایشگاه کنگره".split())
) | {"دولت", "حزب"}
