"""``khabar.given_name_swap.v1``: training copies of paragraphs whose people carry other
given names from khabar's list.

The NER's training data shows a few hundred given names; news brings others. A copy of a
paragraph with each listed given name inside a PER entity replaced by another listed one
trains the rows of names the corpus never shows, in the places people's names stand,
and teaches the list feature of :mod:`khabar.pipeline.listed_embed` on more names.
"""

import random
from collections.abc import Callable, Iterator
from functools import lru_cache, partial

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.iob_utils import doc_to_biluo_tags
from spacy.util import registry

from khabar.gazetteer import data_lines, given_names
from khabar.pipeline.lexicon_features import normalize_key


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    """The names as listed, without the «سید…» and «…اله» spellings
    :func:`~khabar.gazetteer.given_names` adds, so that each listed name is as likely."""
    return tuple(data_lines("given_names.txt"))


def swapped(nlp: Language, example: Example) -> Example | None:
    """``example`` with every listed given name in a PER entity replaced by a random
    listed one; ``None`` when it has none."""
    reference = example.reference
    words = [token.text for token in reference]
    listed = [
        token.i
        for ent in reference.ents
        if ent.label_ == "PER"
        for token in ent
        if normalize_key(token.text) in given_names()
    ]
    if not listed:
        return None
    for i in listed:
        words[i] = random.choice(_names())
    spaces = [bool(token.whitespace_) for token in reference]
    tags = doc_to_biluo_tags(reference, missing="-")
    return Example.from_dict(Doc(nlp.vocab, words=words, spaces=spaces), {"entities": tags})


def given_name_swap(nlp: Language, example: Example, *, level: float) -> Iterator[Example]:
    yield example
    if random.random() < level and (copy := swapped(nlp, example)) is not None:
        yield copy


@registry.augmenters("khabar.given_name_swap.v1")
def create_given_name_swap(level: float) -> Callable[[Language, Example], Iterator[Example]]:
    """Beside each training example, with probability ``level``, its copy with other
    given names (:func:`swapped`)."""
    return partial(given_name_swap, level=level)
