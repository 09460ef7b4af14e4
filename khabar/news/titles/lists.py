"""Lists inside a title, joined by commas and a last «و»: the portfolios of one ministry
(«وزیر صنعت، معدن و تجارت»), the areas of a post after «در امور» or of a deputy before his
office («معاون سیاسی، امنیتی و اجتماعی استانداری»), the fields of a provincial office
before its province («رئیس هیات جودو، جوجیتسو و کوراش خراسان رضوی»), and the towns a
member of parliament sits for («نماینده مردم اردبیل، نیر، نمین و سرعین»)."""

import re

from khabar.news.places import places
from khabar.news.titles.lexicon import (
    BODY_NOUNS,
    CLAUSE_WORDS,
    HEAD_SET,
    JOINED_PROVINCES,
    LIGHT_VERBS,
    PORTFOLIOS,
    PROVINCES,
    STOPS,
)
from khabar.text.chars import ZWNJ

# Portfolios listed with commas: «وزیر صنعت، معدن و تجارت», «وزیر بهداشت، درمان و …».
_P = "|".join(sorted(PORTFOLIOS, key=len, reverse=True))
_PORTFOLIO_LIST = re.compile(rf"(?:، (?:{_P}))+ و (?:{_P})(?![^\s،؛:.!؟()«»])")
# Areas after «در امور» listed with commas: «… در امور بانکی، بیمه و شرکت‌های دولتی،».
_ITEM = r"[^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+)?"
_AREA_LIST = re.compile(rf"(?:، {_ITEM})+ و {_ITEM}(?=[،.؛]|$)")
# Towns after a member's first, ending where the clause or «در مجلس» goes on: at a
# preposition opening an adverbial («… و اسلامشهر با طرح سوالاتی از وزیر خواست»).
_TOWN_LIST = re.compile(
    rf"(?:، {_ITEM})+ و [^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+)??"
    r"(?=[،.؛:]| (?:در|با|ضمن|طی) | گفت|$)"
)
_MEMBERS = frozenset({"نماینده"})
# The affairs a deputy handles, listed with commas before the office he is deputy of:
# «معاون سیاسی، امنیتی استانداری همدان», «معاون سیاسی، امنیتی و اجتماعی استاندار».
_AFFAIRS = "سیاسی|امنیتی|اجتماعی|اقتصادی|فرهنگی|عمرانی|انتظامی|آموزشی|پژوهشی|اداری|مالی"
_OFFICES = frozenset("استانداری استاندار فرمانداری وزارت وزیر سازمان دانشگاه شهرداری اداره".split())
_AFFAIRS_LIST = re.compile(
    rf"(?:، (?:{_AFFAIRS}))+(?: و (?:{_AFFAIRS}))?(?= (?:{'|'.join(sorted(_OFFICES))})"
    r"(?![^\s،؛:.!؟()«»]))"
)
# Areas of a post listed with commas and a last «و», relational adjectives or portfolios
# ending with a body that the title goes on with: «معاون فرهنگی، اجتماعی و گردشگری
# سازمان …», «عضو کمیسیون فرهنگی، اجتماعی و زیست شهری شورای شهر», «مسئول رویکرد تبلیغی،
# فرهنگی و هنری ستاد …». The word before the comma is an area too.
_COUNCILS = frozenset("شورای هیئت هیأت هیات کمیته".split())
# An area is no plural («مسئولان فرهنگی»), nor a noun in ezafe («اعضای شورای …»).
_AREA = (
    r"(?:[^\s،؛:.!؟()«»]+(?<!ان)(?<!ها)(?<!ات) )?"
    rf"(?:[^\s،؛:.!؟()«»]+(?<!ا)ی|[^\s،؛:.!؟()«»]+{ZWNJ}ای|{_P})"
)
_AREAS_LIST = re.compile(
    rf"(?<=ی)(?:، {_AREA})+ و {_AREA}(?= (?:{'|'.join(sorted(BODY_NOUNS | _OFFICES | _COUNCILS))})"
    r"(?![^\s،؛:.!؟()«»]))"
)
_LIST_ITEM = re.compile(r"(?:(?<=، )|(?<= و ))[^،]+?(?=، | و |$)")
# Fields listed with commas, the last after «و» of one word or two: «، جوجیتسو و کوراش»,
# «، صنایع‌دستی و گردشگری».
_FIELDS_LIST = re.compile(rf"(?:، {_ITEM})+ و [^\s،؛:.!؟()«»]+")
_NEXT_WORD = re.compile(r" ([^\s،؛:.!؟()«»]+)")
_PROVINCE = "استان"
_PROVINCE_OPENINGS = frozenset(name.split()[0] for name in JOINED_PROVINCES)


