"""``normalize``: damaged Persian text in, correct normalized text out."""

import re
from functools import lru_cache

from khabar.text.chars import LINK_TABLE, MARK, ZWNJ, repair_chars
from khabar.text.halfspace import HalfSpaceRepairer
from khabar.text.links import HANDLE, LINK, may_hold_link
from khabar.text.surnames import default_joiner

# A ZWNJ only means something between two letters, and one is enough; elsewhere it is
# noise. The pattern finds runs and stray ones, never a single ZWNJ between letters. Every
# branch opens with the ZWNJ itself (the letter before is looked for behind it), so the
# search jumps from one ZWNJ to the next instead of trying each character. A diacritic
# belongs to the letter before it: a ZWNJ after «أ» written as «ا» and a hamza above
# («خلأ‌های»), or after a shadda, follows a letter too.
_STRAY_ZWNJ = re.compile(
    rf"{ZWNJ}{ZWNJ}+|{ZWNJ}(?<![^\W\d_]{ZWNJ})(?<!{MARK}{ZWNJ})|{ZWNJ}(?![^\W\d_])"
)
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_BEFORE = re.compile(rf"[^\W\d_]|{MARK}")
_SPACES = re.compile(r" {2,}")
_CLOSING = ".,،;؛:!?؟)]}»"
_OPENING = "([{«"
_SPACE_BEFORE = re.compile(rf" +(?=[{re.escape(_CLOSING)}])")
_SPACE_AFTER_OPEN = re.compile(rf"(?<=[{re.escape(_OPENING)}]) +")
# Persian comma, semicolon and question mark glued to the next word get their space back,
# and so do an exclamation mark and a full stop after a Persian word (or a quote's close)
# glued to a Persian word: «رفت.سپس», not the single letters of «ج.ا.ا» or «ه.ش.», an
# address or «Yahoo!».
_PERSIAN = "[^\\W\\d_a-zA-Z]"
_GLUED_PUNCT = re.compile(
    rf"(?<=[،؛؟])(?=[^\W\d_])|(?:(?<={_PERSIAN}{{2}}[.!])|(?<=»[.!]))(?={_PERSIAN})"
)
# So does a number glued to the word after it («21ژوئیه», «50متر», «2012اشاره»), but not
# to an ending that makes the number an ordinal or an adjective («۱۰ام», «۱۲گانه»,
# «۱۵روزه», «۳ماهه», «۴۰ساله»), nor to a one-letter abbreviation («1417ق»).
_NUMBER_ENDINGS = "ام|امین|مین|گانه|ساله|ماهه|روزه|هفته‌ای|ساعته|نفره|جانبه|تایی"
_GLUED_NUMBER = re.compile(rf"(?<=\d)(?=[^\W\d_a-zA-Z]{{2}})(?!(?:{_NUMBER_ENDINGS})(?![^\W\d_]))")
# So do guillemets glued to the words around them: «در ادامه«لوریس»رهبر», «گفت:«…».
_GLUED_QUOTE = re.compile(r"(?<=[^\W_]|[:،؛])(?=«)|(?<=»)(?=[^\W_])")
# Words whose digits ``digits`` leaves as written, by the script asked for: a mention or
# hashtag always, a name the web matches character by character; and, for Persian
# digits, a run of Latin letters and digits (kept where it holds a letter: «F-16»,
# «COVID-19», «MP3»), which no Persian writer writes with Persian digits.
_KEPT_DIGITS = {
    "fa": re.compile(rf"{HANDLE}|[A-Za-z0-9]+(?:[-_.'][A-Za-z0-9]+)*"),
    "latin": re.compile(HANDLE),
}
_LATIN_LETTER = re.compile("[A-Za-z]")


def _halfspace_or_nothing(run: re.Match[str]) -> str:
    """One ZWNJ for a run of them between two letters, none elsewhere: a run left whole
    before a space («کل‌‌ حفاظت») would leave one ZWNJ that the next pass deletes."""
    text, start, end = run.string, run.start(), run.end()
    between = start > 0 and end < len(text) and _LETTER_BEFORE.match(text[start - 1])
    return ZWNJ if between and _LETTER.match(text[end]) else ""


