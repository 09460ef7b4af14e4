"""khabar's own spaCy components.

``khabar_lexicon_features``
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

``khabar_verb_lemmas``
    Backs the trainable lemmatizer for verbs with a stem lexicon (hazm ``verbs.dat`` plus
    every ``past#present`` lemma seen in training): a VERB/AUX whose predicted lemma is not
    a known ``past#present`` is re-lemmatised by stripping Persian verb affixes and looking
    the stem up; e.g. «می‌رسند» → «رسید#رس».
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import srsly
from spacy.attrs import NORM, SHAPE
from spacy.language import Language
from spacy.ml.models.tok2vec import CharacterEmbed, MultiHashEmbed
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry
from spacy.vectors import Mode as VectorsMode
from spacy.vectors import Vectors
from spacy.vocab import Vocab
from thinc.api import Maxout, Model, chain, concatenate, with_array
from thinc.backends import get_array_ops
from thinc.types import Floats2d

ZWNJ = "\u200c"
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


# --------------------------------------------------------------------------- verb lemmas

_PREVERBS = ("بر", "در", "باز", "فرو", "ور")
_PREFIXES = ("نمی" + ZWNJ, "می" + ZWNJ, "نمی", "می", "ن", "ب")
_SUFFIXES = tuple(
    sorted(
        {
            "",
            "م",
            "ی",
            "د",
            "یم",
            "ید",
            "ند",
            "ه",
            "ن",
            "ست",
            "ه" + ZWNJ + "ام",
            "ه" + ZWNJ + "ای",
            "ه" + ZWNJ + "ایم",
            "ه" + ZWNJ + "اید",
            "ه" + ZWNJ + "اند",
            "ه‌است",
            "ه" + ZWNJ + "است",
            "ه" + ZWNJ + "ایم",
            "ه‌ام",
            "ه‌ای",
            "ه‌اند",
            "ه ام",
            "ه اند",
            "ه است",
            "ام",
            "ای",
            "ایم",
            "اید",
            "اند",
            "یی",
            "ئی",
            "ئیم",
            "ئید",
            "یند",
        },
        key=len,
        reverse=True,
    )
)


class VerbLemmas:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.known: set[str] = set()
        self.by_past: dict[str, str] = {}
        self.by_present: dict[str, str] = {}

    def _index(self, lemmas: Iterable[str]) -> None:
        for lemma in lemmas:
            parts = lemma.split("#")
            if len(parts) < 2:
                continue
            self.known.add(lemma)
            past, present = parts[-2], parts[-1]
            prefix = "".join(parts[:-2])
            if past:
                self.by_past.setdefault(prefix + past, lemma)
            if present:
                self.by_present.setdefault(prefix + present, lemma)

    def guess(self, form: str) -> str | None:
        """A ``past#present`` lemma for a conjugated verb form, or None."""
        text = normalize_key(form).replace(" ", ZWNJ)
        candidates = [text]
        for p in _PREFIXES:
            if text.startswith(p) and len(text) > len(p) + 1:
                candidates.append(text[len(p) :].lstrip(ZWNJ))
        for pv in _PREVERBS:  # «برمی‌گشت» -> «برگشت» (PerDT «بر#گشت#گرد»)
            if text.startswith(pv):
                rest = text[len(pv) :].lstrip(ZWNJ)
                for p in _PREFIXES:
                    if rest.startswith(p) and len(rest) > len(p) + 1:
                        candidates.append(pv + rest[len(p) :].lstrip(ZWNJ))
        for cand in candidates:
            for s in _SUFFIXES:
                if s and not cand.endswith(s):
                    continue
                stem = cand[: len(cand) - len(s)] if s else cand
                stem = stem.rstrip(ZWNJ)
                if len(stem) < 1:
                    continue
                # past participles and past forms first, then present stems
                hit = self.by_past.get(stem) or self.by_present.get(stem)
                if hit:
                    return hit
                if stem.endswith("ی"):  # present stems in -ی-: گوی, آی
                    hit = self.by_present.get(stem[:-1])
                    if hit:
                        return hit
        return None

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_ not in self.known:
                hit = self.guess(tok.text)
                if hit:
                    tok.lemma_ = hit
        return doc

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        verbs_path: str = "",
    ) -> None:
        lemmas: list[str] = []
        if get_examples is not None:
            for eg in get_examples():
                lemmas.extend(t.lemma_ for t in eg.reference if t.pos_ in ("VERB", "AUX"))
        if verbs_path:
            lemmas.extend(Path(verbs_path).read_text(encoding="utf-8").split())
        self._index(lemmas)

    def _data(self) -> dict:
        return {"lemmas": sorted(self.known)}

    def to_bytes(self, *, exclude=()) -> bytes:
        return srsly.msgpack_dumps(self._data())

    def from_bytes(self, data: bytes, *, exclude=()) -> VerbLemmas:
        self._index(srsly.msgpack_loads(data)["lemmas"])
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lemmas.json", self._data())

    def from_disk(self, path, *, exclude=()) -> VerbLemmas:
        self._index(srsly.read_json(Path(path) / "lemmas.json")["lemmas"])
        return self


@Language.factory("khabar_verb_lemmas")
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp, name)


# --------------------------------------------------------------------------- architectures


@registry.architectures("khabar.LexCharEmbed.v1")
def lex_char_embed(
    width: int, attrs: list[str], rows: list[int], char_width: int, nM: int, nC: int
) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of ``attrs`` (as ``spacy.MultiHashEmbed.v2``) concatenated with
    character embeddings of the first and last ``nC // 2`` UTF-8 bytes of the word (about
    ``nC // 4`` Persian letters each side, as ``spacy.CharacterEmbed.v2``), mixed down to
    ``width`` by a Maxout layer."""
    hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    chars = CharacterEmbed(
        width=char_width,
        rows=rows[0] // 10 or 1,
        nM=nM,
        nC=nC,
        include_static_vectors=False,
        feature="NORM",
    )
    mix = with_array(Maxout(width, width + char_width, nP=3, normalize=True, dropout=0.0))
    model = chain(concatenate(hashed, chars), mix)
    model.set_dim("nO", width)
    return model


# --------------------------------------------------------------------------- vectors


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
