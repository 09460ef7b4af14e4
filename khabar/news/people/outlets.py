"""The outlets an article names: an agency or paper it cites is no person, wherever else
its name stands («به نقل از آسوشیتد پرس، …», «خبرگزاری آسوشیتدپرس … نوشت», «رویترز
تصریح کرده است»), since the recognizer and the subjects of speech verbs take outlets
for names.
"""

import re

from khabar.news.people.lexicon import common_words, given_names
from khabar.news.quote_subjects import COUNTED_OR_POINTED
from khabar.text.chars import ZWNJ, key

_WORD = r"[^\s،:؛.!؟()«»\-–]+"
# The nouns an outlet's name follows: «خبرگزاری رویترز», «روزنامه «عکاظ»», «شبکه سی‌ان‌ان».
_OUTLET_NOUNS = (
    f"خبرگزاری|روزنامه|شبکه|هفته{ZWNJ}نامه|ماهنامه|مجله|آژانس|پایگاه خبری"
    f"|پایگاه اطلاع{ZWNJ}رسانی|(?:وب{ZWNJ}?)?سایت"
)
_NOUN_FIRST = re.compile(rf"(?:{_OUTLET_NOUNS})(?: |$)")
# A quoted name may follow an adjective: «روزنامه کویتی "الوطن"», «سایت اینترنتی «…»».
_NAMED = re.compile(
    rf"(?<![^\s«(،])(?P<noun>{_OUTLET_NOUNS}) (?:(?:{_WORD} )?(?:«(?P<quoted>[^»\n]{{1,40}})»"
    rf"|\"(?P<ascii>[^\"\n]{{1,40}})\")|(?P<word>{_WORD}))"
)
# A source cited by the formulas of attribution: «به گزارش ایسنا،», «به نقل از آسوشیتد پرس،»
# (its whole name up to the comma), «به نقل ازرویترز این در حالی است» (its first word);
# the word after the first is only looked at, since it may open the next link («به گزارش
# فارس به نقل از رویترز،»).
_CITED = re.compile(
    rf"(?<![^\s،])به (?:گزارش|نوشته|نقل از) ?(?:(?P<name>{_WORD}(?: {_WORD}){{0,2}})(?=،)"
    rf"|(?P<first>{_WORD})(?= (?P<next>{_WORD})))"
)

# A name in «» said to be one of the outlets: «"آسیا پلاس" از پایگاه‌های خبری منطقه …».
_ONE_OF = re.compile(
    rf"«(?P<name>[^»\n]{{1,40}})» (?:یکی )?از (?:پایگاه|خبرگزاری|روزنامه|رسانه|شبکه|سایت"
    rf"|نشریه)(?:{ZWNJ})?های?(?![^\s،:؛.!؟()«»])"
)


def outlet_names(text: str) -> frozenset[str]:
    """The names (as :func:`key` writes them) the text gives outlets: after an outlet's
    noun, and a source cited after «به گزارش», «به نوشته» or «به نقل از» that opens with
    no given name (a person cited so has their given name or title: «به نقل از سمیر
    غضبان»). Ordinary words after such a noun («شبکه بهداشت») are kept, as no person is
    named by one alone, while many outlets' names are listed words too («آسوشیتدپرس»);
    and a name in «» said to be one of the outlets («… از پایگاه‌های خبری …»)."""
    common = common_words()
    names = {name for _, name, _ in _named_outlets(text, len(text))}
    for m in _CITED.finditer(text):
        # One word is a name only where an ordinary word follows it: «غضبان» of «به نقل
        # از سمیر غضبان» may be a surname.
        if m["first"] and m["next"] not in common:
            continue
        cited = m["name"] or m["first"]
        first = cited.split(" ", 1)[0]
        if first not in given_names() and not _NOUN_FIRST.match(cited):
            names.add(cited)
    return frozenset(map(key, names))


_NOUN_BEFORE = re.compile(rf"(?<![^\s«(،])(?:{_OUTLET_NOUNS}) $")


def after_outlet_noun(text: str, start: int) -> bool:
    """Whether the words at ``start`` follow an outlet's noun, so name the outlet, however
    many words its name has: «روزنامه دیلی میل گزارش کرد …»."""
    return _NOUN_BEFORE.search(text, max(0, start - 30), start) is not None


# The nouns «این» takes an outlet up with: «این پایگاه افزود», «این روزنامه نوشت».
OUTLET_NOUNS = frozenset(
    f"پایگاه خبرگزاری روزنامه شبکه سایت نشریه مجله هفته{ZWNJ}نامه ماهنامه".split()
)


def outlet_before(text: str, at: int, noun: str) -> str | None:
    """The outlet named last before ``at`` that «این» and ``noun`` take up («این پایگاه»):
    by that noun («روزنامه «عکاظ»» for «این روزنامه», not «خبرگزاری فارس») or as one of
    the outlets («"آسیا پلاس" از پایگاه‌های خبری …»)."""
    named = [(at, name) for at, name, kind in _named_outlets(text, at) if kind in (noun, None)]
    return max(named)[1] if named else None


def _named_outlets(text: str, end: int) -> list[tuple[int, str, str | None]]:
    """Where the text up to ``end`` names an outlet, by what name and noun: after an
    outlet's noun (:data:`_NAMED`), then as one of the outlets (:data:`_ONE_OF`)."""
    named = [
        (m.start(), m["quoted"] or m["ascii"] or m["word"], m["noun"])
        for m in _NAMED.finditer(text, 0, end)
        # «یک روزنامه انگلیسی» names none, and «این روزنامه گفت» takes one up
        if not COUNTED_OR_POINTED.search(text, max(0, m.start() - 6), m.start())
    ]
    return named + [(m.start(), m["name"], None) for m in _ONE_OF.finditer(text, 0, end)]
