"""Whether a guess of the recognizer or a speaker's subject names a person: not a date's
month, a place, an outlet, a thing or body named after someone, a work's title in «», a
holy figure in the name of a place or occasion (in prose a person by their given names:
«امام صادق (ع)», as a late leader is by his surname: «امام خمینی (ره)»); a one-word name
the recognizer vouches for (read twice, or listed with another name) may be an ordinary
word.
"""

import re

from khabar.news.dates.lexicon import MONTHS
from khabar.news.people.besides import BARE_APPOSITION
from khabar.news.people.edges import (
    BLESSING,
    HONORIFICS_BEFORE,
    PRAYER,
    QUOTE_MARKS,
    in_bracketed_list,
    past_honorifics,
)
from khabar.news.people.lexicon import (
    BODY_HEADS,
    OPENING_NOUNS,
    PERSON_NOUNS,
    THING_NOUNS,
    WORKS_AND_SITES,
    common_words,
    given_names,
    surnames,
)
from khabar.news.people.shape import INSTITUTION_WORDS, looks_like_name
from khabar.news.places import places
from khabar.news.titles import HEAD_SET, HONORIFIC_WORDS, NAMED_AFTER
from khabar.text.chars import ZWNJ, key

# A holy figure's birth or martyrdom, an occasion named after them: «ایام شهادت حضرت صدیقه
# طاهره», «ولادت امام حسن‌عسکری». Not «رحلت» and «ارتحال», the anniversaries of a late
# leader too, whom the story follows as one of its people («سالگرد ارتحال حضرت امام
# خمینی (ره)»); «امام» before a surname is such a leader's.
_HOLY_OCCASION = re.compile(r"(?<!\S)(?:ولادت|میلاد|شهادت|وفات) (?:حضرت |حضرت امام |امام )$")
# What parts a name's words: a space, or the half-space of «حسن‌عسکری».
_WORD_BREAK = re.compile(f"[ {ZWNJ}]")
# «رحمة الله علیه» is for a late scholar or leader, whom the story quotes and follows
# («ادامه خط امام خمینی (ره)») as one of its people, where nothing is named after them.
_LATE = re.compile(r" ?\(ره\)")
# A cleric's honorifics, which only a name follows (unlike «سردار» or «دکتر», nouns too):
# after them the recognizer's guess is a name though its words are ordinary («حجت‌الاسلام
# ناطق نوری»).
_CLERIC_BEFORE = re.compile(
    r"(?<!\S)(?:حجت[‌ ]?الاسلام|(?:و ?)?المسلمین|آیت[‌ ]?الله(?:[‌ ]العظمی)?) $"
)
# Nouns of outlets, which name the outlet after them, in quote marks or not: «به خبرنگار
# شانا گفت», «خبرگزاری ایسنا», «نشریه "ایران پرس دایجست" نوشت».
_PUBLICATIONS = frozenset("خبرنگار خبرگزاری روزنامه شبکه پایگاه هفته‌نامه نشریه مجله".split())
# Nouns of outlets and works a name in «» names after them: «نشریه «…»», «بازی «…»».
_WORK_NOUNS = _PUBLICATIONS | {"کتاب", "فیلم", "بازی"}
# Plans, which may be someone's as well as named: «طرح کروبی», «طرح مهر».
_PLANS = frozenset({"طرح"})
# «از سد X گذشت»: getting past a rival, the dam's noun as a barrier.
_BARRIER = "سد"
_GOT_PAST = re.compile(r" (?:ن?(?:گذشت|بگذرد|بگذرند|گذشتند|عبور کرد))(?![^\s،؛:.!؟()«»])")
# Nouns of things, and of places named after someone, that open no name.
_THINGS_NAMED = THING_NOUNS | NAMED_AFTER
# What a body or place named after someone calls them by before the name.
_NAMESAKE_HONORIFICS = frozenset({"خواجه", "علامه", "شیخ", "امام", "حضرت"})
# And bodies: «کمیته امداد امام خمینی (ره)», the mourners' «هیئت امام حسین (ع)», the
# shrine its pilgrims visit («زائر امام رضا (ع)»), a shrine's courts and halls and the
# bodies of a devotion («صحن حضرت فاطمه زهرا (س)», «شبکه امام حسین (ع)», «موکب حضرت
# ابوالفضل (ع)»), a university's branch («واحد یادگار امام خمینی (ره)») and a leader's house
# («بیت امام خمینی (ره)»).
_BODIES_NAMED = (
    _THINGS_NAMED
    | INSTITUTION_WORDS
    | {"هیئت", "هیات", "زائر", "زائران", "زوار"}
    | set("صحن رواق بارگاه آستان شبکه گروه کانون موکب تکیه مهدیه واحد بیت".split())
)
# A holy figure listed after another whose blessing ends the name of a place or body:
# «حرم امام رضا (ع) و حضرت معصومه (س)».
_LISTED_AFTER = re.compile(r"\((?:ع|س|ص)\)(?:،| و) $")
_LAST_WORD = re.compile(r"(\S+) *$")
_IMAM = "امام"
_REVERENCES = HONORIFIC_WORDS | {_IMAM}
# The days a holy figure is remembered on, a few words before their name with its epithets:
# «ایام شهادت بزرگ بانوی اسلام حضرت فاطمه زهرا (س)», «رحلت شهادت‌گونه حضرت معصومه (س)»,
# «روزهای شهادت امام رضا (ع)»; not their martyrdom in prose («با شهادت امام حسین (ع)»).
_REMEMBERED_ON = frozenset("ایام روز روزهای شب شب‌های سالروز سالگرد رحلت ولادت میلاد وفات".split())
# «در» or a number word as a word of its own right before: not «با بدر البوسعیدی».
_COUNTED = re.compile(r"(?<![^\s«(،])(?:در|دو|سه|چهار|پنج|چند) $")
_CLAUSE_BREAK = re.compile("[\n،.:]")
_NUMBER_BEFORE = re.compile("[0-9۰-۹]+ $")
_DIGITS = re.compile("[0-9۰-۹]+")
_BEDS = re.compile(f"تخت{ZWNJ}?خوابی|تختی")
# The adjectives of holy figures' names, surnames too, and the nouns of devotion and
# faith they qualify: «حماسه حسینی», «عاشورای حسینی», «اسلام ناب محمدی», «عدالت علوی».
_DEVOTED = frozenset("حسینی محمدی علوی فاطمی زینبی مهدوی".split())
_DEVOTIONS = frozenset(
    "حماسه عاشورا عاشورای اربعین قیام نهضت مکتب عزاداری عزای محرم سیره فرهنگ اسلام "
    "ناب عدالت حکومت انتظار".split()
)
# Given names that are adjectives too, which follow the noun they qualify.
_ADJECTIVE_NAMES = frozenset(
    "صادق کریم رحیم عادل امین جواد هادی منصور اکبر اصغر رحمان شیرین آزاده طیبه سعید".split()
)
# Of them, those news writes as words far more than as names, which open no name before an
# ordinary word either («لحظات شیرین سفر»), where «جای سعید فتاح» names someone.
_WORDS_FIRST = frozenset("شیرین آزاده طیبه".split())
# Nouns of people a given name follows: «مربی کریم», «امام صادق».
_NOUNS_OF_PEOPLE = PERSON_NOUNS | HEAD_SET | {"امام", "حاج", "شهید", "مرحوم"} | HONORIFIC_WORDS
_DIGIT_AFTER = re.compile(r" ?[0-9۰-۹]")
_DIGIT_BEFORE = re.compile(r"[0-9۰-۹] ?$")
_PART_OF_MONTH = re.compile(r"(?<![^\s«(،])(?:اوایل|اواسط|اواخر|ابتدای|پایان|نیمه|ماه) $")
# Two phrases in «» listed before another: a list of three or more is of terms or works
# («… «توسعه مشارکت»، «تمرکز زدایی»»), not of people.
_QUOTED_RUN = re.compile(r"«[^«»\n]{1,60}»(?:، | و )«[^«»\n]{1,60}»(?:، | و )$")
# Nouns of authorship, which a work's author follows: «به کارگردانی «…»», «نوشته «…»».
_AUTHORSHIP = frozenset("کارگردانی نوشته ساخته سروده تالیف تألیف آهنگسازی خوانندگی".split())
# Who made a work, after its title: «"حسنی باهوش" به کارگردانی …», «… اثر …».
_MADE_BY = re.compile(rf" (?:به )?({'|'.join(sorted(_AUTHORSHIP | {'اثر'}))})(?![^\s،؛:.!؟()«»])")
# Makers' words that are also a perfect verb or the noun «effect» after a name
# («"جان بولتون" نوشته است», «ظریف» اثر تحریم‌ها را …): a work's only after its noun.
_MADE_OR_DONE = frozenset({"نوشته", "ساخته", "اثر"})
# Nouns of works a title in quote marks follows: «کتاب «…» نوشته …».
_MADE_WORKS = _WORK_NOUNS | {"نمایش", "سریال", "مستند", "رمان", "آلبوم", "شعر", "ترانه", "تابلو"}
# A title in «» open up to a guess, and closing after it: «[فلفل] در موصل».
_TITLE_OPENED = re.compile(r"«[^«»\n]*$")
_TITLE_CLOSES = re.compile(r"[^«»\n]*»")


