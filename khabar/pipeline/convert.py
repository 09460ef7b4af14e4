"""Development data -> spaCy ``DocBin`` corpora.

UD CoNLL-U: one ``Doc`` per sentence whose tokens are the *syntactic words* (integer-ID
rows). Multiword-token ranges (``3-4 ماتمش``) are kept in ``doc._.multiword`` as
``(first_word_index, last_word_index, form)``, as khabar's tokenizer keeps its clitic
splits, so :func:`khabar.pipeline.conllu.to_conllu` writes either back as CoNLL-U. Words
inside a range are joined without spaces; the range's ``SpaceAfter`` goes on its last word.

Unifying PerDT and Seraji (PerDT conventions are khabar's target):

* Lemmas of verbs are PerDT's ``past#present`` stems. Seraji keeps the past stem as LEMMA
  and ``OrigLemma=past#present`` in MISC for most verbs: that is used where present. Where
  it is absent, ``است``/``هست`` become PerDT's ``#است``/``#هست`` and a bare past stem is
  completed from the PerDT tune part (most frequent ``past#present`` for that past stem),
  then from hazm's ``verbs.dat``. Seraji's passive auxiliary «شد/شو» written with lemma
  «کرد» (VERB or AUX) is corrected to «شد#شو».
* UPOS, FEATS, XPOS and DEPREL are kept as each treebank has them (XPOS is stored as
  ``tag_`` but no component is trained on it: the two XPOS sets differ). Seraji has no
  PROPN and uses ``nmod:poss``/``flat`` where PerDT has ``nmod``/``flat:name``; whether
  training on both helps PerDT is measured, see ``khabar/models/README.md``.

ArmanPersoNER: ``token tag`` lines, IOB tags ``pers org loc fac event pro`` mapped to
``PER ORG LOC FAC EVENT PRO``; one ``Doc`` per sentence, tokens space-separated. Fars News
paragraphs annotated by hand (:mod:`khabar.pipeline.fars_ner`) become ``ner-fars-*``, one
``Doc`` per paragraph, tokenized as khabar tokenizes news. The NER trains on both: the
folders ``ner-train/`` and ``ner-dev/`` hold each corpus's part.

Every corpus is split by ``khabar.datasets.tune``/``heldout``; the tune part is further cut
into ``train`` (first 90 %) and ``dev`` (last 10 %, used only by spaCy to pick the best
checkpoint), so nothing of the held-out quarter is ever seen in training, unless a build is
asked to (``ud_heldout_share``): the first share of the two treebanks' held-out quarters
then goes to ``train`` and ``tune``, and only the rest is scored. The shipped UD components
train on all of it, once the recipe has been measured without it. The news layer's NER
never trains on a held-out part (Arman's quarter, the Fars News fifth): trained on Arman's,
it read people in news worse (model card, *Training on the held-out quarter*). The NER for
Arman's conventions, which the news layer does not run, may (``arman_heldout_share``): it
reads its own folder ``ner-arman-train/``, and only the rest of Arman's quarter is scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import ClassVar

from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from khabar.datasets import UDSentence, heldout, read_conllu, tune
from khabar.datasets.paths import ARMAN_TRAIN, PERDT_DEV, SERAJI_DEV, data_dir
from khabar.pipeline import fars_ner
from khabar.pipeline.conventions import conventions_for
from khabar.pipeline.ner_conventions import mark
from khabar.text import spacy_tokenizer  # noqa: F401  (registers doc._.multiword)

NER_LABELS = {
    "pers": "PER",
    "org": "ORG",
    "loc": "LOC",
    "fac": "FAC",
    "event": "EVENT",
    "pro": "PRO",
}
# the types a gold tag may name: Arman's, and khabar's own in any case
TAG_LABELS = {**NER_LABELS, **{label.lower(): label for label in NER_LABELS.values()}}
DEV_FRACTION = 0.1
UD_SOURCES = {"perdt": PERDT_DEV, "seraji": SERAJI_DEV}


# --------------------------------------------------------------------------- UD -> Doc


def _misc_items(misc: str) -> list[str]:
    return [] if misc in ("_", "") else misc.split("|")


def _misc_get(misc: str, key: str) -> str | None:
    for item in _misc_items(misc):
        if item.startswith(key + "="):
            return item[len(key) + 1 :]
    return None


class LemmaUnifier:
    """Turns Seraji verb lemmas into PerDT's ``past#present`` form (see module docstring)."""

    SPECIAL: ClassVar[dict[str, str]] = {"است": "#است", "هست": "#هست"}

    def __init__(self, perdt: Iterable[UDSentence] = (), verbs_dat: Path | None = None):
        counts: dict[str, Counter[str]] = {}
        for sent in perdt:
            for row in sent.words:
                lemma = row[2]
                if row[3] in ("VERB", "AUX") and "#" in lemma:
                    past = lemma.split("#")[-2]
                    counts.setdefault(past, Counter())[lemma] += 1
        self.by_past = {p: c.most_common(1)[0][0] for p, c in counts.items() if p}
        self.by_present: dict[str, str] = {}
        for lemma in sorted({lem for c in counts.values() for lem in c}):
            self.by_present.setdefault(lemma.split("#")[-1], lemma)
        if verbs_dat is not None and verbs_dat.exists():
            for line in verbs_dat.read_text(encoding="utf-8").split():
                past, _, _present = line.partition("#")
                if past and past not in self.by_past:
                    self.by_past[past] = line

    def __call__(self, row: list[str]) -> str:
        form, lemma, upos, misc = row[1], row[2], row[3], row[9]
        if upos not in ("VERB", "AUX"):
            return lemma
        orig = _misc_get(misc, "OrigLemma")
        if orig:
            lemma = orig
        elif lemma in self.SPECIAL:
            return self.SPECIAL[lemma]
        elif "#" not in lemma and lemma in self.by_past:
            lemma = self.by_past[lemma]
        elif "#" not in lemma and lemma in self.by_present:
            lemma = self.by_present[lemma]
        if lemma.startswith("کرد#") and ("شد" in form or "شو" in form):
            lemma = "شد#شو"
        return lemma


