"""The one fixed split of every development set into a tuning part and a held-out part.

The held-out part is the last quarter of each file, taken as a contiguous block so that
sentences of one document stay together and vocabulary does not leak across the split.
Lexicons, trained models and tuned thresholds learn only from ``tune``; benchmarks report
on ``heldout``.
"""

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

HELDOUT_FRACTION = 0.25


def _cut(n: int) -> int:
    return n - round(n * HELDOUT_FRACTION)


def tune(items: Sequence[T]) -> list[T]:
    """The first three quarters: what khabar may learn from."""
    return list(items[: _cut(len(items))])


def heldout(items: Sequence[T]) -> list[T]:
    """The last quarter: never learned from, only scored on."""
    return list(items[_cut(len(items)) :])