def listed_end(text: str, head: re.Match[str], pos: int, stop_at: frozenset[int]) -> int | None:
    """Where a list that goes on with the title of ``head`` from ``pos`` ends, if one
    does; ``stop_at`` holds where names start."""
    return (
        _listed_end(text, head.start(), pos)
        or _areas_end(text, head.end(), pos, stop_at)
        or _fields_end(text, head.end(), pos, stop_at)
        or _constituencies_end(text, head, pos, stop_at)
    )


def ends_title(word: str) -> bool:
    """Whether ``word`` opens the rest of the clause, after a title or its «و»."""
    return word in STOPS or word in CLAUSE_WORDS


def _opens_with_head(item: str) -> bool:
    """Whether a listed item opens with a head of office («وزیر نفت», «نایب رئیس مجلس»)."""
    words = item.split()
    return bool(words) and (words[0] in HEAD_SET or " ".join(words[:2]) in HEAD_SET)


def _listed_end(text: str, start: int, pos: int) -> int | None:
    """Where a list joined by commas and a last «و» that goes on with a title from ``pos``
    ends: portfolios of a ministry («وزیر صنعت، معدن و تجارت»), or the areas of a post
    after «در امور» («معاون وزیر … در امور بانکی، بیمه و شرکت‌های دولتی»), which close
    the apposition and hold no verb or other word that ends a title."""
    listed = _PORTFOLIO_LIST.match(text, pos) or _AFFAIRS_LIST.match(text, pos)
    if listed:
        return listed.end()
    if " در امور " not in text[start:pos]:
        return None
    listed = _AREA_LIST.match(text, pos)
    if listed is None:
        return None
    return None if _holds_clause(listed.group()) else listed.end()


def _areas_end(text: str, head_end: int, pos: int, stop_at: frozenset[int]) -> int | None:
    """Where the areas of a post listed from ``pos`` end, before the body the title goes
    on with («معاون فرهنگی، اجتماعی و گردشگری سازمان …»); not a list of names or offices
    («مدیرکل فرهنگی، علی کریمی و …»), nor one the clause runs on in. A body named with
    «و» between the head and the list («مدیرکل فرهنگ و ارشاد اسلامی، بهزیستی و تعاون
    استان») is one of several offices listed, each with its own holder."""
    if "و" in text[head_end:pos].split():
        return None
    listed = _AREAS_LIST.match(text, pos)
    if listed is None or _holds_clause(listed.group()) or HEAD_SET & set(listed.group().split()):
        return None
    items = _LIST_ITEM.finditer(listed.group())
    return None if any(listed.start() + i.start() in stop_at for i in items) else listed.end()


def _fields_end(text: str, head_end: int, pos: int, stop_at: frozenset[int]) -> int | None:
    """Where the fields of a provincial office listed from ``pos`` end, before the
    province it serves: «رئیس هیات جودو، جوجیتسو و کوراش خراسان رضوی», «مدیرکل میراث
    فرهنگی، صنایع‌دستی و گردشگری استان گلستان». Only the place after the list tells it
    from a list of the clause («رئیس هیات جودو، مربیان و داوران استان»)."""
    if pos == head_end:
        return None
    listed = _FIELDS_LIST.match(text, pos)
    if listed is None:
        return None
    end = listed.end()
    for _ in range(2):  # the last field of one word or of two
        after = _NEXT_WORD.match(text, end)
        if after is None:
            return None
        if _is_place(after.group(1)) or _names_province(text, after):
            break
        end = after.end()
    else:
        return None
    fields = text[listed.start() : end]
    items = [listed.start() + i.start() for i in _LIST_ITEM.finditer(fields)]
    if _holds_clause(fields) or HEAD_SET & set(fields.split()) or stop_at.intersection(items):
        return None
    return end


