"""Where a name begins and ends: honorifics before it, and what the recognizer or a
speaker's subject ran on to after it (a time word, a title).
"""

import re
from collections.abc import Iterator

from khabar.gazetteer import surnames
from khabar.news.people.lexicon import (
    GLUED_WORDS,
    GOVERNING_NOUNS,
    KIN,
    MAX_NAME_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    PRONOUNS,
    SURNAME_PIECES,
    common_words,
    given_names,
    web_count,
)
from khabar.news.people.shape import NAME_WORD, ordinary
from khabar.news.places import places
from khabar.news.titles import (
    ARMY_RANKS,
    HEAD_SET,
    HEADS,
    HONORIFICS,
    LIGHT_VERBS,
    RANK_QUALIFIERS,
    STOPS,
    find_titles,
    head_at,
)
from khabar.text.chars import ZWNJ, key

_HONORIFIC_WORDS = "|".join(
    [
        f"امیر(?= (?:{'|'.join(ARMY_RANKS)}) )",
        *sorted(map(re.escape, (*HONORIFICS, *RANK_QUALIFIERS)), key=len, reverse=True),
    ]
)
# Honorifics come in runs: «حضرت آیت‌الله», «حجت‌الاسلام والمسلمین دکتر», «سرتیپ دوم
# پاسدار».
_HONORIFIC = re.compile(f"^(?:(?:{_HONORIFIC_WORDS}) )+")
_HONORIFIC_AT = re.compile(f"(?:{_HONORIFIC_WORDS}) ")
HONORIFICS_BEFORE = re.compile(f"(?<!\\S)(?:(?:{_HONORIFIC_WORDS}) )+$")
# The comma setting a title off after a name, «دیگر» allowed: «هستی نوروزی، دیگر ملی‌پوش
# ایران …».
COMMA_BEFORE_TITLE = re.compile(r"، (?:دیگر )?$")
_IMAM = "امام"
# The halves of a spaced «آیت الله», where the recognizer may start a name at the second.
_AYAT, _GOD = "آیت ", "الله "
_IMAM_OFFICES = frozenset({"جمعه", "جماعت"})
QUOTE_MARKS = frozenset('"«»')
# How many times its city the web may write a city's adjective: more, and the adjective
# is mostly a word of its own («ریاضی», 11 times «ریاض»), unlike «شیرازی» or «لاری».
_OWN_WORD = 5
RESPECTIVELY = re.compile(r"،? به ترتیب(?: به عنوان)? ")
WORD_AFTER = re.compile(r" ([^\s،؛:.!؟()«»]+)")
# The place a result gives after a name, which the recognizer runs on to: «پریسا احمدی
# مقام دوم».
_PLACE_WON = re.compile(
    r" (?:مقام|رتبه|عنوان) (?:اول|دوم|سوم|چهارم|پنجم|ششم|نخست)(?![^\s،؛:.!؟()«»])"
)
_HYPHENED = re.compile(r"[-‐] ?([^\s،؛:.!؟()«»\-]+)")
# The blessings written out after the name of a late leader or scholar, or of the
# Leader, no words of it: «امام خمینی رحمه‌الله علیه», «شهید مطهری قدس سره».
BLESSING = re.compile(
    r" \(?(?:رحم[هة][\u200c ]?الله(?: علیه)?|قدس[\u200c ]?سره(?:[\u200c ]?الشریف)?"
    r"|رضوان[\u200c ]?الله(?: تعالی)? علیه|(?:مد|دام)[\u200c ]?ظله[\u200c ]?(?:ال)?عالی"
    r")\)?(?![^\s،؛:.!؟()«»])"
)
# The short blessings in brackets after a revered name: «امام صادق (ع)», «حضرت زینب(س)»,
# «امام خمینی (ره)».
PRAYER = re.compile(r" ?\((?:ع|ره|س|عج|ص)\)")
# A noun whose possessor a name is, not someone acting: «دولت ترامپ», «دوران احمدی‌نژاد».
POSSESSED = re.compile(
    r"(?<![^\s«(،])(?:دولت|کابینه|دوران|همسر|دفتر|سخنان|اظهارات|مواضع|سیاست(?:\u200cهای)?)"
    r" $"
)


