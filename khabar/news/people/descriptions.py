"""Descriptions outside a speech verb's subject: «برای جذب این بازیکن», «این مربی»
take up the person named last before them whose title is of that kind, «این مسئول»
whoever was named last with a title."""

import re

from khabar.news.people.lexicon import PERSON_NOUNS
from khabar.news.people.person import Person
from khabar.news.people.pronouns import sentence_start
from khabar.news.places import demonyms

_PLAYERS = {"بازیکن", "مهاجم", "هافبک", "وینگر", "مدافع", "دروازه‌بان", "کاپیتان", "ملی‌پوش"}
# The heads of title a description's noun takes up; any other noun takes up its own.
_ROLE_HEADS = {
    "بازیکن": _PLAYERS,
    "ملی‌پوش": _PLAYERS,
    "مربی": {"مربی", "سرمربی"},
    "سرمربی": {"مربی", "سرمربی"},
    "ورزشکار": _PLAYERS | {"قهرمان"},
    "کارشناس": {"کارشناس", "تحلیلگر", "اقتصاددان"},
}
# Nouns of any office: «این مسئول», «این مقام مسئول» take up whoever holds a title.
_ANY_OFFICE = ("مقام مسئول", "مسئول")
# Adjectives a description's noun goes on with, which are part of it («این شاعر نامی»,
# «این مربی ایتالیایی», «این دیپلمات کشورمان»): where one comes from, and praise or rank;
# not as the predicate, before a copula («این بازیکن جوان است»).
_PRAISE = (
    *("نامی", "مشهور", "معروف", "برجسته", "ارشد", "باتجربه", "پیشکسوت", "کشورمان"),
    *("ربانی", "سرافراز", "عارف", "بزرگوار", "والامقام", "گرانقدر", "فرزانه", "فقید"),
)
_COPULA = r" (?:است|بود|نیست|نبود|شد|هستند|بودند)(?![^\s،؛:.!؟()«»])"
# What the dead and the learned are called by, «آن» too for the dead: «آن شهید سرافراز»,
# «این دانشمند عارف», «آن عالم ربانی».
_REMEMBERED = ("شهید", "مرحوم", "عالم", "عارف", "دانشمند", "حکیم")
_DESCRIPTION = re.compile(
    rf"(?<![^\s«(،])(?:(?:این|همین) |آن (?=(?:{'|'.join(_REMEMBERED)}) ))(?P<noun>"
    + "|".join([*_ANY_OFFICE, *sorted(PERSON_NOUNS, key=len, reverse=True), *_REMEMBERED])
    + r")(?![^\s،؛:.!؟()«»])(?! (?:و|ها|های|ان)\b)"
    + rf"(?: (?:{'|'.join([*_PRAISE, *sorted(demonyms(), key=len, reverse=True)])})"
    + rf"(?![^\s،؛:.!؟()«»])(?!{_COPULA}))?"
)
# Whom a sentence cites, which «این بازیکن» after it in the sentence is not: «به گفته
# حمید استیلی، این بازیکن …».
_CITED = re.compile(r"(?:به (?:گفته|اعتقاد|عقیده)|از نظر|طبق گفته) $")
# An office the article withholds a name for, which «این مسئول» takes up instead.
_ANONYMOUS = re.compile(r"(?<![^\s«(،])یک (?:مقام|مسئول)(?![^\s،؛:.!؟()«»])")

Spans = dict[tuple[int, int], Person]


def resolve_descriptions(
    text: str, body: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> None:
    """Enter «این بازیکن», «این مربی» outside what is already read and direct quotes as
    the person named last before it whose title is of that kind («مهاجم تیم ملی» is a
    player); where no one has such a title, as the person named last before it with no
    title at all, whom the story names without saying what they are («… خرید جیدون
    سانچو … انتقال این بازیکن»)."""
    taken = list(by_span)
    for m in _DESCRIPTION.finditer(text, body):
        span = m.span()
        if any(s < span[1] and span[0] < e for s, e in [*taken, *quoted]):
            continue
        if m["noun"] in _ANY_OFFICE and _ANONYMOUS.search(text, body, span[0]):
            continue
        heads = None if m["noun"] in _ANY_OFFICE else _ROLE_HEADS.get(m["noun"], {m["noun"]})
        person = _last_named(span[0], heads, by_span, quoted)
        if person is None and heads is not None:
            person = _last_untitled(text, span[0], by_span, quoted)
        if person is not None:
            person.mentions.append(span)
            by_span[span] = person


def _named_before(
    at: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> list[tuple[int, Person]]:
    """Where each named person is mentioned before ``at``, outside direct quotes, and who."""
    return [
        (s, person)
        for (s, e), p in by_span.items()
        if e <= at
        and not any(qs <= s < qe for qs, qe in quoted)
        and (person := p.final()).name is not None
    ]


def _last_named(
    at: int, heads: set[str] | None, by_span: Spans, quoted: list[tuple[int, int]]
) -> Person | None:
    """The named person mentioned last before ``at``, outside direct quotes, holding a
    title with one of ``heads`` (any title for ``None``)."""
    before = [
        (s, p)
        for s, p in _named_before(at, by_span, quoted)
        if any(heads is None or t.split()[0] in heads for t in p.titles)
    ]
    return max(before, key=lambda x: x[0])[1] if before else None


def _last_untitled(
    text: str, at: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> Person | None:
    """The named person mentioned last before ``at``, outside direct quotes, when they
    hold no title: someone with a title of another kind is not what the noun says. Who
    speaks of it in the description's own sentence is not who it is: the subject
    opening it («جواد نکونام در خصوص این بازیکن … اعلام کرد») or whom it cites («به گفته
    حمید استیلی، این بازیکن …»)."""
    opening = sentence_start(text, at)
    opening += len(text[opening:at]) - len(text[opening:at].lstrip())
    before = [
        (s, p)
        for s, p in _named_before(at, by_span, quoted)
        if s != opening and not (s > opening and _CITED.search(text, max(opening, s - 20), s))
    ]
    if not before:
        return None
    person = max(before, key=lambda x: x[0])[1]
    return None if person.titles else person
