"""The word lists names are told by: given names, ordinary words, pronouns, institutions.

Names are compared with spaces and half-spaces ignored (:func:`khabar.text.chars.key`),
since damaged text writes «کاظمی پور», «کاظمیپور» and «کاظمی‌پور» for one name.
"""

from functools import lru_cache

from khabar.gazetteer import given_names, surnames
from khabar.text.halfspace import SURNAME_PARTS

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
    "فرماندهی",
    "قرارگاه",
    "دبیرخانه",
    "معاونت",
    "آژانس",
    "آکادمی",
    "فرهنگستان",
    "پژوهشکده",
    "موسسه",
    "مؤسسه",
    "بنیاد",
    "دادگستری",
    "جامعه اسلامی",
    "جامعه روحانیت",
    "جامعه مدرسین",
    "بولتن",
    "کنفدراسیون",
)
# Armed groups and movements the news names by a word of their own, as it would a
# person: «امثال داعش», «یاران داعش در موصل».
ARMED_GROUPS = frozenset("داعش طالبان القاعده حماس حزب‌الله بوکوحرام النصره".split())
# Latin letters as Persian spells them out in acronyms («او ام وی», «بی بی سی»), but for
# those that are words too («او», «وی», «ای»).
LETTER_NAMES = frozenset("بی سی دی اف جی اچ کی ال ام ان پی کیو آر اس تی یو دبلیو اکس زد".split())
# Kin, whom the news tells by whose kin they are: «مادر شهید احمدزاده», «خانواده …».
KIN = frozenset("مادر پدر همسر فرزند برادر خواهر پسر دختر".split())
# Nouns for a person a demonstrative refers back with: «این بازیکن», «این مربی».
PERSON_NOUNS = frozenset(
    "بازیکن مربی سرمربی ورزشکار کشتی‌گیر ملی‌پوش فوتبالیست والیبالیست مهاجم هافبک وینگر مدافع "
    "دروازه‌بان قهرمان اقتصاددان تحلیلگر پژوهشگر محقق کارشناس دیپلمات سیاستمدار هنرمند "
    "بازیگر کارگردان نویسنده شاعر خواننده".split()
)
# One word that tells what kind of person someone is, not who: «پسرک گفت», «مرحوم «صاحب
# عروه»» read as «مرحوم», «جوانی شیرازی» (a young man of Shiraz).
_KINDS_OF_PERSON = PERSON_NOUNS | frozenset(
    "پسرک دخترک مرحوم شهید پرنس مرد زن پسر دختر کودک جوان نوجوان پیرمرد پیرزن کسی فردی "
    "شخصی سخنگو متهم قاضی راننده شاکی مقتول قاتل ضارب مجرم زندانی بیمار پزشک پرستار کارگر "
    "کشاورز دانشجو دانش‌آموز معلم استاد وکیل شاهد مسافر خلبان سرباز مأمور مامور همسایه "
    "فروشنده خریدار مشتری مالک مستأجر مستاجر متخصص مهندس دکتر کارمند ناظر داور مجری "
    "میزبان مهمان گوینده خبرنگار عکاس زائر جانباز رزمنده معترض شهروند ساکن کاسب تاجر "
    "هوادار هرکس هیچ‌کس".split()
)


def kind_of_person(word: str) -> bool:
    """Whether ``word`` tells what kind of person someone is, also made indefinite
    («مردی گفت», «دانشجویی …», «تاجری تبریزی»), which names no one."""
    return bool({word, word.removesuffix("ی"), word.removesuffix("یی")} & _KINDS_OF_PERSON)


