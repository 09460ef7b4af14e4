"""Rebuild khabar's trained pipeline from the development data with spaCy's own training.

Steps (``khabar train``):

1. convert UD PerDT + Seraji and ArmanPersoNER into ``DocBin`` corpora (``build/corpus``),
   split by ``khabar.datasets.tune``/``heldout`` (held-out never trained on, but for the
   share of the treebanks' that ``ud_heldout_share`` names: the shipped UD components,
   once their recipe is measured);
   train floret subword vectors on unlabelled text (Fars News + the tune parts' words,
   ``khabar.pipeline.vectors``; needs ``pip install 'khabar[train]'``) into
   ``build/vectors``, then ``spacy pretrain`` the UD tok2vec on the same text
   (``[pretraining]`` in ``ud.cfg``, characters objective) into ``build/pretrain/ud``;
2. ``spacy train khabar/pipeline/configs/ud.cfg``, ``.../ner.cfg`` and ``.../ner-arman.cfg``
   (the NER for ArmanPersoNER's conventions; three processes side by side, one thread each,
   ``nice``; the NERs start right after the conversion, beside step 1's vectors and
   pretraining, niced below them), with the corpus and lexicon paths as overrides. The UD
   components are self-trained (:mod:`khabar.pipeline.selftrain`): a first UD run on
   ``ud-mixed-train.spacy`` (the teacher, ``build/training/ud-teacher``) labels the sane
   sentences of the allowed Fars News articles, written with the gold part (three times)
   into ``ud-selftrain.spacy``, on which the shipped UD components are trained;
3. ``spacy train .../seraji.cfg``: a parser for Seraji's own heads and relations, on the
   UD tok2vec (frozen), trained on Seraji's train part as soon as the UD run ends;
4. assemble: the UD pipeline plus the NERs sourced into it and the Seraji parser (the
   Seraji parser and the Arman NER disabled),
   saved to ``khabar/models/fa_khabar`` with its conversion into Seraji's conventions
   (:mod:`khabar.pipeline.conventions`, learned on Seraji's tune part);
5. score it on the held-out parts and write the model card ``khabar/models/README.md``.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import khabar.pipeline  # noqa: F401  (registers khabar's factories)
from khabar.datasets.paths import data_dir
from khabar.pipeline.conventions import SERAJI_PARSER, write_table
from khabar.pipeline.convert import convert_all, read_ud, split
from khabar.pipeline.ner_conventions import NER_ARMAN

PACKAGE_DIR = Path(__file__).resolve().parents[1]
# the model's meta key for ``ud_heldout_share``, so a benchmark scores only what is left
SHARE_META = "khabar_ud_heldout_share"
ARMAN_SHARE_META = "khabar_arman_heldout_share"
CONFIG_DIR = Path(__file__).resolve().parent / "configs"
# What `spacy train --code` imports: the package module that registers khabar's spaCy parts.
CODE = Path(__file__).resolve().parent / "__init__.py"
MODELS_DIR = PACKAGE_DIR / "models"
MODEL_NAME = "fa_khabar"
# How much nicer than the UD chain the NERs run when they train beside it.
NER_YIELDS = 9


def one_thread_env() -> dict[str, str]:
    """The environment a training run gets: one BLAS thread, so that two runs side by side
    on a two-core machine do not fight over the cores (and runs stay reproducible)."""
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[var] = "1"
    return env


def spacy_train_command(config: Path, output: Path, overrides: dict[str, str]) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(config),
        "--output",
        str(output),
        "--code",
        str(CODE),
    ]
    for key, value in overrides.items():
        cmd += [f"--{key}", value]
    return cmd


def ner_overrides(corpus: Path, train: str = "ner-train") -> dict[str, str]:
    """``ner.cfg``'s paths for a corpus folder ``convert_all`` wrote: ArmanPersoNER and the
    Fars News paragraphs, checkpoints picked on both, hazm's tags as word features. The
    NER for Arman's conventions trains on ``ner-arman-train``, which holds the share of
    Arman's held-out quarter its build was asked to take."""
    return {
        "paths.train": str(corpus / train),
        "paths.dev": str(corpus / "ner-dev"),
        "paths.words": str(data_dir() / "lexicon/hazm/words.dat"),
    }


