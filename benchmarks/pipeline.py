"""Accuracy and speed of khabar's trained pipeline, from raw text as users give it.

    python3 benchmarks/pipeline.py

* UD: CoNLL 2018 shared-task scores on the held-out quarter of UD PerDT and Seraji dev,
  running the whole pipeline (repair, tokenizer, tagger, lemmatizer, parser) on the raw
  `# text` (ten sentences a paragraph, so sentence splitting is scored too); Seraji in its
  own conventions (`khabar.pipeline.conventions`, as `khabar evaluate ud` does for a
  Seraji file) and, for comparison, in PerDT's, which the model writes.

  UD components trained on part of the held-out quarter (``khabar train
  --ud-heldout-share``, recorded in the model's meta) are scored only on the rest; the
  shipped ones trained on all of it, so their accuracy is measured on a build of the same
  recipe without it: ``KHABAR_MODEL=build/model python3 benchmarks/pipeline.py`` after
  ``khabar train --build build --output build/model``.
* NER: strict span P/R/F1 on the held-out quarter of ArmanPersoNER fold 1, tokens as given.
* Speed: words per second of the whole pipeline (news layer off) on Fars News text, one
  process, after a warm-up; then the same sentences tagged one call per sentence by
  khabar's whole pipeline and by each peer's POS tagger, in the peer's own venv
  (`benchmarks/peers/runner.py ... tag`), or the reason the peer cannot run here.

Writes benchmarks/out/pipeline.json.
"""

import json
import tempfile
import time
from pathlib import Path

from halfspace import run_peer
from spacy.tokens import Doc

from khabar.datasets import heldout, read_conllu
from khabar.datasets.paths import PERDT_DEV, SERAJI_DEV, data_dir
from khabar.datasets.ud import parse_conllu
from khabar.pipeline.conll18 import METRICS, score
from khabar.pipeline.conllu import to_conllu
from khabar.pipeline.conventions import Conventions
from khabar.pipeline.convert import arman_sentence_to_doc, read_arman, split
from khabar.pipeline.evaluate import score_ner
from khabar.pipeline.load import load, load_conventions
from khabar.pipeline.train import SHARE_META

OUT = Path(__file__).parent / "out" / "pipeline.json"
PER_PARAGRAPH = 10


def ud_scores(nlp, name: str, conventions: Conventions | None = None) -> dict:
    """Scores on the part of the treebank's held-out quarter that ``nlp`` never trained on."""
    share = nlp.meta.get(SHARE_META, 0.0)
    gold = split(list(read_conllu(data_dir() / name)), share)["heldout"]
    if not gold:
        return {}
    paragraphs = [
        " ".join(s.text for s in gold[i : i + PER_PARAGRAPH])
        for i in range(0, len(gold), PER_PARAGRAPH)
    ]
    blocks = to_conllu(nlp.pipe(paragraphs), conventions=conventions)
    system = list(parse_conllu("".join(blocks).splitlines()))
    return {m: round(100 * s["f1"], 2) for m, s in score(gold, system).items()}


def ner_scores(nlp) -> dict:
    sentences = heldout(read_arman())
    golds = [arman_sentence_to_doc(nlp.vocab, s) for s in sentences]
    predicted = list(nlp.pipe(Doc(nlp.vocab, words=[t.text for t in g]) for g in golds))
    return score_ner(golds, predicted)


TAGGERS = ("khabar", "hazm", "parsivar", "shekar")


def fars_texts() -> list[str]:
    articles = json.loads((data_dir() / "news" / "fars-news-1.json").read_text("utf-8"))
    return ["\n".join([a["title"], *a["paragraphs"]]) for a in articles[:300]]


def tagger_speeds(nlp, texts: list[str]) -> dict[str, dict]:
    """Words per second of each peer's tagger, and khabar's whole pipeline, on the same
    sentences (khabar's words), one call per sentence; or why a peer could not run."""
    lines = [
        " ".join(t.text for t in s if not t.is_space)
        for text in texts
        for s in nlp.make_doc(text).sents
    ]
    speeds = {}
    with tempfile.TemporaryDirectory() as work:
        for peer in TAGGERS:
            result = run_peer(peer, "tag", lines, Path(work), timeout=3600)
            if result.error:
                speeds[peer] = {"skipped": result.error}
            else:
                words, seconds = result.info["words"], result.info["seconds"]
                speeds[peer] = {"words": words, "words_per_s": round(words / seconds)}
    return speeds


def speed(nlp, texts: list[str]) -> dict:
    list(nlp.pipe(texts[:10]))
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(texts))
    seconds = time.perf_counter() - started
    return {"words": words, "seconds": round(seconds, 2), "words_per_s": round(words / seconds)}


def main() -> None:
    nlp = load(news=False)
    results = {
        "ud": {
            "PerDT": ud_scores(nlp, PERDT_DEV),
            "Seraji, PerDT conventions": ud_scores(nlp, SERAJI_DEV),
            "Seraji": ud_scores(
                seraji := load(news=False, conventions="seraji"),
                SERAJI_DEV,
                load_conventions("seraji", nlp=seraji),
            ),
        },
        "ner": ner_scores(nlp),
        "speed": speed(nlp, texts := fars_texts()),
        "taggers": tagger_speeds(nlp, texts),
    }
    print("| held-out | " + " | ".join(METRICS) + " |")
    print("|---" * (len(METRICS) + 1) + "|")
    for part, s in results["ud"].items():
        print(
            f"| {part} | " + " | ".join(f"{s[m]:.2f}" for m in METRICS) + " |"
            if s
            else f"| {part} | the model trained on all of it |"
        )
    print("\n| NER type | P | R | F1 | gold |\n|---|---|---|---|---|")
    for label, s in results["ner"].items():
        print(f"| {label} | {s['P']:.2f} | {s['R']:.2f} | {s['F1']:.2f} | {s['gold']} |")
    sp = results["speed"]
    print(f"\nFars News, whole pipeline: {sp['words']} words, {sp['seconds']} s")
    print(f"{sp['words_per_s']:,} words/s")
    print("\n| one call per sentence | words/s |\n|---|---|")
    for peer, s in results["taggers"].items():
        print(
            f"| {peer} | {s['words_per_s']:,} |"
            if "words_per_s" in s
            else f"| {peer} | {s['skipped']} |"
        )
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
