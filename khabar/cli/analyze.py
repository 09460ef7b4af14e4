"""``khabar analyze``: articles in, structured knowledge out (JSON, HTML or text)."""

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path
from typing import Annotated, BinaryIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from khabar.cli.textio import InputError, not_text, reported_output_errors
from khabar.news.html import decoded
from khabar.news.reader import ArticleError, Draft, parse_date, read_article

# A file larger than this is not read at all: no news article is this long.
MAX_FILE_BYTES = 64 << 20
# How a JSON list of articles opens; no article's text does.
_LIST_OF_OBJECTS = re.compile(r"\s*\[\s*\{")
# Half a UTF-16 pair, which JSON can escape alone.
_SURROGATE = re.compile("[\ud800-\udfff]")
# An article's label: its file, then the line of JSON Lines («feed.jsonl:3») or the index
# in a JSON list («news.json[2]») it stands at.
_LABEL = re.compile(r"(?P<file>.*?)(?::(?P<line>\d+)|\[(?P<index>\d+)\])?")


class Format(StrEnum):
    json = "json"
    html = "html"
    text = "text"


class Calendar(StrEnum):
    gregorian = "gregorian"
    solar_hijri = "solar_hijri"
    native = "native"


def _decoded(name: str, data: bytes) -> str:
    """One article's bytes as text, with clear errors."""
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"{name}: larger than {MAX_FILE_BYTES >> 20} MB, not an article")
    nul = data.find(b"\0", 0, 8192)
    if nul >= 0:
        raise not_text(name, data, nul)
    try:
        return decoded(data)
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: invalid UTF-8 at byte {e.start} ({e.reason})") from None


def _file_label(path: Path) -> str:
    return "<stdin>" if str(path) == "-" else str(path)


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    if str(path) == "-":
        yield sys.stdin.buffer
        return
    # A pipe or a device is read as stdin is («khabar analyze <(curl …)»).
    if path.is_dir() or not path.exists():
        raise InputError(f"{path}: {'a folder, not a file' if path.is_dir() else 'no such file'}")
    with path.open("rb") as stream:
        yield stream


def _articles(path: Path) -> Iterator[tuple[str, str | InputError, str | None]]:
    """``(label, text, kind)`` per article: one per file, or one per line of JSON Lines,
    whose lines are read one at a time, so a stream is not held to one article's size and
    a line that cannot be read is that line's error only. On stdin a first line that is a
    whole JSON object opens JSON Lines."""
    name = _file_label(path)
    with _opened(path) as stream:
        # JSON keeps U+2028, U+0085 and the like raw in strings: only a line feed ends a line
        head: list[bytes] = []
        starts: list[bytes] = []  # the first character of each line read that has one
        while len(starts) < 2:
            line = stream.readline(MAX_FILE_BYTES + 1)
            if not line:
                break
            head.append(line)
            if start := line.strip().removeprefix(b"\xef\xbb\xbf")[:1]:
                starts.append(start)
            if not line.endswith(b"\n") or (str(path) == "-" and _one_object(line)):
                break
        if (
            path.suffix == ".jsonl"
            or (len(starts) > 1 and set(starts) == {b"{"})
            or (str(path) == "-" and _one_object(head[-1] if head else b""))
        ):
            for number, line in enumerate(chain(head, stream), 1):
                if line.strip():
                    try:
                        yield f"{name}:{number}", _decoded(f"{name}:{number}", line), "json"
                    except InputError as e:
                        yield f"{name}:{number}", e, "json"
            return
        data = b"".join(head)
        data += stream.read(MAX_FILE_BYTES + 1 - len(data)) if len(data) <= MAX_FILE_BYTES else b""
    yield from _listed(name, _decoded(name, data))


def _one_object(line: bytes) -> bool:
    """Whether a line is a whole JSON object: on stdin, the first such line opens JSON
    Lines, told without waiting for a second line that a live stream may not send yet."""
    if not line.lstrip().startswith((b"{", b"\xef\xbb\xbf{")):
        return False
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _listed(name: str, text: str) -> Iterator[tuple[str, str, str | None]]:
    """A file holding a JSON list of article objects, as news collections are shipped
    (``fars-news-1.json``), is one article per object, labelled by its index; read as
    one article it was its raw JSON analysed as Persian text. Anything else is one article."""
    articles = _json_objects(name, text)
    if articles is None:
        yield name, text, None
        return
    if not articles:
        raise InputError(f"{name}: an empty JSON list, no article in it")
    for index, article in enumerate(articles):
        yield f"{name}[{index}]", json.dumps(article, ensure_ascii=False), "json"


