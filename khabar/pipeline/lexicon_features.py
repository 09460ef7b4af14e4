"""``khabar_lexicon_features``: hazm's POS tags as the word features the tok2vec embeds.

Puts hazm's coarse POS tags for a word (``N``, ``AJ``, ``N,AJ``, ``ADV``, …, from
``lexicon/hazm/words.dat``) into the lexeme's ``SHAPE`` attribute, which the tok2vec
embeds (``attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]``). Word shape carries almost no
information in Persian script, the lexicon's tags do. Words outside the lexicon get a
small shape class (digits, Latin, punctuation, Persian). The word list is stored in the
model folder, so a loaded model needs no data folder, only this module imported.
Place it first in the pipeline: it acts when initialised or loaded, not per ``Doc``.
With ``normalize_norm = true`` it also sets ``NORM`` to the word with Persian letters
for Arabic ones (ي ك ة …), ASCII digits and no diacritics, so spelling variants share
an embedding row.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import srsly
from spacy.attrs import NORM, SHAPE
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab

from khabar.text.chars import ZWNJ

_ARABIC_TO_PERSIAN = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "ؤ": "و", "\u0640": None}
)
_DIACRITICS = re.compile("[\u064b-\u065f\u0670]")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def normalize_key(text: str) -> str:
    """Lookup key: Persian letters for Arabic ones, no diacritics or tatweel."""
    return _DIACRITICS.sub("", text.translate(_ARABIC_TO_PERSIAN))


def _shape_class(text: str) -> str:
    if not text:
        return "EMPTY"
    if all(
        unicodedata.category(c).startswith("P") or unicodedata.category(c).startswith("S")
        for c in text
    ):
        return "PUNCT"
    if any(c.isdigit() for c in text):
        return "DIGIT" if all(c.isdigit() or c in ".,/٫٬:-" for c in text) else "HASDIGIT"
    if all("a" <= c.lower() <= "z" for c in text):
        return "LATIN"
    return "OOV"


def read_hazm_words(path: Path) -> dict[str, str]:
    """word -> comma-joined hazm tags, for the words that carry tags (about 36,000)."""
    table: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] != "0":
            table.setdefault(normalize_key(parts[0]), parts[2])
    return table


def normalize_norm(text: str) -> str:
    """``NORM`` when ``normalize_norm`` is on: Persian letters, ASCII digits, no diacritics."""
    return normalize_key(text).translate(_DIGITS)


class LexiconFeatures:
    def __init__(self, nlp: Language, name: str, normalize_norm: bool = False):
        self.name = name
        self.vocab: Vocab = nlp.vocab
        self.table: dict[str, str] = {}
        self.normalize_norm = normalize_norm

    def feature(self, text: str) -> str:
        key = normalize_key(text)
        tags = self.table.get(key)
        if tags is None and ZWNJ in key:
            tags = self.table.get(key.replace(ZWNJ, ""))
        return "LEX:" + tags if tags else _shape_class(text)

    def _install(self) -> None:
        self.vocab.lex_attr_getters[SHAPE] = self.feature
        if self.normalize_norm:
            self.vocab.lex_attr_getters[NORM] = normalize_norm
        for lex in self.vocab:
            lex.shape_ = self.feature(lex.orth_)
            if self.normalize_norm:
                lex.norm_ = normalize_norm(lex.orth_)

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        words_path: str = "",
    ) -> None:
        if words_path:
            self.table = read_hazm_words(Path(words_path))
        self._install()

    def to_bytes(self, *, exclude=()) -> bytes:
        return srsly.msgpack_dumps({"table": self.table})

    def from_bytes(self, data: bytes, *, exclude=()) -> LexiconFeatures:
        self.table = srsly.msgpack_loads(data)["table"]
        self._install()
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        # grouped by tag: compact and diff-friendly
        groups: dict[str, list[str]] = {}
        for w, t in self.table.items():
            groups.setdefault(t, []).append(w)
        (path / "words.json").write_text(
            json.dumps(
                {t: sorted(ws) for t, ws in sorted(groups.items())},
                ensure_ascii=False,
                separators=(",", ":"),
            ),
            encoding="utf-8",
        )

    def from_disk(self, path, *, exclude=()) -> LexiconFeatures:
        groups = json.loads((Path(path) / "words.json").read_text(encoding="utf-8"))
        self.table = {w: t for t, ws in groups.items() for w in ws}
        self._install()
        return self


@Language.factory("khabar_lexicon_features", default_config={"normalize_norm": False})
def make_lexicon_features(nlp: Language, name: str, normalize_norm: bool) -> LexiconFeatures:
    return LexiconFeatures(nlp, name, normalize_norm)


@registry.callbacks("khabar.init_lexicon_features.v1")
def init_lexicon_features(words_path: str) -> Callable[[Language], Language]:
    """``[initialize.after_init]``: initialise ``lexicon_features`` whatever is enabled.

    ``spacy pretrain`` initialises the pipeline with every component disabled, so without
    this the tok2vec would be pretrained on spaCy's default ``NORM`` and ``SHAPE`` rather
    than khabar's (normalized words, hazm tags). In ``spacy train`` it repeats what the
    component's own initialisation did."""

    def init(nlp: Language) -> Language:
        if "lexicon_features" in nlp.pipe_names:
            nlp.get_pipe("lexicon_features").initialize(nlp=nlp, words_path=words_path)
        return nlp

    return init
