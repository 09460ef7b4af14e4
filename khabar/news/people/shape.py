"""Whether a phrase reads as a person's name, a title or an institution.

The recognizer's guesses and the subjects of speech verbs are checked here before they
become people: a name is a few words that are not a title, an institution, a document, a
plural noun or (for the recognizer) only ordinary words.
"""

import re
from functools import lru_cache

from khabar.news.people.lexicon import (
    ALA_ADVERBS,
    ARMED_GROUPS,
    GLUED_WORDS,
    INSTITUTIONS,
    KIN,
    MAX_NAME_WORDS,
    ORDINALS,
    PRONOUNS,
    SHARED_GIVEN_NAMES,
    common_words,
    given_names,
    kind_of_person,
    listed_words,
    verb_words,
)
from khabar.news.places import demonyms, places
from khabar.news.quotes import DOCUMENTS
from khabar.news.titles import (
    BEFORE_COUNTRY,
    BEFORE_MINISTRY,
    HEAD_SET,
    HEADS,
    LIGHT_VERBS,
    STOPS,
)
from khabar.news.titles.lexicon import tenure_head
from khabar.text.chars import ZWNJ

INSTITUTION_WORDS = frozenset(i for i in INSTITUTIONS if " " not in i)
NAME_WORD = re.compile(r"^[^\W\d_][^\s،:؛.!؟()«»]*$")
# An initial: one letter and its dot («ع.»), which may open a name.
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_NOT_NAME_START = ("این", "آن", "یک", "همه", "برخی", "بعضی", "چند", "دو", "هر", "یکی")
# Kin, who are told by whose kin they are, not by name: «مادر شهید احمدزاده», «مادر وقتی
# چشمش …», «پدرم هنوز زنده …», «پدری که عمق احساس را …».
_KIN = KIN | frozenset("مادرم پدرم پسرم دخترم مادری پدری".split())
# Question words, which end no name though a name's word may be one («بان کی مون»).
_QUESTION_WORDS = frozenset("کی چرا کجا چگونه چطور".split())
# Auxiliaries a clause ends with, which no name does: «… آمده بودند».
_AUXILIARIES = frozenset("است بود بودند هستند نیست شد شدند شده بوده".split())
# Sources named by what they are («منبع آگاه», «منابع پزشکی») and officials in the
# Arabic plural, which no lexicon derives («مقامات» of «مقام»; «دیپلمات» is singular).
SOURCE_NOUNS = frozenset({"منبع", "منابع", "مقامات"})
# Words the recognizer takes for names: pronouns of anyone, the virus of the 2020s news,
# and the nouns of unnamed sources and ranks («منابع آگاه استرالیایی», «نفر دوم …»).
_NOT_NAMES = frozenset(
    {"هیچ‌کس", "کسی", "کسانی", "همگان", "یکی", "خود", "کرونا", "کووید"}
    | SOURCE_NOUNS
    | {"مقام", "نفر"}
    # Arabic particles: the recognizer's «names» in a quoted verse or ruling.
    | {"فی", "عن", "عند", "إلی", "الی", "هذا", "هذه", "الذی", "التی", "فالذی", "یحتمل"}
    | {"وهو", "وهی", "فهو", "فهی"}
    | {"ان", "إن", "مع"}
    # Adverbs of place a verb takes after its object («از زیر دست‌های رضا بیرون کشید»).
    | {"بیرون", "درون"}
    # A ministry's acronym: «وزیر صمت» (صنعت، معدن و تجارت).
    | {"صمت"}
    # The Prophet, whom the news names by this noun, a title («پیامبر (ص)», «پیامبر
    # اسلام»), and the «blessed» of «خوشا به حال …».
    | {"پیامبر", "خوشا"}
    # So-and-so, who stands for anyone («کسانی مانند فلانی»).
    | {"فلانی", "فلان", "بهمانی", "بهمان"}
    # Scriptures, which the recognizer takes for names («حج و قرآن کریم»).
    | {"قرآن", "انجیل", "تورات", "زبور"}
    # The days of God, the revolution's anniversaries («ایام‌الله دهه فجر»).
    | {"ایام‌الله", "ایام"}
    | ARMED_GROUPS
)
# Words that end a phrase (:data:`STOPS`) that may be a word of a name: «ژونگ وی»,
# «ما ژائوشو», the surname «کرد» («علی کرد سرمربی …»).
_NAME_STOPS = PRONOUNS | {"ما", "کرد"}
# The light verbs a compound verb is made with, which no name holds; but «کرد», which is
# the Kurd too.
_VERBS = LIGHT_VERBS - {"کرد"}
# The particles «فون», «ون» before «در» in a European name: «اورسولا فون در لاین».
_BEFORE_DER = frozenset({"فون", "ون"})
# «سادات» after a woman's given name marks her a descendant of the Prophet: a joint of
# the name like «بن», not the plural noun («سیما سادات لاری»).
_SADAT = frozenset({"سادات", "السادات"})
# A verb's present and continuous prefixes, written with a half-space: no name holds one.
VERB_PREFIXES = (f"می{ZWNJ}", f"نمی{ZWNJ}")
# A statement or report a quote is read from («در این بیانیه آمده است که …») when the
# article does not say who issued it: it names no one.
_DOCUMENT_WORDS = frozenset(DOCUMENTS) | {f"{d}{ZWNJ}ای" for d in DOCUMENTS}


