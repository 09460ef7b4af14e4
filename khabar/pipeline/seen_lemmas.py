"""``khabar_seen_lemmas``: the lemma the treebank gives a word every time it gives one.

The edit-tree lemmatizer learns edit scripts, not words: a form it was trained on can
still come out under another form's script («اطلاعات» → «اطلاع», «تمامی» → «تمام», where
PerDT keeps the word), and the lemma rules after it read only hazm's tags, not PerDT's
choice between a word's own «ی» or «ات» and an ending. So after them, a noun, adjective,
adverb or proper noun that PerDT's training part lemmatizes the same way at least
``min_count`` times, and never otherwise, takes that lemma again. The table holds forms
with their UPOS («روی» is «روی» as a preposition and «رو» as a noun with its ezafe, a
split the tag makes). Once-seen forms are left to the lemmatizer: one occurrence is weak
evidence against the many forms its scripts fit.

Initialised from a gold ``DocBin`` (``gold_path``; ``khabar train`` passes PerDT's
training part, never the silver Fars News text the self-trained components also learn
from), saved with the pipeline; it is the last lemma step.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

NOMINAL_POS = frozenset({"NOUN", "ADJ", "ADV", "PROPN"})


class SeenLemmas:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.nlp = nlp
        self.table: dict[tuple[str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma = self.table.get((token.text, token.pos_))
            if lemma is not None:
                token.lemma_ = lemma
        return doc

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        gold_path: str | None = None,
        min_count: int = 2,
    ) -> None:
        seen: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        if gold_path:
            vocab = (nlp or self.nlp).vocab
            for doc in DocBin().from_disk(gold_path).get_docs(vocab):
                for token in doc:
                    if token.pos_ in NOMINAL_POS and token.lemma_:
                        seen[token.text, token.pos_][token.lemma_] += 1
        self.table = {
            key: lemmas.most_common(1)[0][0]
            for key, lemmas in seen.items()
            if len(lemmas) == 1 and lemmas.total() >= min_count
        }

    def _data(self) -> dict:
        return {"forms": sorted([form, pos, lemma] for (form, pos), lemma in self.table.items())}

    def _load(self, data: dict) -> SeenLemmas:
        self.table = {(form, pos): lemma for form, pos, lemma in data["forms"]}
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return srsly.msgpack_dumps(self._data())

    def from_bytes(self, data: bytes, *, exclude=()) -> SeenLemmas:
        return self._load(srsly.msgpack_loads(data))

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "forms.json", self._data())

    def from_disk(self, path, *, exclude=()) -> SeenLemmas:
        return self._load(srsly.read_json(Path(path) / "forms.json"))


@Language.factory("khabar_seen_lemmas")
def make_seen_lemmas(nlp: Language, name: str) -> SeenLemmas:
    return SeenLemmas(nlp, name)
