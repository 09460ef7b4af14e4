"""The Persian web pages: search, article, person, story. Server-rendered, no script.

Templates are Jinja2 with autoescaping on, so every stored or typed value is escaped;
the only markup not written by a template is the marked text from :mod:`khabar.web.display`,
which escapes each character itself.
"""

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as Segment
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from khabar.corpus import StoreError
from khabar.corpus.keys import name_key
from khabar.corpus.search import QueryError, parse, parse_date
from khabar.news.report import EVENT_TYPES, QUOTE_KINDS, ROLES
from khabar.web import display
from khabar.web.api import MAX_OFFSET, Id, Shared
from khabar.web.corpus import make_query
from khabar.web.people import find_person, with_pages

PAGE = 20
PEOPLE_PAGE = 100
STORIES_PAGE = 50
Field = Annotated[str, Query(max_length=200)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
# The pages' parameters by the names their forms and addresses show them under.
FIELDS = {
    "q": "جست‌وجو",
    "person": "شخص",
    "org": "سازمان",
    "place": "مکان",
    "speaker": "گوینده",
    "source": "منبع",
    "from": "از تاریخ",
    "to": "تا تاریخ",
    "direct": "فقط نقل قول مستقیم",
    "offset": "صفحه",
    "name": "نام",
    "article_id": "شمارهٔ خبر",
    "story_id": "شمارهٔ داستان",
}
# The search page's filters that name someone or something, matched by their name keys.
NAMES = ("person", "org", "place", "speaker", "source")
# Paths that answer in JSON, or are the API's viewer: their errors stay FastAPI's own.
_NOT_PAGES = ("/api/", "/docs", "/openapi.json")

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters.update(
    fa=display.fa,
    hijri=display.hijri,
    path=display.path,
    external=display.external,
    isolated=display.isolated,
)
templates.env.globals.update(
    EVENT_TYPES=EVENT_TYPES,
    QUOTE_KINDS=QUOTE_KINDS,
    ROLES=ROLES,
    LABELS=display.LABELS,
)


def _page(request: Request, template: str, status: int = 200, **context: object) -> HTMLResponse:
    return templates.TemplateResponse(request, template, context, status_code=status)


def is_page(request: Request) -> bool:
    """Whether ``request`` is a reader's, who should get a Persian page even for an error."""
    return not request.url.path.startswith(_NOT_PAGES)


def missing(request: Request, what: str = "این صفحه") -> HTMLResponse:
    return _page(request, "missing.html", 404, what=what)


def limited(request: Request, wait: int) -> HTMLResponse:
    """A Persian page for a reader over the rate limit: readers behind one office's
    address share its bucket, and would otherwise meet FastAPI's English JSON."""
    response = _page(request, "limited.html", 429, wait=wait)
    response.headers["Retry-After"] = str(wait)
    return response


def invalid(request: Request, error: RequestValidationError) -> HTMLResponse:
    """A page naming what in the address is wrong, for a reader who edited it or sent a
    form past its limits: FastAPI's own answer is JSON in English."""
    problems = [_problem(e) for e in error.errors()]
    return _page(request, "invalid.html", 422, problems=problems)


def _problem(error: dict) -> str:
    name = str(error["loc"][-1]) if error.get("loc") else ""
    field = FIELDS.get(name, name)
    if error.get("type") == "string_too_long":
        return f"«{field}» بیش از {display.fa(error['ctx']['max_length'])} نویسه است."
    return f"«{field}» درست نیست."


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    corpus: Shared,
    q: Annotated[str, Query(max_length=500)] = "",
    person: Field = "",
    org: Field = "",
    place: Field = "",
    speaker: Field = "",
    source: Field = "",
    date_from: Annotated[str, Query(alias="from", max_length=20)] = "",
    date_to: Annotated[str, Query(alias="to", max_length=20)] = "",
    direct: bool = False,
    offset: Offset = 0,
) -> HTMLResponse:
    """The search box and its filters; with nothing asked, the latest articles."""
    form = {
        "q": q.strip(),
        "person": person.strip(),
        "org": org.strip(),
        "place": place.strip(),
        "speaker": speaker.strip(),
        "source": source.strip(),
        "from": date_from.strip(),
        "to": date_to.strip(),
        "direct": direct,
    }
    asked = any(v for v in form.values())
    try:
        if direct and not speaker.strip():
            raise QueryError("برای «فقط نقل قول مستقیم» نام گوینده را بنویسید.")
        _check_words(form)
        _check_dates(form["from"], form["to"])
        query = make_query(
            q,
            person=person,
            org=org,
            place=place,
            speaker=None if direct else speaker,
            quotes_by=speaker if direct else None,
            source=source,
            date_from=date_from,
            date_to=date_to,
            limit=PAGE + 1,
            offset=offset,
        )
        with corpus.reading() as store:
            hits = store.search(query)
    except (QueryError, StoreError) as e:
        return _page(request, "search.html", 422, form=form, asked=asked, error=str(e), hits=[])
    for hit in hits:
        hit["marked"] = display.snippet(hit["snippet"], hit["headline"])
    return _page(
        request,
        "search.html",
        form=form,
        asked=asked,
        **_paged("hits", hits, offset, PAGE),
    )