def names_document(phrase: str) -> bool:
    """«این بیانیه», «بیانیه پایانی نشست»: a statement, not who issued it."""
    words = phrase.split()
    if words and words[0] in ("این", "آن"):
        words = words[1:]
    return bool(words) and words[0] in _DOCUMENT_WORDS


def is_institution(phrase: str) -> bool:
    return phrase.startswith(INSTITUTIONS)


_HEAD_WORDS = max(h.count(" ") for h in HEADS) + 1


def is_title(phrase: str) -> bool:
    """Whether a phrase opens with a head of office, «امیر قطر» or «معین وزارت …»."""
    words = phrase.split(" ", _HEAD_WORDS)
    if any(" ".join(words[:k]) in HEAD_SET for k in range(1, min(len(words), _HEAD_WORDS) + 1)):
        return True
    first, _, rest = phrase.partition(" ")
    after = rest.split(" ", 1)[0]
    if first in BEFORE_MINISTRY:
        return after == "وزارت"
    return tenure_head(first, after) or (
        first in BEFORE_COUNTRY and places().get(after) == "country"
    )


# The adjectives of two letters that make superlatives: «بهترین», «بدترین», «کمترین», «مهترین».
_SHORT_SUPERLATIVE_STEMS = frozenset(("به", "بد", "کم", "مه", "که"))


def _superlative(word: str) -> bool:
    """A superlative in «ترین» on an adjective's stem («مهم‌ترین», «بزرگترین», «بهترین»):
    not a name that only ends so («کاترین»), nor a listed given name."""
    stem = word.removesuffix("ترین").rstrip(ZWNJ)
    short = len(stem) <= 2 and stem not in _SHORT_SUPERLATIVE_STEMS
    return word.endswith("ترین") and not short and word not in given_names()