# Nouns a proper name follows when it names a thing, not a person: «سامانه نیما», «طرح
# مهر», «خیابان شهید بهشتی», «جایزه جلال آل‌احمد», «واکسن آنفلوآنزای فصلی»; a river,
# lake, estuary («خور موسی») or dam, whose names are read as surnames, also in the plural
# of a list («رودخانه‌های زرجوب و …», «تقاطع خیابان‌های حافظ و سمیه»), and a border
# crossing or its customs, named after its town («مرز مهران», «گمرک خسروی»).
THING_NOUNS = frozenset(
    "سامانه طرح پروژه عملیات رزمایش نرم‌افزار اپلیکیشن پویش جشنواره جایزه واکسن داروی نفتکش "
    "نفت‌کش ناو کشتی بیمارستان مدرسه خیابان میدان بزرگراه بلوار سالن ورزشگاه تالار "
    "پردیس آرامگاه مقبره محوطه انتشارات هتل رستوران رودخانه رودخانه‌های رودهای "
    "دریاچه تالاب خور سد سدهای مرز گمرک خیابان‌های بلوارهای".split()
)
# Nouns that open the name of a work, site or product when the recognizer's name starts
# with them («تصویر احمدی‌نژاد», «یادمان جندالله», «آبشار لاتون», «ارکستر سمفونیک», the
# feed «کنجاله سویا»); after them a person's name may stand («کتاب علی شریعتی»), so only
# first. (Not a publication's noun, «نشریه …»: a quote's speaker, whose description
# «نویسنده این مقاله» would go astray.)
OPENING_NOUNS = frozenset(
    "تصویر عکس کتاب فیلم سریال یادمان پتروشیمی آبشار ارکستر کنجاله "
    # Shows and writings a given name titles too: «نمایش «حسن کچل»», «برنامه «امید ملت»».
    "نمایش نمایشنامه تئاتر برنامه مستند رمان آلبوم "
    # A cleric's house and office, by his name: «بیت منتظری», «بیت آیت‌الله سیستانی».
    "بیت".split()
)
# Nouns of works and sites, which no name holds.
WORKS_AND_SITES = OPENING_NOUNS | THING_NOUNS
# Heads of office that take the body or team they head right after them: one word there
# is its name («سرمربی بوریرام», «مدیرعامل زاروبژنفت», «نماینده اسکار»), not a person's.
BODY_HEADS = frozenset(
    "سرمربی مربی مدیرعامل مدیر رئیس رییس دبیرکل نماینده فرمانده سرپرست عضو کاپیتان".split()
)
# «علی» is also the Arabic «on» of fixed adverbs («علی رغم», «علی الخصوص»): before these
# words it opens no name.
ALA_ADVERBS = frozenset(
    "رغم الخصوص ایحال ای‌حال الظاهر القاعده الحساب البدل الدوام السویه الاصول الاطلاق "
    "الاغلب الابد التحقیق الاقل".split()
)
# Ordinals open a noun phrase, never a name: «یوانوویچ نخستین بازی خود را …», «نخستین مربی
# هادی ساعی».
ORDINALS = frozenset(
    "نخستین اولین آخرین واپسین دومین سومین چهارمین پنجمین ششمین هفتمین هشتمین نهمین دهمین".split()
)
# Prepositions and verbs written onto the next word, which open the clause after a name
# and are never one: «سمیعی بابیان اینکه …», «قناعت درپایان …», «خامنه‌ای خبرداد».
GLUED_WORDS = frozenset(
    "بابیان بااشاره باتاکید باتأکید درپایان درادامه درخصوص درمورد خبرداد".split()
)
PARTS_OF_DAY = frozenset({"صبح", "ظهر", "بعدازظهر", "عصر", "شب", "بامداد", "شامگاه", "امشب"})
# Nouns that take a person and never open a name: «با حضور …», «با ریاست …», «در دیدار
# فدریکا موگرینی، …» (meeting her).
GOVERNING_NOUNS = frozenset("حضور ریاست سرپرستی همراهی میزبانی دیدار ملاقات".split())
# Given names that are ordinary words too («امید», «بهمن») or the names of holy figures
# the news writes alone («امام حسین», «حضرت فاطمه»): alone, they name no one in particular.
SHARED_GIVEN_NAMES = frozenset(
    "امید ایمان امیر بهمن جان سید کریم رحیم صادق عادل هادی ناصر نادر منصور اکبر اصغر رحمان "
    "محمد علی حسین حسن رضا مهدی فاطمه زهرا زینب معصومه موسی عیسی یوسف داوود سلیمان "
    "ابراهیم اسماعیل یعقوب جواد باقر تقی نقی کاظم جعفر عباس قاسم مصطفی مرتضی مجتبی".split()
)
# Family names of China, Korea and Vietnam, which open a name and stand alone for the
# person later («وانگ» of «وانگ یی», «شی» of «شی جین‌پینگ»); those that are Persian
# words too («زنگ», «چنگ») are left out.
FAMILY_FIRST = frozenset(
    "وانگ ژانگ لیو یانگ ژائو هوانگ ژو گوئو لین گائو لوئو ژنگ لیانگ شیه سونگ تانگ فنگ "
    "کائو پنگ شیائو تیان یوان جیانگ دینگ یائو شی لی چن چوی کانگ تران".split()
)
# Ordinary words of the news the curated lexicon happens not to list, which run on to
# names as if surnames («احمدی‌نژاد کشور را …», «صدام دیکتاتور پیشین», «بررسی سوال
# کریم‌زاده») or stand alone for one («دیدار فینال مسابقات» read as a person), or open a
# name before a title («در دیدار فدریکا موگرینی مسئول …»).
UNLISTED_COMMON = frozenset("کشور سوال سوأل دیکتاتور پدیده فینال دیدار".split())
# The second halves of Persian surnames («رضوانی‌فر», «رجب‌زاده», «عسگری‌پناه»), which
# text that lost its half-spaces writes as words of their own: the half-space lexicon's,
# and those that are words too often for it to join them unlisted.
SURNAME_PIECES = frozenset((*SURNAME_PARTS, *"مقدم پناه نسب سرشت بخش وند".split()))
MAX_NAME_WORDS = 4  # not counting «بن» and «بنت» («عبدالله بن سعود بن محمد»)
# Web frequency (shekar's counts) from which a lexicon word counts as an ordinary word.
COMMON_FREQUENCY = 50_000


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary words: listed by a curated lexicon and frequent on the web. No listed given
    name or surname is among them, however often the web writes it as a word («شارون»,
    «مفتح»), nor one hazm lists among given names too («هستی», «نوید», «کیمیا»), nor a
    surname the lexicon happens to list («لوپز», seen ten times)."""
    from khabar.text.normalizer import default_repairer

    repairer = default_repairer()
    listed = (
        w
        for w in repairer.protected - repairer.named_words - given_names() - surnames()
        if repairer.stems.get(w, ("", 0))[1] >= COMMON_FREQUENCY
    )
    return frozenset(listed) | UNLISTED_COMMON


def on_the_web(word: str) -> bool:
    """Whether the web counts (shekar's) hold ``word``: every ordinary word and common
    surname does («دیدار», «اکبری»), a foreign or rare surname («هاکوپیان») does not."""
    from khabar.text.normalizer import default_repairer

    return word in default_repairer().stems


def web_count(word: str) -> int:
    """How often the web (shekar's counts) writes ``word``, 0 where it never does."""
    from khabar.text.normalizer import default_repairer

    return default_repairer().stems.get(word, ("", 0))[1]


@lru_cache(maxsize=1)
def listed_words() -> frozenset[str]:
    """Every word the curated lexicon lists, however rare, but for those it lists among
    given names too («وردی» of «تاروردی»): a word none lists may be a foreign surname
    («آنچلوتی»)."""
    from khabar.text.normalizer import default_repairer

    repairer = default_repairer()
    return repairer.protected - repairer.named_words


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """Inflected verbs («نشوید», «شوید»), present stems («گو» of «گفت و گو») and the
    second halves of spaced compounds («پذیری» of «فشار پذیری»): alone, a word that is one
    of these is a piece of a clause, not a surname."""
    from khabar.text.normalizer import default_repairer

    repairer = default_repairer()
    stems = {stem for pair in repairer.verbs for stem in pair if stem}
    forms = {f for f in repairer.verb_forms if not _like_a_surname(f)}
    return frozenset(forms | stems | repairer.right_parts)


def _like_a_surname(form: str) -> bool:
    """A bare verb in «ـی» («شکوهی», «روبی», «هستی») reads as a surname or given name
    in «ـی» as often; a negated one («نروی») does not."""
    return form.endswith("ی") and not form.startswith(("ن", "ب"))