def ud_sentence_to_doc(vocab: Vocab, sent: UDSentence, unify=None, source: str = "") -> Doc:
    """One CoNLL-U sentence as a fully annotated ``Doc`` over syntactic words."""
    rows = sent.words
    index = {row[0]: i for i, row in enumerate(rows)}
    words, spaces, lemmas, pos, tags, morphs, heads, deps = ([] for _ in range(8))
    mwts: list[tuple[int, int, str]] = []
    mwt_last: dict[int, str] = {}  # index of a range's last word -> the range's MISC
    inside: set[int] = set()
    for row in sent.rows:
        if "-" in row[0]:
            a, b = row[0].split("-")
            first, last = index[a], index[b]
            mwts.append((first, last, row[1]))
            inside.update(range(first, last))
            mwt_last[last] = row[9]
    for i, row in enumerate(rows):
        words.append(row[1])
        if i in inside:
            spaces.append(False)
        else:
            misc = mwt_last.get(i, row[9])
            spaces.append(i < len(rows) - 1 and "SpaceAfter=No" not in _misc_items(misc))
        lemmas.append(unify(row) if unify else row[2])
        pos.append(row[3])
        tags.append(row[4])
        morphs.append("" if row[5] == "_" else row[5])
        heads.append(i if row[6] == "0" else index[row[6]])
        deps.append("ROOT" if row[7] == "root" else row[7])
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    doc._.multiword = mwts
    doc.user_data["sent_id"] = sent.sent_id
    doc.user_data["text"] = sent.text
    doc.user_data["source"] = source
    return doc


def lemmas_only(doc: Doc) -> Doc:
    """The same words with lemmas only: UPOS, FEATS and dependencies left *missing*, so
    spaCy's morphologizer and parser skip them while the lemmatizer (and the shared tok2vec)
    learn from them."""
    out = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        lemmas=[t.lemma_ for t in doc],
    )
    out.user_data.update(doc.user_data)
    return out


def read_ud(name: str) -> list[UDSentence]:
    return list(read_conllu(data_dir() / UD_SOURCES[name]))


def make_unifier() -> LemmaUnifier:
    return LemmaUnifier(tune(read_ud("perdt")), data_dir() / "lexicon/hazm/verbs.dat")


# --------------------------------------------------------------------------- Arman -> Doc


