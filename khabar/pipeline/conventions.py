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
* lemmas of the clitics Seraji writes otherwise («ات», «شان» → «ات», «آن‌ها») as it
  writes them, other lemmas by (lemma, UPOS) (never with an ending the form lacks), else the
  form of a word the (form, UPOS) table puts in a class Seraji lemmatises as written
  (adpositions, conjunctions, adverbs, particles, interjections: «وقتی» the model reads as
  the noun «وقت») and of the reflexive «خود» in «خودش», else a verb's past stem
  («رسید#رس» → «رسید», «#است» → «است»);
* relations by (relation, UPOS, head's UPOS), else by relation;
* a punctuation mark's head by the mark, its place and its neighbours' UPOS, among words the
  model's tree offers (its own head, the root, the word before or after, their heads, the
  nearest verb either side): Seraji hangs a comma on what follows it, a colon on the verb
  after it.

Other heads are never changed. The table lives beside the model it was learned from
(``conventions-seraji.json``), and ``khabar train`` rebuilds it with the model.

Heads and relations are where a conversion falls short: Seraji attaches words its own way,
and a table cannot move a head. So a model that has a parser trained on Seraji itself
(``parser_seraji``, on the UD tok2vec) parses in Seraji's conventions when they are asked
for (``khabar.pipeline.load.load(conventions="seraji")``), and the conversion then leaves
heads and relations as that parser wrote them.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from khabar.datasets.ud import UDSentence
from khabar.pipeline.conllu import to_conllu
from khabar.pipeline.lemma_rules import CLITIC_PRONOUNS, PRONOUN_CLITICS
from khabar.text.chars import ZWNJ

NAMES = ("perdt", "seraji")
# the component that parses in Seraji's conventions, disabled unless they are asked for
SERAJI_PARSER = "parser_seraji"
FILE = "conventions-{}.json"
# CoNLL-U columns
FORM, LEMMA, UPOS, FEATS, HEAD, DEPREL = 1, 2, 3, 5, 6, 7
# word classes a treebank lemmatises as written, whatever the model's lemma
OWN_LEMMA = frozenset(("ADP", "SCONJ", "CCONJ", "ADV", "PART", "INTJ"))
# pronominal clitics Seraji lemmatises otherwise than PerDT, as its tune part writes them
# every time: «ات» and «ام» as written (7 and 1 times; «ت» and «م» are «تو» and «من»),
# «شان» with the half-space Seraji writes «آن‌ها» with (3 times)
SERAJI_CLITICS = {"ات": "ات", "ام": "ام", "شان": "آن" + ZWNJ + "ها"}
# punctuation marks Seraji hangs each in its own way; the rest are "other"
MARKS = frozenset("،.:؛؟!«»()-")


def past_stem(lemma: str) -> str:
    """Seraji's verb lemma from PerDT's «past#present»: the past stem, else the present.
    A preverb before them («بر#گشت#گرد») stays off, as Seraji writes «برمی‌گردد» «گشت»."""
    if "#" not in lemma:
        return lemma
    *_, past, present = lemma.split("#")
    return past or present


def seraji_lemma(form: str, lemma: str, upos: str, seraji_upos: str | None) -> str:
    """Seraji's lemma of a word its table has learned nothing for, from PerDT's lemma and
    UPOS and the UPOS the table gives the word as Seraji tags it (None where the table
    does not reclass the word): the form of a word Seraji tags as a class it lemmatises
    as written, or of a pronoun PerDT lemmatises with the clitic after it (the reflexive
    «خود» of «خودش»: Seraji lemmatises each word of a multiword token on its own), else
    the past stem of a verb's lemma. The model's own class is no guide: it tags some
    verbs ADP."""
    clitic = lemma[len(form) :] if lemma.startswith(form) else ""
    if seraji_upos in OWN_LEMMA or (upos == "PRON" and clitic in CLITIC_PRONOUNS):
        return form
    return past_stem(lemma)


def clitic_lemma(form: str, lemma: str) -> str | None:
    """Seraji's lemma of a pronominal clitic PerDT lemmatises as its pronoun, where
    Seraji's differs (:data:`SERAJI_CLITICS`); None for any other word."""
    if PRONOUN_CLITICS.get(form) != lemma:
        return None
    return SERAJI_CLITICS.get(form)


def unwritten_ending(form: str, lemma: str, learned: str) -> bool:
    """Whether the table's Seraji lemma ``learned`` for the model's ``lemma`` is that lemma
    with an ending the form lacks: the table learned it from forms whose ezafe,
    indefinite, plural or comparative Seraji keeps in the lemma («ابتدای», «منظوری»,
    «سپاهان», «موفق‌ترین»), which a form without one («ابتدا», «منظور», «سپاه», «موفق»)
    does not have."""
    return learned != lemma and learned.startswith(lemma) and not form.startswith(learned)


def known_conventions(name: str) -> None:
    """Raise ``ValueError`` for a treebank whose conventions khabar does not write."""
    if name not in NAMES:
        raise ValueError(f"unknown conventions {name!r}; known: {', '.join(NAMES)}")


class Conventions:
    """A learned rewrite of PerDT-convention CoNLL-U rows into another treebank's;
    ``parsed`` when the rows' heads and relations are already that treebank's."""

    def __init__(self, table: dict[str, dict[str, str]], parsed: bool = False) -> None:
        self.table = table
        self.parsed = parsed

    @classmethod
    def load(cls, name: str, model_dir: Path, parsed: bool = False) -> Conventions | None:
        """The conversion into ``name`` for the model in ``model_dir``; None for PerDT,
        which the model speaks already. ``parsed``: the rows it will rewrite come from the
        parser trained on that treebank."""
        known_conventions(name)
        if name == "perdt":
            return None
        path = Path(model_dir) / FILE.format(name)
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing; rebuild it with 'khabar train'")
        return cls(json.loads(path.read_text(encoding="utf-8")), parsed=parsed)

    def _get(self, part: str, *key: str, default: str) -> str:
        return self.table[part].get("\t".join(key), default)

    def rewrite(self, rows: Sequence[str]) -> list[str]:
        """One sentence's CoNLL-U lines, rewritten; range lines pass unchanged."""
        cells = [row.split("\t") for row in rows]
        words = [c for c in cells if c[0].isdigit()]
        heads = [c[HEAD] for c in words] if self.parsed else self._heads(words)
        upos = ["ROOT", *(c[UPOS] for c in words)]
        converted = iter(
            self._word(c, upos[int(c[HEAD])], head) for c, head in zip(words, heads, strict=True)
        )
        return ["\t".join(c if not c[0].isdigit() else next(converted)) for c in cells]

    def _heads(self, words: list[list[str]]) -> list[str]:
        """Every word's head, a punctuation mark's moved where Seraji hangs it."""
        tree = Tree(words)
        heads = [c[HEAD] for c in words]
        for i, c in enumerate(words):
            if c[UPOS] == "PUNCT" and c[HEAD] != "0":
                mark = tree.mark(i)
                general = self._get("mark", *mark[:2], default="model")
                choice = self._get("punct", *mark, default=general)
                heads[i] = str(tree.candidates(i).get(choice, int(c[HEAD])))
        return heads

    def _word(self, c: list[str], head_upos: str, head: str) -> list[str]:
        c = list(c)
        old = c[UPOS]
        seraji_upos = self.table["form"].get("\t".join((c[FORM], old)))
        c[UPOS] = seraji_upos or self._get("upos", old, default=old)
        c[FEATS] = self._get("feats", old, c[UPOS], c[FEATS], default=c[FEATS])
        fallback = seraji_lemma(c[FORM], c[LEMMA], old, seraji_upos)
        learned = self._get("lemma", c[LEMMA], old, default=fallback)
        if unwritten_ending(c[FORM], c[LEMMA], learned):
            learned = fallback
        c[LEMMA] = clitic_lemma(c[FORM], c[LEMMA]) or learned
        if not self.parsed:
            general = self._get("rel", c[DEPREL], default=c[DEPREL])
            c[DEPREL] = self._get("deprel", c[DEPREL], old, head_upos, default=general)
        c[HEAD] = head
        return c


class Tree:
    """One sentence's words as the model parsed them, seen from a punctuation mark."""

    def __init__(self, words: list[list[str]]) -> None:
        self.forms = [c[FORM] for c in words]
        self.upos = [c[UPOS] for c in words]
        self.heads = [int(c[HEAD]) for c in words]

    def mark(self, i: int) -> tuple[str, str, str, str]:
        """What Seraji's choice of head for the mark at ``i`` depends on: the mark, whether
        it ends the sentence, and the UPOS on either side."""
        n = len(self.forms)
        return (
            self.forms[i] if self.forms[i] in MARKS else "other",
            "last" if i == n - 1 else "inside",
            self.upos[i - 1] if i else "-",
            self.upos[i + 1] if i + 1 < n else "-",
        )

    def candidates(self, i: int) -> dict[str, int]:
        """Words the mark at ``i`` might hang from (1-based), by how they stand to it;
        none that would make a cycle."""
        heads, n = self.heads, len(self.heads)
        found = {"model": heads[i], "root": heads.index(0) + 1 if 0 in heads else heads[i]}
        if i > 0:
            found |= {"previous": i, "previous head": heads[i - 1]}
        if i + 1 < n:
            found |= {"next": i + 2, "next head": heads[i + 1]}
        verbs = [j + 1 for j in range(n) if self.upos[j] == "VERB"]
        found["verb before"] = next((j for j in reversed(verbs) if j <= i), heads[i])
        found["verb after"] = next((j for j in verbs if j > i + 1), heads[i])
        return {k: h for k, h in found.items() if h and not self._below(h, i + 1)}

    def _below(self, word: int, mark: int) -> bool:
        """Whether ``word`` is ``mark`` or hangs from it, directly or not."""
        seen = set()
        while word and word not in seen:
            if word == mark:
                return True
            seen.add(word)
            word = self.heads[word - 1]
        return False


def _majority(counts: dict[tuple, Counter]) -> dict[tuple, str]:
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def _model_rows(nlp: Language, sentences: list[UDSentence]) -> Iterator[list[list[str]]]:
    """The model's CoNLL-U word rows for each sentence, read from its gold words."""
    docs = nlp.pipe(
        Doc(
            nlp.vocab,
            words=[r[FORM] for r in s.words],
            sent_starts=[True] + [False] * (len(s.words) - 1),
        )
        for s in sentences
    )
    for doc in docs:
        rows = "".join(to_conllu([doc])).splitlines()
        yield [r.split("\t") for r in rows if r[:1].isdigit()]


def compile_table(nlp: Language, sentences: Iterable[UDSentence]) -> dict[str, dict[str, str]]:
    """The conversion from ``nlp``'s output to the conventions of ``sentences`` (gold
    words given, so every word pairs with one gold word). Only entries that change what
    the more general rule would give are kept."""
    sentences = list(sentences)
    counts: dict[str, dict[tuple, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sent, words in zip(sentences, _model_rows(nlp, sentences), strict=True):
        tree = Tree(words)
        upos = ["ROOT", *tree.upos]
        for i, (gold, c) in enumerate(zip(sent.words, words, strict=True)):
            old = c[UPOS]
            counts["form"][(c[FORM], old)][gold[UPOS]] += 1
            counts["upos"][(old,)][gold[UPOS]] += 1
            counts["feats"][(old, gold[UPOS], c[FEATS])][gold[FEATS]] += 1
            counts["lemma"][(c[LEMMA], old)][gold[LEMMA]] += 1
            if gold[HEAD] == c[HEAD]:
                counts["deprel"][(c[DEPREL], old, upos[int(c[HEAD])])][gold[DEPREL]] += 1
                counts["rel"][(c[DEPREL],)][gold[DEPREL]] += 1
            if old == "PUNCT" and c[HEAD] != "0":
                for name, head in tree.candidates(i).items():
                    if head == int(gold[HEAD]):
                        counts["punct"][tree.mark(i)][name] += 1
                        counts["mark"][tree.mark(i)[:2]][name] += 1
    upos = _majority(counts["upos"])
    rel = _majority(counts["rel"])
    mark = _majority(counts["mark"])
    fallback = {
        "upos": lambda k: k[0],
        "rel": lambda k: k[0],
        "form": lambda k: upos.get(k[1:], k[1]),
        "feats": lambda k: k[2],
        # what the general rule gives depends on the word's converted class, not on the
        # key alone: every pairing is kept
        "lemma": lambda k: None,
        "deprel": lambda k: rel.get(k[:1], k[0]),
        "mark": lambda k: "model",
        "punct": lambda k: mark.get(k[:2], "model"),
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