def _json_objects(name: str, text: str) -> list[dict] | None:
    """The objects of ``text`` if it is a JSON list of objects only, else ``None``: text
    that merely opens with a bracket stays text. Text opening as a list of objects does
    («[{»), and is an error if it is no valid JSON, as a broken JSON object is."""
    if not text.lstrip().startswith("["):
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        if _LIST_OF_OBJECTS.match(text):
            raise InputError(
                f"{name}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}"
            ) from None
        return None
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    return None


def _read(label: str, text: str, kind: str | None) -> Draft:
    """One article read; JSON can escape half a UTF-16 pair («\\ud800»), which is no
    character and cannot be written out as UTF-8, so it is the input's error here rather
    than an internal error (or a traceback) later."""
    draft = read_article(text, kind)
    for field in (draft.headline, *draft.paragraphs, draft.url or ""):
        if found := _SURROGATE.search(field):
            raise InputError(
                f"{label}: \\u{ord(found.group()):04x} in the JSON is half a UTF-16 pair,"
                " no character"
            )
    return draft


def _out_name(label: str, suffix: str, taken: set[str]) -> str:
    """The file an article's output is written to in ``--out``: named after its input
    («a.txt» → «a.html», «feed.jsonl:3» → «feed-3.html»), so that a report can be told by
    its name, whichever other inputs failed; a name already taken in this run gets a
    number. ``taken`` is added to."""
    parts = _LABEL.fullmatch(label)
    file = parts["file"] if parts else label
    stem = "stdin" if file == "<stdin>" else Path(file).stem or "article"
    at = parts and (parts["line"] or parts["index"])
    base = f"{stem}-{at}" if at else stem
    name, number = f"{base}.{suffix}", 1
    while name in taken:
        number += 1
        name = f"{base}~{number}.{suffix}"
    taken.add(name)
    return name


def _inputs_in(folder: Path, files: list[Path]) -> set[str]:
    """The names of the inputs that lie in ``folder``: an output named after its input
    («a.json» analysed into JSON) must not overwrite it there."""
    here = folder.resolve()
    return {f.name for f in files if str(f) != "-" and f.resolve().parent == here}


# Articles the pipeline reads at a time from files (``analyze_many``).
BATCH = 16


def _items(files: list[Path]) -> Iterator[tuple[str, str | InputError, str | None]]:
    """Every input's articles in order, read as they are needed; a file that cannot be
    read is one item, its error."""
    for path in files:
        try:
            yield from _articles(path)
        except InputError as e:
            yield _file_label(path), e, None


def _known_total(files: list[Path]) -> int | None:
    """How many articles there are, where every input is a file of one article; a stream
    or a collection counts as it is read."""
    one_each = all(str(f) != "-" and f.suffix not in (".json", ".jsonl") for f in files)
    return len(files) if one_each else None


def _analysed(
    chunk: list[tuple[str, str | InputError, str | None]], published
) -> Iterator[tuple[str, object]]:
    """``(label, Article or the exception)`` for each item of ``chunk``, in order: those
    that read as articles go through the pipeline together."""
    from khabar.news.analyze import analyze_many

    drafts: list[Draft | Exception] = []
    for label, text, kind in chunk:
        try:
            drafts.append(text if isinstance(text, InputError) else _read(label, text, kind))
        except Exception as e:  # reported in its turn
            drafts.append(e)
    results = analyze_many((d for d in drafts if isinstance(d, Draft)), date=published)
    for (label, _, _), draft in zip(chunk, drafts, strict=True):
        yield label, draft if isinstance(draft, Exception) else next(results)


