"""``khabar_verb_lemmas``: a stem lexicon behind the trainable lemmatizer for verbs.

Backs the trainable lemmatizer for verbs with a stem lexicon (hazm ``verbs.dat`` plus
every ``past#present`` lemma seen in training): a VERB/AUX whose predicted lemma is not
a known ``past#present`` is re-lemmatised by stripping Persian verb affixes and looking
the stem up; e.g. «می‌رسند» → «رسید#رس».

Being the pipeline's last lemma step, it then applies :mod:`khabar.pipeline.lemma_rules`
to every token (clitics, plural «ها», writing debris), with the hazm tags that
``lexicon_features`` already holds; so a model built before those rules gets them with
no rebuild.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import srsly
from spacy.attrs import LEMMA, POS
from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc
from spacy.training import Example

from khabar.pipeline import lemma_rules
from khabar.pipeline.common_verbs import COMMON_VERBS
from khabar.pipeline.lexicon_features import normalize_key
from khabar.text.chars import ZWNJ
from khabar.text.morphology import PREVERBS

_COPULAS = ("است", "هست")
_VERBAL = frozenset((VERB, AUX))
_CACHED_FORMS = 1 << 16
_COMMON_RANK = {lemma: rank for rank, lemma in reversed(list(enumerate(COMMON_VERBS)))}
_PREFIXES = ("نمی" + ZWNJ, "می" + ZWNJ, "نمی", "می", "ن", "ب", "م")
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


def _unprefixed(text: str) -> list[str]:
    """``text`` and what is left of it after a mood or negation prefix (the literary
    prohibitive «م» too: «مخورید» «do not eat»); after «ب» and
    «ن» a stem in «آ» or «ا» is written with a glide («بیاور» → «آور», «نیفتد» →
    «افتد»), and «نیست» is the negated «هست»."""
    out = [text]
    for p in _PREFIXES:
        if text.startswith(p) and len(text) > len(p) + 1:
            rest = text[len(p) :].lstrip(ZWNJ)
            out.append(rest)
            if p == "ن" and rest.startswith("یست"):  # «نیست» is «نه» + «هست»
                out.append("ه" + rest[1:])
            elif p in ("ب", "ن") and rest.startswith("یا"):
                out.extend(("آ" + rest[2:], rest[1:]))
            elif p in ("ب", "ن") and rest.startswith("ی"):
                out.append("ا" + rest[1:])
    return out


def _present_of(stem: str) -> tuple[str, ...]:
    """The present stem a stem may stand for: a glide «ی» off («گوی» → «گو»), or the
    regular past endings off («گردید» → «گرد», «کشانید» → «کشان», «رساند» → «رسان»)."""
    if stem.endswith("ید") and len(stem) > 3:
        return (stem[:-2],)
    if stem.endswith("اند") and len(stem) > 4:
        return (stem[:-1],)
    if stem.endswith("ی"):
        return (stem[:-1],)
    return ()


def stems(form: str) -> Iterator[str]:
    """Every stem a verb form may be built on, most likely first: the form without its
    mood, negation and preverb prefixes and its personal or participle ending."""
    text = normalize_key(form).replace(" ", ZWNJ)
    candidates = _unprefixed(text)
    for pv in PREVERBS:  # «برمی‌گشت» -> «برگشت» (PerDT «بر#گشت#گرد»)
        if text.startswith(pv):
            rest = text[len(pv) :].lstrip(ZWNJ)
            candidates.extend(pv + r for r in _unprefixed(rest)[1:])
    for cand in candidates:
        for s in _SUFFIXES:
            if s and not cand.endswith(s):
                continue
            stem = (cand[: len(cand) - len(s)] if s else cand).rstrip(ZWNJ)
            if stem:
                yield stem
                yield from _present_of(stem)


def commonness(lemma: str) -> int:
    """Where a lemma's verb stands in the list of common verbs (a preverb aside: «بر#گشت#گرد»
    is «گشت#گرد»), lower is commoner; every verb outside the list comes after it."""
    return _COMMON_RANK.get("#".join(lemma.split("#")[-2:]), len(_COMMON_RANK))


def _no_tags(word: str) -> None:
    """The lookup of a pipeline without hazm's lexicon: no word has tags."""
    return None


