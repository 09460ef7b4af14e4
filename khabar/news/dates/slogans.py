"""Years by their slogan: «سال اصلاح الگوی مصرف» is 1388, «سال جهاد اقتصادی» 1390.

Each Solar Hijri year since 1382 has a name the Leader gives it at Nowruz, and Iranian
news writes the year by it («… در سال تولید، پشتیبانی‌ها و مانع‌زدایی‌ها»). The gold reads
such a name as that year (first in g26, then by every annotator who met one), so it is a
date: the year's span, from «سال» to the name's last word. A name two years share in part
(«اقتصاد مقاومتی» for 1395 and 1396, «جهش تولید» for 1399 and 1403) is the latest of them
by the publication day.
"""

import re
from datetime import date

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import SOLAR
from khabar.news.dates.lexicon import R
from khabar.news.dates.model import Found
from khabar.text.chars import ZWNJ

_GAP = f"[ {ZWNJ}]?"
_AND = r"(?:،? ?و |، ?| ?[-–] ?)"

# (the name, the years it may be), in the order of the years.
_NAMES: tuple[tuple[str, tuple[int, ...]], ...] = (
    (rf"(?:نهضت عمومی برای )?خدمت{_GAP}گ[ذز]اری به مردم", (1382,)),
    (rf"پاسخ{_GAP}گویی", (1383,)),
    (rf"همبستگی ملی{_AND}مشارکت عمومی", (1384,)),
    (r"پیامبر اعظم(?: ?\(ص\))?", (1385,)),
    (rf"اتحاد ملی{_AND}انسجام اسلامی", (1386,)),
    (rf"نوآوری{_AND}شکوفایی", (1387,)),
    (r"اصلاح الگوی مصرف", (1388,)),
    (rf"همت مضاعف{_AND}کار مضاعف", (1389,)),
    (r"جهاد اقتصادی", (1390,)),
    (rf"تولید ملی(?:{_AND}حمایت از کار و سرمایه ایرانی)?", (1391,)),
    (rf"(?:خلق )?حماسه (?:سیاسی{_AND}حماسه )?اقتصادی", (1392,)),
    (rf"اقتصاد{_AND}فرهنگ(?:{_AND}?با عزم ملی{_AND}مدیریت جهادی)?", (1393,)),
    (rf"دولت{_AND}ملت{_AND}همدلی{_AND}هم{_GAP}زبانی", (1394,)),
    (rf"اقتصاد مقاومتی{_AND}اقدام{_AND}عمل", (1395,)),
    (rf"اقتصاد مقاومتی{_AND}تولید{_AND}اشتغال", (1396,)),
    (r"اقتصاد مقاومتی", (1395, 1396)),
    (r"حمایت از کالای ایرانی", (1397,)),
    (r"رونق تولید", (1398,)),
    (r"جهش تولید با مشارکت مردم", (1403,)),
    (rf"تولید{_AND}پشتیبانی{_GAP}ها{_AND}مانع{_GAP}زدایی{_GAP}ها", (1400,)),
    (rf"تولید{_AND}دانش{_GAP}بنیان{_AND}اشتغال{_GAP}آفرین", (1401,)),
    (rf"مهار تورم{_AND}رشد تولید", (1402,)),
    (r"جهش تولید", (1399, 1403)),
)
_NAMED = "|".join(f"(?P<y{i}>{name})" for i, (name, _) in enumerate(_NAMES))
_SLOGAN = re.compile(rf"سال (?P<open>[«\"]?)(?:{_NAMED})(?P<close>[»\"]?){R}")


def slogan_dates(text: str, pos: int, published: date | None) -> Found | None:
    """The Solar Hijri year whose name is written at ``pos`` («سال جهاد اقتصادی»)."""
    m = _SLOGAN.match(text, pos)
    if m is None:
        return None
    years = next(_NAMES[i][1] for i in range(len(_NAMES)) if m[f"y{i}"] is not None)
    year = _latest(years, published)
    span = cal.year_span(SOLAR, year)
    if span is None:
        return None
    end = m.end() if m["open"] else m.end() - len(m["close"])
    return Found(m.start(), end, SOLAR, cal.label(SOLAR, span), span)


def _latest(years: tuple[int, ...], published: date | None) -> int:
    """Of the years a name may be, the latest by the publication day, else the first."""
    if published is None:
        return years[0]
    now = cal.from_gregorian(SOLAR, published)[0]
    return max((y for y in years if y <= now), default=years[0])
