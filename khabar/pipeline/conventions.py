"""CoNLL-U in UD Persian Seraji's conventions, learned from Seraji's own annotation.

khabar's components learn PerDT's conventions (the model card says why). Seraji annotates
the same language differently: it has no PROPN, lemmatises a verb to its bare past stem
(«کرد», not «کرد#کن»), uses other features, and writes ``nmod:poss`` and ``flat`` where
PerDT writes ``nmod`` and ``flat:name``. Someone who scores against Seraji, or builds on
its conventions, wants Seraji's. Instead of a second model trained on Seraji's few hundred
sentences, khabar learns a conversion: the pipeline reads the Seraji tune part's gold words,
and for each thing it writes, the Seraji annotation that most often stands in its place is
kept (:func:`compile_table`; keeping only pairings seen twice or more scored lower in
cross-validation on the tune part):

* UPOS by (form, UPOS), else by UPOS («PROPN» → «NOUN»);
* FEATS by (UPOS, converted UPOS, FEATS);
* lemmas by (lemma, UPOS), else a verb's past stem («رسید#رس» → «رسید», «#است» → «است»);
* relations by (relation, UPOS, head's UPOS), else by relation.

Heads are never changed. The table lives beside the model it was learned from
(``conventions-seraji.json``), and ``khabar train`` rebuilds it with the model.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from khabar.datasets.ud import UDSentence

NAMES = ("perdt", "seraji")
FILE = "conventions-{}.json"
# CoNLL-U columns
FORM, LEMMA, UPOS, FEATS, HEAD, DEPREL = 1, 2, 3, 5, 6, 7


def past_stem(lemma: str) -> str:
    """Seraji's verb lemma from PerDT's «past#present»: the past stem, else the present."""
    if "#" not in lemma:
        return lemma
    past, present = lemma.split("#")[:2]
    return past or present


class Conventions:
    """A learned rewrite of PerDT-convention CoNLL-U rows into another treebank's."""

    def __init__(self, table: dict[str, dict[str, str]]) -> None:
        self.table = table

    @classmethod
    def load(cls, name: str, model_dir: Path) -> Conventions | None:
        """The conversion into ``name`` for the model in ``model_dir``; None for PerDT,
        which the model speaks already."""
        if name not in NAMES:
            raise ValueError(f"unknown conventions {name!r}; known: {', '.join(NAMES)}")
        if name == "perdt":
            return None
        path = Path(model_dir) / FILE.format(name)
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing; rebuild it with 'khabar train'")
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def _get(self, part: str, *key: str, default: str) -> str:
        return self.table[part].get("\t".join(key), default)

    def rewrite(self, rows: Sequence[str]) -> list[str]:
        """One sentence's CoNLL-U lines, rewritten; range lines pass unchanged."""
        cells = [row.split("\t") for row in rows]
        upos = {c[0]: c[UPOS] for c in cells if c[0].isdigit()}
        upos["0"] = "ROOT"
        out = []
        for c in cells:
            if c[0].isdigit():
                c = self._word(c, upos[c[HEAD]])
            out.append("\t".join(c))
        return out

    def _word(self, c: list[str], head_upos: str) -> list[str]:
        c = list(c)
        old = c[UPOS]
        c[UPOS] = self._get("form", c[FORM], old, default=self._get("upos", old, default=old))
        c[FEATS] = self._get("feats", old, c[UPOS], c[FEATS], default=c[FEATS])
        c[LEMMA] = self._get("lemma", c[LEMMA], old, default=past_stem(c[LEMMA]))
        general = self._get("rel", c[DEPREL], default=c[DEPREL])
        c[DEPREL] = self._get("deprel", c[DEPREL], old, head_upos, default=general)
        return c


def _majority(counts: dict[tuple, Counter]) -> dict[tuple, str]:
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def compile_table(nlp: Language, sentences: Iterable[UDSentence]) -> dict[str, dict[str, str]]:
    """The conversion from ``nlp``'s output to the conventions of ``sentences`` (gold
    words given, so every word pairs with one gold word). Only entries that change what
    the more general rule would give are kept."""
    sentences = list(sentences)
    docs = nlp.pipe(
        Doc(
            nlp.vocab,
            words=[r[FORM] for r in s.words],
            sent_starts=[True] + [False] * (len(s.words) - 1),
        )
        for s in sentences
    )
    counts: dict[str, dict[tuple, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sent, doc in zip(sentences, docs, strict=True):
        for gold, token in zip(sent.words, doc, strict=True):
            head = 0 if token.head.i == token.i else token.head.i + 1
            head_upos = "ROOT" if head == 0 else doc[head - 1].pos_
            deprel = "root" if head == 0 else token.dep_
            counts["form"][(token.text, token.pos_)][gold[UPOS]] += 1
            counts["upos"][(token.pos_,)][gold[UPOS]] += 1
            counts["feats"][(token.pos_, gold[UPOS], str(token.morph) or "_")][gold[FEATS]] += 1
            counts["lemma"][(token.lemma_, token.pos_)][gold[LEMMA]] += 1
            if int(gold[HEAD]) == head:
                counts["deprel"][(deprel, token.pos_, head_upos)][gold[DEPREL]] += 1
                counts["rel"][(deprel,)][gold[DEPREL]] += 1
    upos = _majority(counts["upos"])
    rel = _majority(counts["rel"])
    fallback = {
        "upos": lambda k: k[0],
        "rel": lambda k: k[0],
        "form": lambda k: upos.get(k[1:], k[1]),
        "feats": lambda k: k[2],
        "lemma": lambda k: past_stem(k[0]),
        "deprel": lambda k: rel.get(k[:1], k[0]),
    }
    table = {}
    for part, general in fallback.items():
        learned = _majority(counts[part])
        table[part] = {"\t".join(k): v for k, v in sorted(learned.items()) if v != general(k)}
    return table


def write_table(nlp: Language, sentences: Iterable[UDSentence], model_dir: Path) -> Path:
    """Learn the Seraji conversion for the model in ``model_dir`` and save it there."""
    path = Path(model_dir) / FILE.format("seraji")
    table = compile_table(nlp, sentences)
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0), encoding="utf-8")
    return path


def conventions_for(gold: Path) -> str:
    """The conventions a gold file is written in, by its name (``fa_seraji-ud-test.conllu``)."""
    return "seraji" if "seraji" in Path(gold).name.lower() else "perdt"


if __name__ == "__main__":  # python -m khabar.pipeline.conventions: rebuild the shipped table
    from khabar.datasets import read_conllu, tune
    from khabar.datasets.paths import SERAJI_DEV, data_dir
    from khabar.pipeline.load import MODEL_DIR, load

    print(
        write_table(load(news=False), tune(list(read_conllu(data_dir() / SERAJI_DEV))), MODEL_DIR)
    )
