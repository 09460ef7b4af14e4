"""``khabar evaluate``: score khabar against gold data (news articles, UD, NER)."""

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.progress import track

from khabar.news.reader import ArticleError

T = TypeVar("T")

evaluate_app = typer.Typer(help="Score khabar against gold data.", no_args_is_help=True)


@evaluate_app.command("news")
def news_command(
    gold_dir: Annotated[
        Path, typer.Argument(help="Folder of annotated articles (evaluation/news).")
    ],
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list each article's misses and false alarms.")
    ] = False,
) -> None:
    """Precision, recall and F1 per news component against annotated articles."""
    from khabar.news.analyze import analyze
    from khabar.news.evaluate import format_errors, format_scores, load_gold, score_articles

    try:
        golds = load_gold(gold_dir)
    except (OSError, ValueError) as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None
    predicted = []
    for gold in track(golds, description="analyse", transient=True):
        try:
            predicted.append(analyze(gold["text"], date=gold.get("published")).to_dict())
        except ArticleError as e:
            typer.echo(f"khabar: {gold['id']}: {e}", err=True)
            predicted.append({"text": ""})
    if errors:
        typer.echo(format_errors(golds, predicted))
    typer.echo(format_scores(score_articles(golds, predicted)))


def _refuse(gold: Path, why: object) -> NoReturn:
    """A gold file that cannot be scored: say why on stderr and exit with status 2."""
    typer.echo(f"khabar: {gold}: {why}", err=True)
    raise typer.Exit(2)


def _read(gold: Path, read: Callable[[Path], list[T]], empty: str) -> list[T]:
    """``read(gold)``'s sentences, checked before the pipeline loads: a file that cannot
    be read or parsed, or holds none, exits 2 saying why (``empty`` for none)."""
    try:
        sentences = read(gold)
    except OSError as e:
        _refuse(gold, e.strerror or e)
    except ValueError as e:
        _refuse(gold, e)
    if not sentences:
        _refuse(gold, empty)
    return sentences


# Gold sentences are fed to the pipeline as paragraphs of this many sentences, so that
# sentence splitting is scored too (the dev files keep no paragraph breaks).
SENTENCES_PER_PARAGRAPH = 10


@evaluate_app.command("ud")
def ud_command(
    gold: Annotated[Path, typer.Argument(help="A UD CoNLL-U file with '# text' lines.")],
    conventions: Annotated[
        str,
        typer.Option(
            help="Treebank conventions to write in: perdt, seraji, or auto (seraji when "
            "the gold file's name says so, as in fa_seraji-ud-test.conllu)."
        ),
    ] = "auto",
) -> None:
    """CoNLL 2018 shared-task scores, running the whole pipeline on the gold's raw text."""
    from khabar.cli.conllu import pipeline_for
    from khabar.datasets.ud import parse_conllu
    from khabar.pipeline.conll18 import format_scores, read_gold, score
    from khabar.pipeline.conllu import to_conllu
    from khabar.pipeline.conventions import conventions_for

    sentences = _read(gold, read_gold, "no sentences with '# text' lines")
    n = SENTENCES_PER_PARAGRAPH
    paragraphs = [
        " ".join(s.text for s in sentences[i : i + n]) for i in range(0, len(sentences), n)
    ]
    name = conventions_for(gold) if conventions == "auto" else conventions
    nlp, rewrite = pipeline_for(name)
    docs = nlp.pipe(track(paragraphs, description="analyse", transient=True))
    system = list(parse_conllu("".join(to_conllu(docs, conventions=rewrite)).splitlines()))
    try:
        typer.echo(format_scores(score(sentences, system)))
    except ValueError as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(1) from None


@evaluate_app.command("ner")
def ner_command(
    gold: Annotated[Path, typer.Argument(help="ArmanPersoNER format: 'token tag' per line.")],
    conventions: Annotated[
        str,
        typer.Option(
            help="Names marked as in: news, arman, or auto (arman when the gold's tags are "
            "ArmanPersoNER's, as B-pers; news for khabar's, as B-PER)."
        ),
    ] = "auto",
) -> None:
    """Strict entity-span precision, recall and F1 per type and overall, as conlleval."""
    from spacy.tokens import Doc

    from khabar.cli.conllu import pipeline_for
    from khabar.pipeline.convert import arman_sentence_to_doc, read_arman, tag_conventions
    from khabar.pipeline.evaluate import score_ner

    sentences = _read(
        gold, read_arman, "no sentences: expected 'token tag' lines, a blank line between sentences"
    )
    if conventions == "auto":
        conventions = tag_conventions(tag for sentence in sentences for _, tag in sentence)
    nlp, _ = pipeline_for("perdt", conventions)
    golds = [arman_sentence_to_doc(nlp.vocab, s) for s in sentences]
    inputs = (Doc(nlp.vocab, words=[t.text for t in g]) for g in golds)
    predicted = list(
        nlp.pipe(track(inputs, total=len(golds), description="analyse", transient=True))
    )
    scores = score_ner(golds, predicted)
    typer.echo(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}")
    for label, s in scores.items():
        typer.echo(f"{label:<8}{s['P']:>8.2f}{s['R']:>8.2f}{s['F1']:>8.2f}{s['gold']:>8}")
