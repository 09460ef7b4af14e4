"""``khabar.ListedHashEmbed.v1``: the NER's word features, plus whether a word is a listed
given name, place or surname.

Most people the NER misses on news it never saw carry names its training data never
shows (BENCHMARKS.md, issue 4: people 0.970 on tuning articles its training held, 0.825
with a NER trained without them). Hash embeddings of a word's form only help for forms
seen in training; a feature saying "this word is on khabar's list of given names" (or of
places, or of surnames: `khabar/data`) is the same for a name seen in training and for
one that is not, so what the NER learns about listed names carries over to new ones.
"""

from collections.abc import Callable

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d

from khabar.gazetteer import given_names, places, surnames
from khabar.pipeline import ner_conventions
from khabar.pipeline.lexicon_features import normalize_key

NOT_LISTED, GIVEN_NAME, PLACE, SURNAME = 0, 1, 2, 3
KINDS = 4


def listed_class(word: str) -> int:
    """Which list a word is on: a given name, a single-word place, a surname, or none."""
    key = normalize_key(word)
    if key in given_names():
        return GIVEN_NAME
    if key in places():
        return PLACE
    if key in surnames():
        return SURNAME
    return NOT_LISTED


def _forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable]:
    columns = model.attrs["columns"]
    cache: dict[int, int] = model.attrs["cache"]
    features = []
    for doc in docs:
        # the document's conventions (khabar.pipeline.ner_conventions) shift every class
        shift = KINDS * ner_conventions.index(doc)
        listed = []
        for token in doc:
            if (kind := cache.get(token.orth)) is None:
                kind = cache[token.orth] = listed_class(token.text)
            listed.append(kind + shift)
        table = doc.to_array(columns).reshape((len(doc), len(columns)))
        table = numpy.hstack([table, numpy.asarray(listed, dtype=table.dtype)[:, None]])
        features.append(model.ops.asarray2i(table, dtype="uint64"))
    return features, lambda d_features: []


def listed_features(columns: list[str]) -> Model[list[Doc], list[Ints2d]]:
    """spaCy's ``FeatureExtractor`` with one more column: :func:`listed_class`, plus
    ``KINDS`` times the number of the document's NER conventions (none for news)."""
    return Model("listed_features", _forward, attrs={"columns": columns, "cache": {}})


@registry.architectures("khabar.ListedHashEmbed.v1")
def listed_hash_embed(
    width: int, attrs: list[str], rows: list[int], listed_rows: int
) -> Model[list[Doc], list[Floats2d]]:
    """``spacy.MultiHashEmbed.v2`` without static vectors, with a hash embedding of
    :func:`listed_class` (``listed_rows`` rows) beside those of ``attrs``."""
    embeddings = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0)
        for i, n_rows in enumerate([*rows, listed_rows])
    ]
    return chain(
        listed_features(attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
