"""Writes the model card ``khabar/models/README.md`` from a ``train_all`` report."""

from __future__ import annotations

from pathlib import Path

from khabar.pipeline.train import MODEL_NAME


def command(share: float, parallel: bool = True, arman_share: float = 0.0) -> str:
    """The command that rebuilt the model: ``khabar train``'s defaults but the shares, and
    ``--sequential`` for a build that trained one run at a time."""
    options = (
        ("" if parallel else " --sequential")
        + (f" --ud-heldout-share {share:g}" if share else "")
        + (f" --arman-heldout-share {arman_share:g}" if arman_share else "")
    )
    return (
        f"khabar train{options}\n"
        "# = python -m khabar.cli.main train …; needs ../shared/data\n"
        "# and floret: pip install 'khabar[train]'"
    )


NOTES = Path(__file__).resolve().parent / "card_notes.md"


def _mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


NER_TABLES = {
    "ner-arman": "NER, ArmanPersoNER held-out quarter, read in its conventions "
    '(`ner_conventions="arman"`), strict span match:',
    "ner-fars": "NER, Fars News held-out articles (every fifth), khabar's tokenization, strict:",
}


def _trained_part(share: float) -> str:
    """What of a development split the build trained on (``khabar train --ud-heldout-share``)."""
    if share >= 1:
        return "all of it (tune part and held-out quarter)"
    if share > 0:
        return f"tune part (first 3/4) and the first {share:.0%} of the held-out quarter"
    return "tune part (first 3/4)"


