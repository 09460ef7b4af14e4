"""``khabar.CachedVectors.v1``: floret vectors that remember each word's vector."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.util import registry
from spacy.vectors import Mode as VectorsMode
from spacy.vectors import Vectors
from spacy.vocab import Vocab
from thinc.backends import get_array_ops


class CachedFloretVectors(Vectors):
    """spaCy's ``Vectors`` with each word's floret vector kept once computed.

    In floret mode spaCy hashes every character n-gram of every distinct word of a batch
    again for each batch and each tok2vec that reads the vectors; the table is static at
    run time (and in training), so a word's vector is computed once and remembered (up to
    ``MAX_CACHE`` words, then the memory starts over). Loaded like spaCy's own vectors;
    a pipeline asks for it with ``[nlp] vectors = {"@vectors":"khabar.CachedVectors.v1"}``.
    """

    MAX_CACHE = 200_000

    def _cache(self) -> dict[int, np.ndarray]:
        cache = self.__dict__.get("_khabar_cache")
        if cache is None:
            cache = self.__dict__["_khabar_cache"] = {}
        return cache

    def get_batch(self, keys):
        if self.mode != VectorsMode.floret:
            return super().get_batch(keys)
        cache = self._cache()
        keys = [int(k) if not isinstance(k, str) else self.strings.add(k) for k in keys]
        missing = list({k for k in keys if k not in cache})
        if missing:
            if len(cache) + len(missing) > self.MAX_CACHE:
                cache.clear()
            for key, vector in zip(missing, super().get_batch(missing), strict=True):
                cache[key] = vector
        if not keys:
            return super().get_batch(keys)
        return get_array_ops(self.data).asarray(np.stack([cache[k] for k in keys]))

    def _forget(self) -> None:
        self.__dict__.pop("_khabar_cache", None)

    def from_disk(self, path, *, exclude=()):
        self._forget()
        return super().from_disk(path, exclude=exclude)

    def from_bytes(self, data, *, exclude=()):
        self._forget()
        return super().from_bytes(data, exclude=exclude)


@registry.vectors("khabar.CachedVectors.v1")
def create_cached_vectors() -> Callable[[Vocab], CachedFloretVectors]:
    def make(vocab: Vocab) -> CachedFloretVectors:
        return CachedFloretVectors(strings=vocab.strings)

    return make