def read_arman(path: Path | None = None) -> list[list[tuple[str, str]]]:
    """ArmanPersoNER sentences as lists of ``(token, IOB tag)``: a token and its tag per
    line (a space or a tab between), a blank line between sentences. A gold file someone
    wrote by hand is read here too, so a line that is not a token and a tag khabar knows
    (:func:`iob_to_spacy`) is a ``ValueError`` naming the line, not a score of wrong data."""
    path = path or data_dir() / ARMAN_TRAIN
    sents, cur = [], []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            line = _decoded(raw, n).strip().lstrip("\ufeff")
            if not line:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            cur.append(_token_and_tag(line, n))
    if cur:
        sents.append(cur)
    return sents


def _decoded(raw: bytes, n: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"line {n}: invalid UTF-8 ({e.reason})") from None


def _token_and_tag(line: str, n: int) -> tuple[str, str]:
    parts = line.rsplit(None, 1)
    if len(parts) != 2:
        raise ValueError(f"line {n}: expected a token and its tag, got {line!r}")
    try:
        iob_to_spacy(parts[1])
    except ValueError as e:
        raise ValueError(f"line {n}: {e}") from None
    return parts[0], parts[1]


def iob_to_spacy(tag: str) -> str:
    """spaCy's IOB tag for an Arman one («B-pers» → «B-PER»). khabar's own labels, as
    ``khabar conllu`` writes them («B-PER»), read the same; any other tag (another
    scheme's «S-»/«E-», another type) is a ``ValueError`` saying what is known."""
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    if prefix.upper() not in ("B", "I") or label.lower() not in TAG_LABELS:
        known = ", ".join(sorted(set(TAG_LABELS.values())))
        raise ValueError(
            f"tag {tag!r} is not O, B-TYPE or I-TYPE with TYPE one of {known} "
            f"(or ArmanPersoNER's {', '.join(NER_LABELS)})"
        )
    return f"{prefix.upper()}-{TAG_LABELS[label.lower()]}"


def tag_conventions(tags: Iterable[str]) -> str:
    """Which corpus's conventions gold ``tags`` come from: «arman» when any is spelled as
    ArmanPersoNER spells its types (``B-pers``), else «news» (khabar's ``B-PER``)."""
    arman = any(tag.partition("-")[2] in NER_LABELS for tag in tags)
    return "arman" if arman else "news"