class Normalizer:
    """Repairs characters, spacing and half-spaces, line by line.

    ``digits`` is ``"keep"`` (as written), ``"fa"`` (Persian) or ``"latin"``. Either
    script leaves alone the digits of a mention or hashtag («@user123», «#انتخابات_۱۴۰۰»),
    which search matches as written, and ``"fa"`` those of a word with a Latin letter
    («F-16», «COVID-19», «H2O»); ``"latin"`` does reach those («F-۱۶» → «F-16»).
    Addresses keep theirs under both. ``mixed`` is as for :func:`normalize`.
    """

    def __init__(
        self, digits: str = "keep", halfspace: HalfSpaceRepairer | None = None, mixed: bool = False
    ) -> None:
        repair_chars("", digits)
        self.digits = digits
        self.mixed = mixed
        self.halfspace = halfspace or default_repairer()
        self.surnames = default_joiner()

    def __call__(self, text: str) -> str:
        return "\n".join(self.normalize_line(line) for line in text.split("\n"))

    def normalize_line(self, line: str) -> str:
        if may_hold_link(line):
            return self._around_links(line)
        return self._repair(line)

    def _around_links(self, line: str) -> str:
        """Repair the text between web and e-mail addresses, and keep each address as
        written (less invisible characters), with the spaces that set it apart."""
        pieces: list[str] = []
        start = 0
        for link in LINK.finditer(line):
            pieces.append(self._repaired_between(line[start : link.start()], start == 0, False))
            pieces.append(link.group().translate(LINK_TABLE))
            start = link.end()
        if not pieces:
            return self._repair(line)
        pieces.append(self._repaired_between(line[start:], start == 0, True))
        return "".join(pieces)

    def _repaired_between(self, text: str, first: bool, last: bool) -> str:
        """``text`` repaired, with one space where it had one beside an address."""
        spaced = self._chars(text)
        core = self._repair(text)
        if not core:  # between two addresses: a space, or they would read as one
            return " " if text and not (first or last) else ""
        before = " " if spaced.startswith(" ") and not first and core[0] not in _CLOSING else ""
        after = " " if spaced.endswith(" ") and not last and core[-1] not in _OPENING else ""
        return before + core + after

    def _chars(self, text: str) -> str:
        """``text`` through :func:`repair_chars`, its digits unified but in the words
        that keep theirs (``_KEPT_DIGITS``)."""
        kept = _KEPT_DIGITS.get(self.digits)
        if kept is None:
            return repair_chars(text, self.digits)
        pieces: list[str] = []
        start = 0
        for word in kept.finditer(text):
            if word.group()[0] in "#@" or _LATIN_LETTER.search(word.group()):
                pieces.append(repair_chars(text[start : word.start()], self.digits))
                pieces.append(repair_chars(word.group()))
                start = word.end()
        pieces.append(repair_chars(text[start:], self.digits))
        return "".join(pieces)

    def _repair(self, line: str) -> str:
        line = self._chars(line)
        line = _STRAY_ZWNJ.sub(_halfspace_or_nothing, line)
        line = _SPACES.sub(" ", line)
        line = _SPACE_BEFORE.sub("", line)
        line = _SPACE_AFTER_OPEN.sub("", line)
        line = _GLUED_PUNCT.sub(" ", line)
        line = _GLUED_QUOTE.sub(" ", line)
        line = _GLUED_NUMBER.sub(" ", line)
        # Surnames last: a half-space written into one first would make the half-space
        # repair trust the rest of the line as typed.
        return self.surnames(self.halfspace.repair_line(line.strip(" "), self.mixed))


@lru_cache(maxsize=1)
def default_repairer() -> HalfSpaceRepairer:
    """The half-space lexicon shipped with khabar, loaded once for every user of it."""
    return HalfSpaceRepairer.from_package()


@lru_cache(maxsize=8)
def _normalizer(digits: str, mixed: bool) -> Normalizer:
    return Normalizer(digits, mixed=mixed)


def normalize(text: str, digits: str = "keep", mixed: bool = False) -> str:
    """Return ``text`` repaired: Persian letters, clean spacing, half-spaces restored.

    Lines are kept: the output has as many lines as the input. ``digits`` is as for
    :class:`Normalizer`: «F-16» and «#COP28» keep their digits under ``"fa"``. ``mixed``
    restores joined plural and comparative endings («قیمتهای», «مهمترین») in lines that
    have half-spaces elsewhere too, as news sites mix them; by default such a line is
    trusted as its writer's spelling («بیماریهای» in Seraji).
    """
    return _normalizer(digits, mixed)(text)