def _names_province(text: str, word: re.Match[str]) -> bool:
    """Whether ``word`` is «استان» before a province's name, not the bare noun of
    «داوران استان»."""
    after = _NEXT_WORD.match(text, word.end())
    return word.group(1) == _PROVINCE and after is not None and _is_place(after.group(1))


def _is_place(word: str) -> bool:
    """Whether ``word`` names a province or a listed place, or opens one of two words
    («کهگیلویه و بویراحمد»)."""
    return word in PROVINCES or word in places() or word in _PROVINCE_OPENINGS


def _constituencies_end(
    text: str, head: re.Match[str], pos: int, stop_at: frozenset[int]
) -> int | None:
    """Where the towns a member of parliament sits for end, listed with commas after the
    first («نماینده مردم اردبیل، نیر، نمین و سرعین در مجلس …»); a list holding a word
    that ends a title is the clause's, and one holding a name of two words lists
    people («…، مهدی قره‌باغی‌پور و بهروز سلامی‌فر»)."""
    first = text[head.end() : pos].split()
    if head.group() not in _MEMBERS or not 0 < len(first) - (first[:1] == ["مردم"]) <= 2:
        return None
    listed = _TOWN_LIST.match(text, pos)
    if listed is None or _names_listed(listed, stop_at):
        return None
    ended = _holds_clause(" ".join([listed.group(), *first]))
    headed = any(_opens_with_head(item.group()) for item in _LIST_ITEM.finditer(listed.group()))
    return None if ended or headed else listed.end()


def _holds_clause(listed: str) -> bool:
    """Whether a list holds a word of the clause around it: one that ends a title, a light
    verb or a verb of the present («می‌…»), so it is no list inside the title."""
    words = [w for w in listed.replace("،", " ").split() if w != "و"]
    return any(ends_title(w) or w in LIGHT_VERBS or w.startswith(("می‌", "نمی‌")) for w in words)


def _names_listed(listed: re.Match[str], stop_at: frozenset[int]) -> bool:
    """Whether an item of ``listed`` is a name of two words or more starting at one of
    ``stop_at``."""
    for item in _LIST_ITEM.finditer(listed.group()):
        if listed.start() + item.start() in stop_at and " " in item.group():
            return True
    return False


def offices_of(title: str) -> list[str]:
    """The offices one person holds that a title joins by «و» before a head: «معاون
    استاندار تهران و فرماندار ویژه شهرستان ری» is two; two heads before one body share
    it: «عضو و رئیس کمیسیون عمران» is «عضو کمیسیون عمران» and «رئیس کمیسیون عمران».
    The annotators write each office apart, never joined."""
    words = title.split(" ")
    for i in range(1, len(words) - 1):
        if words[i] != "و" or not _head_at(words, i + 1):
            continue
        before, after = words[:i], words[i + 1 :]
        if " ".join(before) in HEAD_SET:  # «عضو و رئیس کمیسیون …»
            size = 2 if " ".join(after[:2]) in HEAD_SET else 1
            body = after[size:]
            if not body:
                return [title]
            return [" ".join(before + body), *offices_of(" ".join(after))]
        return [" ".join(before), *offices_of(" ".join(after))]
    return [title]


def _head_at(words: list[str], i: int) -> bool:
    """Whether a head of office, of one word or two, opens ``words`` at ``i``."""
    return words[i] in HEAD_SET or " ".join(words[i : i + 2]) in HEAD_SET
