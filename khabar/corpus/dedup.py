"""Syndicated copies: the same story republished by several outlets, grouped into one.

Outlets republish a story with a new sourcing line, their own spelling (half-spaces or
none, Arabic «ي» «ك», other digits) and a paragraph dropped here and there. Copies are
compared on shingles (runs of ``SHINGLE`` consecutive words) of the text's search keys
(:mod:`khabar.corpus.keys`), so spelling and inflection differences vanish before
comparison. MinHash LSH (datasketch) finds candidate copies among the stored articles
without comparing against every one, with a low Jaccard threshold (``LSH_THRESHOLD``);
a candidate is a copy when the estimated share of the shorter text's shingles found in
the other (containment) reaches ``CONTAINMENT``. Containment rather than Jaccard, because
a copy that drops a long paragraph shares little with the whole but is all inside it.

``SHINGLE``, ``LSH_THRESHOLD`` and ``CONTAINMENT`` were tuned on copies of Fars News
articles made by :mod:`khabar.corpus.variants`: 588 articles and two copies of each gave
pairwise recall 0.998 and precision 1.000, with recall ≥ 0.993 and precision ≥ 0.985 for
every shingle size 3-5, LSH threshold 0.1-0.3 and containment 0.3-0.5 tried
(``benchmarks/corpus.py`` measures it again).
"""

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


class Stories:
    """Which story a new article belongs to, from the signatures of those stored.

    The LSH index lives in memory; a store rebuilds it from its stored signatures when an
    ingest starts (a few seconds for 100,000 articles), so nothing but the signatures
    needs to persist.
    """

    def __init__(
        self, lsh_threshold: float = LSH_THRESHOLD, containment: float = CONTAINMENT
    ) -> None:
        self.containment = containment
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
        self._signatures: dict[int, Signature] = {}
        self._story: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._story)

    def add(self, article_id: int, story_id: int, sig: Signature) -> None:
        self._lsh.insert(article_id, sig.minhash)
        self._signatures[article_id] = sig
        self._story[article_id] = story_id

    def remove(self, article_id: int) -> None:
        """Forget an article (its transaction was rolled back)."""
        self._lsh.remove(article_id)
        del self._signatures[article_id], self._story[article_id]

    def find(self, sig: Signature) -> int | None:
        """The story of the stored copy that best contains (or is contained in) ``sig``."""
        best, best_id = self.containment, None
        for candidate in self._lsh.query(sig.minhash):
            score = sig.containment(self._signatures[candidate])
            if score >= best:
                best, best_id = score, candidate
        return None if best_id is None else self._story[best_id]
