"""Character-level repair: one letter set, one digit set, no invisible characters.

Everything here is a one-to-one or one-to-none character mapping, done with
``str.translate`` so it runs at C speed, and so offsets survive trivially.
"""

import unicodedata

ZWNJ = "\u200c"

# Arabic-script diacritics (tanween, short vowels, shadda, sukun, the hamza above) and
# Quranic marks: each belongs to the letter before it, and none is a letter to ``\w``.
MARK = "[\u064b-\u065f\u0670\u06d6-\u06ed]"

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LATIN_DIGITS = "0123456789"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

# Arabic code points that Persian writes with its own letters. Hamza forms (أ ؤ ئ ء إ)
# are Persian spelling too and stay.
_LETTERS = {
    "ي": "ی",
    "ى": "ی",
    "ك": "ک",
    "ە": "ه",
    "ھ": "ه",
    "ہ": "ه",
    "ۍ": "ی",
    "ې": "ی",
    "ٸ": "ئ",
}

# Characters that carry nothing in Persian text: tatweel, zero-width joiner, bidi
# embeddings and isolates, BOM, soft hyphen.
INVISIBLE = (
    "ـ\u200d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
    # the word joiner and the invisible operators, the Mongolian vowel separator
    "\u2060\u2061\u2062\u2063\u2064\u180e"
)

_BASE = {ord(k): v for k, v in _LETTERS.items()}
# Arabic presentation forms (a letter's isolated, initial, medial or final shape as its
# own code point), which text copied out of PDFs carries: «ﻃﺮﺡ» is «طرح». Only those that
# are one letter; a ligature of two («ﻻ») would move every offset after it.
_BASE.update(
    {
        code: _LETTERS.get(base, base)
        for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00))
        if len(base := unicodedata.normalize("NFKC", chr(code))) == 1 and base != chr(code)
    }
)
_BASE.update({ord(c): None for c in INVISIBLE})
# A zero-width space or a left-to-right, right-to-left or Arabic letter mark between two
# letters is nearly always a mistyped half-space («خیابان\u200eها», «سامان\u200eدهی»:
# every one of the 144 marks between letters in the Fars News text); elsewhere the
# normalizer drops it.
_BASE.update({0x200B: ZWNJ, 0x200E: ZWNJ, 0x200F: ZWNJ, 0x061C: ZWNJ})
_BASE.update({ord(a): p for a, p in zip(ARABIC_DIGITS, PERSIAN_DIGITS, strict=True)})
# Odd spaces become plain spaces; line structure is left alone.
ODD_SPACES = (
    "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Line breaks other than «\n» («\r» alone, form feed, U+2028 …) become spaces too: a line
# is what ends in «\n», and a reader that breaks lines at these as well (Python's own
# text files, str.splitlines) would find more lines out than went in, and CoNLL-U's
# «# text =» line cut in two.
ODD_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BASE.update({ord(c): " " for c in ODD_SPACES + ODD_BREAKS})

TABLES = {
    "keep": str.maketrans(_BASE),
    "fa": str.maketrans(
        {**_BASE, **{ord(d): p for d, p in zip(LATIN_DIGITS, PERSIAN_DIGITS, strict=True)}}
    ),
    "latin": str.maketrans(
        {
            **_BASE,
            **{ord(p): d for p, d in zip(PERSIAN_DIGITS, LATIN_DIGITS, strict=True)},
            **{ord(a): d for a, d in zip(ARABIC_DIGITS, LATIN_DIGITS, strict=True)},
        }
    ),
}

# What an address keeps of the character repair: only invisible characters go, which no
# address holds; its letters and digits stay as written.
LINK_TABLE = str.maketrans({ord(c): None for c in INVISIBLE + "\u200b\u200e\u200f\u061c"})


def repair_chars(text: str, digits: str = "keep") -> str:
    """Map Arabic letters to Persian, drop invisible characters, unify digits if asked."""
    try:
        return text.translate(TABLES[digits])
    except KeyError:
        raise ValueError(f"digits must be one of {sorted(TABLES)}, not {digits!r}") from None


def key(text: str) -> str:
    """``text`` with spaces and half-spaces removed, for comparing spellings: damaged text
    writes «کاظمی پور», «کاظمیپور» and «کاظمی‌پور» for one name, «شورایعالی» for
    «شورای‌عالی»."""
    return text.replace(ZWNJ, "").replace(" ", "")
