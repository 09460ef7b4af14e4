"""``create_app``: the FastAPI app behind ``khabar serve``: REST API, web pages, limits."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import swagger_ui_bundle
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar.corpus import StoreError
from khabar.corpus.search import QueryError
from khabar.web import api, pages
from khabar.web.corpus import Corpus
from khabar.web.limits import MAX_BODY, BodyLimit, RateLimit, TokenBuckets, too_many

STATIC = Path(__file__).parent / "static"
# The pages load nothing from elsewhere, and run no inline script or style.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none';"
    " form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
# Swagger UI's page starts itself with an inline script, so no policy there; its script
# and style are served from the swagger-ui-bundle package, not fetched from a CDN.
_DOCS = ("/docs",)
DOCS_ASSETS = Path(swagger_ui_bundle.swagger_ui_path)


class PageHeaders:
    """A content security policy and friends on every response but the API viewers'."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_DOCS):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(_PAGE_HEADERS)
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """HEAD answered as GET with the body left out: FastAPI routes only the methods a route
    names, so ``curl -I``, link checkers and uptime monitors got 405 for every page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def create_app(
    store_url: str | None,
    token: str | None = None,
    *,
    max_body: int = MAX_BODY,
    rate: float = 10.0,
    burst: int = 60,
) -> FastAPI:
    """The app over the store at ``store_url`` (a SQLite path or ``postgresql://`` URL).

    Read-only unless ``token`` is given: only then is ``POST /api/articles`` there, and it
    wants ``Authorization: Bearer <token>``. ``max_body`` caps request bodies (413);
    ``rate`` and ``burst`` are each client's token bucket (429 once it is spent).
    """
    # Only a server that can be written to may start from a new, empty store.
    corpus = Corpus(store_url, create=token is not None)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        corpus.close()

    app = FastAPI(
        title="khabar",
        summary="Search analysed Persian news: articles, stories, people, quotes, events.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.corpus = corpus
    app.state.token = token
    app.include_router(api.read)
    if token:
        app.include_router(api.write)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs/assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title="khabar API",
            swagger_js_url="/docs/assets/swagger-ui-bundle.js",
            swagger_css_url="/docs/assets/swagger-ui.css",
            swagger_favicon_url="/docs/assets/favicon-32x32.png",
        )

    @app.exception_handler(QueryError)
    @app.exception_handler(StoreError)
    async def unprocessable(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, 422)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if pages.is_page(request):
            return pages.invalid(request, exc)
        return await request_validation_exception_handler(request, exc)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404 and pages.is_page(request):
            return pages.missing(request)
        return await http_exception_handler(request, exc)

    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(RateLimit, buckets=TokenBuckets(rate, burst), refuse=_too_many)
    app.add_middleware(PageHeaders)
    app.add_middleware(HeadAsGet)
    return app


def _too_many(scope: Scope, wait: int) -> Response:
    """A reader's page in Persian, an API client's JSON."""
    request = Request(scope)
    return pages.limited(request, wait) if pages.is_page(request) else too_many(scope, wait)
