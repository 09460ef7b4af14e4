"""The REST API under ``/api/``: read-only routes, and the write route for a token holder.

Every parameter is validated here (lengths, bounded limits, known kinds) and reaches the
database only through the store's parameterized methods.
"""

import hmac
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from khabar.corpus.sources import TOO_DEEP, check_unicode
from khabar.news.reader import ArticleError, Draft, read_article
from khabar.web import models
from khabar.web.corpus import AlreadyStored, Corpus, make_query
from khabar.web.people import find_person

MAX_LIMIT = 100
MAX_OFFSET = 10_000
Name = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
# Ids are 64-bit in both stores; a larger number is no id, not a server error.
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]
# What a posted body may be, by its Content-Type, as the article reader knows it.
KINDS = {"application/json": "json", "text/html": "html", "text/plain": "text"}

# Answers beside a route's own, so that a client generated from /openapi.json expects them.
LIMITED = {429: {"model": models.Problem, "description": "too many requests; see Retry-After"}}
MISSING = {404: {"model": models.Problem, "description": "nothing stored under that key"}}
REFUSED = {
    401: {"model": models.Problem, "description": "no bearer token"},
    403: {"model": models.Problem, "description": "the token is not valid"},
    409: {"model": models.Problem, "description": "stored before"},
    413: {"model": models.Problem, "description": "body too large"},
    415: {"model": models.Problem, "description": "not JSON, HTML or plain text"},
    422: {"model": models.Problem, "description": "the body holds no readable article"},
}

read = APIRouter(prefix="/api", tags=["read"], responses=LIMITED)
write = APIRouter(prefix="/api", tags=["write"], responses=LIMITED)
bearer = HTTPBearer(auto_error=False, description="the token named by --token-env")


def corpus(request: Request) -> Corpus:
    return request.app.state.corpus


Shared = Annotated[Corpus, Depends(corpus)]


@read.get("/articles/{article_id}", response_model=models.Article, responses=MISSING)
def get_article(article_id: Id, corpus: Shared) -> dict:
    """One article's whole analysis: text, sources, entities, people, quotes, dates, events."""
    with corpus.reading() as store:
        found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found


