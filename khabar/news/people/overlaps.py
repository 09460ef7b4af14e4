"""Which names found already overlap or hold a stretch of text, found by bisection over
their starts: a long text has thousands of names and as many stretches to check, and
checking every name for every stretch took most of the time of a text of 200,000
characters."""

from bisect import bisect_left
from collections.abc import Iterable


class Overlaps:
    """The spans of names, sorted by start, each with its place in the order given."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted((start, end, rank) for rank, (start, end) in enumerate(spans))
        self.starts = [start for start, _, _ in self.spans]
        self.longest = max((end - start for start, end, _ in self.spans), default=0)

    def _overlapping(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The spans overlapping ``start``–``end``: those starting before its end, and
        late enough, by the longest span, to end after its start."""
        low = bisect_left(self.starts, start - self.longest + 1)
        high = bisect_left(self.starts, end, low)
        return [span for span in self.spans[low:high] if span[1] > start]

    def any(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``start``–``end``."""
        return bool(self._overlapping(start, end))

    def first(self, start: int, end: int) -> tuple[int, int] | None:
        """The span overlapping ``start``–``end`` that came first in the order given, as
        a scan of the spans in that order would find it."""
        spans = self._overlapping(start, end)
        return min(spans, key=lambda span: span[2])[:2] if spans else None

    def longer_holds(self, start: int, end: int) -> bool:
        """Whether a longer span holds ``start``–``end``: it is part of that name."""
        return any(
            s <= start and end <= e and e - s > end - start
            for s, e, _ in self._overlapping(start, end)
        )