def looks_like_name(phrase: str, strict: bool = False, titled: bool = False) -> bool:
    """Whether a phrase can be a person's name.

    Not a title, pronoun, institution, quantified phrase («این مقام», «یک منبع») or plural
    noun («کارشناسان محیط زیست»). ``strict`` (for the recognizer's guesses) also turns
    down phrases made only of ordinary words («واکسن خود»); subjects of speech verbs are
    nearly always people, so they get the benefit of the doubt. ``titled`` phrases stand
    in apposition to a title, which a plural noun phrase does not; not ``strict`` too, a
    name known to be one is read on with them («عمر فاروق ستی، وزیر …» of «ستی گفت»).
    """
    words = phrase.split()
    while len(words) > 1 and _INITIAL.match(words[0]):  # «ع. رضایی»: initials before it
        words = words[1:]
    phrase = " ".join(words)
    joints = sum(w in ("بن", "بنت") or (i > 0 and w in _SADAT) for i, w in enumerate(words))
    if not 0 < len(words) - joints <= MAX_NAME_WORDS or phrase in PRONOUNS:
        return False
    if words[-1] in ("بن", "بنت"):  # «محمود بن» of «محمود بن شیخ …»: «son of» whom?
        return False
    if any(len(w) < 2 for w in words):  # «ل» of «او ل»: a letter is no name
        return False
    if is_title(phrase) or is_institution(phrase) or names_document(phrase):
        return False
    if any(w in INSTITUTION_WORDS for w in words[1:]):  # «برنامه‌ریز سازمان اوقاف کشور»
        return False
    if words[0] in _NOT_NAME_START or _an_adverb(words) or words[0] in _KIN:
        return False
    if not all(NAME_WORD.match(w) for w in words) or any(w in _NOT_NAMES for w in words):
        return False
    if words[0] in ORDINALS or _holds_a_stop(words):
        return False  # «نخستین مربی», «است انگلیسی‌ها سالانه», «راگوژین چند قدم»
    if any(map(_superlative, words)):
        return False  # «مهم‌ترین محورهای …», «پویا تاثیرگذارترین»
    if any(w.startswith(VERB_PREFIXES) or w in _VERBS for w in words):
        return False  # «حج می‌روند», «شوخی کردم پسرم»: no name holds a verb
    if any(w.endswith((f"{ZWNJ}ها", f"{ZWNJ}های")) for w in words[1:]):
        return False  # «جان انسان‌ها»: a plural with its half-space ends no name
    if any(w.endswith(f"{ZWNJ}که") for w in words):
        return False  # «همان‌گونه‌که»: «که» opening a clause, written on with a half-space
    if any(_possessed(w, i > 0) for i, w in enumerate(words)):
        return False  # «اعتقاد عمیقش», «نازنین میان هق‌هق گریه‌اش»: someone's, no name
    if len(words) == 1 and _second_half(words[0]):
        return False  # «وگو» of «در گفت وگو با …»
    if len(words) > 1 and _past_verb(words[-1]):
        return False  # «آهی کشید و گفت»: a clause, its verb last
    if words[-1] in _AUXILIARIES or words[-1] in _QUESTION_WORDS:
        return False  # «… آمده بودند», «ایران کی بمب اتم می‌سازد؟»
    common = common_words()
    # A surname after a given name may end like a plural: «ژان‌لوک برتران».
    named = words[0] in given_names() or _spaced_allah_name(words)
    # So may a father's name after «بن»: «سالم بن خلفان الحارثی».
    fathers = {i + 1 for i, w in enumerate(words) if w in ("بن", "بنت")}
    # Set off with a title, a word ending like a plural before a surname no lexicon
    # lists is a foreign given name («ولادان ستویانوویچ سرمربی …», «رومان ژدانوف، وزیر …»).
    plural = [
        w
        for i, w in enumerate(words)
        if w.endswith(("ان", "ها"))
        and w not in given_names()
        and not (named and i > 0)
        and i not in fathers
        and not (titled and not all(ordinary(after, common) for after in words[i + 1 :]))
    ]
    if any(plural_noun(w, common) for w in plural):
        return False
    if _a_place_of(words):
        return False
    if (
        not named
        and not titled
        and _ends_in_a_phrase([w for w in words if w not in _SADAT], common)
    ):
        return False
    # «یک دیپلماتیک پرتغالی گفت»: a nationality describes someone; not one a title sets
    # off, which names its holder («رسول ایرانی مدیرعامل شرکت فولاد گفت»).
    if not named and not titled and len(words) == 2 and _nationality(words[1]):
        return False
    if named or not all(ordinary(w, common) for w in words) or _double_nisba(words, common):
        return True
    # Only ordinary words: a subject of a speech verb still gets the benefit of the doubt
    # when it is one word or set off with a title, the recognizer's guesses never do.
    return not strict and (len(words) == 1 or titled)


def _double_nisba(words: list[str], common: frozenset[str]) -> bool:
    """Whether two words are a «ـی» of belonging no lexicon lists as a word and the «ـی»
    of a town: a double surname news writes without a given name («واعظی آشتیانی»,
    «هاشمی رفسنجانی»), ordinary only for the words each is made from. Adjectives of
    that shape name no town («فرهنگی اجتماعی»), a nationality describes («اسلامی
    ایرانی»), and a kind of person made indefinite is someone from the town («جوانی
    شیرازی», «تاجری تبریزی»)."""
    if len(words) != 2:
        return False
    first, last = words
    town = last.endswith("ی") and last[:-1] in places() and last not in demonyms()
    return town and first.endswith("ی") and first not in common and not kind_of_person(first)


# The possessive pronouns written onto a noun with a half-space («گریه‌اش», «خانه‌ام»).
_POSSESSIVE = tuple(f"{ZWNJ}{p}" for p in ("اش", "ام", "ات", "مان", "تان", "شان"))


