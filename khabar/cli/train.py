"""``khabar train``: rebuild khabar's trained spaCy pipeline from the development data."""

from pathlib import Path
from typing import Annotated

import typer


def train_command(
    build: Annotated[Path, typer.Option(help="Work folder for corpora and training runs.")] = Path(
        "build"
    ),
    output: Annotated[
        Path | None,
        typer.Option(help="Where the assembled pipeline goes; default khabar/models/fa_khabar."),
    ] = None,
    sequential: Annotated[
        bool, typer.Option(help="Train UD and NER one after the other instead of side by side.")
    ] = False,
    ud_steps: Annotated[
        int | None, typer.Option(min=1, help="Override training.max_steps (UD).")
    ] = None,
    ner_steps: Annotated[
        int | None, typer.Option(min=1, help="Override training.max_steps (NER).")
    ] = None,
    card: Annotated[bool, typer.Option(help="Rewrite khabar/models/README.md.")] = True,
    vectors_news: Annotated[
        bool,
        typer.Option(
            help="Train the floret vectors on the Fars News articles as well as on the "
            "tune parts' words (off: the tune parts' words only)."
        ),
    ] = True,
    assemble_only: Annotated[
        bool,
        typer.Option(help="Skip training: assemble and score the last runs in BUILD/training."),
    ] = False,
    selftrain: Annotated[
        bool,
        typer.Option(
            help="Self-train the UD components on Fars News labelled by a first UD run "
            "(khabar/pipeline/selftrain.py); off: train them on the treebanks alone."
        ),
    ] = True,
    ner_from: Annotated[
        Path | None,
        typer.Option(
            help="Take the NERs (ner, ner_arman) of this trained pipeline (e.g. "
            "khabar/models/fa_khabar) instead of training them: retrain the UD components only."
        ),
    ] = None,
    ud_from: Annotated[
        Path | None,
        typer.Option(
            help="Take the UD components of this trained pipeline instead of training them: "
            "with --ner-from, only the Seraji parser is trained."
        ),
    ] = None,
    ud_heldout_share: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Train the UD components on this share of each treebank's held-out "
            "quarter too (its first sentences) and score only the rest: 0.5 measures what "
            "more data gives; 1 is the shipped build. The NER's held-out parts stay out.",
        ),
    ] = 0.0,
    arman_heldout_share: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Train the NER for ArmanPersoNER's conventions (ner_arman, which khabar "
            "analyze does not run) on this share of Arman's held-out quarter too and score "
            "only the rest; the news layer's NER never trains on it.",
        ),
    ] = 0.0,
    ud_train: Annotated[
        list[Path] | None,
        typer.Option(
            help="A treebank's own train split (CoNLL-U) to train the UD components on "
            "besides the development data; repeat for both. Its name says which treebank: "
            "fa_seraji-ud-train.conllu is Seraji's, any other PerDT's. With 26,000 PerDT "
            "sentences raise --ud-steps too.",
        ),
    ] = None,
) -> None:
    """Convert the data, run `spacy train` for UD and NER, assemble, score on held-out."""
    from khabar.pipeline.card import write_card
    from khabar.pipeline.train import MODEL_NAME, MODELS_DIR, check_inputs, train_all

    out = output or MODELS_DIR / MODEL_NAME
    try:
        check_inputs(
            build,
            assemble_only=assemble_only,
            ner_from=ner_from,
            ud_from=ud_from,
            ud_train=ud_train or (),
        )
    except FileNotFoundError as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None
    report = train_all(
        build,
        out,
        parallel=not sequential,
        ud_steps=ud_steps,
        ner_steps=ner_steps,
        assemble_only=assemble_only,
        vectors_news=vectors_news,
        selftrain=selftrain,
        ner_from=ner_from,
        ud_from=ud_from,
        ud_heldout_share=ud_heldout_share,
        ud_train=ud_train or (),
        arman_heldout_share=arman_heldout_share,
        log=lambda m: typer.echo(m, err=True),
    )
    if card and output is None:
        write_card(report, MODELS_DIR / "README.md")
    scores = report["scores"]
    for part in ("ud-perdt", "ud-seraji", "ud-all"):
        if part in scores:
            s = scores[part]
            typer.echo(
                f"{part}: UPOS {s['UPOS']} UFeats {s['UFeats']} Lemmas {s['Lemmas']} "
                f"UAS {s['UAS']} LAS {s['LAS']}"
            )
    for part in ("ner-arman", "ner-fars"):
        if part in scores:
            typer.echo(f"{part}: F1 {scores[part]['ALL']['F1']}")
    typer.echo(f"words/s: {scores.get('words_per_second')}  timings: {report['timings']}")