def _progress(many: bool) -> Progress:
    """The progress bar of many articles, drawn on stderr so that results go to stdout
    untouched. It is drawn only to a terminal: one that shows the results as they come
    needs no bar over them, and a log file would be left an empty line by it."""
    console = Console(stderr=True)
    return Progress(
        TextColumn("[bold]analyse"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        transient=True,
        disable=not many or sys.stdout.isatty() or not console.is_terminal,
        redirect_stdout=False,
        console=console,
    )


def analyze_command(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Articles: text, HTML, JSON (one article or a list), JSON Lines; '-' for stdin."
        ),
    ],
    fmt: Annotated[Format, typer.Option("--format", help="json, html or text.")] = Format.json,
    date: Annotated[
        str | None,
        typer.Option(
            help="Publication date, YYYY-MM-DD (or Solar Hijri, e.g. 1396-06-28), for dates"
            " written without a year."
        ),
    ] = None,
    calendar: Annotated[
        Calendar, typer.Option(help="Calendar dates are shown in (html, text).")
    ] = Calendar.gregorian,
    out: Annotated[
        Path | None,
        typer.Option(
            help="Folder for one output file per article, named after its input (needed for"
            " many HTML or text reports)."
        ),
    ] = None,
) -> None:
    """Analyse Persian news articles: sources, people, quotes, dates, events.

    One article prints as JSON (or HTML, or text); many print as JSON Lines, one article a
    line, with a progress bar. A bad article is reported and the rest go on; the exit
    status is 1 if any failed.
    """
    from khabar.news.report import to_html, to_text

    try:
        published = parse_date(date)
    except ArticleError as e:
        raise typer.BadParameter(str(e), param_hint="--date") from None
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise typer.BadParameter(
                f"cannot make the folder {str(out)!r}: {e.strerror}", param_hint="--out"
            ) from None

    items = _items(files)
    first = next(items, None)
    # Several inputs, or a stream of articles (JSON Lines, a JSON list), print as JSON
    # Lines whichever of them fail; one article prints whole.
    many = len(files) > 1 or (first is not None and first[0] != _file_label(files[0]))
    if many and fmt is not Format.json and out is None:
        raise typer.BadParameter(
            "many articles in html or text need --out FOLDER", param_hint="--out"
        )
    items = chain([first] if first is not None else [], items)
    render = {
        Format.json: lambda d: json.dumps(d, ensure_ascii=False, indent=None if many else 2),
        Format.html: lambda d: to_html(d, calendar.value),
        Format.text: lambda d: to_text(d, calendar.value),
    }[fmt]
    # Articles from stdin are analysed as each arrives (``tail -f feed.jsonl | khabar
    # analyze -``); from files, a batch at a time, which is a few per cent faster.
    batch = 1 if any(str(f) == "-" for f in files) else BATCH
    failed = 0
    progress = _progress(many)
    written = _inputs_in(out, files) if out is not None else set()
    with reported_output_errors(), progress:
        task = progress.add_task("analyse", total=_known_total(files), rate="")
        done = 0
        while chunk := list(islice(items, batch)):
            for label, result in _analysed(chunk, published):
                done += 1
                try:
                    if isinstance(result, Exception):
                        raise result
                    data = result.to_dict()
                except (ArticleError, InputError) as e:
                    said = str(e) if isinstance(e, InputError) else f"{label}: {e}"
                    progress.console.print(
                        f"khabar: {said}", style="red", highlight=False, soft_wrap=True
                    )
                    failed += 1
                    progress.advance(task)
                    continue
                except Exception as e:  # a bug must not stop a batch of thousands
                    message = (
                        f"khabar: {label}: internal error ({type(e).__name__}: {e});"
                        " please report it"
                    )
                    progress.console.print(message, style="red", highlight=False, soft_wrap=True)
                    failed += 1
                    progress.advance(task)
                    continue
                data["input"] = label
                for warning in data["warnings"]:
                    typer.echo(f"khabar: {label}: warning: {warning}", err=True)
                rendered = render(data)
                if out is not None:
                    suffix = {"json": "json", "html": "html", "text": "txt"}[fmt.value]
                    name = _out_name(label, suffix, written)
                    (out / name).write_text(rendered, encoding="utf-8")
                else:
                    sys.stdout.write(rendered + "\n" if fmt is Format.json else rendered)
                    sys.stdout.flush()
                elapsed = progress.tasks[0].elapsed or 0
                progress.update(
                    task, advance=1, rate=f"{done / elapsed:.1f} articles/s" if elapsed else ""
                )
    if failed:
        raise typer.Exit(1)
