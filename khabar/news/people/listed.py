"""Names the recognizer missed inside a list of names it found: «فخرالدین علی‌نژاد، اسعد
قدیمی، شهرام شمسی» names three people, though «قدیمی» is also the word for «old»; and
the people a plural of people lists as examples: «بازیکنانی همچون ناظری، سخاوی و عیدی»;
the names of a byline: «گزارش از فاطمه رائیجی», «نویسندگان: … ، …»; and the names in
quote marks that people go by: «سه تن از اعضای گروه به نام‌های "…"، "…" و "…"»."""

import re

from khabar.news.people.besides import unknown_word
from khabar.news.people.edges import past_honorifics
from khabar.news.people.lexicon import PRONOUNS, common_words, given_names, verb_words
from khabar.news.people.shape import NAME_WORD, VERB_PREFIXES, looks_like_name, ordinary
from khabar.news.places import places
from khabar.news.titles import HONORIFICS, LIGHT_VERBS, STOPS, head_at
from khabar.news.titles.lexicon import CLAUSE_WORDS
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
        at = _name_start(text, cue.end())
        # Each item may be set off in «» («کسانی چون «روبیک منصوری»، «ناصحی» و …»).
        while item := _EXAMPLE.match(text, at + text.startswith("«", at)):
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
