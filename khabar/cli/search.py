"""``khabar search``: find articles in a store, in Persian however it is spelled."""

import json
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text


class Format(StrEnum):
    text = "text"
    json = "json"


def search_command(
    query: Annotated[
        str, typer.Argument(help='Words, "phrases" and -excluded words; may be empty.')
    ] = "",
    db: Annotated[
        str | None, typer.Option(help="SQLite file (default khabar.db) or postgresql://… URL.")
    ] = None,
    person: Annotated[str | None, typer.Option(help="Only articles about this person.")] = None,
    org: Annotated[str | None, typer.Option(help="Only articles naming this organization.")] = None,
    place: Annotated[str | None, typer.Option(help="Only articles naming this place.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only articles quoting this person.")] = None,
    source: Annotated[
        str | None, typer.Option(help="Only articles from or citing this outlet.")
    ] = None,
    date_from: Annotated[
        str | None,
        typer.Option("--from", help="Published on or after: 2017-09-19 or 1396-06-28."),
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Published on or before (Gregorian or Solar Hijri).")
    ] = None,
    quotes_by: Annotated[
        str | None,
        typer.Option(help="Only direct quotes by this person that hold the query's words."),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many results.")] = 20,
    fmt: Annotated[Format, typer.Option("--format", help="text or json.")] = Format.text,
) -> None:
    """Search stored articles: a word matches however it is spelled or inflected.

    «می‌کنند» finds «کرد», «كتابها» finds «کتاب‌ها»; results are ranked (BM25 in SQLite)
    and shown with the matched words highlighted in the article's text.
    """
    from khabar.corpus import StoreError, open_store
    from khabar.corpus.search import Query, QueryError, parse_date

    given = {"--person": person, "--org": org, "--place": place, "--speaker": speaker}
    given |= {"--source": source, "--quotes-by": quotes_by, "--from": date_from, "--to": date_to}
    try:
        _check_given(given)
        q = Query(
            query,
            person=person,
            organization=org,
            place=place,
            speaker=speaker,
            source=source,
            date_from=parse_date(date_from) if date_from else None,
            date_to=parse_date(date_to) if date_to else None,
            quotes_by=quotes_by,
            limit=limit,
        )
        with open_store(db, create=False) as store:
            hits = store.search(q)
    except (QueryError, StoreError) as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None
    if fmt is Format.json:
        typer.echo(json.dumps({"query": query, "hits": hits}, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    if not hits:
        console.print("no articles found", style="dim")
    for number, hit in enumerate(hits, 1):
        about = " · ".join(str(x) for x in (hit["outlet"], hit["published"]) if x)
        console.print(Text(f"{number}. {hit['headline']}", style="bold"))
        console.print(
            Text(f"   article {hit['id']}, story {hit['story_id']}  {about}", style="dim")
        )
        console.print(Text("   ").append(_highlighted(hit["snippet"])))


def _check_given(options: dict[str, str | None]) -> None:
    """Refuse a filter given empty («--person ""», a shell variable left unset): left
    out, it would let every article through, as if it had not been given."""
    from khabar.corpus.search import QueryError

    for option, value in options.items():
        if value is not None and not value.strip():
            raise QueryError(f"{option} is empty: give a value, or leave the option out")


def _highlighted(snippet: dict) -> Text:
    """The snippet with its matched words in bold: styled spans, so no text is markup."""
    text = Text(snippet["text"].replace("\n", " "))
    for start, end in snippet["highlights"]:
        text.stylize("bold yellow", start - snippet["start"], end - snippet["start"])
    return text
