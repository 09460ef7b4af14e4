"""Finding gold strings in an article's text, whatever its spaces and half-spaces."""

import re
from collections.abc import Iterable
from functools import lru_cache

from khabar.text.chars import ZWNJ

# Marks the normalizer gives a space after when a word is glued to them.
_MARKS = frozenset(".!،؛؟:»")


@lru_cache(maxsize=65536)
def _surface_pattern(surface: str) -> re.Pattern[str]:
    parts: list[str] = []
    previous = ""
    for ch in surface.strip():
        if ch in f" {ZWNJ}":
            parts.append(f"[ {ZWNJ}]?")
        else:
            if parts and not parts[-1].endswith("?"):
                # After a mark the normalizer may have put the space back («دارد.ضمن»).
                parts.append(f"[ {ZWNJ}]?" if previous in _MARKS else f"{ZWNJ}?")
            parts.append(re.escape(ch))
        previous = ch
    return re.compile(rf"(?<!\w){''.join(parts)}(?!\w)")


def find_surface(text: str, surface: str, start: int = 0) -> tuple[int, int] | None:
    """The first span of ``surface`` in ``text`` at or after ``start``, as whole words.

    Spaces and half-spaces may differ or be missing between the two, so a gold string in
    correct Persian is found in text whose half-spaces the normalizer could not restore.
    """
    m = _surface_pattern(surface).search(text, start)
    return (m.start(), m.end()) if m else None


def body_start(text: str) -> int:
    """Where the body begins: after the headline, which annotations leave out."""
    stripped = text.lstrip("\n")
    newline = stripped.find("\n")
    return len(text) - len(stripped) + (newline if newline >= 0 else len(stripped))


def locate_all(text: str, surfaces: Iterable[str]) -> list[tuple[int, int] | None]:
    """Spans of ``surfaces`` found one after another in the body, in text order."""
    pos, spans = body_start(text), []
    for surface in surfaces:
        span = find_surface(text, surface, pos)
        spans.append(span)
        if span:
            pos = span[1]
    return spans