@read.get("/search", response_model=models.SearchResult)
def search(
    corpus: Shared,
    q: Annotated[str, Query(max_length=500, description='words, "phrases", -excluded')] = "",
    person: Name = None,
    org: Name = None,
    place: Name = None,
    speaker: Name = None,
    source: Name = None,
    date_from: Annotated[
        str | None, Query(alias="from", max_length=20, description="2017-09-19 or 1396-06-28")
    ] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=20)] = None,
    quotes_by: Annotated[
        str | None, Query(max_length=200, description="only direct quotes holding the words")
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict:
    """Articles matching the words however they are spelled, best first, with snippets."""
    query = make_query(
        q,
        person=person,
        org=org,
        place=place,
        speaker=speaker,
        source=source,
        date_from=date_from,
        date_to=date_to,
        quotes_by=quotes_by,
        limit=limit + 1,  # one past the page, to tell whether another page follows
        offset=offset,
    )
    with corpus.reading() as store:
        hits = store.search(query)
    return {
        "query": q,
        "limit": limit,
        "offset": offset,
        "more": len(hits) > limit,
        "hits": hits[:limit],
    }


@read.get("/stories", response_model=list[models.Story])
def stories(
    corpus: Shared,
    min_copies: Annotated[int, Query(ge=1, le=1000)] = 2,
    limit: Limit = 20,
    offset: Offset = 0,
) -> list[dict]:
    """Stories told by several copies (syndicated articles), most copies first."""
    with corpus.reading() as store:
        return store.stories(limit, offset, min_copies)


@read.get("/stories/{story_id}", response_model=models.Story, responses=MISSING)
def story(story_id: Id, corpus: Shared) -> dict:
    """A story's copies, earliest first, and who cited whom."""
    with corpus.reading() as store:
        found = store.story(story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id}")
    return found


@read.get("/people", response_model=list[models.PersonSummary])
def people(corpus: Shared, name: Name = None, limit: Limit = 50, offset: Offset = 0) -> list:
    """People most written about, with their titles; ``name`` matches whole words."""
    with corpus.reading() as store:
        return store.people(name, limit, offset)


@read.get("/people/{name}", response_model=models.PersonDetail, responses=MISSING)
def person(name: Annotated[str, Path(max_length=200)], corpus: Shared) -> dict:
    """One person: titles, what they said, and the events they took part in."""
    with corpus.reading() as store:
        found = find_person(store, name)
    if found is None:
        raise HTTPException(404, f"no person named {name}")
    return found


@read.get("/quotes", response_model=list[models.StoredQuote])
def quotes(
    corpus: Shared,
    speaker: Annotated[str, Query(min_length=1, max_length=200)],
    kind: Literal["direct", "indirect"] | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[dict]:
    """What a speaker said, oldest first."""
    with corpus.reading() as store:
        return store.quotes(speaker, kind, limit, offset)


@read.get("/entities", response_model=list[models.EntitySummary])
def entities(
    corpus: Shared,
    label: Annotated[str | None, Query(pattern=r"^[A-Z]{2,8}$", description="PER, ORG, …")] = None,
    text: Name = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[dict]:
    """Named entities, most widespread first."""
    with corpus.reading() as store:
        return store.entities(label, text, limit, offset)


@read.get("/timeline", response_model=list[models.TimelineEvent])
def timeline(
    corpus: Shared,
    person: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[dict]:
    """Events a person took part in, in date order."""
    with corpus.reading() as store:
        return store.timeline(person, limit)


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """401 without a bearer token, 403 with the wrong one (compared in constant time)."""
    if credentials is None:
        raise HTTPException(401, "a bearer token is required", {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(credentials.credentials.encode(), request.app.state.token.encode()):
        raise HTTPException(403, "the token is not valid")


_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "description": "title, paragraphs or text, lead, date (ISO), url",
                "properties": {
                    "title": {"type": "string"},
                    "paragraphs": {"type": "array", "items": {"type": "string"}},
                    "text": {"type": "string"},
                    "date": {"type": "string", "format": "date"},
                    "url": {"type": "string"},
                },
            }
        },
        "text/plain": {
            "schema": {"type": "string", "description": "headline line, then one paragraph a line"}
        },
        "text/html": {"schema": {"type": "string", "description": "a news page"}},
    },
}


@write.post(
    "/articles",
    status_code=201,
    response_model=models.Stored,
    dependencies=[Depends(require_token)],
    openapi_extra={"requestBody": _BODY},
    responses=REFUSED,
)
async def post_article(request: Request, response: Response) -> dict:
    """Analyse one article (JSON, plain text or HTML, by Content-Type) and store it."""
    draft = await _read_posted(request)
    try:
        # The article's «input» is served to every reader: it names the route, never the
        # poster's address.
        stored = await run_in_threadpool(request.app.state.corpus.add, draft, "POST /api/articles")
    except AlreadyStored:
        raise HTTPException(409, "the article is stored already") from None
    except ArticleError as e:
        raise HTTPException(422, str(e)) from None
    response.headers["Location"] = request.app.url_path_for("get_article", article_id=stored["id"])
    return stored


async def _read_posted(request: Request) -> Draft:
    """The posted body as a draft, or the 415 or 422 that says why it cannot be one."""
    media = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if media not in KINDS:
        raise HTTPException(415, f"send one of {', '.join(KINDS)}")
    try:
        draft = read_article((await request.body()).decode("utf-8-sig"), KINDS[media])
        check_unicode(draft)
    except UnicodeDecodeError:
        raise HTTPException(422, "the body is not UTF-8") from None
    except RecursionError:
        raise HTTPException(422, TOO_DEEP) from None
    except ArticleError as e:
        raise HTTPException(422, str(e)) from None
    except ValueError:
        # The reader's own slip on a page with no text in it («<br>», «<html></html>»):
        # the document is what cannot be read, as ``khabar ingest`` reports it.
        raise HTTPException(422, f"no article could be read from the {KINDS[media]} body") from None
    return draft