def _possessed(word: str, after_first: bool) -> bool:
    """Whether ``word`` is an ordinary noun or adjective with a possessive pronoun on it,
    which no name is: «گریه‌اش», «عمیقش», «بابایم». Written without a half-space, only
    after a name's first word and not a listed word: a name in «ش» or «م» may have a
    word before it («کورش», «منش»). A short word before the ending reads as a surname
    more often («ستایش» is no «ستا» with «یش», «کوش» no «کو» with «ش»)."""
    if word.endswith(_POSSESSIVE):
        return True
    if not after_first or word in given_names() or word in listed_words():
        return False
    common = common_words()
    return (word.endswith("ش") and len(word) > 3 and word[:-1] in common) or (
        word.endswith(("یش", "یم"))
        and len(word) > 5
        and word[:-2].endswith(("ا", "و"))
        and word[:-2] in common
    )


def _past_verb(word: str) -> bool:
    """Whether ``word`` is a verb in the past with its person ending («کشید», «رفتند»),
    no surname; a given name («سعید», «امید») is not taken for one. Only a past stem
    («کشید») or one with «ید/ند» on it («رفتند») is: many surnames are other verb forms
    or present stems in «ید/ند» («زید», «پیوند», «بلند»)."""
    if not word.endswith(("ید", "ند")) or word not in verb_words() or word in given_names():
        return False
    return word in _past_stems() or word[:-2] in _past_stems()


@lru_cache(maxsize=1)
def _past_stems() -> frozenset[str]:
    """The past stems of the verbs the repairer knows («کشید», «رفت»)."""
    from khabar.text.normalizer import default_repairer

    return frozenset(past for past, _ in default_repairer().verbs if past)


def _holds_a_stop(words: list[str]) -> bool:
    """Whether a word ends a phrase (:data:`STOPS`) that no name holds; «در» is a word of
    a name after «فون» or «ون» («اورسولا فون در لاین», «ون در سار»)."""
    return any(
        w in STOPS
        and w not in _NAME_STOPS
        and not (w == "در" and i > 0 and words[i - 1] in _BEFORE_DER)
        for i, w in enumerate(words)
    )


def _ends_in_a_phrase(words: list[str], common: frozenset[str]) -> bool:
    """Whether three words or more end in two ordinary words, which make a noun phrase,
    not a name, when no given name opens them: «تحلیل‌گر مسائل اقتصادی», «بانی سیاست
    درهای باز», «راگوژین اندکی سکوت»; not after «فون» or «ون» of a European name («ون در
    سار»)."""
    if _BEFORE_DER.intersection(words):
        return False
    return len(words) > 2 and all(ordinary(w, common) for w in words[-2:])


def _nationality(word: str) -> bool:
    """Whether ``word`` is a country's adjective in «ـی» («پرتغالی», «آمریکایی»), which
    describes someone; a people's bare name is a surname as often («عین‌اله تاجیک»)."""
    return word.endswith("ی") and word in demonyms()


def _spaced_allah_name(words: list[str]) -> bool:
    """«فضل الله طاهری», «نعمت الله …»: a given name compounded with «الله» and written
    spaced, before a surname; each half is an ordinary word and no list holds them all."""
    return len(words) > 2 and words[1] == "الله" and words[0] not in INSTITUTION_WORDS


def _an_adverb(words: list[str]) -> bool:
    """«علی رغم», «علی الخصوص»: «علی» as the Arabic «on» of an adverb, not a given name."""
    return len(words) > 1 and words[0] == "علی" and words[1] in ALA_ADVERBS


def _second_half(word: str) -> bool:
    """Whether ``word`` is the second half of a compound spaced before its «و» («گفت وگو»,
    «رفت وآمد», «ساخت وساز»): «و» and a stem or compound's half, no given name
    («ودود»), nor a preposition, which with «و» makes a surname sooner («وبر» of «ماکس
    وبر»)."""
    half = word[1:]
    stem = half in verb_words() and half not in STOPS
    return word.startswith("و") and stem and word not in given_names()


# The second half of a town's name written spaced («محمود آباد», «آرین شهر»): given names
# open towns' names, surnames end in «آبادی» instead.
_TOWN_ENDINGS = frozenset({"آباد", "اباد", "شهر"})


