"""Syndicated copies made on purpose, to tune and test the grouping of copies.

A copy does what republishing outlets do: it names itself as the reporter and the first
outlet as its source, spells the text its own way (half-spaces lost or spaced, Arabic
letters, another digit script) and may drop a paragraph.
"""

import random
import re

from khabar.news.reader import Draft
from khabar.text.chars import ZWNJ

OUTLETS = ("ایسنا", "ایرنا", "مهر", "تسنیم", "باشگاه خبرنگاران جوان", "خبرآنلاین", "ایلنا")
_SOURCING = re.compile(r"^(?:به گزارش|به نقل از) [^،,:]{1,60}[،,:]\s*|^خبرگزاری \S+\s*[:-]\s*")
_SPELLINGS = (
    lambda s: s.replace(ZWNJ, ""),
    lambda s: s.replace(ZWNJ, " "),
    lambda s: s.replace("ی", "ي").replace("ک", "ك"),
    lambda s: s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
    lambda s: s.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")),
)


def resource_line(outlet: str, cited: str) -> str:
    return f"به گزارش {outlet} به نقل از {cited}، "


def copy(draft: Draft, rng: random.Random, cited: str = "فارس") -> Draft:
    """A republished copy of ``draft`` by another outlet."""
    outlet = rng.choice(OUTLETS)
    paragraphs = list(draft.paragraphs)
    if len(paragraphs) >= 3 and rng.random() < 0.7:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    if paragraphs:
        paragraphs[0] = resource_line(outlet, cited) + _SOURCING.sub("", paragraphs[0])
    spell = rng.sample(_SPELLINGS, k=rng.randint(1, 3))
    headline = draft.headline
    for change in spell:
        headline = change(headline)
        paragraphs = [change(p) for p in paragraphs]
    return Draft(headline, paragraphs, draft.published, None)


_PEOPLE = (
    ("علی رضایی", "وزیر امور خارجه"),
    ("مریم احمدی", "سخنگوی دولت"),
    ("حسن کریمی", "استاندار یزد"),
    ("زهرا محمدی", "رئیس سازمان محیط زیست"),
    ("رضا حسینی", "شهردار شیراز"),
)
_PLACES = ("تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "یزد", "رشت", "کرمان")
_TOPICS = (
    "طرح‌های تازه آبرسانی",
    "بودجه سال آینده",
    "کتاب‌های درسی",
    "قیمت مسکن",
    "صادرات فرش",
    "آلودگی هوا",
    "ساخت مدرسه",
    "گردشگری نوروزی",
)


def synthetic(number: int, rng: random.Random) -> dict:
    """A small made-up news article (JSON form), different for every ``number``."""
    name, title = rng.choice(_PEOPLE)
    place, topic = rng.choice(_PLACES), rng.choice(_TOPICS)
    outlet = rng.choice(OUTLETS)
    return {
        "title": f"گزارش شماره {number}: {topic} در {place}",
        "paragraphs": [
            f"به گزارش {outlet}، {name}، {title}، در {place} گفت: «{topic} را با جدیت"
            f" بررسی می‌کنیم و {number + 100} طرح در این زمینه اجرا می‌شود.»",
            f"وی افزود که هزینه این {number % 7 + 2} برنامه از محل اعتبارات استانی پرداخت شده است.",
        ],
        "url": f"https://example.org/news/{number}",
    }