def arman_sentence_to_doc(vocab: Vocab, sent: list[tuple[str, str]]) -> Doc:
    words = [w for w, _ in sent]
    ents = [iob_to_spacy(t) for _, t in sent]
    # An I- without a preceding entity of its type starts one (robust IOB1 reading).
    prev = "O"
    for i, tag in enumerate(ents):
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            ents[i] = "B-" + tag[2:]
        prev = ents[i]
    return Doc(
        vocab,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        ents=ents,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


# --------------------------------------------------------------------------- corpora


def split(items: list, share: float = 0.0) -> dict[str, list]:
    """A development set's parts: ``train`` and ``dev`` (spaCy's), ``tune`` (both) and
    ``heldout``, less its first ``share``, which goes to ``train`` and ``tune``."""
    t, h = tune(items), heldout(items)
    cut = len(t) - round(len(t) * DEV_FRACTION)
    taken = round(len(h) * share)
    return {
        "train": t[:cut] + h[:taken],
        "dev": t[cut:],
        "tune": t + h[:taken],
        "heldout": h[taken:],
    }


def _write(docs: Iterator[Doc] | list[Doc], path: Path) -> int:
    db = DocBin(store_user_data=True)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def convert_all(
    out_dir: Path,
    leave_out: Collection[tuple[str, int]] = (),
    ud_heldout_share: float = 0.0,
    ud_train: Collection[Path] = (),
    arman_heldout_share: float = 0.0,
) -> dict[str, int]:
    """Write every corpus: ``{ud-perdt,ud-seraji}-{train,dev,tune,heldout}.spacy``,
    ``ner-arman-{tune,heldout}.spacy``, ``ner-fars-heldout.spacy``, and the folders
    ``ner-{train,dev}/`` with each NER corpus's train and dev parts (``arman.spacy``,
    ``fars.spacy``), and ``ner-arman-train/``, the same with ``arman_heldout_share`` of
    Arman's held-out quarter in its train part (then left out of ``ner-arman-heldout``).

    Also ``ud-train.spacy``/``ud-dev.spacy`` (both treebanks together, fully annotated) and
    ``ud-mixed-train.spacy`` (PerDT train part + Seraji train part with lemmas only).
    ``leave_out`` names Fars News articles (news file, index) kept out of the NER's
    training (:func:`khabar.pipeline.fars_ner.read_docs`). ``ud_heldout_share`` of the
    treebanks' held-out quarters (their first sentences) is trained on. ``ud_train`` are
    more CoNLL-U files to train on, each added whole to the ``train`` part of the treebank
    its name says (``fa_seraji-ud-train.conllu``; PerDT otherwise): the treebanks' own
    train splits, which the development data lacks. The held-out quarters stay as they are.
    """
    nlp = Language()  # a blank vocab is all a DocBin needs
    out_dir = Path(out_dir)
    counts: dict[str, int] = {}
    unify = make_unifier()
    joint: dict[str, list[Doc]] = {"train": [], "dev": []}
    given: dict[str, list[UDSentence]] = {name: [] for name in UD_SOURCES}
    for path in ud_train:
        given[conventions_for(path)].extend(read_conllu(path))
    for name in UD_SOURCES:
        parts = split(read_ud(name), ud_heldout_share)
        parts["train"] += given[name]
        for part, sents in parts.items():
            docs = [ud_sentence_to_doc(nlp.vocab, s, unify, name) for s in sents]
            counts[f"ud-{name}-{part}"] = _write(docs, out_dir / f"ud-{name}-{part}.spacy")
            if part in joint:
                joint[part].extend(docs)
    for part, docs in joint.items():
        counts[f"ud-{part}"] = _write(docs, out_dir / f"ud-{part}.spacy")
    # PerDT fully annotated + Seraji with lemmas only (its UPOS/deprel conventions differ)
    mixed = list(DocBin().from_disk(out_dir / "ud-perdt-train.spacy").get_docs(nlp.vocab))
    mixed += [
        lemmas_only(d)
        for d in DocBin().from_disk(out_dir / "ud-seraji-train.spacy").get_docs(nlp.vocab)
    ]
    counts["ud-mixed-train"] = _write(mixed, out_dir / "ud-mixed-train.spacy")
    arman = read_arman()
    shared = split(arman, arman_heldout_share)
    # the tune part stays unshared: the vectors read its words (``khabar.pipeline.vectors``)
    parts = {**split(arman), "heldout": shared["heldout"]}
    for part, sents in parts.items():
        counts[f"ner-arman-{part}"] = _write(
            _arman_docs(nlp, sents), _ner_path(out_dir, "arman", part)
        )
    arman_train = out_dir / "ner-arman-train"
    counts["ner-arman-train-shared"] = _write(
        _arman_docs(nlp, shared["train"]), arman_train / "arman.spacy"
    )
    fars, counts["ner-fars-entities-lost"] = fars_ner.read_docs(nlp.vocab, leave_out=leave_out)
    for part, docs in fars.items():
        counts[f"ner-fars-{part}"] = _write(docs, _ner_path(out_dir, "fars", part))
    _write(fars["train"], arman_train / "fars.spacy")
    return counts


def _arman_docs(nlp: Language, sents: list[list[tuple[str, str]]]) -> list[Doc]:
    return [mark(arman_sentence_to_doc(nlp.vocab, s), "arman") for s in sents]


def _ner_path(out_dir: Path, corpus: str, part: str) -> Path:
    """Where a NER corpus's part goes: the parts the NER trains and picks checkpoints on in
    the folders ``ner-train/`` and ``ner-dev/`` it reads whole, the others beside them."""
    if part in ("train", "dev"):
        return out_dir / f"ner-{part}" / f"{corpus}.spacy"
    return out_dir / f"ner-{corpus}-{part}.spacy"


if __name__ == "__main__":  # python -m khabar.pipeline.convert [OUT_DIR]
    import sys

    for k, v in convert_all(Path(sys.argv[1] if len(sys.argv) > 1 else "build/corpus")).items():
        print(f"{k}\t{v}")
