"""Web and e-mail addresses, mentions and hashtags in running text.

The tokenizer keeps each one a single token, and the normalizer leaves each address as
written: a half-space put into a Persian slug («طرح‌های-جدید»), a «ي» made «ی» or a digit
made Persian by ``--digits fa`` would make the address lead nowhere. A mention or hashtag
keeps its digits for the same reason: the web matches «#COP28» character by character.
"""

import re

from khabar.text.chars import ZWNJ

# Closing punctuation that may end a URL in running text but is rarely part of one.
_URL_END = r"""[^\s<>«»"'.,،؛:;!?؟()\[\]{}]"""
# After «www.» or a bare domain the host is Latin, so a Persian word after its last dot
# is the text going on («www.isna.ir.سپس»); the path after «/» may be anything.
_PATH = rf"(?:[/?#][^\s<>«»\"']*{_URL_END}|/)?"
# A bare domain in the zones Persian news cites: «farsnews.ir», «ezdevaj.nahad.ir».
_ZONES = "ir|com|org|net|info|news|io|tv"
URL = (
    rf"https?://[^\s<>«»\"']*{_URL_END}"
    rf"|(?:www\.|(?<![\w@./-])(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{_ZONES})\b))"
    rf"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*{_PATH}"
)
# The local part is at most 64 characters (RFC 5321): unbounded, every Latin letter of a
# long run like «a.b.a.b…» would start a scan to the run's end.
EMAIL = r"[A-Za-z0-9][\w.+-]{0,63}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"

LINK = re.compile(f"{URL}|{EMAIL}")
# A mention or hashtag: «@user123», «#COP28», «#ایران_قوی»; at least one letter, as on the
# web, so «#1» is a sign and a number.
HANDLE = rf"[#@][\w{ZWNJ}]*[^\W\d_][\w{ZWNJ}]*"


_BARE_DOMAIN = re.compile(rf"[A-Za-z0-9]\.(?:{_ZONES})\b")


def may_hold_link(text: str) -> bool:
    """A cheap test that lets text without any address skip the search for one."""
    return "@" in text or "://" in text or "www." in text or bool(_BARE_DOMAIN.search(text))
