"""Which corpus's conventions the NER marks names in: khabar's news (the default) or
ArmanPersoNER's.

The NER trains on two corpora that disagree on some names. ArmanPersoNER tags a country
that acts as ORG («آمریکا» opens 112 LOC and 46 ORG spans in its tuning part) and leaves
«مجلس» or «جمهوری اسلامی» unmarked; khabar's own Fars News annotations, like the
specification, make countries and cities LOC and mark those bodies. Trained on both
without being told which is which, the NER learns a blur of the two. Each training
document says which corpus it comes from (``doc.user_data[KEY]``) and the NER's word
features carry it (:mod:`khabar.pipeline.listed_embed`).

The pipeline keeps the NER the news layer was built on (``ner``, trained without the
marks) and, disabled beside it, ``ner_arman``, trained with them; :func:`use` swaps it in
with the ``khabar_ner_conventions`` component before it to mark each document
(``khabar.load(ner_conventions="arman")``, as ``khabar evaluate ner`` does for gold in
Arman's format).
"""

from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

KEY = "khabar.ner_conventions"
NAMES = ("news", "arman")
NAME = "khabar_ner_conventions"
NER_ARMAN = "ner_arman"

Augmenter = Callable[[Language, Example], Iterator[Example]]


def known(name: str) -> str:
    """``name`` if it is a known NER convention, else a ``ValueError`` listing them."""
    if name not in NAMES:
        raise ValueError(f"unknown NER conventions {name!r}: one of {', '.join(NAMES)}")
    return name


def index(doc: Doc) -> int:
    """The conventions ``doc`` is marked in, as a number (0 for news, the default)."""
    return NAMES.index(doc.user_data.get(KEY, NAMES[0]))


def mark(doc: Doc, name: str) -> Doc:
    """``doc``, to be read in conventions ``name`` (news needs no mark)."""
    if known(name) == NAMES[0]:
        doc.user_data.pop(KEY, None)
    else:
        doc.user_data[KEY] = name
    return doc


@registry.augmenters("khabar.ner_conventions.v1")
def create_carry_conventions(augmenter: Augmenter | None = None) -> Augmenter:
    """Each example, and what ``augmenter`` makes of it, with its predicted document read
    in the example's conventions: spaCy's corpus reader makes the predicted document
    afresh from the reference's text, without the mark."""

    def carry(nlp: Language, example: Example) -> Iterator[Example]:
        name = NAMES[index(example.reference)]
        for each in augmenter(nlp, example) if augmenter else [example]:
            mark(each.predicted, name)
            yield each

    return carry


class Marker:
    """Marks every document for the NER after it with one set of conventions."""

    def __init__(self, conventions: str) -> None:
        self.conventions = known(conventions)

    def __call__(self, doc: Doc) -> Doc:
        return mark(doc, self.conventions)


@Language.factory(NAME, default_config={"conventions": "arman"})
def create_marker(nlp: Language, name: str, conventions: str) -> Marker:
    return Marker(conventions)


def use(nlp: Language, conventions: str) -> None:
    """Make ``nlp`` mark names in ``conventions``: for Arman's, ``ner_arman`` in place of
    ``ner``, with the marker before it; a ``ValueError`` when the model has no such NER."""
    if known(conventions) == NAMES[0]:
        if NER_ARMAN in nlp.pipe_names:
            nlp.disable_pipe(NER_ARMAN)
            nlp.disable_pipe(NAME)
            nlp.enable_pipe("ner")
        return
    if NER_ARMAN not in nlp.component_names:
        raise ValueError(f"this model has no NER trained in {conventions!r} conventions")
    if NAME not in nlp.component_names:
        nlp.add_pipe(NAME, before=NER_ARMAN, config={"conventions": conventions})
    nlp.enable_pipe(NAME)
    nlp.enable_pipe(NER_ARMAN)
    nlp.disable_pipe("ner")