# A place hyphened to the span: «شهریار-تهران», «کرج - قزوین».
_HYPHENED_AFTER = re.compile(r" ?- ?([^\s،؛:.!؟()«»\-]+)")
_HYPHENED_BEFORE = re.compile(r"([^\s،؛:.!؟()«»\-]+) ?- ?$")


# The Arabic preposition «علی» before a noun with its article: «علی الخصوص», «علی الظاهر»,
# «حکم علی الفصل»; not a name «علی» and an Arabic surname («علی الحسینی»).
_ARABIC_ON = re.compile(r"علی ال(\S+)")


def _arabic_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is «علی» and an Arabic noun with its article, an ordinary word
    after the article that is no surname (:data:`_ARABIC_ON`)."""
    m = _ARABIC_ON.fullmatch(phrase)
    noun = m and m[1].replace("أ", "ا")
    return bool(noun) and noun in common_words() and f"ال{noun}" not in surnames()


class Guesses:
    """The parts of :class:`~khabar.news.people.finder.NameFinder` that judge a span."""

    text: str
    # Names the recognizer vouches for (:meth:`_vouched`).
    repeated: frozenset[str]
    # Names the article uses as a thing's (:meth:`_thing`), which name no one elsewhere.
    things: set[str]

    def _is_name(self, span: tuple[int, int], strict: bool) -> bool:
        """Whether a trimmed span names a person; ``strict`` for the recognizer's guesses."""
        text = self.text
        phrase = text[span[0] : span[1]]
        if past_honorifics(text, span[0]) >= span[1]:  # «امیر» of «امیر سرتیپ …»
            return False
        if _arabic_phrase(phrase) or (strict and self._club(span)):
            return False
        # In «» a one-word name is mostly a hall, paper or work, but for a name a title
        # follows («فرانکو فراتینی» وزیر امور خارجه ایتالیا).
        marks = (text[span[0] - 1 : span[0]], text[span[1] : span[1] + 1])
        titled = BARE_APPOSITION.match(text, span[1] + 1)
        # After a noun of authorship it is the author: «به کارگردانی «بالتازار کورما»».
        noun_before = text[max(0, span[0] - 16) : span[0] - 1].rstrip().rpartition(" ")[2]
        authored = noun_before in _AUTHORSHIP
        plain = strict and phrase.split()[0] not in given_names() and not titled and not authored
        if marks == ("«", "»") and plain and self._a_term(span[0], phrase):
            return False
        # A work's title in quote marks goes on with who made it: «حسنی باهوش» به کارگردانی.
        if marks in (("«", "»"), ('"', '"')) and self._made_by(span):
            return False
        if strict and self._in_a_works_title(span):
            return False
        # Straight quotes set off names as often as works («"گلبدین حکمتیار"»): there, a
        # list of quoted phrases is of works' titles («"سودای عشق"، "کیمیای هستی"، …»).
        listed = text.startswith('، "', span[1] + 1) or text.endswith('"، ', 0, span[0] - 1)
        if marks == ('"', '"') and plain and listed:
            return False
        # A month, a listed place, what stands right after «در» («در فینال مسابقات») or a
        # number word («دو فرشته نکیر و منکر»), or an outlet's noun is no person.
        dated = self._month(span)
        inside = _COUNTED.search(text, max(0, span[0] - 6), span[0]) is not None
        outlet = self._noun_before(span[0]) in _PUBLICATIONS
        if outlet or (strict and (dated or inside or self._a_place(span) or self._thing(span))):
            return False
        if not strict and phrase.split(" ", 1)[0] in _THINGS_NAMED:
            return False  # «کارشناس امور فرهنگی پردیس رجایی» of a subject
        revered = self._revered(span)
        if (PRAYER.match(text, span[1]) or self._holy_occasion(span)) and not revered:
            return False
        if not revered and self._an_imams_place_or_day(span):
            return False
        # Read twice, a noun and an adjective-name are someone's («حافظ سعید»).
        twice = " " in phrase and phrase in self.repeated
        if strict and not twice and self._adjective_after_noun(span):
            return False
        if phrase in _DEVOTED and self._noun_before(span[0]) in _DEVOTIONS:
            return False  # «حماسه حسینی», «اربعین حسینی», «اسلام ناب محمدی»
        # The blessing vouches for a late figure's one word as the recognizer's reading
        # it twice does.
        cleric = _CLERIC_BEFORE.search(text, max(0, span[0] - 25), span[0]) is not None
        vouched = phrase in self.repeated or revered or (strict and cleric)
        return looks_like_name(phrase, strict and not vouched, titled=vouched)

    def _club(self, span: tuple[int, int]) -> bool:
        """Whether a name of one word is an ordinary noun with the Arabic article, as Arab
        clubs are named («الهلال», «النصر», «الاتحاد»), and the text never writes it after
        another word of a name, as a surname («سلوان ناظم الحکیم»); or any word with the
        article in a list's brackets («پژمان منتظری(الاهلی)، مجتبی جباری(السد)»)."""
        phrase = self.text[span[0] : span[1]]
        noun = phrase.removeprefix("ال")
        if noun == phrase or " " in phrase:
            return False
        if self.text[span[0] - 1 : span[0]] == "(" and in_bracketed_list(self.text, span[0]):
            return True
        if phrase.endswith("ی") or noun not in common_words():
            return False
        before = re.finditer(rf"(\S+) {re.escape(phrase)}(?![^\s،.:؛!؟»)])", self.text)
        return not any(looks_like_name(m[1]) and m[1] not in common_words() for m in before)

    def _a_place(self, span: tuple[int, int]) -> bool:
        """Whether a span is a listed place: as listed, typed with a space for its
        half-space («بیله سوار»), or one end of a road or route hyphened to another
        («محور شهریار-تهران»)."""
        phrase = self.text[span[0] : span[1]]
        if phrase in places() or phrase.replace(" ", ZWNJ) in places():
            return True
        after = _HYPHENED_AFTER.match(self.text, span[1])
        before = _HYPHENED_BEFORE.search(self.text, max(0, span[0] - 30), span[0])
        return any(m is not None and m.group(1) in places() for m in (after, before))

    def _month(self, span: tuple[int, int]) -> bool:
        """Whether the recognizer's guess is a month: before its year («بهمن ۱۳۹۷»),
        after its day («۲۲ بهمن») or after a part of it («اوایل بهمن»). A name by a number
        is a person's in results and line-ups («در وزن ۸۴ مصطفی یونسی‌نیا به مصاف …»). The
        patterns before the span end at it, so they search only the few characters they
        can match."""
        text = self.text
        words = text[span[0] : span[1]].split()
        day = _DIGIT_BEFORE.search(text, max(0, span[0] - 2), span[0])
        return bool(
            (_DIGIT_AFTER.match(text, span[1]) and key(words[-1]) in MONTHS)
            or (day and key(words[0]) in MONTHS)
            or _PART_OF_MONTH.search(text, max(0, span[0] - 7), span[0])
        )

    def _adjective_after_noun(self, span: tuple[int, int]) -> bool:
        """Whether the recognizer's guess is a given name that is an adjective too, after
        the ordinary noun it qualifies: «نیت صادق», «قرآن کریم», «حاکم عادل»; or opens
        with one there and goes on with an ordinary word, the noun's other qualifier or
        the next noun: «لحظات شیرین حج», «انسان‌های آزاده جهان»; not before a word in «ی»,
        a surname as common as a word («کتاب شیرین عبادی», «فیلم جدید آزاده موسوی»)."""
        words = self.text[span[0] : span[1]].split()
        if len(words) == 2 and words[0] in _WORDS_FIRST and words[1] in common_words():
            surname = words[1].endswith("ی")
            return not surname and self._an_ordinary_noun(self._noun_before(span[0]))
        if words[-1] not in _ADJECTIVE_NAMES or len(words) > 2:
            return False
        return self._an_ordinary_noun(words[0] if len(words) == 2 else self._noun_before(span[0]))

    @staticmethod
    def _an_ordinary_noun(word: str) -> bool:
        """Whether ``word`` is an ordinary word, no given name or noun of people, which an
        adjective after it qualifies, also in the plural («انسان‌های»)."""
        word = word.removesuffix(f"{ZWNJ}های").removesuffix(f"{ZWNJ}ها")
        return word in common_words() and word not in given_names() and word not in _NOUNS_OF_PEOPLE

    def _holy_occasion(self, span: tuple[int, int]) -> bool:
        """Whether the name at ``span`` is a holy figure's in the name of an occasion,
        where no blessing need follow: «تسلیت ایام شهادت حضرت صدیقه طاهره»."""
        before = _HOLY_OCCASION.search(self.text, max(0, span[0] - 25), span[0])
        if before is None:
            return False
        first = _WORD_BREAK.split(self.text[span[0] : span[1]], maxsplit=1)[0]
        return not before.group().endswith("امام ") or first in given_names()

    def _an_imams_place_or_day(self, span: tuple[int, int]) -> bool:
        """Whether a guess opening with «امام» before a holy figure's given names, with no
        blessing, is in the name of a place or body named after them, a word or two
        after its noun («حرم مطهر امام رضا», «میدان امام حسین»), or of their day
        («ایام شهادت امام حسین»): the news writes these without «(ع)» as often as the
        figure in prose («یاران امام حسین»)."""
        imam, _, rest = self.text[span[0] : span[1]].partition(" ")
        if imam != _IMAM or rest.split(" ", 1)[0] not in given_names():
            return False
        return self._a_place_before(span[0]) or self._remembered_on(span[0])

    def _remembered_on(self, start: int) -> bool:
        """Whether a day a holy figure is remembered on is named a few words before
        ``start`` in its clause: «ایام شهادت بزرگ بانوی اسلام حضرت فاطمه زهرا (س)»."""
        clause = _CLAUSE_BREAK.split(self.text[max(0, start - 60) : start])[-1]
        return bool(_REMEMBERED_ON & set(clause.split()[-6:]))

    def _revered(self, span: tuple[int, int]) -> bool:
        """Whether the name at ``span`` is a late figure's («امام خمینی (ره)», «… رحمه‌الله
        علیه») or a holy figure's given names with a blessing («امام حسین (ع)», «حضرت
        فاطمه زهرا (س)»), whom the story speaks of as one of its people; not a place or
        body named after them («فرودگاه امام خمینی (ره)», «مصلای امام …», «حرم مطهر امام
        رضا (ع)»): the two words before the honorifics are no noun of a thing, place or
        institution, ezafe «ی» aside. An epithet is no name («امام زمان (عج)»)."""
        late = _LATE.match(self.text, span[1]) or BLESSING.match(self.text, span[1])
        names = all(w in given_names() for w in self.text[span[0] : span[1]].split())
        if not (late or (names and PRAYER.match(self.text, span[1]))):
            return False
        if not late and self._remembered_on(span[0]):
            return False
        start = span[0]
        while True:  # past «حضرت امام», «آیت‌الله»
            honorifics = HONORIFICS_BEFORE.search(self.text, max(0, start - 30), start)
            if honorifics:
                start = honorifics.start()
            elif self.text.endswith("امام ", 0, start):
                start -= len("امام ")
            else:
                break
        if not late and _NUMBER_BEFORE.search(self.text, max(0, start - 12), start):
            return False  # a unit's name: «حوزه خواهران 154 طاهره (س)»
        if not late and self.text[start - 1 : start] in QUOTE_MARKS:
            return False  # a work's title: «"علی (ع) در آینه علی"»
        if not late and self._listed_in_a_name(start):
            return False
        return not self._a_place_before(start)

    def _a_place_before(self, start: int) -> bool:
        """Whether the noun of a thing, place or body before ``start``, or the one before
        its adjective, is what the name there names: «فرودگاه بین‌المللی امام خمینی»,
        «حرم‌های امام رضا (ع) …»."""
        words = self.text[max(0, start - 60) : start].rsplit("\n", 1)[-1].split()
        if len(words) > 2 and _BEDS.fullmatch(words[-1]) and _DIGITS.fullmatch(words[-2]):
            words = words[:-2]  # a hospital's size: «بیمارستان ۹۶ تختخوابی امام خمینی (ره)»
        for noun in words[-2:]:
            # «مصلای», «حوزه‌ی»: the ezafe a noun ending in a vowel takes.
            bare = noun[:-2] + "ی" if noun.endswith("ای") else noun.removesuffix("ی").rstrip(ZWNJ)
            plural = noun.removesuffix(f"{ZWNJ}های").removesuffix(f"{ZWNJ}ها")
            if {noun, bare, plural} & _BODIES_NAMED:
                return True
        return False

    def _listed_in_a_name(self, start: int) -> bool:
        """Whether the holy figure at ``start`` is listed after others that a place's or
        body's name holds, whose name it shares: «زائران حرم امام رضا (ع)، حضرت معصومه
        (س) و …»; in prose they are all people («شهادت امام حسین (ع) و حضرت عباس (ع)»)."""
        while listed := _LISTED_AFTER.search(self.text, max(0, start - 6), start):
            start = listed.start()
            while (word := _LAST_WORD.search(self.text, max(0, start - 30), start)) and (
                word.group(1) in given_names() or word.group(1) in _REVERENCES
            ):
                start = word.start()
            if self._a_place_before(start):
                return True
        return False

    def _vouched(self, names: list[tuple[int, int]]) -> frozenset[str]:
        """Names the recognizer vouches for, which may then be ordinary words: real news
        calls politicians by a surname alone, and many surnames and given names are
        ordinary words too («موسوی», «مطهری», «پارسا فلاح»). One guess does not make them
        names, but the recognizer's reading one so twice in a story does, or in a list
        with another of its names: joined by «و» («چون نجفی و ابطحی»), or, for a name of
        two words or more, by a comma too («شایان حصاری، پارسا فلاح، …»), where one word
        may be an adjective set off from an apposition («شاعر قمی، حامد حجتی»); or a word
        read alone that ends a name of two words or more it read («پوتین»); three
        letters may be a piece of a spaced surname («خیری پور و …»). A name right after
        the head of an office is where or what it heads («فرماندار کهک»), not who holds
        it; one opening with a place or holding the noun of a site or work names that."""
        starts = {s: (s, e) for s, e in names}
        ends = {e: (s, e) for s, e in names}
        seen: dict[str, int] = {}
        for start, end in names:
            phrase = self.text[start:end]
            words = phrase.split()
            if self._noun_before(start) in HEAD_SET or words[0] in places():
                continue
            if any(w in WORKS_AND_SITES for w in words):
                continue
            listed = len(phrase) > 3 and self._listed_with_another((start, end), starts, ends)
            seen[phrase] = seen.get(phrase, 0) + 1 + listed
        # A surname read alone and in a full name is read twice: «ولادیمیر پوتین … پوتین
        # روز جمعه …», though «پوتین» is an ordinary word too (boots).
        surnames = {phrase.rsplit(" ", 1)[1] for phrase in seen if " " in phrase}
        return frozenset(w for w, n in seen.items() if n > 1 or (" " not in w and w in surnames))

    def _listed_with_another(
        self,
        span: tuple[int, int],
        starts: dict[int, tuple[int, int]],
        ends: dict[int, tuple[int, int]],
    ) -> bool:
        """Whether another name is listed right before or after ``span``, joined by «و»
        (or by a comma, for a name of two words or more), and is no kind of one thing
        with it, opening with the same word («پیمانکاری احداث، پیمانکاری ترابری»)."""
        text = self.text
        first = text[span[0] : span[1]].split(" ", 1)[0]
        joints = (" و ", "، ") if " " in text[span[0] : span[1]] else (" و ",)
        for joint in joints:
            after = starts.get(span[1] + len(joint)) if text.startswith(joint, span[1]) else None
            before = ends.get(span[0] - len(joint)) if text.endswith(joint, 0, span[0]) else None
            for other in (after, before):
                if other is not None and text[other[0] : other[1]].split(" ", 1)[0] != first:
                    return True
        return False

    def _thing(self, span: tuple[int, int]) -> bool:
        """Whether the recognizer's name names a thing by the noun it opens with or
        follows: «واکسن آنفلوآنزای فصلی», «سامانه نیما», or a body or prize named after
        someone («جایزه جلال آل‌احمد», «حسینیه ارشاد»), with an honorific between too
        («دانشگاه خواجه نصیر»); a noun of a work or site inside it, but for a given name,
        makes it one too («پیرانشهر یادمان شهدای تمرچین»)."""
        phrase = self.text[span[0] : span[1]]
        words = phrase.split(" ")
        first = words[0]
        before = self._noun_before(span[0])
        inside = (w in WORKS_AND_SITES and w not in given_names() for w in words[1:])
        if (first in OPENING_NOUNS and " " in phrase) or any(inside):
            return True
        if self.someone_after_noun(span):
            return False
        if before in _NAMESAKE_HONORIFICS:  # «دانشگاه خواجه نصیر», «حرم حضرت عبدالعظیم»
            before = self._noun_before(span[0] - len(before) - 1)
        if first in _THINGS_NAMED or before in _THINGS_NAMED:
            if before in THING_NOUNS:
                self.things.add(key(phrase))  # «محوطه تخت جمشید»: a thing throughout
            return True
        # One word right after the head of a body or team is that body or team: «سرمربی
        # بوریرام افزود», «مدیرعامل زاروبژنفت», «نماینده اسکار»; it is so throughout.
        lone = " " not in phrase and phrase not in given_names()
        if lone and before in BODY_HEADS and self.text[span[0] - 1] == " ":
            self.things.add(key(phrase))
            return True
        return False

    def someone_after_noun(self, span: tuple[int, int]) -> bool:
        """Whether a name after a thing's noun names a person all the same: whose plan it
        is after «طرح», where the recognizer reads it twice («طرح پیشنهادی کامرون …
        کامرون تمام تلاش خود را …») or it opens with a given name and goes on
        («طرح دیوید کامرون»), while a plan's own name is a word, a given name as well
        («طرح مهر», «طرح امید»); or the rival a wrestler gets past («از سد حامد تاتاری
        گذشت», «از سد محمدی»), a surname in «ی» alone, where a flood gets past a dam
        («سیلاب از سد لتیان عبور کرد»)."""
        noun = self._noun_before(span[0])
        plan = noun in _PLANS
        if not plan and not (noun == _BARRIER and self.text.endswith(f"از {noun} ", 0, span[0])):
            return False
        phrase = self.text[span[0] : span[1]]
        named = phrase in self.repeated or (
            " " in phrase and phrase.split(" ", 1)[0] in given_names()
        )
        if plan:
            return named
        rival = named or (" " not in phrase and phrase.endswith("ی"))
        return rival and bool(_GOT_PAST.match(self.text, span[1]))

    def _in_a_works_title(self, span: tuple[int, int]) -> bool:
        """Whether the guess at ``span`` is a word of a title in «» that the article
        writes after a work's noun, here or elsewhere, which names no one: «[فلفل] در
        موصل» of «کتاب «فلفل در موصل»», «کتاب «حسن رادیو»». The closing mark is looked for
        only once one opens before: in a long paragraph with none, the search would run on
        to the end of the text for every guess."""
        opened = _TITLE_OPENED.search(self.text, max(0, span[0] - 80), span[0])
        if opened is None:
            return False
        closes = _TITLE_CLOSES.match(self.text, span[1])
        if closes is None:
            return False
        title = self.text[opened.start() : closes.end()]
        return any(f"{noun} {title}" in self.text for noun in _MADE_WORKS)

    def _a_term(self, start: int, phrase: str) -> bool:
        """Whether ``phrase`` in «» at ``start`` names no person: one word, a name after
        the noun of a body, outlet or thing it names («بانک «یاپی کردی»», «نشریه «…»»),
        or the third or later of a list in «» («… «توسعه مشارکت»، «تمرکز زدایی»»); «»
        set off many a foreign name of people too («بازگشت «بی نظیر بوتو»», «همچون
        «ادریس دانشفر»»)."""
        noun = self._noun_before(start)
        named = noun in INSTITUTION_WORDS or noun in THING_NOUNS or noun in _WORK_NOUNS
        listed = _QUOTED_RUN.search(self.text, max(0, start - 160), start - 1)
        return " " not in phrase or named or listed is not None

    def _made_by(self, span: tuple[int, int]) -> bool:
        """Whether who made a work follows ``span``, its title: «به کارگردانی …», and
        «نوشته», «ساخته», «اثر» after a work's noun («کتاب "…" نوشته …»)."""
        made = _MADE_BY.match(self.text, span[1] + 1)
        if made is None:
            return False
        return made.group(1) not in _MADE_OR_DONE or self._noun_before(span[0]) in _MADE_WORKS

    def _noun_before(self, start: int) -> str:
        """The word before ``start`` on its line, past quote marks («انتشارات "…"»), or
        "" where none is."""
        before = self.text[max(0, start - 20) : start].rsplit("\n", 1)[-1]
        words = before.replace('"', " ").replace("«", " ").split()
        return words[-1] if words else ""
