"""``khabar.load()``: the whole Persian pipeline as one spaCy ``Language``.

tokenizer (repair + PerDT tokens) → trained components (POS and features, lemmas,
dependencies, named entities) → the news layer. The trained model lives in
``khabar/models/fa_khabar`` (see its model card); nothing is downloaded.
"""

import os
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from khabar.news.components import NEWS_COMPONENTS
from khabar.pipeline import ner_conventions as ner_marks
from khabar.pipeline import place_designators
from khabar.pipeline.conventions import SERAJI_PARSER, Conventions, known_conventions
from khabar.pipeline.ops import use_one_thread_blas
from khabar.text.spacy_tokenizer import KhabarTokenizer

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "fa_khabar"


def model_dir(model: Path | None = None) -> Path:
    """``model``, else ``$KHABAR_MODEL``, else the shipped model."""
    return Path(model or os.environ.get("KHABAR_MODEL") or MODEL_DIR)


def load(
    news: bool = True,
    exclude: str | Iterable[str] = (),
    model: Path | None = None,
    conventions: str = "perdt",
    ner_conventions: str = "news",
) -> Language:
    """khabar's pipeline for Persian.

    ``news=False`` leaves out the news layer (for linguistic annotation only); ``exclude``
    drops trained components by name (e.g. ``("parser",)``) when speed matters more.
    ``model`` (or ``$KHABAR_MODEL``) points at another trained pipeline folder.
    ``conventions="seraji"`` parses with the parser trained on Seraji where the model has
    one; pair it with ``load_conventions("seraji", nlp=...)`` for the rest of Seraji's
    conventions. ``ner_conventions="arman"`` marks names as ArmanPersoNER does (a country
    that acts may be ORG; :mod:`khabar.pipeline.ner_conventions`) instead of as khabar's
    news annotations and the news layer do, with the NER trained for it.
    """
    known_conventions(conventions)
    ner_marks.known(ner_conventions)
    model = model_dir(model)
    if not (model / "config.cfg").exists():
        raise FileNotFoundError(
            f"the trained model is missing from {model}; rebuild it with 'khabar train'"
        )
    # one name is one component, as spacy.load reads it, not its letters
    nlp = spacy.load(model, exclude=[exclude] if isinstance(exclude, str) else list(exclude))
    if conventions == "seraji" and {SERAJI_PARSER, "parser"} <= set(nlp.component_names):
        nlp.disable_pipe("parser")
        nlp.enable_pipe(SERAJI_PARSER)
    # every component, the disabled Seraji parser too, should a caller enable it
    use_one_thread_blas([proc.model for _, proc in nlp.components if hasattr(proc, "model")])
    nlp.tokenizer = KhabarTokenizer(nlp.vocab)
    if "ner" in nlp.pipe_names:
        ner_marks.use(nlp, ner_conventions)
        last = ner_marks.NER_ARMAN if ner_marks.NER_ARMAN in nlp.component_names else "ner"
        nlp.add_pipe(place_designators.NAME, after=last)
    if news:
        for name in NEWS_COMPONENTS:
            nlp.add_pipe(name)
    return nlp


def load_conventions(
    name: str, model: Path | None = None, nlp: Language | None = None
) -> Conventions | None:
    """The rewrite of the model's CoNLL-U into treebank ``name``'s conventions (None for
    PerDT's, which the model writes); see :mod:`khabar.pipeline.conventions`. ``nlp`` is
    the pipeline whose output it rewrites: its heads and relations are kept as they are
    when it parses with the Seraji parser (``load(conventions="seraji")``)."""
    parsed = nlp is not None and SERAJI_PARSER in nlp.pipe_names
    return Conventions.load(name, model_dir(model), parsed=parsed)
