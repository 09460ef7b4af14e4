"""Request limits in front of the app: a body size cap and a per-client rate limit.

Both are plain ASGI middleware, so they act before routing and before any body is read.
The rate limit is a token bucket per client address, kept in memory: enough for one
process serving a newsroom, not a shared limit across several servers or behind a proxy
(every client then shares the proxy's address).
"""

import math
import time
from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 2 << 20
# Buckets beyond this many are pruned of the full (idle) ones, so memory stays bounded.
_MAX_CLIENTS = 10_000


class BodyLimit:
    """Refuse bodies over ``limit`` bytes with 413: by Content-Length when it is sent,
    and while reading when it is not (chunked uploads)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                # An HTTPException, so FastAPI's body reading passes it on as a 413.
                raise HTTPException(413, self._message())
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, watched)
        except HTTPException as e:
            # Raised from a body read outside FastAPI's exception handling.
            if e.status_code != 413 or started:
                raise
            await self._refuse(scope, receive, send)

    def _message(self) -> str:
        return f"request body larger than {self.limit} bytes"

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        await JSONResponse({"detail": self._message()}, 413)(scope, receive, send)


class TokenBuckets:
    """``rate`` requests a second per client, with bursts of up to ``burst``."""

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """0 when ``client`` may go on (one token spent), else the seconds to wait."""
        now = self.clock()
        tokens, then = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.rate)
        if tokens < 1:
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate
        if len(self._buckets) >= _MAX_CLIENTS and client not in self._buckets:
            self._prune(now)
        self._buckets[client] = (tokens - 1, now)
        return 0.0

    def _prune(self, now: float) -> None:
        for client, (tokens, then) in list(self._buckets.items()):
            if tokens + (now - then) * self.rate >= self.burst:
                del self._buckets[client]


def too_many(scope: Scope, wait: int) -> Response:
    """The JSON refusal, with the seconds to wait in ``Retry-After``."""
    return JSONResponse(
        {"detail": "too many requests; slow down"}, 429, headers={"Retry-After": str(wait)}
    )


class RateLimit:
    """429 with ``Retry-After`` for a client that spends its bucket, answered by
    ``refuse`` (the JSON one unless the app knows better, as for its pages)."""

    def __init__(
        self,
        app: ASGIApp,
        buckets: TokenBuckets,
        refuse: Callable[[Scope, int], Response] = too_many,
    ) -> None:
        self.app = app
        self.buckets = buckets
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else "unknown"
        wait = self.buckets.take(client)
        if wait:
            await self.refuse(scope, math.ceil(wait))(scope, receive, send)
            return
        await self.app(scope, receive, send)
