"""The names overlapping or holding a stretch (:class:`khabar.news.people.overlaps.Overlaps`)
are those a scan of every name finds, the first the one that scan meets first."""

import random

from khabar.news.people.overlaps import Overlaps


def test_same_as_scanning_every_name() -> None:
    rng = random.Random(5)
    for _ in range(500):
        spans = {(s, s + rng.randint(1, 30)) for s in rng.sample(range(300), rng.randint(0, 40))}
        names = Overlaps(spans)
        for _ in range(20):
            start = rng.randrange(320)
            end = start + rng.randint(1, 40)
            overlapping = [(a, b) for a, b in spans if a < end and start < b]
            assert names.any(start, end) == bool(overlapping)
            assert names.first(start, end) == next(iter(overlapping), None)
            assert names.longer_holds(start, end) == any(
                a <= start and end <= b and b - a > end - start for a, b in spans
            )


def test_a_name_holding_a_shorter_one() -> None:
    # «علی فاضل» inside «زیاد علی فاضل».
    names = Overlaps({(0, 13), (5, 13)})
    assert names.longer_holds(5, 13)
    assert not names.longer_holds(0, 13)
