"""Names the recognizer missed inside a list of names it found: «فخرالدین علی‌نژاد، اسعد
قدیمی، شهرام شمسی» names three people, though «قدیمی» is also the word for «old»; and
the people a plural of people lists as examples: «بازیکنانی همچون ناظری، سخاوی و عیدی»;
the names of a byline: «گزارش از فاطمه رائیجی», «نویسندگان: … ، …»; the names in
quote marks that people go by: «سه تن از اعضای گروه به نام‌های "…"، "…" و "…"»; and the
items of a list of names that given names open, one of them found already: rosters and
juries."""

import re
from collections.abc import Iterator

from khabar.news.people.besides import unknown_word
from khabar.news.people.edges import past_honorifics
from khabar.news.people.lexicon import (
    MAX_NAME_WORDS,
    OPENING_NOUNS,
    PRONOUNS,
    SHARED_GIVEN_NAMES,
    WORKS_AND_SITES,
    common_words,
    given_names,
    listed_words,
    on_the_web,
    verb_words,
)
from khabar.news.people.overlaps import Overlaps
from khabar.news.people.shape import (
    INSTITUTION_WORDS,
    NAME_WORD,
    VERB_PREFIXES,
    looks_like_name,
    ordinary,
    plural_noun,
)
from khabar.news.places import places
from khabar.news.titles import (
    HONORIFIC_WORDS,
    HONORIFICS,
    HONOURED_AFTER,
    LIGHT_VERBS,
    NAMED_AFTER,
    STOPS,
    head_at,
)
from khabar.news.titles.lexicon import BODY_NOUNS, CLAUSE_WORDS
from khabar.text.chars import ZWNJ

# A list item of two words between two names: after «، », before «، » or « و ».
_ITEM = re.compile(r"، (\S+) (\S+)(?:، | و )")