def train_all(
    build_dir: Path = Path("build"),
    out_dir: Path = MODELS_DIR / MODEL_NAME,
    parallel: bool = True,
    nice: int = 10,
    ud_steps: int | None = None,
    ner_steps: int | None = None,
    assemble_only: bool = False,
    vectors_news: bool = True,
    selftrain: bool = True,
    ner_from: Path | None = None,
    ud_from: Path | None = None,
    ud_heldout_share: float = 0.0,
    ud_train: Sequence[Path] = (),
    arman_heldout_share: float = 0.0,
    log=print,
) -> dict:
    """Run the steps of the module's docstring; returns the scores, timings, sizes and
    corpus counts that the model card is written from. ``ner_from`` takes the NER of that
    trained pipeline instead of training one, so that a change to the UD components
    leaves the NER, and the news layer built on it, as they are; ``ud_from`` takes its UD
    components (tok2vec, tagger, lemmatizer, parser) likewise, so that only the Seraji
    parser, which reads their tok2vec, is trained. ``ud_heldout_share`` of each treebank's
    held-out quarter is trained on too, and only the rest is scored; ``ud_train`` files (a
    treebank's full train split) are trained on besides (``convert_all``);
    ``arman_heldout_share`` of Arman's held-out quarter likewise, by the Arman NER only."""
    build_dir = Path(build_dir)
    check_inputs(
        build_dir,
        assemble_only=assemble_only,
        ner_from=ner_from,
        ud_from=ud_from,
        ud_train=ud_train,
    )
    corpus = build_dir / "corpus"
    data = data_dir()
    words = str(data / "lexicon/hazm/words.dat")
    verbs = str(data / "lexicon/hazm/verbs.dat")
    timings: dict[str, float] = {}
    # read now: ud_from may be the folder this run replaces
    kept_vectors = _report(ud_from).get("vectors") if ud_from else None

    t0 = time.perf_counter()
    counts = convert_all(
        corpus,
        ud_heldout_share=ud_heldout_share,
        ud_train=ud_train,
        arman_heldout_share=arman_heldout_share,
    )
    timings["convert_s"] = round(time.perf_counter() - t0, 1)
    log(f"corpora written to {corpus}: {counts}")

    # The NERs read neither the vectors nor the UD components: side by side they start
    # now, on the core the UD chain (vectors, pretraining, the teacher) leaves idle, and
    # niced below it, since the chain is the longer path and three runs share two cores.
    ner_jobs = {}
    if ner_from is None:
        steps = {"training.max_steps": str(ner_steps)} if ner_steps else {}
        ner_jobs["ner"] = (CONFIG_DIR / "ner.cfg", {**ner_overrides(corpus), **steps})
        ner_jobs[NER_ARMAN] = (
            CONFIG_DIR / "ner-arman.cfg",
            {**ner_overrides(corpus, "ner-arman-train"), **steps},
        )
    procs: dict[str, tuple[subprocess.Popen, float, Path]] = {}
    if parallel and not assemble_only:
        for name, (config, overrides) in ner_jobs.items():
            output = build_dir / "training" / name
            procs[name] = _start(name, config, output, overrides, min(nice + NER_YIELDS, 19), log)

    ud_path = ud_from or build_dir / "training/ud/model-best"
    seraji_path = build_dir / "training" / "seraji"
    # the Seraji parser reads the UD tok2vec: it trains once the UD components are there
    seraji = (
        "seraji",
        CONFIG_DIR / "seraji.cfg",
        seraji_path,
        {
            "paths.ud": str(ud_path),
            "paths.train": str(corpus / "ud-seraji-train.spacy"),
            "paths.dev": str(corpus / "ud-seraji-dev.spacy"),
            "paths.words": words,
        },
    )
    try:
        vectors = init_tok2vec = None
        raw = str(build_dir / "vectors" / "text.jsonl")
        train_ud = not assemble_only and ud_from is None
        if train_ud:
            from khabar.pipeline.vectors import build_vectors

            t0 = time.perf_counter()
            vectors = str(build_vectors(build_dir, news=vectors_news, log=log))
            timings["vectors_s"] = round(time.perf_counter() - t0, 1)
            t0 = time.perf_counter()
            init_tok2vec = pretrain_ud(build_dir, vectors, words, verbs, nice, log)
            timings["pretrain_ud_s"] = round(time.perf_counter() - t0, 1)

        # PerDT fully annotated + Seraji lemmas only; checkpoints picked on PerDT dev
        ud_overrides = {
            "paths.train": str(corpus / "ud-mixed-train.spacy"),
            "paths.dev": str(corpus / "ud-perdt-dev.spacy"),
            "paths.words": words,
            "paths.verbs": verbs,
            "paths.lemmas_gold": str(corpus / "ud-perdt-train.spacy"),
            **({"paths.vectors": vectors} if vectors else {}),
            **({"paths.raw": raw, "paths.init_tok2vec": init_tok2vec} if vectors else {}),
            **({"training.max_steps": str(ud_steps)} if ud_steps else {}),
        }
        if selftrain and train_ud:
            # the teacher (the same run on the gold part) labels Fars News for the student
            from khabar.pipeline.selftrain import write_selftrain_corpus

            teacher = build_dir / "training" / "ud-teacher"
            start = _start("ud-teacher", CONFIG_DIR / "ud.cfg", teacher, ud_overrides, nice, log)
            _wait("ud-teacher", start, timings)
            t0 = time.perf_counter()
            counts["selftrain"] = write_selftrain_corpus(teacher / "model-best", corpus, log=log)
            timings["selftrain_s"] = round(time.perf_counter() - t0, 1)
            ud_overrides["paths.train"] = str(corpus / "ud-selftrain.spacy")
        jobs = {} if ud_from else {"ud": (CONFIG_DIR / "ud.cfg", ud_overrides)}
        if not parallel:
            jobs.update(ner_jobs)
        for name, (config, overrides) in jobs.items():
            if assemble_only:  # reuse build/training/*/model-best
                break
            procs[name] = _start(name, config, build_dir / "training" / name, overrides, nice, log)
            if not parallel:
                _wait(name, procs[name], timings)
        while True:  # record each end time; the Seraji parser starts once the UD is there
            ud_ready = ud_from is not None or "train_ud_s" in timings
            if parallel and not assemble_only and ud_ready and "seraji" not in procs:
                procs["seraji"] = _start(*seraji, nice, log)
            if all(f"train_{name}_s" in timings for name in procs):
                break
            for name, item in procs.items():
                if f"train_{name}_s" not in timings and item[0].poll() is not None:
                    _wait(name, item, timings)
            time.sleep(1)
        if not assemble_only and "seraji" not in procs:
            _wait("seraji", _start(*seraji, nice, log), timings)
    except BaseException:  # a failed or stopped run leaves no other training behind
        for proc, _, _ in procs.values():
            if proc.poll() is None:
                proc.terminate()
        raise

    t0 = time.perf_counter()
    ner_path = ner_from or build_dir / "training/ner/model-best"
    ner_arman_path = ner_from or build_dir / "training" / NER_ARMAN / "model-best"
    nlp = assemble(ud_path, ner_path, seraji_path / "model-best", ner_arman_path)
    nlp.meta[SHARE_META] = ud_heldout_share
    nlp.meta[ARMAN_SHARE_META] = arman_heldout_share
    # written beside the old model and swapped in once whole: --ud-from/--ner-from may
    # name the very folder being replaced
    new_dir = out_dir.with_name(out_dir.name + ".new")
    if new_dir.exists():
        shutil.rmtree(new_dir)
    new_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(new_dir)
    write_table(nlp, split(read_ud("seraji"), ud_heldout_share)["tune"], new_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    new_dir.rename(out_dir)
    timings["assemble_s"] = round(time.perf_counter() - t0, 1)
    log(f"pipeline {nlp.pipe_names} saved to {out_dir}")

    from khabar.pipeline.evaluate import evaluate

    scores = evaluate(out_dir, corpus)
    sizes = component_sizes(out_dir)
    report = {"scores": scores, "timings": timings, "sizes_bytes": sizes, "corpora": counts}
    report["parallel"] = parallel
    report["ud_heldout_share"] = ud_heldout_share
    report["arman_heldout_share"] = arman_heldout_share
    report["ud_train"] = [Path(p).name for p in ud_train]
    settings = build_dir / "vectors" / "settings.json"
    if settings.exists():
        report["vectors"] = json.loads(settings.read_text())
    elif kept_vectors:  # the vectors came with --ud-from's components
        report["vectors"] = kept_vectors
    (out_dir / "scores.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return report


# the components a UD pipeline hands on (--ud-from), and what each source must hold
UD_COMPONENTS = ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser")


def check_inputs(
    build_dir: Path,
    assemble_only: bool = False,
    ner_from: Path | None = None,
    ud_from: Path | None = None,
    ud_train: Sequence[Path] = (),
) -> None:
    """Raise ``FileNotFoundError`` saying which option is at fault when a pipeline to take
    components from, the runs to assemble, a train file or the data are not there: a run
    finds them missing only when it assembles, after up to an hour of training."""
    for path in ud_train:
        if not Path(path).is_file():
            raise FileNotFoundError(f"--ud-train {path}: no such file")
    if ud_from is not None:
        _check_pipeline("--ud-from", Path(ud_from), UD_COMPONENTS)
    if ner_from is not None:
        _check_pipeline("--ner-from", Path(ner_from), ("ner", NER_ARMAN))
    if assemble_only:
        runs = Path(build_dir) / "training"
        for name, path, parts in (
            ("UD", ud_from or runs / "ud" / "model-best", UD_COMPONENTS),
            ("NER", ner_from or runs / "ner" / "model-best", ("ner",)),
            ("Arman NER", ner_from or runs / NER_ARMAN / "model-best", ("ner",)),
            ("Seraji", runs / "seraji" / "model-best", ("parser",)),
        ):
            _check_pipeline(f"--assemble-only ({name} run)", Path(path), parts)
    data_dir()


def _check_pipeline(option: str, path: Path, parts: tuple[str, ...]) -> None:
    missing = [part for part in ("config.cfg", *parts) if not (path / part).exists()]
    if missing:
        raise FileNotFoundError(
            f"{option}: {path} is no trained spaCy pipeline with {', '.join(parts)} "
            f"(no {', '.join(missing)} in it)"
        )


def _report(model_dir: Path) -> dict:
    """The ``scores.json`` a ``train_all`` run left in ``model_dir``, if any."""
    path = Path(model_dir) / "scores.json"
    return json.loads(path.read_text()) if path.exists() else {}


def pretrain_ud(
    build_dir: Path, vectors: str, words: str, verbs: str, nice: int = 10, log=print
) -> str:
    """``spacy pretrain`` of the UD tok2vec on the vectors' text (``[pretraining]`` in
    ``ud.cfg``, one thread); returns the weights file for ``[initialize] init_tok2vec``."""
    output = build_dir / "pretrain" / "ud"
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    cmd = [sys.executable, "-m", "spacy", "pretrain", str(CONFIG_DIR / "ud.cfg"), str(output)]
    cmd += ["--code", str(CODE)]
    cmd += ["--paths.raw", str(build_dir / "vectors" / "text.jsonl")]
    cmd += ["--paths.vectors", vectors, "--paths.words", words, "--paths.verbs", verbs]
    if nice:
        cmd = ["nice", "-n", str(nice), *cmd]
    log_path = output / "pretrain.log"
    log(f"[pretrain ud] {shlex.join(cmd)}  (log: {log_path})")
    with open(log_path, "w") as logf:
        rc = subprocess.run(
            cmd, stdout=logf, stderr=subprocess.STDOUT, env=one_thread_env()
        ).returncode
    if rc != 0:
        tail = log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"spacy pretrain failed (exit {rc}):\n{tail}")
    return str(output / "model-last.bin")


def _start(
    name: str, config: Path, output: Path, overrides: dict[str, str], nice: int, log
) -> tuple[subprocess.Popen, float, Path]:
    """Start ``spacy train`` of ``config`` into ``output`` (emptied first), logging there."""
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    cmd = spacy_train_command(config, output, overrides)
    if nice:
        cmd = ["nice", "-n", str(nice), *cmd]
    log_path = output / "train.log"
    log(f"[{name}] {shlex.join(cmd)}  (log: {log_path})")
    with open(log_path, "w") as logf:
        proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=one_thread_env())
    return proc, time.perf_counter(), output