def _check_words(form: dict) -> None:
    """Raise ``QueryError`` in Persian, naming the field, for a field of punctuation alone
    («!!!») or a search of excluded words alone: the search's own messages are English,
    for the API."""
    terms = parse(form["q"])
    if form["q"] and not terms:
        raise QueryError(_wordless(form["q"], "q"))
    if terms and all(t.negated for t in terms):
        raise QueryError("«جست‌وجو» جز واژه‌هایی که با «-» کنار گذاشته شده‌اند واژه‌ای ندارد.")
    for name in NAMES:
        if form[name] and not name_key(form[name]):
            raise QueryError(_wordless(form[name], name))


def _wordless(value: str, name: str) -> str:
    return f"«{value}» در «{FIELDS[name]}» واژه‌ای برای جست‌وجو ندارد."


def _check_dates(start: str, end: str) -> None:
    """Raise ``QueryError`` in Persian, naming the field, for a date the reader typed
    wrong: the search's own messages are English, for the API."""
    days = {}
    for name, value in (("from", start), ("to", end)):
        if not value:
            continue
        try:
            days[name] = parse_date(value)
        except QueryError:
            raise QueryError(
                f"«{value}» در «{FIELDS[name]}» تاریخ نیست: مانند ۱۳۹۶-۰۶-۲۸ یا 2017-09-19."
            ) from None
    if len(days) == 2 and days["from"] > days["to"]:
        raise QueryError("«از تاریخ» پس از «تا تاریخ» است؛ روزی میان آن دو نیست.")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Id, corpus: Shared) -> HTMLResponse:
    """The article with its entities, quotes and dates marked, and what was found in it."""
    with corpus.reading() as store:
        article = store.article(article_id)
        story = store.story(article["story_id"]) if article else None
        speakers = [q["speaker"] for q in article["quotes"] if q["speaker"]] if article else []
        linked = with_pages(store, speakers)
    if article is None:
        return missing(request, f"خبر {display.fa(article_id)}")
    return _page(
        request,
        "article.html",
        article=article,
        paragraphs=display.paragraphs(article),
        copies=len(story["copies"]) if story else 1,
        linked=linked,
    )


@router.get("/people", response_class=HTMLResponse)
def people_page(
    request: Request, corpus: Shared, name: Field = "", offset: Offset = 0
) -> HTMLResponse:
    """The people most written about, or those whose name holds ``name``, a page at a
    time."""
    if name.strip() and not name_key(name):
        error = _wordless(name.strip(), "name")
        return _page(request, "people.html", 422, people=[], name=name, error=error)
    try:
        with corpus.reading() as store:
            found = store.people(name.strip() or None, limit=PEOPLE_PAGE + 1, offset=offset)
    except StoreError as e:
        return _page(request, "people.html", 422, people=[], name=name, error=str(e))
    return _page(request, "people.html", name=name, **_paged("people", found, offset, PEOPLE_PAGE))


@router.get("/people/{name}", response_class=HTMLResponse)
def person_page(
    request: Request, name: Annotated[str, Segment(max_length=200)], corpus: Shared
) -> HTMLResponse:
    """A person: titles, quotes, and a timeline of the events they took part in."""
    try:
        with corpus.reading() as store:
            found = find_person(store, name)
            others = (p for e in found["timeline"] for p in e["participants"]) if found else ()
            linked = with_pages(store, others)
    except StoreError:
        found = None
    if found is None:
        return missing(request, f"کسی به نام «{name}»")
    return _page(request, "person.html", person=found, linked=linked)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, corpus: Shared, offset: Offset = 0) -> HTMLResponse:
    """Stories published in several copies, most copies first, a page at a time."""
    with corpus.reading() as store:
        found = store.stories(limit=STORIES_PAGE + 1, offset=offset)
    return _page(request, "stories.html", **_paged("stories", found, offset, STORIES_PAGE))


def _paged(name: str, found: list, offset: int, page: int) -> dict:
    """A page's rows as ``name`` and what ``pager.html`` links from: one row past the
    page was asked for, to know whether a next page exists."""
    return {
        name: found[:page],
        "shown": found[:page],
        "offset": offset,
        "more": len(found) > page,
        "page": page,
    }


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: Id, corpus: Shared) -> HTMLResponse:
    """A story's copies, earliest first, and who cited whom."""
    with corpus.reading() as store:
        found = store.story(story_id)
    if found is None:
        return missing(request, f"داستان {display.fa(story_id)}")
    return _page(request, "story.html", story=found)
