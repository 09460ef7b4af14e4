"""Web and e-mail addresses in running text.

The tokenizer keeps each one a single token, and the normalizer leaves each as written:
a half-space put into a Persian slug («طرح‌های-جدید»), a «ي» made «ی» or a digit made
Persian by ``--digits fa`` would make the address lead nowhere.
"""

import re

# Closing punctuation that may end a URL in running text but is rarely part of one.
_URL_END = r"""[^\s<>«»"'.,،؛:;!?؟()\[\]{}]"""
URL = rf"(?:https?://|www\.)[^\s<>«»\"']*{_URL_END}"
# The local part is at most 64 characters (RFC 5321): unbounded, every Latin letter of a
# long run like «a.b.a.b…» would start a scan to the run's end.
EMAIL = r"[A-Za-z0-9][\w.+-]{0,63}@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"

LINK = re.compile(f"{URL}|{EMAIL}")


def may_hold_link(text: str) -> bool:
    """A cheap test that lets text without any address skip the search for one."""
    return "@" in text or "://" in text or "www." in text