def strip_honorific(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the honorifics it opens with, «امام» among them before a surname
    («امام خامنه‌ای»); before a given name «امام» names a holy figure («امام حسین»),
    and stays until the name is judged no place's (:func:`past_imam`); «امام جمعه» is an
    office. A span that opens inside a spaced «آیت الله» opens past it too."""
    if text.startswith(_GOD, start) and text.endswith(_AYAT, 0, start):
        start += len(_GOD)  # «آیت [الله سیستانی]»
    m = _HONORIFIC.match(text[start:end])
    if m and start + m.end() < end:
        start += m.end()  # «حضرت امام خامنه‌ای»: «امام» may follow the others
    imam, _, rest = text[start:end].partition(" ")
    surname = " " not in rest and rest not in given_names()
    if (
        imam == _IMAM
        and rest
        and rest not in _IMAM_OFFICES
        and (surname or PRAYER.match(text, end))
    ):
        return start + len(imam) + 1, end
    return start, end


def past_imam(text: str, start: int, end: int) -> tuple[int, int]:
    """A holy figure's name without the «امام» before the given names, blessed or not:
    news writes «امام حسین» in prose as often without «(ع)», and the figure is a person
    by the given names all the same («[امام] حسین در کربلا …»). Applied only to a span
    read as a person's, «امام» in it: the noun before «امام» tells a place or body named
    after the figure («حرم امام رضا», «میدان امام حسین»), and «امام جمعه» an office."""
    imam, _, rest = text[start:end].partition(" ")
    if imam == _IMAM and rest and rest.split(" ", 1)[0] not in _IMAM_OFFICES:
        return start + len(imam) + 1, end
    return start, end


def holy_given_names(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is a holy figure's given names, a blessing
    after them or «امام» before (:func:`past_imam`): «امام علی» is no other «علی» of the
    story («علی لاریجانی»)."""
    if PRAYER.match(text, end):
        return True
    return text.endswith(f"{_IMAM} ", 0, start) and all(
        w in given_names() for w in text[start:end].split()
    )


def without_blessing(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the blessing the recognizer ran on to, whole or in part: «امام
    خمینی رحمه‌الله» is «امام خمینی», «مطهری قدس» of «مطهری قدس سره» is «مطهری»."""
    at = text.find(" ", start, end)
    while at >= 0:
        if (blessing := BLESSING.match(text, at)) and blessing.end() >= end:
            return start, at
        at = text.find(" ", at + 1, end)
    return start, end


def before_place_won(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the place in a result the recognizer ran on to: «کیمیا دباغچی
    مقام اول» of a list of winners is «کیمیا دباغچی»."""
    won = _PLACE_WON.search(text, start, end)
    return (start, won.start()) if won and won.start() > start else (start, end)


def with_hyphened_surname(text: str, start: int, end: int) -> tuple[int, int]:
    """A name with the second half of a double surname joined by a hyphen, which the
    recognizer leaves out: «مانوئل لاگوناس- سولار». The half is a word no lexicon
    holds as an ordinary word, a given name or a place: a dash between a name and a
    title or a clause («کریمی - رئیس …») is no joint of a name. A surname alone
    before a hyphen is one side of a match-up («دیدار پوتین-اردوغان», «نشست
    ظریف-کری»): the double surname of a person is written after their given name."""
    if " " not in text[start:end]:
        return start, end
    joint = _HYPHENED.match(text, end)
    if not joint or not NAME_WORD.match(half := joint[1]):
        return start, end
    if half in common_words() or half in given_names() or half in places() or half in HEAD_SET:
        return start, end
    return start, joint.end()


def birthplace_after(text: str, end: int) -> int | None:
    """Where the adjective of a city right after ``end`` ends, the name's own that ends
    there: where its bearer came from («سعدی شیرازی», «حسینی بوشهری»). In Persian an
    adjective follows its noun, and after a name no other noun stands for it to qualify;
    a country's adjective is a nationality said of the person («الونگ الونگ کامرونی»).
    Not one the web writes many times more than its city, a word of its own: «ریاضی»
    (mathematics) of «ریاض» in «مریم میرزاخانی ریاضی را … خواند»."""
    after = WORD_AFTER.match(text, end)
    if after is None or not after[1].endswith("ی"):
        return None
    city = after[1][:-1]
    if places().get(city) != "city" or web_count(after[1]) > _OWN_WORD * web_count(city):
        return None
    return after.end()


def of_a_town(word: str) -> bool:
    """Whether ``word`` is a place's adjective in «ـی» («شیرازی», «رفسنجانی»), which a
    name of two words may end with after the name its bearer is called by alone."""
    return word.endswith("ی") and word[:-1] in places()


def with_spaced_given_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name with the rest of a compound given name written spaced, which the recognizer
    cut inside: «سید نعمت» of «سید نعمت الله حسینی اصل», «علی محمدی» after «جلال الدین»,
    «محمد جمشیدی» after «گل». The halves joined by a half-space make a listed given name
    («نعمت‌الله», «جلال‌الدین», «گل‌محمد»), and the half the recognizer kept is no given
    name of its own. A half that is an ordinary word too joins before the name only
    opening a line or an item of a list: «گل محمد …» in a match report is Mohammad's goal."""
    given = given_names()
    after = WORD_AFTER.match(text, end)
    last = text[start:end].rsplit(" ", 1)[-1]
    if after and last not in given and f"{last}{ZWNJ}{after[1]}" in given:
        end = after.end()
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return start, end
    prior = before[:-1].rpartition("\n")[2].split(" ")
    first = text[start:end].split(" ", 1)[0]
    if len(prior) > 1 and f"{prior[-2]}{ZWNJ}{prior[-1]}" in given and prior[-1] not in given:
        return start - len(prior[-2]) - len(prior[-1]) - 2, end
    word = prior[-1]
    if word in given or f"{word}{ZWNJ}{first}" not in given:
        return start, end
    opening = len(prior) == 1 or prior[-2].endswith("،")
    if word not in common_words() or opening:
        return start - len(word) - 1, end
    return start, end


# The pieces news uses as nouns heading a phrase too: «بخش خصوصی», «هر فرد», «خط مقدم».
_NOUN_PIECES = frozenset("بخش فرد مقدم پناه".split())
# Verbs a piece makes a clause's predicate with: «… زاده شد», «پناه برد», «مقدم است».
_PIECE_VERBS = LIGHT_VERBS | {"است", "بود", "نیست", "برد", "بردند", "آورد", "آوردند"}
# What ends a name: a mark or the end of the text.
_NAME_END = re.compile(r"\s*(?:[،؛:.!؟()«»\n]|$)")


def with_spaced_surname(text: str, start: int, end: int) -> tuple[int, int]:
    """A name with the second half of a compound surname written as a word of its own,
    which the recognizer cut off where the text lost its half-spaces: «سیدحمید رضوانی
    فر معاون وزیر» read as «سیدحمید رضوانی». The half is a piece surnames are made with
    (:data:`~khabar.news.people.lexicon.SURNAME_PIECES`) and no word of the clause: no
    verb follows it («کریمی زاده شد», «به خدا پناه بردند»), and one news uses as a noun
    too ends the name where it stands, a mark, a word that ends a phrase or a title after
    it, not a word of its own phrase («سخنان ظریف بخش مهمی از …», «رضایی فرد شایسته‌ای
    است»)."""
    piece = WORD_AFTER.match(text, end)
    if piece is None or piece[1] not in SURNAME_PIECES:
        return start, end
    after = WORD_AFTER.match(text, piece.end())
    if after is not None and after[1] in _PIECE_VERBS:
        return start, end
    if piece[1] in _NOUN_PIECES and not _name_ends(text, piece.end(), after):
        return start, end
    return start, piece.end()


def surname_joined(name: str) -> str:
    """``name`` with each piece of a compound surname joined to the word before it by a
    half-space, as a name is written whichever way the text spells it: «سیدحمید رضوانی
    فر» is «سیدحمید رضوانی‌فر», and news calls him «رضوانی‌فر» alone. Not a piece after a
    given name the name opens with, a given name and surname perhaps («حسن مقدم»)."""
    words = name.split(" ")
    joined = words[:1]
    for i, word in enumerate(words[1:], 1):
        if word in SURNAME_PIECES and not (i == 1 and words[0] in given_names()):
            joined[-1] = f"{joined[-1]}{ZWNJ}{word}"
        else:
            joined.append(word)
    return " ".join(joined)


def surname_apart(name: str) -> str:
    """``name`` with the pieces of its compound surnames written as words of their own,
    as text may spell it: «بهرام قاسمی زاده» of «بهرام قاسمی‌زاده»."""
    return " ".join(
        " ".join(_split_piece(word)) if i else word for i, word in enumerate(name.split(" "))
    )


def _split_piece(word: str) -> list[str]:
    """A word of a name and the piece of a surname it ends with, joined by a half-space."""
    head, _, piece = word.rpartition(ZWNJ)
    return [*_split_piece(head), piece] if head and piece in SURNAME_PIECES else [word]


def _name_ends(text: str, at: int, after: re.Match | None) -> bool:
    """Whether a name ends at ``at``: a mark follows, a word that ends a phrase, or a
    title."""
    if _NAME_END.match(text, at):
        return True
    return after is not None and (after[1] in STOPS or head_at(text, after.start(1)) is not None)


def past_honorifics(text: str, at: int) -> int:
    """Where a name starting at ``at`` starts once honorifics are passed over: «معاون
    بهداشت وزیر بهداشت، دکتر نسرین فاضلی»."""
    while m := _HONORIFIC_AT.match(text, at):
        at = m.end()
    return at


def honoured(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether an honorific stands right before one of ``spans`` («علامه جعفری», «امام
    خامنه‌ای»)."""
    return any(
        HONORIFICS_BEFORE.search(text, max(0, s - 30), s) or text.endswith(f"{_IMAM} ", 0, s)
        for s, _ in spans
    )


def without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the quote marks a speaker's subject took in with it at its edges:
    the subject «المظف" مسئول پرونده …» of «"خالد المظف" مسئول …» names «المظف»."""
    while end > start and text[end - 1] in QUOTE_MARKS:
        end -= 1
    while start < end and text[start] in QUOTE_MARKS:
        start += 1
    return start, end


def without_stops(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the time word or preposition the recognizer ran on to
    («صدری‌پور فردا عازم بیروت می‌شود», «رادمان ظهر امروز», «سمیعی بابیان اینکه» with
    «با بیان» written as one word); «وی» may end a name («ژونگ وی»)."""
    words = text[start:end].split(" ")
    while len(words) > 1 and (
        words[-1] in STOPS or words[-1] in PARTS_OF_DAY or words[-1] in GLUED_WORDS
    ):
        if words[-1] in PRONOUNS:
            break
        words.pop()
    return start, start + len(" ".join(words))


# Words that bring in the other name someone goes by, with «به» after them: «لوسیانو
# پریرا ملقب به شیمبا», «علی دایی معروف به شهریار».
_BY_NAME = frozenset({"ملقب", "معروف", "مشهور", "موسوم", "متخلص"})
_BY_NAME_AFTER = re.compile(rf" (?:{'|'.join(sorted(_BY_NAME))}) به [«\"]?")
_BRACKET_OPEN = re.compile(r" ?\(")
# A word alone in brackets, as a list writes each name's club, party or country.
_BRACKETED_WORD = re.compile(r"\([^()\s]+\)")
# The other name, when no name was found there: a word or two up to a mark or the quote
# mark closing it.
_OTHER_NAME = re.compile(r"[^\s،؛:.!؟()«»\"]+(?: [^\s،؛:.!؟()«»\"]+)?(?=[»\"،؛:.!؟(\n])")


def in_bracketed_list(text: str, at: int) -> bool:
    """Whether the line at ``at`` writes two words or more alone in brackets, as a list
    gives each name's club, party or country («منتظری(الاهلی)، جباری(السد)»)."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else None]
    return len(_BRACKETED_WORD.findall(line)) > 1


def before_by_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the «ملقب به …» («known as») the recognizer ran on to: «لوسیانو
    پریرا ملقب به شیمبا» is «لوسیانو پریرا»; the word is an adjective of the name, never a
    part of it."""
    words = text[start:end].split(" ")
    after = WORD_AFTER.match(text, end)
    words.append(after[1] if after else "")
    for i in range(1, len(words) - 1):
        if words[i] in _BY_NAME and words[i + 1] == "به":
            return start, start + len(" ".join(words[:i]))
    return start, end


def other_name_after(text: str, end: int, starts: dict[int, int]) -> tuple[int, int] | None:
    """The span of the other name someone named up to ``end`` goes by, after «ملقب به»,
    «معروف به»: a name found there (``starts``, where each name found starts and ends),
    or a word or two up to the next mark («… ملقب به شیمبا، ظهر امروز …»); or a name found
    alone in brackets right after theirs («علی دایی (شهریار)»), unless the line writes
    another word so, as a list gives each one's club («منتظری(الاهلی)، جباری(السد)»)."""
    cue = _BY_NAME_AFTER.match(text, end)
    if cue is None:
        bracket = _BRACKET_OPEN.match(text, end)
        close = starts.get(bracket.end()) if bracket else None
        if not close or not text.startswith(")", close) or in_bracketed_list(text, end):
            return None
        return bracket.end(), close
    if cue.end() in starts:
        return cue.end(), starts[cue.end()]
    other = _OTHER_NAME.match(text, cue.end())
    return other.span() if other else None


def before_title(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the title the recognizer or a speaker's subject ran on to
    («عبدالرضا فرجی‌نیا استاندار خوزستان», «علی نیکزاد نایب» of «… نایب رئیس مجلس»);
    a head word after a given name may be a surname («مجید رهبر»), after a surname it
    is not («اسکوچیچ سرمربی تیم ملی»), and what runs on for four words is no name and
    title at all («لاریجانی درمورد حرف‌های اخیر رئیس‌جمهور …»)."""
    words = text[start:end].split(" ")
    surname = len(words) > 1 and words[0] not in given_names() and words[0] not in _HEAD_STARTS
    first = 1 if surname else 2
    if not surname and len(words) == 2 and _runs_into_title(text, end - len(words[1])):
        return start, start + len(words[0])  # «احمد فرستاده ویژه سازمان ملل …»
    for i in range(first, min(len(words), MAX_NAME_WORDS)):
        two = " ".join(words[i : i + 2]) if i + 1 < len(words) else _with_next(text, end, words[i])
        if words[i] in HEADS or two in HEADS:
            return start, start + len(" ".join(words[:i]))
    return start, end


def _runs_into_title(text: str, at: int) -> bool:
    """Whether a head of office at ``at`` opens a title of more words than itself: then it
    is no surname after a given name, as «رهبر» of «مجید رهبر گفت» may be."""
    if text[at : at + 20].split(" ", 1)[0] not in HEADS:
        return False
    titles = find_titles(text[at : at + 120])
    return bool(titles) and titles[0].start == 0 and " " in titles[0].text


def past_split_head(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the second word of an office written in two words that the
    recognizer opened it with: «در دوران ریاست جمهوری اوباما» names «اوباما», «مدیر
    عامل …» the words after «عامل»."""
    first, _, rest = text[start:end].partition(" ")
    before = text[max(0, start - 12) : start]
    if not rest or not before.endswith(" "):
        return start, end
    previous = before[:-1].split()[-1:]
    if previous and f"{previous[0]} {first}" in _SPLIT_HEADS:
        return start + len(first) + 1, end
    return start, end


def past_ezafe_noun(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the noun that governs it, which the recognizer took in with it: a
    noun ending in a vowel writes its ezafe as «ی» («خونریزی ابروی قاسمی‌پور»,
    «کاندیدای احتمالی …», «خانه‌ی …»), a plural as «‌های» («صحبت‌های محمدرضا»), and no
    given name is an ordinary word so written.
    Quote marks before it open a work's title («"سودای زرین"»), which is kept whole."""
    first, _, rest = text[start:end].partition(" ")
    if not rest or first in given_names() or text[start - 1 : start] in ('"', "«"):
        return start, end
    if first in HEAD_SET:  # «سخنگوی نمایندگی ایران»: a head of office, not a noun's ezafe
        return start, end
    vowel = first.endswith(("ای", "وی")) and first[:-1] in common_words()
    plural = first.endswith(f"{ZWNJ}های") and first[:-4] in common_words()
    if vowel or plural or (first.endswith(f"{ZWNJ}ی") and first[:-2] in common_words()):
        return start + len(first) + 1, end
    return start, end


def _with_next(text: str, end: int, word: str) -> str:
    """``word``, which ends a span at ``end``, with the word after it in the text."""
    after = WORD_AFTER.match(text, end)
    return f"{word} {after[1]}" if after else word


def after_ba(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the noun of «با حضور», «با ریاست» the recognizer took in with it:
    «با حضور محمدجواد رحیمی‌فر» is «محمدجواد رحیمی‌فر», and so is «با حضور آندریاس
    هولمبرگ» though «آندریاس» is no listed given name."""
    first, _, rest = text[start:end].partition(" ")
    governed = text.endswith("با ", 0, start) and first in common_words()
    if governed and (first in GOVERNING_NOUNS or rest.split(" ", 1)[0] in given_names()):
        return start + len(first) + 1, end
    return start, end


# «را» right after a name: what comes before it is the object, no one named there.
_OBJECT_MARK = re.compile(r" را(?![^\s،؛:.!؟()«»])")
# A light verb in the past or present, which makes a compound verb of the noun before it:
# «خم شد», «ایمان داشته‌ام», «زنگ می‌زند».
_LIGHT_VERB = re.compile(
    rf" (?:(?:ن?می{ZWNJ}|ن|ب)?(?:کرد|شد|داشت|زد|داد|گرفت|نمود)"
    rf"(?:م|ی|یم|ید|ند|ه(?:{ZWNJ}(?:ام|ای|ایم|اید|اند)| است| بود)?)?"
    rf"|(?:ن?می{ZWNJ}|ن|ب)?(?:کن|شو|دار|زن|ده|گیر)(?:م|د|یم|ید|ند))(?![^\s،؛:.!؟()«»])"
)


def without_run_on(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names without a word the recognizer ran on to where the article writes the name
    without it elsewhere, since news writes one name one way: a given name, which seldom
    ends one («نام شهید رئیس‌علی دلواری ایمان، اخلاص …» is «رئیس‌علی دلواری», «ایمان» is
    faith too), or an ordinary word after a surname the article names someone by
    («حاج‌رسولیها خطاب» where «عباس حاج‌رسولیها» is named); an ordinal, which opens
    the clause's object, never ends a name («قربانی‌پور نخستین بازی خود را …»); nor does
    the noun of a compound verb after a given name the article names someone by alone
    or with another surname («به هادی ایمان داشته‌ام» where «هادی ساعی» is named). Nor
    does a word of an office (:func:`_of_an_office`) after a name the article writes
    without it and never calls anyone by alone («سجاد جوذری سرپرستی این تیم …» where
    «سجاد جوذری» is named), nor a kin noun before the name whose kin it is («شیخ محمود
    فرزند شیخ محمد …»)."""
    names = {key(text[s:e]) for s, e in spans}
    words = [text[s:e].split(" ") for s, e in spans]
    firsts = [key(w[0]) for w in {tuple(w) for w in words} if len(w) > 1]
    # Names written before anything but a light verb or «را» too, which name someone there.
    named = {
        key(text[s:e])
        for s, e in spans
        if not _LIGHT_VERB.match(text, e) and not _OBJECT_MARK.match(text, e)
    }
    lasts = {key(w[-1]) for w in words if len(w) > 1}
    # A fuller name ending in the two words makes them a surname: «اکبری مطلق» of «محمد
    # حسن اکبری مطلق», whatever else ends in «اکبری».
    surnames_of_two = {key("".join(w[-2:])) for w in words if len(w) > 2}
    common = common_words()
    kept = set()
    for start, end in spans:
        head, _, last = text[start:end].rpartition(" ")
        given = last in given_names() and " " in head and key(head) in names
        run_on = key(head) in lasts and key(head + last) not in surnames_of_two
        ordinal = bool(head) and last in ORDINALS
        verbal = key(text[start:end]) not in named and _noun_of_a_verb(head, last, names, firsts)
        # before «را», the object the given name's owner acts on: «رضا چای را سر کشید»
        verbal = verbal and (_LIGHT_VERB.match(text, end) or last not in surnames())
        office = key(head) in names and key(last) not in names and _of_an_office(last)
        kin = bool(head) and last in KIN and _name_at(text, end)
        cut = given or ordinal or verbal or office or kin
        if cut or (run_on and _ordinary_after(head, last, common)):
            end = start + len(head)
        kept.add((start, end))
    return kept


def _of_an_office(word: str) -> bool:
    """Whether ``word`` names an office or a role's work: a head of a title made a noun
    with «ی» («سرپرستی») or joined to its object with a half-space («طراح‌صحنه»); not a
    listed surname made so («مدیری», «وزیری», «رئیسی»)."""
    first = word.split(ZWNJ, 1)[0]
    if word in surnames():
        return False
    return (first != word and first in HEAD_SET) or (word.endswith("ی") and word[:-1] in HEAD_SET)


def _name_at(text: str, end: int) -> bool:
    """Whether a name opens right after ``end``: a given name or an honorific."""
    after = WORD_AFTER.match(text, end)
    return after is not None and (
        after[1] in given_names() or _HONORIFIC_AT.match(text, after.start(1)) is not None
    )


def _noun_of_a_verb(head: str, last: str, names: set[str], firsts: list[str]) -> bool:
    """Whether ``last``, before a light verb, is the noun of a compound verb after the
    given name ``head``: an ordinary word or given name («ایمان»), never found alone,
    where the article names someone by ``head`` alone or in another name. A surname
    that is a word too before a light verb is a predicate's name («قهرمان مسابقه علی
    جوان شد»), whose given name names no one else; and one made of a word or name with
    «ی» on it is a surname by its form («گل دوم نصیب رضا نوروزی شد»): a compound verb's
    noun is a bare word."""
    if head not in given_names() or key(last) in names:
        return False
    common = common_words()
    if not (last in common or last in given_names()) or _of_a_word(last, common):
        return False
    return key(head) in names or firsts.count(key(head)) > 1


def _of_a_word(word: str, common: frozenset[str]) -> bool:
    """Whether ``word`` is a word or given name with «ی» on it, as surnames are made
    («نوروزی», «حیدری»)."""
    stem = word.removesuffix("ی")
    return stem != word and (stem in common or stem in given_names())


def _ordinary_after(head: str, last: str, common: frozenset[str]) -> bool:
    """Whether ``last`` is an ordinary word, also with an ending («همکاری»), after a
    one-word ``head`` that is no given name; a place's adjective is part of a name
    («سعدی شیرازی»)."""
    return (
        bool(head)
        and " " not in head
        and head not in given_names()
        and last not in given_names()
        and ordinary(last, common)
        and last.removesuffix("ی") not in places()
    )


# The first words of heads of two words («نخست» of «نخست وزیر»): a span opening with one
# opens with a title, not a surname.
_HEAD_STARTS = frozenset(h.split(" ", 1)[0] for h in HEADS if " " in h)
# Offices written in two words: the heads of two words, and the presidency.
_SPLIT_HEADS = frozenset(h for h in HEADS if " " in h) | frozenset(
    f"{head} جمهوری" for head in ("رئیس", "رییس", "ریاست")
)
# What may stand next to a name written as whole words: a space, or these marks.
_OPEN_BEFORE = frozenset("«(،")
_CLOSE_AFTER = frozenset("،؛:.!؟()«»")


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words: a space, a mark or the text's edge on
    either side."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (before.isspace() or before in _OPEN_BEFORE) and (
        after.isspace() or after in _CLOSE_AFTER
    )


def whole_words(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Each place ``name`` stands in ``text`` as whole words, left to right, none
    overlapping. A plain search, not a pattern: a pattern would be compiled for every
    name of every article."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if stands_alone(text, at, end):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


# Vowel signs and tanween, which news writes on the Arabic it quotes (a verse, a prayer)
# and only rarely on a foreign name, to spell it out («جیمز کلَپِر»).
_VOWEL_SIGNS = re.compile("[\u064b-\u0650\u0652]")
_TANWEEN_FATH = "\u064b"


def in_marked_arabic(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are of vowel-marked Arabic, not a name: marked
    themselves, and a word right before or after them marked too («لُعِنَ الَّذِینَ
    کَفَرُواْ مِنْ …»), or an adverb in tanween («وثانیاً»)."""
    words = text[start:end].split()
    if not words or not _VOWEL_SIGNS.search(text, start, end):
        return False
    if words[-1].endswith(_TANWEEN_FATH):
        return True
    before = text[max(0, start - 40) : start].split()[-1:]
    after = text[end : end + 40].split()[:1]
    return any(_VOWEL_SIGNS.search(w) for w in before + after)