class VerbLemmas:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.nlp = nlp
        self.known: set[str] = set()
        self.by_past: dict[str, str] = {}
        self.by_present: dict[str, str] = {}
        self._verb_lemma = functools.lru_cache(maxsize=_CACHED_FORMS)(self.verb_lemma)
        self._repairs_of: tuple[dict[str, str] | None, lemma_rules.Repairs] | None = None
        # lemma hash → whether it is a verb's «past#present»
        self._verbal: dict[int, bool] = {}

    def _index(self, lemmas: Iterable[str]) -> None:
        """Index «past#present» lemmas by their stems. The copulas «است» and «هست» have
        no past stem, so a pair that gives one as a present (hazm's «بود#است») is not a
        verb of the language and is left out: «بود» is «بود#باش». Where several verbs
        share a stem, the commonest is indexed: «خواب» is «خوابید#خواب», not the archaic
        «خفت#خواب»."""
        self._verb_lemma.cache_clear()
        for lemma in sorted(lemmas, key=commonness):
            parts = lemma.split("#")
            if len(parts) < 2 or (parts[-2] and parts[-1] in _COPULAS):
                continue
            self.known.add(lemma)
            past, present = parts[-2], parts[-1]
            prefix = "".join(parts[:-2])
            if past:
                self.by_past.setdefault(prefix + past, lemma)
            if present:
                self.by_present.setdefault(prefix + present, lemma)

    def guess(self, form: str) -> str | None:
        """A ``past#present`` lemma for a conjugated verb form, or None: the verb of the
        likeliest stem, unless only a less likely one is a common verb («بریزد» is
        «ب» + «ریز», «ریخت#ریز», not the rare «برشت#بریز»)."""
        # past participles and past forms first, then present stems
        found = list(stems(form))
        hits = [h for s in found if (h := self.by_past.get(s) or self.by_present.get(s))]
        if not hits:
            return None
        chosen = min(hits, key=lambda hit: commonness(hit) == len(_COMMON_RANK))
        return self.canonical(self._past_spelling(chosen, found))

    def _past_spelling(self, lemma: str, found: list[str]) -> str:
        """The long past stem of a causative where the form is written with it: one has
        two, «رساند» and «رسانید» («رسانید» is «رسانید#رسان», not the commoner
        «رساند#رسان»). A causative's present is another verb's in «ان» («رس» → «رسان»);
        other verbs in «ان» («ماند#مان») have no long past, and «مانید» is a present."""
        *preverb, past, present = lemma.split("#")
        causative = present.endswith("ان") and present[:-2] in self.by_present
        if past != present + "د" or not causative:
            return lemma
        long_past = "".join(preverb) + present + "ید"
        return self.by_past.get(long_past, lemma) if long_past in found else lemma

    def canonical(self, lemma: str) -> str:
        """PerDT writes present stems without the glide «ی» («نمود#نما», not «نمود#نمای»):
        the glide-less lemma when the lexicon has it too."""
        if lemma.endswith("ی") and lemma[:-1] in self.known:
            return lemma[:-1]
        return lemma

    def fits(self, lemma: str, form: str) -> bool:
        """Whether ``form`` is built on the lemma's past or present stem (with its
        preverb); a copula-like lemma without a past stem («#است») always fits."""
        *preverb, past, present = lemma.split("#")
        if not past:
            return True
        prefix = "".join(preverb)
        found = set(stems(form))
        return prefix + past in found or prefix + present in found

    def lemma_of(self, form: str, predicted: str) -> str:
        """The lemmatizer's lemma if the lexicon knows it and the form is built on it,
        else the lexicon's guess, else the lemmatizer's lemma after all."""
        if predicted in self.known and self.fits(predicted, form):
            return predicted
        return self.guess(form) or predicted

    def __call__(self, doc: Doc) -> Doc:
        # only verbs become Token objects; a form's lemma is worked out once
        for i in self._verbs(doc):
            tok = doc[i]
            tok.lemma_ = self._verb_lemma(tok.text, tok.lemma_)
        self._repairs()(doc)
        return doc

    def _verbs(self, doc: Doc) -> list[int]:
        """Which words are verbs: those tagged VERB or AUX, and those the lemmatizer gave
        a verb's «past#present» under another tag («گفته‌اند» as INTJ, «نداشته» as ADJ),
        which the treebanks hardly ever give a word that is not a verb; a noun or name keeps
        its form instead (:mod:`khabar.pipeline.lemma_rules`)."""
        strings = doc.vocab.strings
        verbal = self._verbal
        if len(verbal) > _CACHED_FORMS:
            verbal.clear()
        found = []
        for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
            if pos in _VERBAL:
                found.append(i)
            elif pos not in lemma_rules.NAMING_POS:
                if lemma not in verbal:
                    verbal[lemma] = "#" in strings[lemma]
                if verbal[lemma]:
                    found.append(i)
        return found

    def verb_lemma(self, form: str, predicted: str) -> str:
        """The lemma of a verb form the lemmatizer gave ``predicted``, without the glide."""
        return self.canonical(self.lemma_of(form, predicted))

    def _repairs(self) -> lemma_rules.Repairs:
        """The lemma repairs over hazm's word tags, as ``lexicon_features`` holds them
        (none without it); made anew only when that table is replaced."""
        table = None
        if "lexicon_features" in self.nlp.component_names:
            table = self.nlp.get_pipe("lexicon_features").table
        if self._repairs_of is None or self._repairs_of[0] is not table:
            lookup = lemma_rules.lexicon_lookup(table) if table is not None else _no_tags
            self._repairs_of = (table, lemma_rules.Repairs(lookup))
        return self._repairs_of[1]

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