def render(report: dict) -> str:
    share = report.get("ud_heldout_share", 0.0)
    arman_share = report.get("arman_heldout_share", 0.0)
    trained = _trained_part(share)
    given = report.get("ud_train", [])
    s = report["scores"]
    t = report["timings"]
    sizes = report["sizes_bytes"]
    c = report["corpora"]
    v = report.get("vectors", {})
    lines = [
        "# khabar's trained pipeline (`khabar/models/fa_khabar`)",
        "",
        "A spaCy 3.8 pipeline for Persian, trained from scratch on CPU (no transformers; "
        "its static subword vectors are trained here too, on unlabelled text):",
        "",
        "| component | what | trained on |",
        "|---|---|---|",
        "| `lexicon_features` | hazm `words.dat` coarse POS tags (N, AJ, ADV, …) put in the "
        "lexeme `SHAPE` attribute, embedded by the tok2vec | hazm 0.10 (MIT) |",
        "| `tok2vec` | hash embeddings of NORM, PREFIX, SUFFIX, SHAPE + floret subword vectors "
        "+ 4-layer CNN, width 96, pretrained on unlabelled text (`spacy pretrain`) | UD (shared "
        "by the three UD components) |",
        "| `morphologizer` | UPOS + UD FEATS | UD PerDT |",
        "| `trainable_lemmatizer` | edit-tree lemmatizer, PerDT-style lemmas (verbs "
        "«past#present») | UD PerDT + Seraji (lemmas unified to PerDT's) |",
        "| `parser` | UD dependencies, PerDT's relations (hidden width 64) | UD PerDT |",
        "| `parser_seraji` | UD dependencies in Seraji's own heads and relations, on the UD "
        "tok2vec (frozen); disabled unless Seraji's conventions are asked for | UD Seraji |",
        "| `ner` | PER ORG LOC FAC EVENT PRO, own tok2vec (hash embeddings of the word "
        "features and of which list, given names, places or surnames, a word is on; width 64, "
        "depth 4), trained beside copies of its paragraphs with other given names | "
        "ArmanPersoNER + Fars News paragraphs annotated by hand; khabar's lists of given "
        "names, places and surnames |",
        "| `ner_arman` | the NER, wider (width 128), trained with each document marked by its "
        "corpus (the list column shifted by it), so that it marks names in ArmanPersoNER's "
        "conventions (a country that acts may be ORG); disabled unless "
        '`khabar.load(ner_conventions="arman")` asks for them, which puts it in place of '
        "`ner` | as `ner` |",
        "| `khabar_place_designators` | added after the `ner` by `khabar.load()`: a place "
        "takes in the «استان», «شهر», «منطقه» or direction before it, a book or paper its "
        "«کتاب» or «روزنامه», an event its ordinal and «مسابقات», as ArmanPersoNER writes them "
        "(«شهر شیراز», «شمال عراق»); the Fars News gold is read the same way | "
        "ArmanPersoNER's convention |",
        "| vectors (in `vocab`) | floret subword vectors keyed by NORM: 64 dimensions, "
        f"{v.get('bucket', '?')} n-gram rows (character 3–5-grams, 2 hashes), skip-gram, "
        "read by the UD tok2vec | unlabelled text: Fars News articles + the UD and Arman "
        "parts' words |",
        "| `pos_rules` | repairs the morphologizer's UPOS where the evidence is strong: a noun "
        "in a PER or LOC entity that is a listed place or given name or unknown to hazm is "
        "PROPN, a pronominal clitic tagged NOUN is PRON | khabar's rules, hazm, places and "
        "given names |",
        "| `verb_lemmas` | stem lexicon backing the lemmatizer for verbs («می‌رسند» → «رسید#رس») "
        "| hazm `verbs.dat` + training lemmas |",
        "| `seen_lemmas` | the lemma PerDT's training part gives a noun, adjective, adverb or "
        "name every time (twice or more), given back after the lemmatizer and the rules | UD "
        "PerDT |",
        "",
        "Load it with `import khabar.pipeline` first (it registers khabar's "
        'components), then `spacy.load("khabar/models/fa_khabar")`. Tokens are expected to '
        "be syntactic words (pronominal clitics split, as UD does), e.g. "
        "`nlp(Doc(nlp.vocab, words=[...]))`; the tokenizer saved with the model is spaCy's "
        "plain Persian one and is meant to be replaced by khabar's. The parser was trained on "
        "single sentences and does not split a text into sentences itself: set sentence "
        "starts on the `Doc` first (it respects preset boundaries). Multiword-token ranges "
        "kept in `doc._.multiword` as `(first, last, form)` are written back as range lines "
        "by `khabar.pipeline.conllu.to_conllu`.",
        "",
        "## Training data and licences",
        "",
        "Nothing of the data is shipped; the model is derived from it.",
        "",
        f"- **UD Persian PerDT**, dev split, {trained}: {c['ud-perdt-tune']} "
        "sentences. Licence **CC BY-SA 4.0**. "
        + (
            f"Besides, the treebank train splits given to `--ud-train`: {', '.join(given)} "
            f"({c['ud-train']} UD training sentences in all)."
            if given
            else "(The data folder holds only the treebanks' dev splits; their train splits "
            "were not available: `khabar train --ud-train FILE` takes them.)"
        ),
        f"- **UD Persian Seraji**, dev split, {trained}: {c['ud-seraji-tune']} sentences. "
        "Licence **CC BY-SA 4.0**.",
        f"- **ArmanPersoNER**, fold 1 training file, tune part: {c['ner-arman-tune']} "
        "sentences"
        + (
            "; `ner_arman` also "
            + ("all of" if arman_share >= 1 else f"the first {arman_share:.0%} of")
            + f" its held-out quarter ({c['ner-arman-train-shared'] - c['ner-arman-train']} "
            "sentences)"
            if arman_share
            else ""
        )
        + ". **ArmanPersoNER is licensed for academic research use only.** The `ner` "
        "and `ner_arman` components are derived from it, so the shipped pipeline as a whole "
        "may only be used for academic research; for any other use drop them "
        '(`exclude=["ner", "ner_arman"]` when loading) or retrain them on other data.',
        f"- **Fars News, entities marked by hand**: {c.get('ner-fars-train', '?')} paragraphs "
        f"for training and {c.get('ner-fars-dev', '?')} for checkpoint selection (with Arman's "
        "dev slice), from whole articles of the development data's `news/fars-news-1.json` "
        "and `news/fars-news-2.json` (text © the publisher; the news layer's 24 real "
        "held-out articles left out), annotated by the khabar developers in Arman's types and "
        "conventions (`khabar/pipeline/corpora/fars-ner*.jsonl.gz`: offsets and labels only, "
        "the text is read from the shared data; `khabar/pipeline/fars_ner.py`). Every fifth "
        f"article ({c.get('ner-fars-heldout', '?')} paragraphs) is held out and scored below.",
        "- **hazm 0.10** `words.dat` (tags of about 36,000 words, stored in the model) and "
        "`verbs.dat` (verb stems): MIT.",
        f"- **Unlabelled text for the vectors and the UD tok2vec's pretraining** "
        f"({v.get('lines', '?')} lines, "
        f"{v.get('words', '?')} words): the 600 **Fars News** articles of the development "
        "data (text © the publisher; normalized with `khabar.normalize`, tokenized with "
        "khabar's tokenizer) and the words of the UD and Arman parts above"
        + ("" if share else " (never a held-out quarter)")
        + ". Only what was trained on it is in the model (the floret n-gram table, the "
        "UD tok2vec's starting weights), none of the text; `khabar train --no-vectors-news` "
        "rebuilds without the Fars News articles.",
        "",
        "Because the UD parts are CC BY-SA 4.0, the UD components are shared under the same "
        "licence.",
        "",
        "Inside each tune part the last 10 % is spaCy's `dev` set (checkpoint selection only); "
        + (
            "the held-out quarter of every file is never trained or selected on."
            if not share and not arman_share
            else "the UD components of this build also trained on the treebanks' held-out "
            f"quarters as said above (`--ud-heldout-share {share:g}`), once their recipe had "
            "been measured without them: see *Training on the held-out quarter* below. "
            + (
                "`ner`'s held-out parts are never trained or selected on; `ner_arman`, which "
                "`khabar analyze` does not run, trained on Arman's held-out quarter too "
                f"(`--arman-heldout-share {arman_share:g}`), once measured two-fold: see "
                "*Arman's quarter for `ner_arman`* below."
                if arman_share
                else "The NER's held-out parts are never trained or selected on."
            )
        ),
        "",
        "## Held-out scores (gold tokenization: gold syntactic words)",
        "",
    ]
    ud_parts = [part for part in ("ud-perdt", "ud-seraji", "ud-all") if part in s]
    if ud_parts:
        lines += [
            "| held-out part | words | UPOS | UFeats | Lemmas | UAS | LAS | LAS (universal rel.) |",
            "|---|---|---|---|---|---|---|---|",
        ]
    else:
        lines.append(
            "The UD components of this build trained on the treebanks' held-out quarters, "
            "so only the NER is scored here; the same recipe's UD scores without them, and "
            "what they add, are under *Training on the held-out quarter* below."
        )
    for part in ud_parts:
        r = s[part]
        lines.append(
            f"| {part} | {r['words']} | {r['UPOS']} | {r['UFeats']} | "
            f"{r['Lemmas']} | {r['UAS']} | {r['LAS']} | {r['LAS_universal']} |"
        )
    for key, caption in NER_TABLES.items():
        if key in s:
            lines += ["", caption, "", "| type | gold | P | R | F1 |", "|---|---|---|---|---|"]
            for label, r in s[key].items():
                lines.append(f"| {label} | {r['gold']} | {r['P']} | {r['R']} | {r['F1']} |")
    lines += [
        "",
        f"Speed of the whole pipeline, `nlp.pipe` over pre-tokenized UD sentences in one "
        f"process with one thread: {s['words_per_second']['cpu']} words per CPU-second "
        f"({s['words_per_second']['wall']} words per wall-clock second on the build machine, "
        "which was shared with other jobs; on a busy machine this single pass reads low, so "
        "compare models by their ratio in one process, as under *This build* below).",
        "",
        "## Size",
        "",
        "| part | size |",
        "|---|---|",
    ]
    lines += [f"| {k} | {_mb(v)} |" for k, v in sizes.items()]
    lines += [
        "",
        "## How it was built",
        "",
        "```",
        command(share, report.get("parallel", True), arman_share),
        "```",
        "",
        "converts the corpora to `build/corpus/*.spacy` (`khabar/pipeline/convert.py`), trains "
        "the floret vectors into `build/vectors` (`khabar/pipeline/vectors.py`, one thread, "
        "fixed seed; needs the `train` extra: `pip install 'khabar[train]'` for `floret`, "
        "which the model does not need at run time), pretrains the UD tok2vec on the same "
        "text (`spacy pretrain`, `[pretraining]` in `ud.cfg`), trains a first UD run whose "
        "labels on Fars News self-train the shipped one (`khabar/pipeline/selftrain.py`; "
        "`--no-selftrain` leaves it out), runs "
        "`spacy train` on `khabar/pipeline/configs/ud.cfg`, `ner.cfg` and `ner-arman.cfg` "
        + (
            "side by side (one thread each, `nice -n 10`)"
            if report.get("parallel", True)
            else "one after the other (`--sequential`, as this build was; one thread, `nice`)"
        )
        + ", sources the NER into the UD pipeline, saves it here with its Seraji "
        "conventions table and scores it (`khabar/pipeline/evaluate.py`). Timings of this build: "
        + ", ".join(f"{k} {v} s" for k, v in t.items())
        + ".",
        "",
    ]
    if NOTES.exists():
        lines += [NOTES.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def write_card(report: dict, path: Path) -> None:
    path.write_text(render(report), encoding="utf-8")


__all__ = ["render", "write_card"]


if __name__ == "__main__":  # python -m khabar.pipeline.card: rewrite the card from scores.json
    import json

    from khabar.pipeline.train import MODELS_DIR

    report = json.loads((MODELS_DIR / MODEL_NAME / "scores.json").read_text(encoding="utf-8"))
    write_card(report, MODELS_DIR / "README.md")
