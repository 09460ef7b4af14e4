"""Held-out evaluation of khabar's trained pipeline, on gold tokenization (gold words).

UD (per treebank): UPOS, UFeats (whole FEATS string), Lemmas (exact), UAS, LAS (full
relation incl. subtype) and LAS on universal relations (subtypes dropped, as the CoNLL 2018
shared task scores it). NER: strict span match (same start, end and type) P/R/F1 per type
and micro-averaged. Speed: words per second of ``nlp.pipe`` over pre-tokenized ``Doc``s in
one process (wall clock and CPU time; run with one BLAS thread).

    python -m khabar.pipeline.evaluate khabar/models/fa_khabar [build/corpus]
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import khabar.pipeline  # noqa: F401  (registers khabar's factories)
from khabar.pipeline.ner_conventions import NER_ARMAN, use

UD_PARTS = ("perdt", "seraji")


def _blank_copies(nlp: Language, gold: list[Doc]) -> list[Doc]:
    return [
        Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
        for d in gold
    ]


def read_docbin(nlp: Language, path: Path) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def _pct(a: int, b: int) -> float:
    return round(100.0 * a / b, 2) if b else 0.0


def score_ud(gold: list[Doc], pred: list[Doc]) -> dict[str, float]:
    n = upos = feats = lemma = uas = las = ulas = 0
    for g, p in zip(gold, pred, strict=True):
        for gt, pt in zip(g, p, strict=True):
            n += 1
            upos += gt.pos_ == pt.pos_
            feats += str(gt.morph) == str(pt.morph)
            lemma += gt.lemma_ == pt.lemma_
            if gt.head.i == pt.head.i:
                uas += 1
                las += gt.dep_ == pt.dep_
                ulas += gt.dep_.split(":")[0] == pt.dep_.split(":")[0]
    return {
        "words": n,
        "UPOS": _pct(upos, n),
        "UFeats": _pct(feats, n),
        "Lemmas": _pct(lemma, n),
        "UAS": _pct(uas, n),
        "LAS": _pct(las, n),
        "LAS_universal": _pct(ulas, n),
    }


def score_ner(gold: list[Doc], pred: list[Doc]) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = {(e.start, e.end, e.label_) for e in g.ents}
        ps = {(e.start, e.end, e.label_) for e in p.ents}
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for label in [*sorted(set(n_gold) | set(n_pred)), "ALL"]:
        t = sum(tp.values()) if label == "ALL" else tp[label]
        ng = sum(n_gold.values()) if label == "ALL" else n_gold[label]
        np_ = sum(n_pred.values()) if label == "ALL" else n_pred[label]
        prec, rec = (t / np_ if np_ else 0.0), (t / ng if ng else 0.0)
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = {
            "P": round(100 * prec, 2),
            "R": round(100 * rec, 2),
            "F1": round(100 * f, 2),
            "gold": ng,
        }
    return out


def words_per_second(nlp: Language, docs: list[Doc], repeat: int = 1) -> dict[str, float]:
    """Throughput of the whole pipeline: per wall-clock second, and per second of this
    process's CPU time (the fair figure on a machine shared with other jobs)."""
    blanks = _blank_copies(nlp, docs) * repeat
    n = sum(len(d) for d in blanks)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(blanks, batch_size=256):
        pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"wall": round(n / wall), "cpu": round(n / cpu)}


def evaluate(
    model: str | Path | Language, corpus_dir: Path = Path("build/corpus"), speed: bool = True
) -> dict:
    nlp = spacy.load(model) if not isinstance(model, Language) else model
    results: dict = {}
    ud_gold_all: list[Doc] = []
    if "parser" in nlp.pipe_names or "morphologizer" in nlp.pipe_names:
        for part in UD_PARTS:
            gold = read_docbin(nlp, corpus_dir / f"ud-{part}-heldout.spacy")
            if not gold:  # a build that trained on all of it (``ud_heldout_share`` 1)
                continue
            pred = list(nlp.pipe(_blank_copies(nlp, gold)))
            results[f"ud-{part}"] = score_ud(gold, pred)
            ud_gold_all.extend(gold)
        if ud_gold_all:
            pred_all = list(nlp.pipe(_blank_copies(nlp, ud_gold_all)))
            results["ud-all"] = score_ud(ud_gold_all, pred_all)
    if "ner" in nlp.pipe_names:
        for name, conventions in (("arman", "arman"), ("fars", "news")):
            gold = read_docbin(nlp, corpus_dir / f"ner-{name}-heldout.spacy")
            if not gold:  # the Arman NER trained on all of it (``arman_heldout_share`` 1)
                continue
            if NER_ARMAN in nlp.component_names:  # each corpus in its own conventions
                use(nlp, conventions)
            pred = list(nlp.pipe(_blank_copies(nlp, gold)))
            results[f"ner-{name}"] = score_ner(gold, pred)
    if speed:
        docs = ud_gold_all or read_docbin(nlp, corpus_dir / "ner-fars-heldout.spacy")
        words_per_second(nlp, docs[:50])  # warm-up
        results["words_per_second"] = words_per_second(nlp, docs)
    return results


def main() -> None:
    import sys

    model = sys.argv[1]
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("build/corpus")
    print(json.dumps(evaluate(model, corpus), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
