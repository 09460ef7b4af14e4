"""Times, sums of money, percentages and numbers: the entities rules find better than models.

A number is digits in either script with their separators («۱٬۲۰۰», «2.5»), optionally
followed by a scale word («میلیون», «میلیارد»). What follows it decides the label: a
currency makes MONEY, «درصد» or «%» PERCENT; «ساعت» before it, or a clock time, TIME.
"""

import re

_NUM = r"[0-9۰-۹]+(?:[.,/٫٬][0-9۰-۹]+)*"
_SCALE = r"(?: (?:هزار|میلیون|میلیارد|تریلیون|همت))*"
_CURRENCY = r"(?:ریال|تومان|دلار|یورو|پوند|درهم|یوآن|روبل|لیر|ین|دینار|روپیه)"
_QUANTITY = re.compile(
    rf"(?P<time>ساعت {_NUM}(?::[0-9۰-۹]{{2}})?|(?<![\d۰-۹:]){_NUM}:[0-9۰-۹]{{2}}(?![\d۰-۹:]))"
    rf"|(?P<percent>{_NUM}{_SCALE} ?(?:درصد|%|٪))"
    rf"|(?P<money>{_NUM}{_SCALE} {_CURRENCY})"
    rf"|(?P<number>(?<![\w.,/٫٬]){_NUM}{_SCALE}(?![\w/]))"
)
LABELS = {"time": "TIME", "percent": "PERCENT", "money": "MONEY", "number": "NUMBER"}


def find_quantities(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` for each time, sum, percentage and other number."""
    return [(m.start(), m.end(), LABELS[m.lastgroup or "number"]) for m in _QUANTITY.finditer(text)]
