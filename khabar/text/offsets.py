"""Map character offsets in normalized text back to the text as it arrived.

The normalizer only ever maps a character to one character (or keeps it as written, in
a web or e-mail address), drops a character, or inserts, drops and swaps spaces and
half-spaces. So the two texts can be aligned in one left-to-right pass, without recording
edits as they happen.
"""

from bisect import bisect_right
from dataclasses import dataclass

from khabar.text.chars import TABLES, ZWNJ

_SEPARATORS = frozenset(" \n" + ZWNJ)


@dataclass(frozen=True)
class Aligned:
    """Normalized text with, for each of its characters, the original character's offset."""

    original: str
    text: str
    origins: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            return self.origins[start], self.origins[start]
        return self.origins[start], self.origins[end - 1] + 1

    def to_normalized(self, offset: int) -> int:
        """The first normalized character at or after ``offset`` in the original."""
        return bisect_right(self.origins, offset - 1)


def align(original: str, text: str, digits: str = "keep") -> Aligned:
    """Align ``text`` (the normalized form of ``original``) to ``original``."""
    table = TABLES[digits]
    origins: list[int] = []
    i = 0
    n = len(original)
    for ch in text:
        while i < n:
            mapped = original[i].translate(table)
            if mapped == ch or original[i] == ch:
                break
            if (mapped and mapped not in _SEPARATORS) or ch in _SEPARATORS:
                break
            i += 1
        origins.append(min(i, n - 1) if n else 0)
        if i < n and (original[i] == ch or original[i].translate(table) == ch):
            i += 1
    origins.append(n)
    return Aligned(original, text, tuple(origins))
