"""Syndicated copies: the same story republished by several outlets, grouped into one.

Outlets republish a story with a new sourcing line, their own spelling (half-spaces or
none, Arabic «ي» «ك», other digits) and a paragraph dropped here and there. Copies are
compared on shingles (runs of ``SHINGLE`` consecutive words) of the text's search keys
(:mod:`khabar.corpus.keys`), so spelling and inflection differences vanish before
comparison. MinHash LSH (datasketch) finds candidate copies among the stored articles
without comparing against every one, with a low Jaccard threshold (``LSH_THRESHOLD``);
a store keeps each article's band keys in a table (:func:`band_keys`), so looking up
copies needs no index in memory, however large the store;
a candidate is a copy when the estimated share of the shorter text's shingles found in
the other (containment) reaches ``CONTAINMENT``. Containment rather than Jaccard, because
a copy that drops a long paragraph shares little with the whole but is all inside it.
Copies are published within ``WINDOW_DAYS`` of each other (either date unknown, any): an
outlet's bulletin on one template every day (the price of gold) is inside yesterday's as
much as a copy is inside its story, and is still a new story each day.

``SHINGLE``, ``LSH_THRESHOLD`` and ``CONTAINMENT`` were tuned on copies of Fars News
articles made by :mod:`khabar.corpus.variants`: 588 articles and two copies of each gave
pairwise recall 0.998 and precision 1.000, with recall ≥ 0.993 and precision ≥ 0.985 for
every shingle size 3-5, LSH threshold 0.1-0.3 and containment 0.3-0.5 tried
(``benchmarks/corpus.py`` measures it again).
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from hashlib import blake2b
from typing import NamedTuple

import numpy as np
from datasketch import MinHash, MinHashLSH

from khabar.corpus.keys import text_keys

NUM_PERM = 128
# datasketch's permutation scheme; stored signatures are only comparable within one.
SCHEME = "affine32"
SHINGLE = 4
LSH_THRESHOLD = 0.2
CONTAINMENT = 0.4
# Copies of a story appear within days of it; a template's next day's text is another story.
WINDOW_DAYS = 3
# The bands datasketch picks for LSH_THRESHOLD: (start, end) into the hash values.
BANDS = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges


def shingles(keys: list[str], size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-grams over a text's search keys (:func:`text_keys`); a shorter text
    is one shingle."""
    if len(keys) < size:
        return {" ".join(keys).encode()}
    return {" ".join(keys[i : i + size]).encode() for i in range(len(keys) - size + 1)}


class Signature(NamedTuple):
    """A text's MinHash and how many distinct shingles it has (for containment)."""

    minhash: MinHash
    size: int

    def to_bytes(self) -> bytes:
        return np.concatenate([[self.size], self.minhash.hashvalues]).astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> "Signature":
        values = np.frombuffer(data, dtype="<u8")
        return cls(MinHash(num_perm=NUM_PERM, hashvalues=values[1:], scheme=SCHEME), int(values[0]))

    def containment(self, other: "Signature") -> float:
        """Estimated share of the smaller shingle set that is in the other."""
        jaccard = self.minhash.jaccard(other.minhash)
        return jaccard * (self.size + other.size) / ((1 + jaccard) * min(self.size, other.size))


def signature(text: str, size: int = SHINGLE, keys: list[str] | None = None) -> Signature:
    """The text's signature; ``keys`` are its :func:`text_keys` when known already."""
    found = shingles(text_keys(text) if keys is None else keys, size)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(found))
    return Signature(minhash, len(found))


def band_keys(hashvalues: np.ndarray) -> list[int]:
    """One key per LSH band of a MinHash's values (the bands datasketch's ``MinHashLSH``
    picks for ``LSH_THRESHOLD``): two articles sharing a key are candidate copies. Keys
    are 63-bit integers, so a database indexes them as it indexes any number."""
    values = np.asarray(hashvalues, dtype="<u8")
    return [
        int.from_bytes(blake2b(bytes([i]) + values[a:b].tobytes(), digest_size=8).digest()) >> 1
        for i, (a, b) in enumerate(BANDS)
    ]


def near_in_time(one: str | None, other: str | None) -> bool:
    """Whether two publication days (ISO) may be one story's: within ``WINDOW_DAYS`` of each
    other, or either unknown. A bulletin an outlet writes on one template every day (the
    price of gold, the weather) is as much inside yesterday's as a copy is in its story."""
    if not one or not other:
        return True
    return abs((dt.date.fromisoformat(one) - dt.date.fromisoformat(other)).days) <= WINDOW_DAYS


def best_story(
    sig: Signature,
    candidates: Iterable[tuple[int, bytes, str | None]],
    containment: float = CONTAINMENT,
    published: str | None = None,
) -> int | None:
    """The story of the candidate copy (``(story_id, signature, published)``) that best
    contains, or is contained in, ``sig`` and was published near ``published``; the first
    of equals. None when none reaches ``containment``."""
    best, found = containment, None
    for story_id, data, day in candidates:
        if not near_in_time(published, day):
            continue
        score = sig.containment(Signature.from_bytes(data))
        if score > best or (found is None and score == best):
            best, found = score, story_id
    return found


class Stories:
    """Which story a new article belongs to, among articles kept in memory: what a store
    does with its ``bands`` table (:meth:`khabar.corpus.store.Store.story_of`), for
    grouping without a store (benchmarks, tests)."""

    def __init__(self, containment: float = CONTAINMENT) -> None:
        self.containment = containment
        self._buckets: dict[int, list[int]] = defaultdict(list)
        self._signatures: dict[int, bytes] = {}
        self._story: dict[int, int] = {}
        self._published: dict[int, str | None] = {}

    def __len__(self) -> int:
        return len(self._story)

    def add(
        self, article_id: int, story_id: int, sig: Signature, published: str | None = None
    ) -> None:
        for key in band_keys(sig.minhash.hashvalues):
            self._buckets[key].append(article_id)
        self._signatures[article_id] = sig.to_bytes()
        self._story[article_id] = story_id
        self._published[article_id] = published

    def find(self, sig: Signature, published: str | None = None) -> int | None:
        """The story of the stored copy that best contains (or is contained in) ``sig``,
        published near ``published``."""
        ids = {i for key in band_keys(sig.minhash.hashvalues) for i in self._buckets.get(key, ())}
        candidates = (
            (self._story[i], self._signatures[i], self._published[i]) for i in sorted(ids)
        )
        return best_story(sig, candidates, self.containment, published)
