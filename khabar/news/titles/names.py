"""The name of a body or work a title takes in, written in guillemets after its noun:
«اقتصاددان ارشد بانک «پارس‌نوین»», «نویسنده کتاب «راه روشن»». Real news sets such
names off so; a name in guillemets after a head or any other word is not the title's
(«رئیس‌جمهور «…»» names the holder).
"""

import re

# Nouns of bodies and works a name in guillemets follows.
NAMING_NOUNS = frozenset(
    "کتاب فیلم سریال نمایش مستند رمان مجموعه برنامه جشنواره جایزه بانک شرکت روزنامه نشریه "
    "هفته‌نامه ماهنامه خبرگزاری پایگاه شبکه گروه باشگاه تیم حزب جبهه جنبش ائتلاف کانون "
    "انجمن موسسه مؤسسه بنیاد سازمان".split()
)
_QUOTED = re.compile(r" «[^«»\n،.:؛!؟]{2,40}»")


def quoted_name_end(text: str, pos: int, stop_at: frozenset[int]) -> int | None:
    """Where a name in guillemets after the noun of a body or work ending at ``pos`` ends,
    if one follows; ``stop_at`` holds where people's names start, which it is not."""
    m = _QUOTED.match(text, pos)
    if m is None or pos + 2 in stop_at:
        return None
    noun = text[max(0, pos - 20) : pos].rsplit(" ", 1)[-1]
    return m.end() if noun in NAMING_NOUNS else None
