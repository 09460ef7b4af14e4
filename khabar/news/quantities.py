"""Times, sums of money, percentages and numbers: the entities rules find better than models.

A number is digits in either script with their separators («۱٬۲۰۰», «2.5»), optionally
followed by scale words («میلیون», «میلیارد»); a number word counts before a scale word
(«دو میلیون»). Persian joins the parts of one amount with «و» after a scale word: «۷
میلیارد و ۷۰۰ میلیون ریال», «۱۷ هزار و ۵۸۷ کیلوگرم» are one amount each. What follows it
decides the label: a currency makes MONEY, «درصد» or «%» PERCENT; «ساعت» before it (in
words too, with its half hour or minutes), or a clock time, TIME.
"""

import re

from khabar.news.dates.lexicon import CARDINALS
from khabar.text.chars import ZWNJ

_NUM = r"[0-9۰-۹]+(?:[.,/٫٬][0-9۰-۹]+)*"
_SCALE_WORDS = "هزار|میلیون|میلیارد|تریلیون|همت"
_SCALE = rf"(?: (?:{_SCALE_WORDS}))"
# The hundreds, which no date counts in.
_HUNDREDS = "صد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد".split()
_WORDS = "|".join(sorted([*CARDINALS, *_HUNDREDS], key=len, reverse=True))
# Number words, tens and units joined with «و»: «پنجاه و یک».
_SPELT = rf"(?<![\w{ZWNJ}])(?:{_WORDS})(?: و (?:{_WORDS}))*"
# A part with its scale words; number words are a part only with one («یک» is also «a»).
_SCALED = rf"(?:{_NUM}|{_SPELT}(?={_SCALE})){_SCALE}+"
_AMOUNT = rf"(?:{_SCALED}(?: و {_SCALED})*(?: و (?:{_NUM}|{_SPELT}))?|{_NUM})"
# Before a unit number words are an amount alone too: «هفت درصد», «پنجاه و یک درصد».
_COUNTED = rf"(?:{_AMOUNT}|{_SPELT})"
_CURRENCY = r"(?:ریال|تومان|دلار|یورو|پوند|درهم|یوآن|روبل|لیر|ین|دینار|روپیه)"
# «ساعت ۱۰:۳۰», «ساعت هشت و نیم», «ساعت یازده و چهل دقیقه»; a rate is no clock time:
# «هر ساعت یک نفر», «هر شش ساعت یک بار».
_HOUR = rf"(?:{_NUM}(?::[0-9۰-۹]{{2}})?(?!\d)|(?:{_WORDS})(?![\w{ZWNJ}]))"
_COUNTED_NOUN = rf" (?:نفر|بار|تن|مورد|فقره)(?![\w{ZWNJ}])"
_CLOCK = rf"(?<!هر )ساعت ?{_HOUR}(?: و (?:نیم|ربع|(?:{_NUM}|{_WORDS}) دقیقه))?(?!{_COUNTED_NOUN})"
_QUANTITY = re.compile(
    rf"(?P<time>{_CLOCK}|(?<![\d۰-۹:]){_NUM}:[0-9۰-۹]{{2}}(?![\d۰-۹:]))"
    rf"|(?P<percent>{_COUNTED} ?(?:درصد|%|٪))"
    rf"|(?P<money>{_COUNTED} {_CURRENCY})"
    rf"|(?P<number>(?<![\w.,/٫٬]){_AMOUNT}(?![\w/]))"
)
LABELS = {"time": "TIME", "percent": "PERCENT", "money": "MONEY", "number": "NUMBER"}
# One scale after «و» again ends another amount, a range's («بین ۵۰ هزار و ۱۰۰ هزار
# تومان»), where a smaller one, or «هزار» before a larger, adds to the first («۷ میلیارد
# و ۷۰۰ میلیون», «دو هزار و پانصد میلیارد»).
_SAME_SCALE = re.compile(
    rf"(?P<scale>{_SCALE_WORDS}) و (?:{_NUM}|{_SPELT}) (?P=scale)(?![\w{ZWNJ}])"
)


def find_quantities(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` for each time, sum, percentage and other number; two
    amounts of one scale joined with «و» are two."""
    found = []
    pos = 0
    while (m := _QUANTITY.search(text, pos)) is not None:
        repeated = _SAME_SCALE.search(text, m.start(), m.end())
        if repeated is not None:
            m = _QUANTITY.match(text, m.start(), repeated.end("scale")) or m
        found.append((m.start(), m.end(), LABELS[m.lastgroup or "number"]))
        pos = m.end()
    return found