def _wait(name: str, item: tuple[subprocess.Popen, float, Path], timings: dict) -> None:
    proc, start, output = item
    rc = proc.wait()
    timings[f"train_{name}_s"] = round(time.perf_counter() - start, 1)
    if rc != 0:
        tail = (output / "train.log").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"spacy train for {name} failed (exit {rc}):\n{tail}")


def assemble(ud_path: Path, ner_path: Path, seraji_path: Path, ner_arman_path: Path):
    """The UD pipeline with the (self-contained) NERs sourced in after the parser, and the
    Seraji parser beside PerDT's; the Seraji parser and the Arman NER disabled
    (``khabar.pipeline.load.load`` swaps them in). ``ner_arman_path`` is a training run's
    pipeline (its NER is called ``ner``) or a whole khabar pipeline."""
    import spacy

    # a whole pipeline's UD part
    nlp = spacy.load(ud_path, exclude=["ner", NER_ARMAN, SERAJI_PARSER])
    ner_nlp = spacy.load(ner_path)
    nlp.add_pipe("ner", source=ner_nlp, after="parser")
    nlp.add_pipe("parser", name=SERAJI_PARSER, source=spacy.load(seraji_path), after="parser")
    nlp.disable_pipe(SERAJI_PARSER)
    arman = spacy.load(ner_arman_path)
    name = NER_ARMAN if NER_ARMAN in arman.component_names else "ner"
    nlp.add_pipe(name, name=NER_ARMAN, source=arman, after="ner")
    nlp.disable_pipe(NER_ARMAN)
    if ner_nlp.vocab.vectors.shape[0] and not nlp.vocab.vectors.shape[0]:
        # the NER's static vectors (the UD tok2vec uses none): a copy bound to this vocab
        vectors = type(ner_nlp.vocab.vectors)(strings=nlp.vocab.strings)
        vectors.from_bytes(ner_nlp.vocab.vectors.to_bytes())
        nlp.vocab.vectors = vectors
    nlp.meta["name"] = "khabar"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = (
        "khabar Persian pipeline: UD morphologizer, lemmatizer and parser (PerDT+Seraji), "
        "NER (ArmanPersoNER and Fars News annotated by hand). "
        "Needs `import khabar.pipeline` before spacy.load."
    )
    nlp.meta["license"] = (
        "CC BY-SA 4.0 (UD parts); NER trained on ArmanPersoNER: academic research use only"
    )
    nlp.meta["sources"] = [
        {"name": "UD_Persian-PerDT (dev split)", "license": "CC BY-SA 4.0"},
        {"name": "UD_Persian-Seraji (dev split)", "license": "CC BY-SA 4.0"},
        {"name": "ArmanPersoNER (fold 1 train)", "license": "academic research use only"},
        {
            "name": "Fars News, entities annotated by the khabar developers",
            "license": "text (c) the publisher; only the trained weights are kept",
        },
        {"name": "hazm 0.10 words.dat, verbs.dat", "license": "MIT"},
    ]
    return nlp


def component_sizes(model_dir: Path) -> dict[str, int]:
    sizes = {}
    for child in sorted(Path(model_dir).iterdir()):
        files = [child] if child.is_file() else [p for p in child.rglob("*") if p.is_file()]
        sizes[child.name] = sum(p.stat().st_size for p in files)
    sizes["TOTAL"] = sum(v for k, v in sizes.items())
    return sizes