def _a_place_of(words: list[str]) -> bool:
    """«عمارت کلاه فرنگی ماکو»: a listed place last after no given name names a building
    or body in that place, or an office of it, misspelt where a speaker's subject holds
    it («نخست‌ویزر روسیه … اشاره کرد»), not a person; nor does a town's name written
    spaced, whatever opens it («شهرک صنعتی جعفر آباد», «کهگیلویه و بویر احمد»); nor a
    country's team, a word shared by given names and a country («امید ایران»)."""
    if len(words) > 1 and (words[-1] in _TOWN_ENDINGS or "".join(words) in places()):
        return True
    if len(words) == 2 and words[0] in SHARED_GIVEN_NAMES and places().get(words[1]) == "country":
        return True
    return len(words) > 1 and words[0] not in given_names() and words[-1] in places()


def plural_noun(word: str, common: frozenset[str]) -> bool:
    """Whether ``word`` is the plural of an ordinary noun in «ـان» or «ـها»
    («کارشناسان», «سازندگان», «پناه‌جویان»)."""
    if not word.endswith(("ان", "ها")):
        return False
    stem = word[:-2].rstrip(ZWNJ)
    return stem in common or _plural_of_e(word, common) or _plural_compound(word, common)


def _plural_compound(word: str, common: frozenset[str]) -> bool:
    """«پناه‌جویان»: the plural of a compound of ordinary words and stems."""
    parts = word[:-2].split(ZWNJ)
    return len(parts) > 1 and all(p in common or p in verb_words() for p in parts)


def _plural_of_e(word: str, common: frozenset[str]) -> bool:
    """«سازندگان», «نمایندگان»: the plural of a noun in «ه» («سازنده»). A plural in
    «ـندگان» is of an agent noun («تهیه‌کنندگان», «شرکت‌کنندگان») even where the
    compound is in no lexicon, and no name ends so."""
    return word.endswith("ندگان") or (word.endswith("گان") and word[:-3] + "ه" in common)


def ordinary(word: str, common: frozenset[str]) -> bool:
    """A common word, also with a plural or ezafe ending («مسابقات», «آنفلوآنزای»)."""
    if word in common:
        return True
    return any(
        word.endswith(end) and word[: -len(end)].rstrip(ZWNJ) in common
        for end in ("ی", "ها", "های", "ان", "ات")
    )


def of_an_institution(text: str, at: int) -> bool:
    """Whether the title at ``at`` ends an institution's name: «دفتر رسانه‌ای
    نخست‌وزیر عراق» is an office, not a mention of the prime minister."""
    before = text[max(0, at - 40) : at]
    words = before[before.rfind("\n") + 1 :].split()[-2:]
    return any(w in INSTITUTION_WORDS for w in words) and not any(
        mark in "".join(words) for mark in "،.:؛«»"
    )


# The «و» inside a pair of words written as one: «حل‌و‌فصل», «رفت‌و‌آمد».
_PAIRED = f"{ZWNJ}و{ZWNJ}"


# An English gerund borrowed whole: «فیلترینگ», «کمپینگ», «لیزینگ»; not a short name
# («کینگ») nor one written with a half-space («جین‌پینگ»).
_GERUND = re.compile(r"[^\s\u200c]{3,}ینگ")


def lone_word_is_name(word: str, titled: bool) -> bool:
    """Whether a person known by one word alone is named by it: not a verb or a piece of
    a spaced compound («نشوید», «گو» of «گفت و گو»), a place («کره‌جنوبی»), nor, without a
    title to set it off, an ordinary word («بنا» of «بنا به گزارش», «مرحوم», «موضوع») or
    ordinary words joined by a half-space («ولایت‌فقیه»); nor, even read twice, two words
    joined by «و» into one («حل‌و‌فصل», «گفت‌و‌گو»), which no name is, nor an English
    gerund borrowed («فیلترینگ», «کمپینگ»)."""
    if word in given_names():
        return True
    if (
        _PAIRED in word
        or word in GLUED_WORDS
        or word in verb_words()
        or word.replace(ZWNJ, " ") in places()
        or word in places()
        or _GERUND.fullmatch(word)
    ):
        return False
    common = common_words()
    joined = ZWNJ in word and all(part in common for part in word.split(ZWNJ))
    return titled or (word not in common and not joined)
