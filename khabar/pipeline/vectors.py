"""Static subword vectors (floret) for the pipeline's tok2vec layers, from unlabelled text.

A training-time step of ``khabar train``; the result is a table of ``bucket x dim`` floats
saved inside the model (spaCy computes a word's vector from its character n-grams at run
time with no extra package). ``floret`` itself is needed only here: ``pip install
'khabar[train]'``.

Text (never written anywhere but ``build/``):

* the Fars News articles of the development data (title, abstract, paragraphs), put
  through ``khabar.normalize`` and khabar's tokenizer, one sentence a line, syntactic words;
  not the 24 that make the news layer's real held-out gold (``evaluation/fars/holdout``);
* the words of the *tune* parts of UD PerDT, UD Seraji and ArmanPersoNER (the held-out
  quarter's text is never used).

Every word is keyed as the pipeline keys it, by ``NORM`` (``normalize_norm``: Persian
letters, ASCII digits, no diacritics). Training runs on one thread (fastText's fixed seed 0), so
the vectors are the same from run to run.

    python -m khabar.pipeline.vectors [build]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from khabar.datasets.news import HELD_OUT_RECIPES, held_out_articles
from khabar.datasets.paths import data_dir
from khabar.pipeline.lexicon_features import normalize_norm

# floret settings: a compact table (bucket x dim float32 = 5.1 MB at 20,000 x 64)
FLORET = {
    "model": "skipgram",
    "mode": "floret",
    "dim": 64,
    "bucket": 20000,
    "hashCount": 2,
    "minn": 3,
    "maxn": 5,
    "minCount": 3,
    "epoch": 10,
    "ws": 5,
    "neg": 5,
    "thread": 1,
    "verbose": 0,
}
TUNE_PARTS = ("ud-perdt-tune", "ud-seraji-tune", "ner-arman-tune")


def news_lines(news_dir: Path, recipes: Path = HELD_OUT_RECIPES) -> list[str]:
    """Fars News articles as normalized, tokenized sentences (syntactic words), less the
    real held-out articles ``recipes`` name."""
    from khabar.text.normalizer import normalize
    from khabar.text.tokenizer import tokenize

    held_out = held_out_articles(recipes)
    lines: list[str] = []
    for path in sorted(news_dir.glob("fars-news-*.json")):
        for index, article in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            if (path.name, index) in held_out:
                continue
            parts = [article.get("title") or "", article.get("abstract") or ""]
            parts += article.get("paragraphs") or []
            for part in parts:
                text = normalize(part)
                for sent in tokenize(text):
                    words = [normalize_norm(w) for tok in sent.tokens for w in tok.words]
                    if words:
                        lines.append(" ".join(words))
    return lines


def corpus_lines(corpus: Path) -> list[str]:
    """Words of the tune parts (UD, Arman) as lines, keyed like ``NORM``."""
    vocab = Vocab()
    lines = []
    for name in TUNE_PARTS:
        for doc in DocBin().from_disk(corpus / f"{name}.spacy").get_docs(vocab):
            lines.append(" ".join(normalize_norm(t.text) for t in doc))
    return lines


def build_vectors(
    build_dir: Path = Path("build"),
    settings: dict | None = None,
    news: bool = True,
    log=print,
) -> Path:
    """Write ``build/vectors/text.txt`` (and ``text.jsonl`` for ``spacy pretrain``), train
    floret on it and init spaCy vectors.

    Returns the folder of the spaCy pipeline holding the vectors (for
    ``[initialize] vectors``).
    """
    import floret

    build_dir = Path(build_dir)
    out = build_dir / "vectors"
    out.mkdir(parents=True, exist_ok=True)
    lines = corpus_lines(build_dir / "corpus")
    if news:
        lines += news_lines(data_dir() / "news")
    text = out / "text.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (out / "text.jsonl").open("w", encoding="utf-8") as f:  # for `spacy pretrain`
        for line in lines:
            f.write(json.dumps({"text": line}, ensure_ascii=False) + "\n")
    n_words = sum(len(x.split()) for x in lines)
    log(f"vectors text: {len(lines)} lines, {n_words} words")
    params = {**FLORET, **(settings or {})}
    model = floret.train_unsupervised(str(text), **params)
    floret_path = out / "vectors.floret"
    model.save_floret_vectors(str(floret_path))
    nlp_dir = out / "nlp"
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "fa", str(floret_path)]
    cmd += [str(nlp_dir), "--mode", "floret", "--attr", "NORM"]
    subprocess.run(cmd, check=True, capture_output=True)
    info = {**params, "lines": len(lines), "words": n_words, "news": news}
    (out / "settings.json").write_text(json.dumps(info, indent=1))
    return nlp_dir


if __name__ == "__main__":
    print(build_vectors(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build")))
