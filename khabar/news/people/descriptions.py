"""Descriptions outside a speech verb's subject: «برای جذب این بازیکن», «این مربی»
take up the person named last before them whose title is of that kind, «این مسئول»
whoever was named last with a title."""

import re

from khabar.news.people.lexicon import PERSON_NOUNS
from khabar.news.people.person import Person

_PLAYERS = {"بازیکن", "مهاجم", "هافبک", "مدافع", "دروازه‌بان", "کاپیتان", "ملی‌پوش"}
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
_DESCRIPTION = re.compile(
    r"(?<![^\s«(،])(?:این|همین) (?P<noun>"
    + "|".join([*_ANY_OFFICE, *sorted(PERSON_NOUNS, key=len, reverse=True)])
    + r")(?![^\s،؛:.!؟()«»])(?! (?:و|ها|های|ان)\b)"
)
# An office the article withholds a name for, which «این مسئول» takes up instead.
_ANONYMOUS = re.compile(r"(?<![^\s«(،])یک (?:مقام|مسئول)(?![^\s،؛:.!؟()«»])")

Spans = dict[tuple[int, int], Person]


def resolve_descriptions(
    text: str, body: int, by_span: Spans, quoted: list[tuple[int, int]]
) -> None:
    """Enter «این بازیکن», «این مربی» outside what is already read and direct quotes as
    the person named last before it whose title is of that kind («مهاجم تیم ملی» is a
    player); whoever has no such title is not referred to."""
    taken = list(by_span)
    for m in _DESCRIPTION.finditer(text, body):
        span = m.span()
        if any(s < span[1] and span[0] < e for s, e in [*taken, *quoted]):
            continue
        if m["noun"] in _ANY_OFFICE and _ANONYMOUS.search(text, body, span[0]):
            continue
        heads = None if m["noun"] in _ANY_OFFICE else _ROLE_HEADS.get(m["noun"], {m["noun"]})
        person = _last_named(span[0], heads, by_span, quoted)
        if person is not None:
            person.mentions.append(span)
            by_span[span] = person


def _last_named(
    at: int, heads: set[str] | None, by_span: Spans, quoted: list[tuple[int, int]]
) -> Person | None:
    """The named person mentioned last before ``at``, outside direct quotes, holding a
    title with one of ``heads`` (any title for ``None``)."""
    before = [
        (s, p)
        for (s, e), p in by_span.items()
        if e <= at
        and not any(qs <= s < qe for qs, qe in quoted)
        and p.final().name is not None
        and any(heads is None or t.split()[0] in heads for t in p.final().titles)
    ]
    return max(before, key=lambda x: x[0])[1].final() if before else None
