"""Names the recognizer found overlapping are joined into one
(:func:`khabar.news.people.finder._joined`) in one sweep over the spans in order.

The reference is the old way: join the first crossing pair a scan of every pair finds,
until none is left. Which pair came first was the order of a set, so where a span crosses
one name of a pair and ends up inside their join the outcome hung on that order; the sweep
takes the pairs in the order of the spans, and wherever the old way had one outcome
whatever its order, the sweep has that one.
"""

import random
from collections.abc import Callable, Iterable

from khabar.news.people.finder import _joined

Span = tuple[int, int]


def _old_joined(spans: set[Span], order: Callable[[set[Span]], Iterable[Span]] = iter) -> set[Span]:
    while pair := _old_overlapping(spans, order):
        (start, _), (_, end) = pair
        spans = spans - set(pair) | {(start, end)}
    return spans


def _old_overlapping(
    spans: set[Span], order: Callable[[set[Span]], Iterable[Span]]
) -> tuple[Span, ...] | None:
    return next(
        ((a, b) for a in order(spans) for b in order(spans) if a[0] < b[0] < a[1] < b[1]), None
    )


def _reachable(spans: set[Span]) -> set[frozenset[Span]]:
    """Every outcome of joining crossing pairs one at a time, in any order."""
    pairs = [(a, b) for a in spans for b in spans if a[0] < b[0] < a[1] < b[1]]
    if not pairs:
        return {frozenset(spans)}
    return {outcome for a, b in pairs for outcome in _reachable(spans - {a, b} | {(a[0], b[1])})}


def _random_spans(rng: random.Random, count: int, width: int) -> set[Span]:
    spans = set()
    while len(spans) < count:
        start = rng.randrange(width)
        spans.add((start, start + rng.randint(1, 8)))
    return spans


def test_the_names_of_a_chain_are_one():
    # «اسفندیار رحیم» + «رحیم مشایی», and a third piece crossing the second.
    assert _joined({(0, 13), (9, 19), (15, 25)}) == {(0, 25)}


def test_a_name_inside_another_stays_apart():
    assert _joined({(0, 20), (5, 10), (30, 40)}) == {(0, 20), (5, 10), (30, 40)}


def test_the_first_name_joins_the_first_it_crosses():
    # The old way gave this or {(0, 15)}, by the order of its set.
    assert _joined({(0, 10), (5, 15), (8, 12)}) == {(0, 15), (8, 12)}


def test_same_as_the_old_way_taking_pairs_in_order():
    rng = random.Random(7)
    for _ in range(3000):
        spans = _random_spans(rng, rng.randint(0, 40), rng.choice((12, 30, 120)))
        assert _joined(spans) == _old_joined(spans, sorted), spans


def test_same_as_the_old_way_wherever_its_order_did_not_matter():
    rng = random.Random(11)
    for _ in range(3000):
        spans = _random_spans(rng, rng.randint(0, 7), rng.choice((12, 25, 60)))
        if len(_reachable(spans)) == 1:
            assert _joined(spans) == _old_joined(spans), spans


def test_same_as_the_old_way_on_a_long_text_of_names():
    # Clusters far apart, each with one outcome whatever the old way's order.
    rng = random.Random(13)
    for _ in range(20):
        spans: set[Span] = set()
        while len(spans) < 300:
            cluster = _random_spans(rng, rng.randint(1, 6), 20)
            if len(_reachable(cluster)) == 1:
                offset = 100 * len(spans)
                spans |= {(start + offset, end + offset) for start, end in cluster}
        assert _joined(spans) == _old_joined(spans)