def between_names(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The items of two words, a given name and one more, listed between two names: a list
    of people goes on with people, and the given name makes the item a name, where one
    item alone (no given name, or a name on one side only) may be anything listed."""
    starts = {start for start, _ in spans}
    found = set()
    for _, end in spans:
        m = _ITEM.match(text, end)
        if m is None or m.end() not in starts:
            continue
        first, last = m.group(1), m.group(2)
        if first not in given_names() or not NAME_WORD.match(last):
            continue
        if last in STOPS or last in HONORIFICS or head_at(text, m.start(2)) is not None:
            continue
        found.add((m.start(1), m.end(2)))
    return found


# People named as examples: «کسانی چون …», «بازیکنانی همچون …», «امثال …».
_SUCH_AS = re.compile(
    r"(?<![^\s«(،])(?:(?:کسانی|افرادی|اشخاصی|شخصیت‌هایی|چهره‌هایی|بزرگانی|بازیکنانی|مربیانی"
    r"|هنرمندانی|نویسندگانی) (?:چون|همچون|مانند|نظیر)|امثال) "
)
# «امثال» (the likes of) lists people only after a plural of people («خیرینی امثال …»);
# alone it gives the likes of anything («نباید امثال داعش را دست کم گرفت»).
_PLURAL_BEFORE = re.compile(r"(?:ان|ین|ها)ی? $")
_LATE = ("شهید ", "مرحوم ")
# An item of such a list, up to the comma or «و» that lists the next.
_EXAMPLE = re.compile(r"[^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+){0,3}")


def such_as(text: str, body: int) -> set[tuple[int, int]]:
    """The names a plural of people gives as examples, each item of the list: the
    plural vouches for them, ordinary words as they may be («چوگان»), but the words a
    clause goes on with after an item end it («آغاجری چیز جدیدی نیست»)."""
    found = set()
    for cue in _SUCH_AS.finditer(text, body):
        if cue.group().startswith("امثال") and not _PLURAL_BEFORE.search(text, 0, cue.start()):
            continue
        found |= _listed_from(text, cue.end())
    return found


# Who led: «(به رهبری جرج حبش)», «هیئتی به سرپرستی …».
_LED = frozenset({"رهبری", "سرپرستی"})
# A supervisor, whose name opens with a given name: «به راهنمایی» guides anyone too
# («اقدام به راهنمایی زائرین اربعین»).
_SUPERVISED = "راهنمایی"
# Credits of a work: «به کارگردانی …», «به قلم …», «با بازی …», a thesis's supervisor
# («به راهنمایی …»); and who led.
_CREDITED = re.compile(
    r"(?<![^\s«(،])(?:به (?:کارگردانی|قلم|تهیه‌کنندگی|آهنگسازی|نویسندگی|راهنمایی"
    rf"|{'|'.join(sorted(_LED))})|با (?:بازی|صدای)) "
)


def credited(text: str, body: int) -> set[tuple[int, int]]:
    """The people a work's credits name, each item of the list: «فیلم «باران» به
    کارگردانی مجید مجیدی», «کتابی به قلم حسن شکیب‌زاده»; each item's first word is a
    given name or one no lexicon lists, as «به کارگردانی مشترک …» has none. Who led is
    named in full («به رهبری جرج حبش»): one word there names a group or a country as
    often («به رهبری الشباب», «به سرپرستی فائو»), where a work's credits give a surname
    («به کارگردانی کیمیایی»)."""
    found = set()
    common = common_words()
    for cue in _CREDITED.finditer(text, body):
        led = cue.group().split()[1] in _LED
        supervised = cue.group().split()[1] == _SUPERVISED
        for start, end in sorted(_listed_from(text, cue.end(), quoted_items=False)):
            if led and " " not in text[start:end]:
                break
            first = text[start:end].split()[0]
            if supervised and first not in given_names():
                break
            if first not in given_names() and not unknown_word(first, common):
                break  # «به قلم یعقوب جعفری، مراحل نگارش …»: the clause goes on
            if _people_of_a_kind(first, common):
                break  # «با بازی بازیگرانی چون …», «به رهبری دانشجویان»: no one named
            if head_at(text, start) is not None:
                break  # «به سرپرستی علی رودسا، معین وزارت نیرو …»: the title in apposition
            found.add((start, end))
    return found


def _people_of_a_kind(word: str, common: frozenset[str]) -> bool:
    """Whether ``word`` is a plural of people, bare or with the «ی» of «… چون»: credits
    may give a kind of people for their names («با بازی بازیگران جوان», «به رهبری
    دانشجویان»), in plurals no lexicon lists: of an agent noun in «گر» («بازیگر» of
    «بازی») or of a noun ending in a vowel («دانشجویان»); a surname in «ـیان» after a
    consonant («کریمیان») is none."""
    plural = word[:-1] if word.endswith("انی") else word
    if not plural.endswith("ان") or plural in given_names():
        return False
    stem = plural[:-2]
    return (
        plural_noun(plural, common)
        or (stem.endswith("گر") and stem[:-2] in common)
        or (stem.endswith(("وی", "ای")) and stem[:-1] in common)
    )


def _listed_from(text: str, at: int, quoted_items: bool = True) -> set[tuple[int, int]]:
    """The names listed from ``at`` on, each up to the comma or «و» before the next,
    past honorifics and the words for the martyr or the late; the list ends at an item
    that reads as no name, or in quote marks unless ``quoted_items``: a work's credits go
    on with the next work («… به کارگردانی محسن پورقاسمی، «تعزیه …» به کارگردانی …»)."""
    found = set()
    at = _name_start(text, at)
    # Each item may be set off in «» («کسانی چون «روبیک منصوری»، «ناصحی» و …»).
    while item := _EXAMPLE.match(text, at + (quoted_items and text.startswith("«", at))):
        words = _name_words(item.group().split())
        phrase = " ".join(words)
        end = item.start() + len(phrase)
        quoted = item.start() > at
        if quoted and not text.startswith("»", end):
            break  # more than the name inside the marks
        if not words or not looks_like_name(phrase, titled=True) or _a_plural(words):
            break
        end += quoted
        found.add((item.start(), item.start() + len(phrase)))
        if (after := _next_item(text, end)) is None:
            break
        at = _name_start(text, after)
    return found


def _next_item(text: str, end: int) -> int | None:
    """Where the next item of a list starts after the one ending at ``end``: past «، »
    or « و », or ``None`` where the list ends."""
    joint = next((j for j in ("، ", " و ") if text.startswith(j, end)), None)
    return None if joint is None else end + len(joint)


def _name_start(text: str, at: int) -> int:
    """Where the name at ``at`` starts past honorifics and the words for the martyr or
    the late («شهید سلیمانی», «مرحوم دهنوی»)."""
    at = past_honorifics(text, at)
    while late := next((w for w in _LATE if text.startswith(w, at)), None):
        at = past_honorifics(text, at + len(late))
    return at


def _name_words(words: list[str]) -> list[str]:
    """The words of a listed item that make the name: up to a word that ends a phrase or
    a verb, then without the ordinary words the clause goes on with, but for a surname
    after a given name («مرتضی مبلغ»)."""
    taken: list[str] = []
    for word in words:
        if word in STOPS or word in CLAUSE_WORDS or _a_verb(word):
            break
        taken.append(word)
    common = common_words()
    while len(taken) > 1 and (ordinary(taken[-1], common) or taken[-1] in verb_words()):
        if len(taken) == 2 and taken[0] in given_names():
            break
        taken.pop()
    return [] if taken and taken[0] in PRONOUNS else taken


def _a_plural(words: list[str]) -> bool:
    """Whether a listed item is a plural written with a half-space, which gives a kind of
    people, not one person: «افرادی مانند سلبریتی‌ها»."""
    return any(w.endswith((f"{ZWNJ}ها", f"{ZWNJ}های")) for w in words)


def _a_verb(word: str) -> bool:
    """Whether ``word`` is a verb, which ends a listed name: «راماچاندران انداخت»."""
    return word in LIGHT_VERBS or word in verb_words() or word.startswith(VERB_PREFIXES)


# A byline: the line «گزارش از NAME», or the names on the line after «نویسندگان:».
_BYLINE = re.compile(
    r"^(?:(?:گزارش|گزارشی|گفت‌وگو|گفتگو|یادداشت|ترجمه) از (?P<one>[^\n،,:]+)"
    r"|(?:نویسنده|نویسندگان|مترجم|مترجمان|عکاس) ?:\s*(?P<list>[^\n]+))$",
    re.MULTILINE,
)
# What parts the names of a byline, and the role after a name («حسن خسروی: دانشیار …»).
_BYLINE_PART = re.compile(r"[^,،:\n]+")


def bylines(text: str, body: int) -> set[tuple[int, int]]:
    """The names a byline gives: a list under «نویسندگان:» vouches for its names whatever
    their words («دل‌آرا نعمتی پیر علی,مهری طاهر»), «گزارش از …» only for one that is a
    name by its words («گزارش از فاطمه رائیجی»); after a colon on a name comes its
    bearer's role, not another name."""
    found = set()
    for m in _BYLINE.finditer(text, body):
        group = "one" if m["one"] else "list"
        for part in _BYLINE_PART.finditer(text, m.start(group), m.end(group)):
            if text[part.start() - 1 : part.start()] == ":":
                continue
            name = part.group().strip()
            start = part.start() + part.group().index(name)
            if not name or not looks_like_name(name, titled=True):
                continue
            if group == "list" or _named_by(name.split()):
                found.add((start, start + len(name)))
    return found


def _named_by(words: list[str]) -> bool:
    """Whether the item of «گزارش از …» is a name by its words: a given name first or a
    word no lexicon lists, and no place; «گزارش از بازار مسکن تهران», «ترجمه از
    انگلیسی» tell what is reported or translated from. The names after «نویسندگان:»
    need no such proof, the heading being only ever followed by names."""
    if any(w in places() for w in words):
        return False
    common = common_words()
    return words[0] in given_names() or any(unknown_word(w, common) for w in words)


# «به نام» or «به نام‌های» before a name in quote marks, and one such quoted item.
_NAMED_AS = re.compile(r"(?<![^\s«(،])به نام(?:‌های)? (?=[«\"])")
_QUOTED = re.compile(r"[«\"]([^«»\"\n]{2,40})[»\"]")
# Where the clause before «به نام» begins: «… را دستگیر کرد و گروهی به نام …».
_CLAUSE_BREAK = re.compile(r"[.!؟\n،]| و ")
# The nouns of people the clause gives before «به نام»: «دو تن از …», «فردی», «این مقام».
_PEOPLE_BEFORE = frozenset(
    "تن نفر فرد فردی افراد افرادی شخص شخصی مرد مردی زن زنی جوان جوانی مقام مقامی عضو "
    "اعضای اسیر اسیری".split()
)


def named_as(text: str, body: int) -> set[tuple[int, int]]:
    """The names in quote marks that people the clause speaks of go by: «سه تن از اعضای
    گروه … به نام‌های "…"، "…" و "…"», «این مقام را به نام «…» شناسایی کردند»; not a
    group's or a thing's («گروهی به نام "…"», «عضو گروهی به نام «…»»): one name is
    that of the noun right before it, several names those of the people the clause
    speaks of."""
    found = set()
    for cue in _NAMED_AS.finditer(text, body):
        clause = _CLAUSE_BREAK.split(text[max(body, cue.start() - 120) : cue.start()])[-1]
        words = [w for w in clause.split() if w != "را"]
        # one name is the nearest noun's: «عضو گروهی به نام «…»» names the group
        plural = "های" in cue.group()
        if not (_PEOPLE_BEFORE & set(words) if plural else words and words[-1] in _PEOPLE_BEFORE):
            continue
        at = cue.end()
        while item := _QUOTED.match(text, at):
            name = item.group(1).strip()
            if not looks_like_name(name, titled=True):
                break
            start = item.start(1) + item.group(1).index(name)
            found.add((start, start + len(name)))
            if (after := _next_item(text, item.end())) is None:
                break
            at = after
    return found


# A sentence's stretch a list of names may fill: up to a full stop, colon, line or bracket.
_STRETCH = re.compile(r"[^.!؟؛:\n()]+")
_PART = re.compile(r"[^،.!؟؛:\n()]+")
_LISTED_ITEM_WORDS = 3
_LEAST_LISTED = 3


def listed_names(text: str, body: int, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The items of a list of three names or more, each a given name and one or two words
    more («… مهدی طحانیان، محمدرضا علی‌قلی‌ئی، امین طحانیان و حمید فتحی»), or a name
    found already: rosters, juries and the people a ceremony honoured, whom the recognizer
    misses where it never saw them. A given name opens the first and the last item and
    the list holds a name found already, so a list of things («کمال احترام، امید فراوان
    و ایمان قوی») is none; an item between them needs only to read as a name («امین
    طحانیان», whose given name no lexicon lists)."""
    known = {text[s:e] for s, e in spans}
    names = Overlaps(spans)
    found = set()
    for stretch in _STRETCH.finditer(text, body):
        run: list[tuple[int, int, bool]] = []
        for item in [*_items(text, stretch.start(), stretch.end(), known), None]:
            if item is not None and (not run or _next_item(text, run[-1][1]) == item[0]):
                run.append(item)
                continue
            while run and not run[-1][2]:
                run.pop()
            while run and not run[0][2]:
                run.pop(0)
            if len(run) >= _LEAST_LISTED and any(names.any(s, e) for s, e, _ in run):
                found.update((s, e) for s, e, _ in run)
            run = [item] if item is not None else []
    return found


def _items(text: str, start: int, end: int, known: set[str]) -> Iterator[tuple[int, int, bool]]:
    """The items of a stretch separated by «، » or « و » that read as names, each with
    whether a given name or an earlier finding vouches for it, an ordinary word opening
    no other: each part ends as the next begins; the first keeps its last words from a
    given name on, the last its words before the clause goes on."""
    parts = list(_PART.finditer(text, start, end))
    for k, part in enumerate(parts):
        pieces = part.group().split(" و ")
        at = part.start()
        for j, piece in enumerate(pieces):
            words = piece.split()
            lead = len(piece) - len(piece.lstrip())
            if k == 0 and j == 0:
                words = _from_given(words)
                lead = len(piece.rstrip()) - len(" ".join(words))
            elif k == len(parts) - 1 and j == len(pieces) - 1:
                words = _before_clause(words[: _LISTED_ITEM_WORDS + 2])
            phrase = " ".join(words)
            s = at + lead
            at += len(piece) + len(" و ")
            if not phrase or not text.startswith(phrase, s) or not _shaped(phrase):
                continue
            if words[-1] in places() and phrase not in known:
                continue  # a team of a country: «مسابقات امید ایران، …»
            vouched = phrase in known or _given_first(words)
            if vouched or words[0] not in common_words():  # «کتاب قدیمی» is no name
                yield s, s + len(phrase), vouched


def _before_clause(words: list[str]) -> list[str]:
    """The words of the last listed item before the clause goes on («… و حمید فتحی
    بودند»), without the noun or adjective of a verb after a name of two words («… و
    مهدی پارسا تقدیر شد», «… و رضا کیانیان متصور بود»); where the list ends the
    sentence, a surname that is also a word stays («علی حسین زاده»)."""
    end = next(
        (i for i, w in enumerate(words) if w in STOPS or w in CLAUSE_WORDS or _a_verb(w)), None
    )
    if end is None:
        return words
    if end > 2 and _a_verb(words[end]):
        end -= 1
    return _name_words(words[:end])


# What joins the items of a list: a comma or «و».
_JOINT = re.compile(r"، | و ")
_WORD = re.compile(r"\S+")


def coordinated(text: str, body: int, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The names listed with a name found already, each of one to three words that are
    given names or words the web counts do not hold: «با وزیر خارجه، ژان‌لوک مورتیه و
    کاترین لوبوف دیدار کرد» once «ژان‌لوک مورتیه» is found gives «لوبوف»'s bearer too; a
    list goes on with its kind, and a surname the recognizer never saw is rare on the
    web, where ordinary words and common surnames are not. A run of two vouches by a
    name of two words or more; the last item keeps its first such words («… و کاترین
    لوبوف دیدار کرد»); an item of other words ends the run, and a list with a place for
    an item is one of places («بهبهان، شوش و هندیجان»), whatever was taken for a name."""
    found = set()
    common = common_words()
    names = Overlaps(spans)
    for stretch in _STRETCH.finditer(text, body):
        if not names.any(stretch.start(), stretch.end()):
            continue  # no name found to vouch for a list
        if any(part.strip() in places() for part in _JOINT.split(stretch.group())):
            continue  # a list of places, one of them taken for someone
        items = _coordinated_items(text, stretch.start(), stretch.end(), names, common)
        run: list[tuple[int, int, bool]] = []
        for item in [*items, None]:
            if item is not None:
                run.append(item)
                continue
            if any(vouched and (len(run) > 2 or " " in text[s:e]) for s, e, vouched in run):
                found.update((s, e) for s, e, vouched in run if not vouched)
            run = []
    return found


def _coordinated_items(
    text: str, start: int, end: int, names: Overlaps, common: frozenset[str]
) -> Iterator[tuple[int, int, bool] | None]:
    """The items of a stretch between commas and «و»: a name found already (``True``),
    words that read as a name (``False``), or ``None`` for an item that reads as none.
    A found name is an item where it ends the first piece and opens the last: one inside
    a clause lists nothing («مهدی طارمی پیش از … در پورتو، ریوآوه و الغرافه بازی
    می‌کرد»). A given name alone opening the last piece is an ordinary word going on with
    the words after it («و کمال همکاری …», «و سامان دهی بازار»)."""
    cuts = [start, *(x for m in _JOINT.finditer(text, start, end) for x in m.span()), end]
    pieces = list(zip(cuts[::2], cuts[1::2], strict=True))
    last = len(pieces) - 1
    for k, (s, e) in enumerate(pieces):
        known = names.first(s, e)
        if known is not None:
            inside = (k < last and known[1] < e) or (k > 0 and known[0] > s)
            yield None if inside else (*known, True)
            continue
        words = [(m.start(), m.end()) for m in _WORD.finditer(text[s:e])]
        cut = False
        if k == last and k > 0:
            kept = _leading_name_words(text, s, words, common)
            words, cut = words[:kept], kept < len(words)
        elif _leading_name_words(text, s, words, common) < len(words):
            words = []
        if not words or len(words) > _LISTED_ITEM_WORDS:
            yield None
            continue
        phrase = text[s + words[0][0] : s + words[-1][1]]
        alone = len(words) == 1 and phrase in (given_names() if cut else SHARED_GIVEN_NAMES)
        yield None if alone else (s + words[0][0], s + words[-1][1], False)


# What a word takes that the web counts do not hold apart: a pronoun or «است» after it
# («یارانش», «کربلاست»), a preposition or «سر» before it («درعین», «سرویراستار»), and the
# Arabic article, also after «و» («الحرام», «والفعل»).
_ENDINGS = ("ش", "ت", "م", "ست", "اش", "یش")
_OPENINGS = ("در", "بر", "سر", "ال", "وال")
# Persian letters only: no half-space, quote mark or Arabic hamza seat («إلا»).
_LETTERS = re.compile(r"[آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءئؤ]+$")


def _of_a_word(word: str) -> bool:
    """Whether ``word`` is a word the web counts hold, bare, inflected or joined to a
    preposition, or has more than Persian letters (a half-space, a quote mark, Arabic
    «إلا»): a surname none of these is («هاکوپیان», «روموهیون»)."""
    if not _LETTERS.match(word) or on_the_web(word):
        return True
    ends = (word[: -len(e)] for e in _ENDINGS if word.endswith(e))
    opens = (word[len(o) :] for o in _OPENINGS if word.startswith(o))
    return any(len(stem) > 1 and on_the_web(stem) for stem in (*ends, *opens))


def _leading_name_words(
    text: str, at: int, words: list[tuple[int, int]], common: frozenset[str]
) -> int:
    """How many of ``words`` (offsets from ``at``), from the first on, are words of a
    name: given names or words the web counts do not hold, no honorific among them."""
    count = 0
    for s, e in words:
        word = text[at + s : at + e]
        unheard = not _of_a_word(word) and word not in listed_words() and unknown_word(word, common)
        if word in HONORIFIC_WORDS or not (word in given_names() or unheard):
            break
        count += 1
    return count


# A place a results list gives: «… مهتاب نیکوپور مقام اول آیدا رستگارنیا مقام دوم …».
_ORDINALS_OF_PLACES = ("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "نخست")
_PLACED = re.compile(rf"(?<= )(?:مقام|رتبه) (?:{'|'.join(_ORDINALS_OF_PLACES)})(?![^\s،.:؛)])")
# Nouns of teams, firms, schools and works, whose names a given name may open too
# («تیم کاوه کشاورز», «شرکت شیرین عسل», «دانشگاه امیر کبیر», «کتاب افسانه سیمرغ»), and
# «تیمی», after which results place teams («در بخش تیمی مس سونگون مقام اول»); not the
# nouns of places, after which an athlete's name stands as often («قهرمانی کشور …»).
_NAMING_NOUNS = (
    (BODY_NOUNS - {"کشور", "استان", "شهر", "شهرستان"})
    | INSTITUTION_WORDS
    | OPENING_NOUNS
    | NAMED_AFTER
    | {"تیمی"}
)
# What a name in results stands right after: the place before it or its age group.
_RESULT_BEFORE = frozenset({*_ORDINALS_OF_PLACES, "سال"})


def placed(text: str, body: int) -> set[tuple[int, int]]:
    """The names a results list gives their places after: «۵۰ متر آزاد ۱۳ تا ۱۴ سال
    مهتاب نیکوپور مقام اول آیدا رستگارنیا مقام دوم …», a given name and one or two words
    more right before «مقام …» or «رتبه …», which the recognizer misses where it never
    saw them; a team, a town or a province placed there opens with no given name
    («شهرستان دلیجان مقام اول», «استان مرکزی … رتبه سوم»). Where a stretch places two
    such names, its other places go to two words ending in no ordinary word or place,
    names whose given name no list holds («غزل مشیری مقام سوم»)."""
    found = set()
    for stretch in _STRETCH.finditer(text, body):
        named, others = set(), set()
        for m in _PLACED.finditer(text, stretch.start(), stretch.end()):
            before = text[max(stretch.start(), m.start() - 60) : m.start()]
            parts = _PART.findall(before)
            words = parts[-1].split() if parts else []
            given = _from_given(words)
            for group, phrase in ((named, " ".join(given)), (others, " ".join(words[-2:]))):
                named_first = group is named
                if phrase and before.endswith(phrase + " ") and _placed_name(phrase, named_first):
                    if not _a_things_name(words, phrase.split()):
                        group.add((m.start() - len(phrase) - 1, m.start() - 1))
                    break
        found |= named | (others if len(named) >= _LEAST_NAMED else set())
    return found


_LEAST_NAMED = 2


def _placed_name(phrase: str, given: bool) -> bool:
    """Whether ``phrase`` before a place in results reads as a name: shaped as a listed
    item and no place among its words; without a ``given`` name first, its last word no
    ordinary word either («ذوب آهن»)."""
    words = phrase.split()
    return (
        _shaped(phrase)
        and not any(w in places() for w in words)
        and (given or not ordinary(words[-1], common_words()))
    )


def _a_things_name(item: list[str], phrase: list[str]) -> bool:
    """Whether ``phrase``, the last words of a results list's ``item``, names a team,
    firm, school or work: after its noun or holding one («تیم آرمان گهر», «شرکت شیرین
    عسل», «در بخش تیمی مس سونگون»), or opening with an ordinary word after neither a
    place nor an age group («گروه صنعتی مپنا», «و دبیرستان فرزانگان»), where a name
    does that rarely («… ۱۳ تا ۱۴ سال عسل مشیری مقام اول»)."""
    before = item[-len(phrase) - 1] if len(item) > len(phrase) else ""
    if before in _NAMING_NOUNS or any(w in _NAMING_NOUNS for w in phrase):
        return True
    opens_a_phrase = phrase[0] not in given_names() and ordinary(phrase[0], common_words())
    return opens_a_phrase and before not in _RESULT_BEFORE and not before.isdigit()


def _from_given(words: list[str]) -> list[str]:
    """The last words of ``words`` from a given name on that make an item, the longest."""
    for i in range(max(0, len(words) - _LISTED_ITEM_WORDS - 1), len(words) - 1):
        if words[i] in given_names():
            return words[i:]
    return []


def _given_first(words: list[str]) -> bool:
    """Whether an item opens with a given name, «سید» before it allowed."""
    return words[words[0] == "سید" and len(words) > 2] in given_names()


def _shaped(phrase: str) -> bool:
    """Whether a listed item has a name's shape: two or three words (four with «سید»), no
    word that ends a phrase or is an honorific, and a name by :func:`looks_like_name`."""
    words = phrase.split()
    return (
        2 <= len(words) <= _LISTED_ITEM_WORDS + (words[0] == "سید")
        and not any(w in STOPS or w in HONORIFICS for w in words)
        and looks_like_name(phrase, titled=True)
    )


# A phrase in quote marks, opened after a space or bracket and closed before one.
# Things named after someone, whose name in quote marks names the thing: «جایزه «پروین
# اعتصامی»», «جام «…»», «ناوشکن «…»», «لشکر «محمد رسول‌الله»», «کاروان «فاطمه زهرا»».
_NAMED_FOR = HONOURED_AFTER | frozenset(
    "جام مدال تندیس نشان ناوشکن ناوچه گردان لشکر تیپ قرارگاه کاروان اردو اردوی همایش کنگره "
    "مسابقه مسابقات موزه".split()
)
_IN_QUOTES = re.compile(r"(?<![^\s(،])(?:«([^«»\n]{3,40})»|\"([^\"\n]{3,40})\")(?=[\s.،:؛)]|$)")


def quoted_names(text: str, body: int) -> set[tuple[int, int]]:
    """A given name and one to three words more in quote marks, which news puts around a
    name it introduces («مذاکره بر سر خرید «جیدون سانچو»», «"علی جنتی"»); not the name
    of a work or site the noun before gives («فیلم «محمد رسول‌الله»»)."""
    found = set()
    for m in _IN_QUOTES.finditer(text, body):
        group = 1 if m.group(1) else 2
        phrase = m.group(group).strip()
        words = phrase.split()
        before = text[max(0, m.start() - 30) : m.start()].split()
        if before and (before[-1] in WORKS_AND_SITES or before[-1] in _NAMED_FOR):
            continue
        if _CREDITED.match(text, m.end() + 1):
            continue  # a work its credits follow: «… «محمد رسول‌الله» به کارگردانی …»
        if (
            2 <= len(words) <= MAX_NAME_WORDS
            and _given_first(words)
            and looks_like_name(phrase, strict=True)
        ):
            start = m.start(group) + m.group(group).index(phrase)
            found.add((start, start + len(phrase)))
    return found
